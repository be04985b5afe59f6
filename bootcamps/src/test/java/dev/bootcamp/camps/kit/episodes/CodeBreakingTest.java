package dev.bootcamp.camps.kit.episodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeBreakingTest {
    @Test
    void feedbackCountsEachCodePegOnce() {
        assertThat(CodeBreaking.feedback("AABB", "ABAB")).containsExactly(2, 2);
        assertThat(CodeBreaking.feedback("AABC", "CCCA")).containsExactly(0, 2);
        assertThat(CodeBreaking.feedback("1234", "1234")).containsExactly(4, 0);
        assertThat(CodeBreaking.feedback("1234", "5678")).containsExactly(0, 0);
        assertThat(CodeBreaking.feedback("ABCD", "DCBA")).containsExactly(0, 4);
    }

    @Test
    void theFirstConsistentCodeFitsEveryFeedback() {
        // AB over {A, B, C}: after "AA" -> 1 exact, the codes left in order are AB, AC, BA, CA; "AB" is first.
        assertThat(CodeBreaking.firstConsistent("ABC", 2, true, List.of("AA"), List.of(new int[] {1, 0}))).isEqualTo("AB");
        // Without repeats, after "01" -> 0 exact 2 misplaced, only "10" is left.
        assertThat(CodeBreaking.firstConsistent("012", 2, false, List.of("01"), List.of(new int[] {0, 2}))).isEqualTo("10");
    }

    @Test
    void someoneElsesLastGuessDoesNotHideAnEarlierCode() {
        // The last guess "CC" (0 exact) is after the only consistent code "AB" in order: the search wraps around.
        List<String> guesses = List.of("AB", "CC");
        List<int[]> feedback = List.of(new int[] {2, 0}, new int[] {0, 0});
        assertThat(CodeBreaking.firstConsistent("ABC", 2, true, guesses, feedback)).isEqualTo("AB");
    }

    @Test
    void actionsAreReadLeniently() {
        assertThat(Actions.firstNumber("my guess is 512, I think").getAsLong()).isEqualTo(512);
        assertThat(Actions.firstNumber("-3").getAsLong()).isEqualTo(-3);
        assertThat(Actions.firstNumber("9".repeat(40))).isEmpty();
        assertThat(Actions.firstNumber("none")).isEmpty();
        assertThat(Actions.lastCode("I try abca then ABCD", "ABCD", 4)).contains("ABCD");
        assertThat(Actions.lastCode("ABCE", "ABCD", 4)).isEmpty();
        assertThat(Actions.cell("fire at b 3!", 5, 5)).hasValueSatisfying(cell -> assertThat(cell).containsExactly(2, 1));
        assertThat(Actions.cell("fire at F3", 5, 5)).isEmpty();
        assertThat(Actions.cellName(2, 1)).isEqualTo("B3");
    }
}
