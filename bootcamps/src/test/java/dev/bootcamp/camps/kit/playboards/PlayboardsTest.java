package dev.bootcamp.camps.kit.playboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlayboardsTest {
    @Test
    void directionsAreReadLeniently() {
        assertThat(Directions.read("up")).isEqualTo(0);
        assertThat(Directions.read("I will move LEFT now")).isEqualTo(3);
        assertThat(Directions.read("let's go down")).isEqualTo(2);
        assertThat(Directions.read(" r ")).isEqualTo(1);
        assertThat(Directions.read("East")).isEqualTo(1);
        assertThat(Directions.read("upward")).isEqualTo(-1);
        assertThat(Directions.read("")).isEqualTo(-1);
        assertThat(Directions.read("x".repeat(5000))).isEqualTo(-1);
    }

    @Test
    void boardsAreLetteredByColumnAndNumberedByRow() {
        assertThat(BoardText.lettered(List.of("ab", "cd"))).isEqualTo("  A B\n1 a b\n2 c d");
    }

    @Test
    void aPressTogglesTheCellAndItsSides() {
        // Corner A1 of a 3x3 board: cells 0, 1 and 3; the centre: 1, 3, 4, 5, 7.
        assertThat(LightsAlgebra.press(3, 3, 0)).isEqualTo(0b000_001_011L);
        assertThat(LightsAlgebra.press(3, 3, 4)).isEqualTo(0b010_111_010L);
    }

    @Test
    void lightsAreSolvedExactlyOnInvertibleBoards() {
        long lit = LightsAlgebra.press(3, 3, 4) ^ LightsAlgebra.press(3, 3, 8);
        assertThat(LightsAlgebra.solve(3, 3, lit)).hasValue((1L << 4) | (1L << 8));
        assertThat(LightsAlgebra.invertible(3, 3)).isTrue();
        assertThat(LightsAlgebra.invertible(4, 4)).isFalse();
        assertThatThrownBy(() -> LightsAlgebra.solve(9, 9, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMineSolverDeducesFromAOneOneOnePattern() {
        // Row 1 open and showing 1 1 1, rows 2 and 3 hidden, 2 mines in all (at B2 and A3). C2 is safe because A1's
        // hidden cells {A2, B2} lie inside B1's {A2, B2, C2} with the same count; then C1 = 1 puts the mine at B2, so A2
        // is safe too. Row 3 stays undecided.
        int h = MineDeduction.HIDDEN;
        int[] shown = {1, 1, 1, h, h, h, h, h, h};
        byte[] status = MineDeduction.deduce(3, 3, shown, 2);
        assertThat(status[5]).isEqualTo(MineDeduction.SAFE);
        assertThat(status[4]).isEqualTo(MineDeduction.MINE);
        assertThat(status[3]).isEqualTo(MineDeduction.SAFE);
        assertThat(new byte[] {status[6], status[7], status[8]}).containsOnly(MineDeduction.UNKNOWN);
    }

    @Test
    void theMineTotalDecidesTheLastCells() {
        // A 1x4 board showing 0 1 # #: the 1 makes the third cell a mine; the fourth touches no number, so only the
        // total decides it: safe when there is one mine in all, a mine when there are two.
        int h = MineDeduction.HIDDEN;
        byte[] one = MineDeduction.deduce(1, 4, new int[] {0, 1, h, h}, 1);
        assertThat(one[2]).isEqualTo(MineDeduction.MINE);
        assertThat(one[3]).isEqualTo(MineDeduction.SAFE);
        assertThat(MineDeduction.deduce(1, 4, new int[] {0, 1, h, h}, 2)[3]).isEqualTo(MineDeduction.MINE);
    }

    @Test
    void openingAZeroFloodsItsNeighbours() {
        // A mine at C3 of a 3x3 board: opening A1 (a 0) opens everything but C3.
        boolean[] mines = new boolean[9];
        mines[8] = true;
        int[] numbers = MineDeduction.numbers(3, 3, mines);
        assertThat(numbers).containsExactly(0, 0, 0, 0, 1, 1, 0, 1, 0);
        int[] hidden = new int[9];
        Arrays.fill(hidden, MineDeduction.HIDDEN);
        assertThat(MineDeduction.open(3, 3, numbers, hidden, 0)).containsExactly(0, 0, 0, 0, 1, 1, 0, 1, MineDeduction.HIDDEN);
        assertThat(MineDeduction.open(3, 3, numbers, hidden, 4)).containsExactly(-1, -1, -1, -1, 1, -1, -1, -1, -1);
    }

    @Test
    void tileDistancesAreExact() {
        TileTable table = TileTable.of(2, 3);
        assertThat(table.goal()).isEqualTo("123450");
        assertThat(table.distance("123450")).isZero();
        assertThat(table.distance("123405")).isEqualTo(1);
        assertThat(table.distance("213450")).isEqualTo(TileTable.UNREACHABLE);
        assertThat(table.maxDistance()).isEqualTo(21);
        assertThat(table.count(0)).isEqualTo(1);
        assertThat(table.moveGap("123450", 3)).isEqualTo("123405");
        assertThat(table.moveGap("123450", 1)).isNull();
        String drawn = table.random(7, new SplittableRandom(3));
        assertThat(table.distance(drawn)).isEqualTo(7);
    }

    @Test
    void boxesArePushedAndRoomsSolvedShortest() {
        // A 4x4 floor inside walls; a goal at row 2 column 2 (cell 14), a box right below it (20), the player below that (26).
        String room = "######" + "#----#" + "#-.--#" + "#----#" + "#----#" + "######";
        assertThat(BoxPushing.step(room, 6, 26, new int[] {20}, 0)).containsExactly(20, 14);
        assertThat(BoxPushing.step(room, 6, 26, new int[] {20}, 2)).isNull();
        assertThat(BoxPushing.step(room, 6, 26, new int[] {20, 14}, 0)).isNull();
        assertThat(BoxPushing.solve(room, 6, 26, new int[] {20})).containsExactly(0);
        // From the right of the box the shortest way is down, left, then up, which pushes it home.
        assertThat(BoxPushing.solve(room, 6, 21, new int[] {20})).containsExactly(2, 3, 0);
        int[] drawn = BoxPushing.drawAt(room, 6, new int[] {14}, 5, new SplittableRandom(1));
        assertThat(drawn[0]).isEqualTo(5);
        assertThat(BoxPushing.solve(room, 6, drawn[1], new int[] {drawn[2]})).hasSize(5);
    }

    @Test
    void cellsAreReadInOrder() {
        List<int[]> cells = CellWords.read("jump c3 to C1, then B2", 3, 3, 2);
        assertThat(cells).hasSize(2);
        assertThat(cells.get(0)).containsExactly(2, 2);
        assertThat(cells.get(1)).containsExactly(0, 2);
        assertThat(CellWords.read("Z9 and A4", 3, 3, 2)).isEmpty();
        assertThat(CellWords.read("abc12", 3, 3, 2)).isEmpty();
    }
}
