package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoveReplayTest {
    /** Counting up to 3 by steps of 1 or 2; a step of 3 or more is illegal. */
    private static Score count(List<Integer> steps, int optimum) {
        int[] total = {0};
        return MoveReplay.score(steps, (number, step) -> {
            if (step > 2) {
                return "move " + number + " is too long";
            }
            total[0] += step;
            return null;
        }, () -> total[0] == 3 ? null : "the total is " + total[0], optimum, "counted", "steps");
    }

    @Test
    void paysTheOptimumFullyALongerSolutionInPartAndAnIllegalOrUnfinishedOneNothing() {
        assertThat(count(List.of(1, 2), 2).verdict()).isEqualTo(Verdict.CORRECT);
        Score longer = count(List.of(1, 1, 1), 2);
        assertThat(longer.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(longer.reward()).isEqualTo(2.0 / 3);
        assertThat(count(List.of(3), 2).detail()).isEqualTo("move 1 is too long");
        assertThat(count(List.of(1), 2).detail()).isEqualTo("the total is 1");
    }

    @Test
    void wordsDropFillerAndCapTheCount() {
        assertThat(MoveReplay.words("Move A->C, then B to C!", List.of("move", "then", "to"), 10)).containsExactly("a", "c", "b", "c");
        assertThatThrownBy(() -> MoveReplay.words("a b c", List.of(), 2)).isInstanceOf(AnswerFormatException.class);
    }
}
