package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class UniqueCluesTest {
    private static final int[] SOLUTION = {1, 2, 2, 1};
    private static final int[] OTHER = {2, 1, 1, 2};
    private static final int[] THIRD = {1, 2, 1, 2};

    /** A puzzle whose search finds what its clues have not yet ruled out; a clue fixes one cell to the solution's digit. */
    private static final class Fixing implements UniqueClues.Moves {
        final List<Integer> fixed = new ArrayList<>();
        final boolean givesUp;
        int searches;

        Fixing(boolean givesUp) {
            this.givesUp = givesUp;
        }

        @Override
        public GridSearch.Result search(int limit) {
            searches++;
            if (givesUp && searches == 1) {
                return new GridSearch.Result(List.of(SOLUTION), false);
            }
            List<int[]> found = new ArrayList<>();
            for (int[] grid : List.of(SOLUTION, OTHER, THIRD)) {
                if (fixed.stream().allMatch(cell -> grid[cell] == SOLUTION[cell])) {
                    found.add(grid);
                }
            }
            return new GridSearch.Result(found, true);
        }

        @Override
        public boolean addAny() {
            fixed.add(3);
            return true;
        }

        @Override
        public Predicate<int[]> addBest(List<int[]> others) {
            int cell = UniqueClues.differingCell(SOLUTION, others.get(0), new SplittableRandom(1));
            fixed.add(cell);
            return grid -> grid[cell] == SOLUTION[cell];
        }
    }

    @Test
    void addsCluesUntilTheSearchProvesTheSolutionUnique() {
        Fixing moves = new Fixing(false);
        assertThat(UniqueClues.run(4, SOLUTION, moves)).isTrue();
        assertThat(moves.fixed).isNotEmpty();
        assertThat(moves.search(UniqueClues.ALTERNATIVES + 1).unique()).isTrue();
    }

    @Test
    void aSearchThatGivesUpAddsAClueAtRandomAndNoRoundsMeansNoPuzzle() {
        Fixing moves = new Fixing(true);
        assertThat(UniqueClues.run(4, SOLUTION, moves)).isTrue();
        assertThat(moves.fixed.get(0)).isEqualTo(3);
        assertThat(UniqueClues.run(0, SOLUTION, new Fixing(false))).isFalse();
    }

    @Test
    void theDifferingCellIsOneWhereTheGridsDiffer() {
        for (int seed = 0; seed < 10; seed++) {
            int cell = UniqueClues.differingCell(SOLUTION, THIRD, new SplittableRandom(seed));
            assertThat(cell).isIn(2, 3);
        }
    }
}
