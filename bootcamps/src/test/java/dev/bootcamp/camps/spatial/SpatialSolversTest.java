package dev.bootcamp.camps.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.Grid.Cell;
import dev.bootcamp.camps.kit.spatial.HeightMaps;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpatialSolversTest {
    @Test
    void theLeastAndGreatestCubeCountsMatchAnExhaustiveSearch() {
        // Every 2 x 3 structure with stacks of at most 2: group by the two views and compare the formulas with the
        // fewest and most cubes found in each group.
        int[][] fewest = new int[729][729];
        int[][] most = new int[729][729];
        for (int[] row : fewest) {
            Arrays.fill(row, Integer.MAX_VALUE);
        }
        for (int code = 0; code < 729; code++) {
            int[][] heights = new int[2][3];
            int rest = code;
            for (int cell = 0; cell < 6; cell++) {
                heights[cell / 3][cell % 3] = rest % 3;
                rest /= 3;
            }
            int front = encode(HeightMaps.front(heights));
            int side = encode(HeightMaps.side(heights));
            fewest[front][side] = Math.min(fewest[front][side], HeightMaps.cubes(heights));
            most[front][side] = Math.max(most[front][side], HeightMaps.cubes(heights));
        }
        int groups = 0;
        for (int front = 0; front < 27; front++) {
            for (int side = 0; side < 9; side++) {
                if (fewest[front][side] != Integer.MAX_VALUE) {
                    CubesFromViewsBootcamp.Puzzle puzzle = new CubesFromViewsBootcamp.Puzzle(decode(front, 3), decode(side, 2));
                    assertThat(CubesFromViewsBootcamp.least(puzzle)).as("least for %s", puzzle).isEqualTo(fewest[front][side]);
                    assertThat(CubesFromViewsBootcamp.greatest(puzzle)).as("greatest for %s", puzzle).isEqualTo(most[front][side]);
                    groups++;
                }
            }
        }
        assertThat(groups).isGreaterThan(20);
    }

    @Test
    void anOrdinaryDieRolledNorthThenEastShowsFiveThenFour() {
        DiceRollingBootcamp camp = new DiceRollingBootcamp();
        // 1 on top, 2 facing north, 3 facing east: rolling north brings the south face (5) up, then rolling east the
        // west face (4).
        DiceRollingBootcamp.Puzzle puzzle = new DiceRollingBootcamp.Puzzle(List.of(1, 6, 2, 5, 3, 4), 0, 2, 4, "NE");
        assertThat(camp.solve(puzzle).tops()).containsExactly(5, 4);
        assertThat(camp.check(puzzle, new DiceRollingBootcamp.Answer(List.of(5, 3))).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aStripFoldedThreeTimesFromTheRightStacksInTheWorkedOrder() {
        StripFoldOrderBootcamp camp = new StripFoldOrderBootcamp();
        StripFoldOrderBootcamp.Fold over = new StripFoldOrderBootcamp.Fold("right", 1, false);
        StripFoldOrderBootcamp.Puzzle puzzle = new StripFoldOrderBootcamp.Puzzle("ABCD", List.of(over, over, over));
        assertThat(camp.solve(puzzle).stack()).containsExactly("B", "D", "C", "A");
        StripFoldOrderBootcamp.Fold under = new StripFoldOrderBootcamp.Fold("left", 1, true);
        // A folded under B, then C folded over: from the top C, B, A.
        StripFoldOrderBootcamp.Puzzle mixed = new StripFoldOrderBootcamp.Puzzle("ABC", List.of(under, new StripFoldOrderBootcamp.Fold("right", 1, false)));
        assertThat(camp.solve(mixed).stack()).containsExactly("C", "B", "A");
    }

    @Test
    void aHolePunchedThroughAFoldAppearsTwiceMirrored() {
        PaperFoldingHolesBootcamp camp = new PaperFoldingHolesBootcamp();
        PaperFoldingHolesBootcamp.Puzzle puzzle = new PaperFoldingHolesBootcamp.Puzzle(3, 4, List.of(new PaperFoldingHolesBootcamp.Fold("left", 2)),
                List.of(new Cell(0, 0)));
        assertThat(camp.solve(puzzle).rows()).containsExactly(".OO.", "....", "....");
        PaperFoldingHolesBootcamp.Puzzle twice = new PaperFoldingHolesBootcamp.Puzzle(4, 4, List.of(new PaperFoldingHolesBootcamp.Fold("left", 2),
                new PaperFoldingHolesBootcamp.Fold("bottom", 2)), List.of(new Cell(1, 1)));
        assertThat(camp.solve(twice).rows()).containsExactly("....", "O..O", "O..O", "....");
    }

    @Test
    void theViewsOfAWrongStructureAreRejected() {
        VoxelFromViewsBootcamp camp = new VoxelFromViewsBootcamp();
        VoxelFromViewsBootcamp.Puzzle puzzle = new VoxelFromViewsBootcamp.Puzzle(List.of("12", "21"));
        assertThat(camp.check(puzzle, new VoxelFromViewsBootcamp.Answer(List.of("12", "21"))).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(camp.check(puzzle, new VoxelFromViewsBootcamp.Answer(List.of("22", "21"))).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(camp.check(puzzle, new VoxelFromViewsBootcamp.Answer(List.of("11", "21"))).detail()).contains("front, column 2");
        assertThat(camp.check(puzzle, new VoxelFromViewsBootcamp.Answer(List.of("10", "21"))).detail()).contains("above");
    }

    private static int encode(int[] view) {
        int code = 0;
        for (int i = view.length - 1; i >= 0; i--) {
            code = code * 3 + view[i];
        }
        return code;
    }

    private static List<Integer> decode(int code, int length) {
        Integer[] values = new Integer[length];
        for (int i = 0; i < length; i++) {
            values[i] = code % 3;
            code /= 3;
        }
        return List.of(values);
    }
}
