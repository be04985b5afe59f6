package dev.bootcamp.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaTest {
    @Test
    void readsOperatorsWithTheUsualPrecedence() {
        assertThat(value("1 + 2 * 3 ^ 2")).isEqualTo(Rational.of(19));
        assertThat(value("(1 + 2) * 3")).isEqualTo(Rational.of(9));
        assertThat(value("7 - 2 - 1")).isEqualTo(Rational.of(4));
        assertThat(value("12 / 3 / 2")).isEqualTo(Rational.of(2));
        assertThat(value("-2^2")).isEqualTo(Rational.of(-4));
        assertThat(value("(-2)^2")).isEqualTo(Rational.of(4));
        assertThat(value("2 * -3")).isEqualTo(Rational.of(-6));
        assertThat(value("0.25 + 1/4")).isEqualTo(Rational.of(1, 2));
        assertThat(value("2**3")).isEqualTo(Rational.of(8));
    }

    @Test
    void readsImplicitMultiplication() {
        Map<String, Rational> point = Map.of("x", Rational.of(3), "y", Rational.of(5));
        assertThat(Formula.parse("2x").evaluate(point)).isEqualTo(Rational.of(6));
        assertThat(Formula.parse("3(x+1)").evaluate(point)).isEqualTo(Rational.of(12));
        assertThat(Formula.parse("x y").evaluate(point)).isEqualTo(Rational.of(15));
        assertThat(Formula.parse("xy").evaluate(point)).isEqualTo(Rational.of(15));
        assertThat(Formula.parse("(x+1)(x-1)").evaluate(point)).isEqualTo(Rational.of(8));
        assertThat(Formula.parse("2x^2").evaluate(point)).isEqualTo(Rational.of(18));
        assertThat(Formula.parse("1/2x").evaluate(point)).isEqualTo(Rational.of(3, 2));
    }

    @Test
    void readsLatex() {
        Map<String, Rational> point = Map.of("x", Rational.of(2));
        assertThat(Formula.parse("\\frac{1}{2}x^{2}").evaluate(point)).isEqualTo(Rational.of(2));
        assertThat(Formula.parse("\\left(x+1\\right) \\cdot (x-1)").evaluate(point)).isEqualTo(Rational.of(3));
        assertThat(Formula.parse("3 \\times x").evaluate(point)).isEqualTo(Rational.of(6));
        assertThat(Formula.parse("\\dfrac{x+2}{x-1}").evaluate(point)).isEqualTo(Rational.of(4));
        assertThat(Formula.parse("{x}^{3} - x\u00b2").evaluate(point)).isEqualTo(Rational.of(4));
        assertThat(Formula.parse("x \u2212 3").evaluate(point)).isEqualTo(Rational.of(-1));
    }

    @Test
    void answerTextMayNameTheFunction() {
        assertThat(Formula.parseAnswer("f'(x) = 6x + 2").text()).isEqualTo("6*x + 2");
        assertThat(Formula.parseAnswer("$x^2 - 1$.").text()).isEqualTo("x^2 - 1");
        assertThatThrownBy(() -> Formula.parseAnswer("y = x = 2")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void textIsCanonicalAndReadsBackToItself() {
        for (String input : List.of("x^2+2x+1", "-(x+1)(x-2)^3", "a - -b", "\\frac{\\frac{1}{2}}{3}x", "x/2/3*y",
                "2*-x", "(x^2)^3", "--x + (y - z)", "0.50x - 3/4")) {
            String text = Formula.parse(input).text();
            assertThat(Formula.parse(text).text()).as(input).isEqualTo(text);
        }
        assertThat(Formula.parse("3x^2 - 2/3 x + 1/2").text()).isEqualTo("3*x^2 - 2*x/3 + 1/2");
    }

    @Test
    void equivalentFormsCompareEqual() {
        assertThat(equivalent("x^2 + 2x + 1", "(x + 1)^2")).isTrue();
        assertThat(equivalent("(x - 1)(x + 1)(x^2 + 1)", "x^4 - 1")).isTrue();
        assertThat(equivalent("(x + y)^3", "x^3 + 3x^2y + 3xy^2 + y^3")).isTrue();
        assertThat(equivalent("(x^2 - 1)/(x - 1)", "x + 1")).isTrue();
        assertThat(equivalent("\\frac{1}{2}x", "0.5x")).isTrue();
        assertThat(equivalent("2^10", "1024")).isTrue();
    }

    @Test
    void differentFormsCompareUnequalWithAReason() {
        assertThat(equivalent("x^2 + 2x + 1", "x^2 + 2x")).isFalse();
        assertThat(equivalent("(x + 1)^2", "x^2 + 1")).isFalse();
        assertThat(equivalent("x", "y")).isFalse();
        assertThat(equivalent("x^20", "x^21")).isFalse();
        assertThat(equivalent("1/0", "1")).isFalse();
        Formula.Comparison comparison = Formula.compare(Formula.parse("x + 1"), Formula.parse("x + 2"));
        assertThat(comparison.equivalent()).isFalse();
        assertThat(comparison.detail()).startsWith("differs at x = ");
    }

    @Test
    void comparisonIsDeterministic() {
        Formula first = Formula.parse("(x - 3)(x + 5)");
        Formula second = Formula.parse("x^2 + 2x - 14");
        assertThat(Formula.compare(first, second)).isEqualTo(Formula.compare(first, second));
    }

    @Test
    void degreesAndExpandedFormAreRead() {
        assertThat(Formula.parse("(x + 1)^3 (x - 2)").polynomialDegree()).hasValue(4);
        assertThat(Formula.parse("x^2 / 4").polynomialDegree()).hasValue(2);
        assertThat(Formula.parse("1 / (x + 1)").polynomialDegree()).isEmpty();
        assertThat(Formula.parse("1 / (x + 1)").degreeBound()).isEqualTo(1);
        assertThat(Formula.parse("x^2 + 2x + 1").isExpandedPolynomial()).isTrue();
        assertThat(Formula.parse("-3/4 x^2 y + \\frac{1}{2}x - 7").isExpandedPolynomial()).isTrue();
        assertThat(Formula.parse("3(x + 1)").isExpandedPolynomial()).isFalse();
        assertThat(Formula.parse("(2x)^2").isExpandedPolynomial()).isFalse();
        assertThat(Formula.parse("x + 2x").isExpandedPolynomial()).isFalse();
        assertThat(Formula.parse("x^2 + 1 + 3").isExpandedPolynomial()).isFalse();
        assertThat(Formula.parse("x - (y - z)").variables()).containsExactly("x", "y", "z");
    }

    @Test
    void refusesMalformedText() {
        for (String input : List.of("", "x +", "(x + 1", "x + 1)", "x^-1", "x^0.5", "x^y", "x^2^3", "2 3", "x2", "3.",
                "\\sqrt{x}", "x % 2", "x^65", "\\frac{1}", "e^{x}")) {
            assertThatThrownBy(() -> Formula.parse(input)).as(input).isInstanceOf(AnswerFormatException.class);
        }
    }

    @Test
    void hostileTextFailsQuicklyWithAReason() {
        List<String> hostile = List.of("(".repeat(5_000) + "x" + ")".repeat(5_000), "(".repeat(1_000) + "x" + ")".repeat(1_000),
                "-".repeat(1_000) + "x", "9".repeat(41), "x".repeat(1_000), "((x^64)^64)^64", "x^64".repeat(10),
                "\\frac{".repeat(500) + "1", "1" + "/(x+1)".repeat(300));
        for (String input : hostile) {
            assertThatThrownBy(() -> Formula.parse(input)).as(Answers.abbreviate(input)).isInstanceOf(AnswerFormatException.class);
        }
    }

    @Test
    void hugeValuesMakeAComparisonFailRatherThanHang() {
        String big = "9".repeat(40);
        Formula huge = Formula.parse(("(x + " + big + ")^64").repeat(4));
        // The comparison must give up on oversized values rather than compute them: the answer is "not equivalent".
        assertThat(Formula.equivalent(huge, Formula.parse("x"))).isFalse();
        assertThatThrownBy(() -> huge.evaluate(Map.of("x", Rational.of(1)))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void divisionByZeroAndMissingVariablesAreReported() {
        assertThatThrownBy(() -> Formula.parse("1/(x - 2)").evaluate(Map.of("x", Rational.of(2)))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Formula.parse("x + y").evaluate(Map.of("x", Rational.ONE))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Rational value(String text) {
        return Formula.parse(text).evaluate(Map.of());
    }

    private static boolean equivalent(String first, String second) {
        return Formula.equivalent(Formula.parse(first), Formula.parse(second));
    }
}
