package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.math.CountdownBootcamp;
import dev.bootcamp.camps.math.CountdownBootcamp.Answer;
import dev.bootcamp.camps.math.CountdownBootcamp.Puzzle;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** countdown's prompt says not to add "= target"; the reader agrees: the bare expression is read, any '=' is malformed. */
class CountdownAnswerTest {
    private final CountdownBootcamp bootcamp = new CountdownBootcamp();

    @Test
    void theBareExpressionIsReadAndAStatedTargetIsRefused() {
        for (int level : List.of(1, 5, 10)) {
            Puzzle puzzle = bootcamp.generate(bootcamp.atLevel(level), new SplittableRandom(level));
            String gold = bootcamp.render(bootcamp.solve(puzzle));
            assertThat(bootcamp.question(puzzle)).contains("Do not add \"= " + puzzle.target() + "\" or any other text.");
            assertThat(bootcamp.check(puzzle, bootcamp.parse(gold)).passed()).isTrue();
            assertThat(bootcamp.check(puzzle, bootcamp.parse(gold + ".")).passed()).isTrue();
            assertThatThrownBy(() -> bootcamp.parse(gold + " = " + puzzle.target()))
                    .isInstanceOf(AnswerFormatException.class)
                    .hasMessageContaining("without '='");
        }
    }

    @Test
    void anyEqualsSignIsMalformed() {
        assertThatThrownBy(() -> bootcamp.parse("7 - 1 = 6")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> bootcamp.parse("6 = 7 - 1")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> bootcamp.parse("7 - 1 = 5")).isInstanceOf(AnswerFormatException.class);
        assertThat(bootcamp.parse("7 - 1")).isEqualTo(new Answer(bootcamp.parse("(7 - 1)").expression()));
    }
}
