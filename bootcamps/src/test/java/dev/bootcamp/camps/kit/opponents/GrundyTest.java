package dev.bootcamp.camps.kit.opponents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrundyTest {
    @Test
    void mexIsTheLeastMissingValue() {
        assertThat(Grundy.mex(new int[] {0, 1, 3}, 3)).isEqualTo(2);
        assertThat(Grundy.mex(new int[] {1, 2}, 2)).isEqualTo(0);
        assertThat(Grundy.mex(new int[] {0, 0, 9}, 0)).isEqualTo(0);
    }

    @Test
    void subtractionValuesWorkedByHand() {
        // {1, 3, 4}: g(4) = mex{g3=1, g1=1, g0=0} = 2, g(7) = mex{g6=2, g4=2, g3=1} = 0, ...
        assertThat(Grundy.subtraction(8, new int[] {1, 3, 4})).containsExactly(0, 1, 0, 1, 2, 3, 2, 0, 1);
    }

    @Test
    void kaylesAndDawsonsRowValuesWorkedByHand() {
        // Kayles: a row of 4 reaches 3 (one pin off an end), 3 and 3 (inner pins), 2 (two off an end) and 0 (the middle two).
        assertThat(Grundy.row(6, new int[] {1, 2})).containsExactly(0, 1, 2, 3, 1, 4, 3);
        // Dawson's Kayles (two neighbours only): a row of 5 reaches only 1, so its value is 0.
        assertThat(Grundy.row(6, new int[] {2})).containsExactly(0, 0, 1, 1, 2, 0, 3);
        assertThat(Grundy.sum(1, 2, 3)).isEqualTo(0);
    }

    @Test
    void lostPositionsOfASmallGameMatchTheGrundyZeros() {
        // One heap, take 1, 3 or 4: the zeros of the values above are 0, 2 and 7.
        Set<Integer> lost = Positions.lost(8, heap -> {
            List<Integer> next = new ArrayList<>();
            for (int take : new int[] {1, 3, 4}) {
                if (take <= heap) {
                    next.add(heap - take);
                }
            }
            return next;
        }, 100);
        assertThat(lost).containsExactlyInAnyOrder(0, 2, 7);
    }

    @Test
    void diceAreAPureFunctionWithinTheBound() {
        assertThat(Dice.roll(42, 3, 10)).isEqualTo(Dice.roll(42, 3, 10)).isBetween(0, 9);
        assertThat(Dice.roll(42, 3, 1)).isEqualTo(0);
        Set<Integer> seen = new java.util.HashSet<>();
        for (int turn = 0; turn < 50; turn++) {
            seen.add(Dice.roll(7, turn, 4));
        }
        assertThat(seen).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void heapMovesAreReadLeniently() {
        assertThat(Heaps.read("take 3 from heap B", 3)).contains(new Heaps.Take(1, 3));
        assertThat(Heaps.read("B3", 3)).contains(new Heaps.Take(1, 3));
        assertThat(Heaps.read("3 from c", 3)).contains(new Heaps.Take(2, 3));
        // A capital heap name wins over the English word "a".
        assertThat(Heaps.read("take a 2 from B", 3)).contains(new Heaps.Take(1, 2));
        assertThat(Heaps.read("take 3 from heap D", 3)).isEmpty();
        assertThat(Heaps.read("take 3", 3)).isEmpty();
        assertThat(Heaps.read("take 99999999999 from A", 3)).isEmpty();
        assertThat(Heaps.render(List.of(2, 0))).isEqualTo("heap A:  2  ||\nheap B:  0");
    }
}
