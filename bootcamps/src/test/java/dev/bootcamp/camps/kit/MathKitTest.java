package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Formula;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The kit pieces the math bootcamps share: number codecs and checks, formula checks, roots, polynomials, matrices. */
class MathKitTest {
    @Test
    void numberCodecsReadTheValueAfterTheLastEqualsAndRefuseLongText() {
        Codec<BigInteger> integer = NumberAnswers.integer(20);
        assertThat(integer.parse("phi(12) = 4")).isEqualTo(BigInteger.valueOf(4));
        assertThat(integer.parse(" 1,234 ")).isEqualTo(BigInteger.valueOf(1234));
        assertThatThrownBy(() -> integer.parse("4".repeat(21))).isInstanceOf(AnswerFormatException.class).hasMessageContaining("20 characters");
        assertThatThrownBy(() -> integer.parse("x = four")).isInstanceOf(AnswerFormatException.class);
        assertThat(NumberAnswers.rationalAfterEquals(50).parse("area = 15/2")).isEqualTo(Rational.of(15, 2));
        assertThat(NumberAnswers.rational(50).parse("1.75")).isEqualTo(Rational.of(7, 4));
        assertThatThrownBy(() -> NumberAnswers.rational(50).parse("x = 1.75")).isInstanceOf(AnswerFormatException.class);
        assertThat(NumberAnswers.afterLastEquals("a = b = 3")).isEqualTo(" 3");
    }

    @Test
    void numberCheckAndMissesCompareExactly() {
        assertThat(NumberAnswers.check(Rational.of(1, 2), Rational.of(2, 4), "the value").passed()).isTrue();
        assertThat(NumberAnswers.check(Rational.of(1, 2), Rational.of(1, 3), "the value").detail()).contains("found 1/3, which is not the value");
        assertThat(NumberAnswers.misses(5L, List.of(6L, 5L, 4L, 6L), value -> value * 10)).containsExactly(60L, 40L);
    }

    @Test
    void formulaCheckNamesWhatIsWrong() {
        Formula expected = Formula.parse(FormulaAnswers.canonical("2x + 1"));
        assertThat(FormulaAnswers.check(FormulaAnswers.canonical("1 + 2*x"), expected, "x", "no: ", "yes, ").passed()).isTrue();
        assertThat(FormulaAnswers.check(FormulaAnswers.canonical("2y + 1"), expected, "x", "no: ", "yes, ").detail()).contains("y");
        assertThat(FormulaAnswers.check(FormulaAnswers.canonical("2x + 2"), expected, "x", "no: ", "yes, ").detail()).startsWith("no: ");
        assertThat(FormulaAnswers.codec().render(FormulaAnswers.codec().parse("x^2"))).isEqualTo(FormulaAnswers.canonical("x^2"));
    }

    @Test
    void rationalRootsGiveFactorsThatVanishThere() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 50; i++) {
            Rational root = RationalRoots.draw(9, 0.5, 4, random);
            assertThat(root.numerator().abs()).isLessThanOrEqualTo(BigInteger.valueOf(9));
            assertThat(RationalRoots.factor(root).evaluate(root)).isEqualTo(Rational.ZERO);
            Polynomial quadratic = RationalRoots.withoutRealRoots(6, random);
            Rational b = quadratic.coefficient(1);
            assertThat(b.multiply(b).compareTo(Rational.of(4).multiply(quadratic.coefficient(2)).multiply(quadratic.coefficient(0)))).isNegative();
        }
    }

    @Test
    void polynomialsCountTermsAndDrawNoMonomials() {
        assertThat(Polynomials.terms(Polynomial.of(3, 0, 0, 1))).isEqualTo(2);
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 50; i++) {
            assertThat(Polynomials.terms(Polynomials.withTwoTerms(3, 2, random))).isGreaterThanOrEqualTo(2);
        }
        assertThat(Draw.nonZero(1, random)).isIn(1L, -1L);
        assertThat(Rationals.power(Rational.of(-2, 3), 3)).isEqualTo(Rational.of(-8, 27));
        assertThat(Rationals.power(Rational.of(5, 7), 0)).isEqualTo(Rational.ONE);
    }

    @Test
    void smoothNumbersAndMatricesAndEquations() {
        TreeMap<Long, Integer> factors = new TreeMap<>();
        factors.put(2L, 3);
        factors.put(7L, 1);
        assertThat(SmoothNumbers.value(factors)).isEqualTo(56);
        int[][] matrix = ExactMatrix.random(2, 3, 4, new SplittableRandom(1));
        assertThat(ExactMatrix.rows(matrix)).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(3).allMatch(value -> Math.abs(value) <= 4));
        assertThat(ExactMatrix.shows("rows:\n  1  2\n  3 4", "1 2\n3 4")).isTrue();
        assertThat(ExactMatrix.shows("rows: 1 2", "2 1")).isFalse();
        assertThat(LinearEquations.text(List.of(3, -1, 0), -7, List.of("x", "y", "z"))).isEqualTo("3x - y = -7");
        assertThat(LinearEquations.text(List.of(0, -1), 4, List.of("x", "y"))).isEqualTo("-y = 4");
    }

    @Test
    void oneItemMissesChangeOneItemEach() {
        assertThat(NearMisses.oneItem(List.of(1, 2), List.of(List.of(1, 5), List.of(7))))
                .containsExactly(List.of(5, 2), List.of(1, 7));
    }
}
