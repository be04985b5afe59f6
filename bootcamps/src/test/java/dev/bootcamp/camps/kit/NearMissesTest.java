package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class NearMissesTest {
    private static final List<String> SOLVED = List.of("123", "231", "312");
    private static final List<String> GIVENS = List.of("1..", ".3.", "..2");

    @RepeatedTest(20)
    void latinMissesChangeOnlyFreeCellsAndBreakARule(RepetitionInfo repetition) {
        List<List<String>> misses = NearMisses.latin(SOLVED, GIVENS, '.', "123", new SplittableRandom(repetition.getCurrentRepetition()));
        assertThat(misses).hasSize(2);
        for (List<String> miss : misses) {
            assertThat(miss).isNotEqualTo(SOLVED);
            assertThat(DigitGrids.checkFilled(miss, GIVENS, 3, 1, 3)).isNull();
            assertThat(DigitGrids.checkLatin(miss)).isNotNull();
        }
    }

    @Test
    void aGridWithoutFreeCellsHasNoLatinMisses() {
        assertThat(NearMisses.latin(SOLVED, SOLVED, '.', "123", new SplittableRandom(1))).isEmpty();
    }

    @Test
    void permutationPathAndSubsetMissesDifferFromGold() {
        List<Integer> gold = List.of(1, 2, 3, 4);
        SplittableRandom random = new SplittableRandom(3);
        assertThat(NearMisses.permutation(gold, random)).hasSize(2).doesNotContain(gold)
                .allSatisfy(miss -> assertThat(miss).containsExactlyInAnyOrderElementsOf(gold));
        assertThat(NearMisses.path(gold, random)).hasSize(4).doesNotContain(gold)
                .contains(List.of(1, 2, 3), List.of(2, 3, 4), List.of(1, 2, 3, 4, 3));
        assertThat(NearMisses.subset(List.of(2, 4), gold, random)).hasSize(2).doesNotContain(List.of(2, 4));
        assertThat(NearMisses.number(5)).containsExactly(6L, 4L, -5L);
        assertThat(NearMisses.number(0)).containsExactly(1L, -1L);
        assertThat(NearMisses.permutation(List.of(1), random)).isEmpty();
    }
}
