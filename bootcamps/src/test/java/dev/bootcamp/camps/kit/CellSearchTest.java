package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellSearchTest {
    @Test
    void oneMarkPerRowAndColumnCountsThePermutations() {
        List<Integer> ones = Collections.nCopies(5, 1);
        assertThat(new CellSearch(25).lines(5, 5, ones, ones).count(1_000, marked -> true)).isEqualTo(120);
    }

    @Test
    void marksApartCountThePermutationsWithoutNeighbouringColumns() {
        // permutations of 1..n with no two consecutive values adjacent: 2 for n = 4, 14 for n = 5, 90 for n = 6
        for (int[] known : new int[][] {{4, 2}, {5, 14}, {6, 90}}) {
            int size = known[0];
            List<Integer> ones = Collections.nCopies(size, 1);
            assertThat(new CellSearch(size * size).lines(size, size, ones, ones).apart(size, size).count(1_000, marked -> true))
                    .isEqualTo(known[1]);
        }
    }

    @Test
    void boundsFixedCellsAndTheLimitAreKept() {
        int[] all = CellSearch.line(0, 1, 6);
        assertThat(new CellSearch(6).between(all, 2, 3).count(1_000, marked -> true)).isEqualTo(15 + 20);
        assertThat(new CellSearch(6).between(all, 2, 3).fix(0, true).fix(1, false).count(1_000, marked -> true)).isEqualTo(4 + 6);
        assertThat(new CellSearch(6).between(all, 2, 3).count(7, marked -> true)).isEqualTo(7);
        assertThat(new CellSearch(6).exactly(all, 7).count(1_000, marked -> true)).isZero();
        assertThat(new CellSearch(3).count(1_000, marked -> true)).isEqualTo(8);
    }

    @Test
    void acceptFiltersCompleteMarkings() {
        int[] all = CellSearch.line(0, 1, 4);
        assertThat(new CellSearch(4).exactly(all, 2).count(1_000, marked -> marked[0])).isEqualTo(3);
    }

    @Test
    void aNotCellCountsWhenUnmarked() {
        // b needs a: (a, b) may be (0, 0), (1, 0) or (1, 1)
        assertThat(new CellSearch(2).atMost(new int[] {1, CellSearch.not(0)}, 1).count(1_000, marked -> true)).isEqualTo(3);
        assertThat(new CellSearch(2).atMost(new int[] {1, CellSearch.not(0)}, 1).exactly(new int[] {0, 1}, 1)
                .count(1_000, marked -> marked[0] && !marked[1])).isEqualTo(1);
        assertThat(new CellSearch(3).exactly(new int[] {CellSearch.not(0), CellSearch.not(1), 2}, 3).count(1_000, marked -> true))
                .isEqualTo(1);
    }

    @Test
    void indicesNumberCellsRowByRow() {
        assertThat(CellSearch.indices(List.of(new Grid.Cell(0, 2), new Grid.Cell(2, 1)), 4)).containsExactly(2, 9);
    }
}
