package dev.bootcamp.camps.kit.formal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Integer assertions: precedence, evaluation and the reader's refusals. */
class IntFormulaTest {
    @Test
    void evaluatesWithTheUsualPrecedence() {
        Map<String, Long> state = Map.of("x", 3L, "y", 7L);
        assertThat(IntFormula.parseAssertion("y = 2 * x + 1").holds(state)).isTrue();
        assertThat(IntFormula.parseAssertion("y = 2 * (x + 1)").holds(state)).isFalse();
        // & binds tighter than |
        assertThat(IntFormula.parseAssertion("x = 0 & y = 0 | x = 3").holds(state)).isTrue();
        assertThat(IntFormula.parseAssertion("x = 0 & (y = 0 | x = 3)").holds(state)).isFalse();
        assertThat(IntFormula.parseAssertion("not x >= 4 and y <> 6").holds(state)).isTrue();
        assertThat(IntFormula.parseAssertion("-x + 10 == y").holds(state)).isTrue();
        assertThat(IntFormula.parseNumber("x * x - y").number(state)).isEqualTo(2L);
        assertThat(IntFormula.parseAssertion("(i <= n) & (x = 2 + 3 * i)").render()).isEqualTo("(i <= n) & (x = (2 + (3 * i)))");
    }

    @Test
    void refusesMixedUpOrBrokenConditions() {
        assertThatThrownBy(() -> IntFormula.parseAssertion("x + 1")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> IntFormula.parseAssertion("(x < 1) + 2 = 3")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> IntFormula.parseAssertion("x < y < 3")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> IntFormula.parseAssertion("x = ")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> IntFormula.parseAssertion("x = 1 ; y = 2")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> IntFormula.parseAssertion("(".repeat(300) + "x = 1" + ")".repeat(300))).isInstanceOf(AnswerFormatException.class);
        // overflow is reported, not wrapped
        assertThatThrownBy(() -> IntFormula.parseAssertion("999999999 * 999999999 * 999999999 = x").holds(Map.of("x", 1L)))
                .isInstanceOf(ArithmeticException.class);
    }
}
