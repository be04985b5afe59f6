package dev.bootcamp.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bootcamp.api.AnswerFormatException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AnswersTest {
    @Test
    void integersMayHaveASign() {
        assertThat(Answers.integer("42")).isEqualTo(42);
        assertThat(Answers.integer("-42")).isEqualTo(-42);
        assertThat(Answers.integer("+42")).isEqualTo(42);
        assertThat(Answers.integer("\u221242")).isEqualTo(-42);
    }

    @Test
    void integersMayUseThousandsSeparators() {
        assertThat(Answers.integer("1,234,567")).isEqualTo(1_234_567);
        assertThat(Answers.integer("-1,234")).isEqualTo(-1_234);
        assertThat(Answers.integer("1 234 567")).isEqualTo(1_234_567);
        assertThat(Answers.integer("1_000")).isEqualTo(1_000);
        assertThat(Answers.integer("1\u00a0000")).isEqualTo(1_000);
    }

    @Test
    void separatorsMustSplitGroupsOfThreeDigits() {
        for (String text : List.of("12,34", "1,2345", "1,000,00", "1, 234", "1 2", ",123")) {
            assertThatThrownBy(() -> Answers.integer(text)).as(text).isInstanceOf(AnswerFormatException.class);
        }
    }

    @Test
    void integersIgnoreHarmlessDecoration() {
        assertThat(Answers.integer(" (42). ")).isEqualTo(42);
        assertThat(Answers.integer("$42$")).isEqualTo(42);
    }

    @Test
    void somethingOtherThanAnIntegerIsRefusedWithTheText() {
        assertThatThrownBy(() -> Answers.integer("4.2")).isInstanceOf(AnswerFormatException.class).hasMessage("expected an integer, found '4.2'");
        for (String text : List.of("", "-", "+", "forty-two", "42x", "0x2A", "4 2", "1e3")) {
            assertThatThrownBy(() -> Answers.integer(text)).as(text).isInstanceOf(AnswerFormatException.class);
        }
    }

    @Test
    void hugeIntegersAreRefused() {
        assertThatThrownBy(() -> Answers.integer("9".repeat(1_000))).isInstanceOf(AnswerFormatException.class).hasMessageContaining("longer than");
    }

    @Test
    void integersLongerThanTheDigitLimitAreRefused() {
        assertThatThrownBy(() -> Answers.integer("1" + "0".repeat(Answers.MAX_DIGITS))).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void longsAndIntsAreRangeChecked() {
        assertThat(Answers.longValue("9,223,372,036,854,775,807")).isEqualTo(Long.MAX_VALUE);
        assertThat(Answers.longValue("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> Answers.longValue("9223372036854775808")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("out of range");
        assertThat(Answers.intValue("-2147483648")).isEqualTo(Integer.MIN_VALUE);
        assertThatThrownBy(() -> Answers.intValue("2147483648")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void rationalsAreReadInEveryCommonSpelling() {
        Rational threeQuarters = Rational.of(3, 4);
        assertThat(Answers.rational("3/4")).isEqualTo(threeQuarters);
        assertThat(Answers.rational("6/8")).isEqualTo(threeQuarters);
        assertThat(Answers.rational("0.75")).isEqualTo(threeQuarters);
        assertThat(Answers.rational("\\frac{3}{4}")).isEqualTo(threeQuarters);
        assertThat(Answers.rational("\\dfrac{3}{4}")).isEqualTo(threeQuarters);
        assertThat(Answers.rational("$\\frac{3}{4}$")).isEqualTo(threeQuarters);
        assertThat(Answers.rational(" 3 / 4 ")).isEqualTo(threeQuarters);
    }

    @Test
    void negativeRationalsKeepTheirSignWhereverItIsWritten() {
        Rational minusThreeQuarters = Rational.of(-3, 4);
        assertThat(Answers.rational("-3/4")).isEqualTo(minusThreeQuarters);
        assertThat(Answers.rational("3/-4")).isEqualTo(minusThreeQuarters);
        assertThat(Answers.rational("-0.75")).isEqualTo(minusThreeQuarters);
        assertThat(Answers.rational("-\\frac{3}{4}")).isEqualTo(minusThreeQuarters);
        assertThat(Answers.rational("\\frac{-3}{4}")).isEqualTo(minusThreeQuarters);
        assertThat(Answers.rational("\u22123/4")).isEqualTo(minusThreeQuarters);
    }

    @Test
    void mixedNumbersAddTheirParts() {
        assertThat(Answers.rational("1 1/2")).isEqualTo(Rational.of(3, 2));
        assertThat(Answers.rational("-1 1/2")).isEqualTo(Rational.of(-3, 2));
        assertThat(Answers.rational("2 3/4")).isEqualTo(Rational.of(11, 4));
    }

    @Test
    void aNegativeZeroWholePartKeepsTheMinusSign() {
        assertThat(Answers.rational("-0 1/2")).isEqualTo(Rational.of(-1, 2));
    }

    @Test
    void malformedMixedNumbersAreRefused() {
        for (String text : List.of("1 -1/2", "1.5 1/2", "1 1/2/3", "- 3/4")) {
            assertThatThrownBy(() -> Answers.rational(text)).as(text).isInstanceOf(AnswerFormatException.class);
        }
    }

    @Test
    void decimalsAreExactNotRounded() {
        assertThat(Answers.rational("0.333")).isEqualTo(Rational.of(333, 1000)).isNotEqualTo(Rational.of(1, 3));
        assertThat(Answers.rational("0.1")).isEqualTo(Rational.of(1, 10));
        assertThat(Answers.rational("1e-3")).isEqualTo(Rational.of(1, 1000));
        assertThat(Answers.rational("2.5E2")).isEqualTo(Rational.of(250));
        assertThat(Answers.rational("1,234.5")).isEqualTo(Rational.of(2469, 2));
    }

    @Test
    void zeroDenominatorsAreRefused() {
        assertThatThrownBy(() -> Answers.rational("1/0")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("denominator is zero");
        assertThatThrownBy(() -> Answers.rational("\\frac{1}{0}")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("denominator is zero");
        assertThatThrownBy(() -> Answers.rational("0/0")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void brokenLatexFractionsAreRefused() {
        for (String text : List.of("\\frac{3}{4", "\\frac34", "\\frac{3}", "\\frac{3}{4}5", "\\frac")) {
            assertThatThrownBy(() -> Answers.rational(text)).as(text).isInstanceOf(AnswerFormatException.class);
        }
    }

    @Test
    void nestedLatexFractionsAreEvaluated() {
        assertThat(Answers.rational("\\frac{\\frac{1}{2}}{3}")).isEqualTo(Rational.of(1, 6));
    }

    @Test
    void deeplyNestedFractionsAreRefusedWithAReason() {
        String nested = "\\frac{".repeat(3_000) + "1" + "}{1}".repeat(3_000);
        assertThatThrownBy(() -> Answers.rational(nested)).isInstanceOf(AnswerFormatException.class).hasMessageContaining("nested");
    }

    @Test
    void hugeExponentsAreRefusedInsteadOfExpanded() {
        assertThatThrownBy(() -> Answers.rational("1e999999999")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> Answers.decimal("1e-999999999")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Answers.rational("1e99999999999999999999")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void notANumberIsRefused() {
        for (String text : List.of("", "NaN", "Infinity", "--5", "1.2.3", "three quarters", "1,5")) {
            assertThatThrownBy(() -> Answers.rational(text)).as(text).isInstanceOf(AnswerFormatException.class);
        }
    }

    @Test
    void decimalsKeepTheirWrittenScale() {
        assertThat(Answers.decimal("1,234.50")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(Answers.decimal("-0.5.")).isEqualTo(new BigDecimal("-0.5"));
    }

    @Test
    void closeAcceptsEitherToleranceAndNothingBeyond() {
        assertThat(Answers.close(100, 100.5, 1, 0)).isTrue();
        assertThat(Answers.close(100, 101.5, 0, 0.02)).isTrue();
        assertThat(Answers.close(100, 103, 1, 0.02)).isFalse();
        assertThat(Answers.close(0, 1e-12, 1e-9, 0)).isTrue();
    }

    @Test
    void booleansAcceptTheUsualWords() {
        for (String yes : List.of("yes", "Yes.", "TRUE", "y", "t", "1", " \"yes\" ")) {
            assertThat(Answers.bool(yes)).as(yes).isTrue();
        }
        for (String no : List.of("no", "No.", "false", "N", "f", "0", "(no)")) {
            assertThat(Answers.bool(no)).as(no).isFalse();
        }
        assertThatThrownBy(() -> Answers.bool("maybe")).isInstanceOf(AnswerFormatException.class).hasMessage("expected yes or no, found 'maybe'");
    }

    @Test
    void choicesAreMatchedAfterNormalisingAndReturnedAsDeclared() {
        List<String> options = List.of("Red Team", "Blue Team");
        assertThat(Answers.choice("  red   TEAM. ", options)).isEqualTo("Red Team");
        assertThat(Answers.choice("(Blue Team)", options)).isEqualTo("Blue Team");
        assertThatThrownBy(() -> Answers.choice("green team", options))
                .isInstanceOf(AnswerFormatException.class)
                .hasMessage("expected one of Red Team, Blue Team, found 'green team'");
    }

    @Test
    void normalizeLowersCaseCollapsesSpaceAndDropsDecoration() {
        assertThat(Answers.normalize("  \"Hello   World\". ")).isEqualTo("hello world");
        assertThat(Answers.normalize("[A\tB\nC]")).isEqualTo("a b c");
        assertThat(Answers.normalize("Dr. Who")).isEqualTo("dr. who");
    }

    @Test
    void decorationIsStrippedOnlyWhenItEnclosesTheWholeText() {
        assertThat(Answers.normalize("(1)+(2)")).isEqualTo("(1)+(2)");
        assertThat(Answers.normalize("((x))")).isEqualTo("x");
        assertThat(Answers.normalize("'a'b'")).isEqualTo("'a'b'");
        assertThat(Answers.normalize("etc...")).isEqualTo("etc...");
    }

    @Test
    void tokensSplitOnCommasSemicolonsAndWhitespace() {
        assertThat(Answers.tokens("[1, 2; 3\n4\t5]")).containsExactly("1", "2", "3", "4", "5");
        assertThat(Answers.tokens(" a ,, b ")).containsExactly("a", "b");
        assertThat(Answers.tokens("  ")).isEmpty();
    }

    @Test
    void extraSeparatorsSplitOnEachOfTheirCharacters() {
        assertThat(Answers.tokens("A -> B -> C", "->")).containsExactly("A", "B", "C");
        assertThat(Answers.tokens("[A|B, C]", "|")).containsExactly("A", "B", "C");
        assertThat(Answers.tokens("A-B", "")).containsExactly("A-B");
    }

    @Test
    void stripDecorationRemovesOnlyWhatEnclosesTheWholeText() {
        assertThat(Answers.stripDecoration(" [(\"x, y\")]. ")).isEqualTo("x, y");
        assertThat(Answers.stripDecoration("(a) (b)")).isEqualTo("(a) (b)");
        assertThat(Answers.stripDecoration("$x$")).isEqualTo("x");
        assertThat(Answers.stripDecoration("")).isEmpty();
        assertThat(Answers.stripDecoration("  42 ")).isEqualTo("42");
        assertThat(Answers.stripDecoration("x.")).isEqualTo("x");
        assertThat(Answers.stripDecoration("a)")).isEqualTo("a)");
        assertThat(Answers.stripDecoration("1...")).isEqualTo("1...");
    }

    @Test
    void tooManyTokensAreRefused() {
        assertThatThrownBy(() -> Answers.tokens("1 ".repeat(Answers.MAX_ITEMS + 1))).isInstanceOf(AnswerFormatException.class);
        assertThat(Answers.tokens("1 ".repeat(Answers.MAX_ITEMS))).hasSize(Answers.MAX_ITEMS);
    }

    @Test
    void listsReadEachItemAndPassOnItsErrors() {
        assertThat(Answers.intList("(3, -1, 4)")).containsExactly(3, -1, 4);
        assertThat(Answers.list("a b", String::toUpperCase)).containsExactly("A", "B");
        assertThatThrownBy(() -> Answers.intList("3, x, 4")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("'x'");
    }

    @Test
    void setsIgnoreOrderButRefuseRepeats() {
        Function<String, Integer> item = Answers::intValue;
        assertThat(Answers.set("{3, 1, 2}", item)).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(Answers.set("3 1 2", item)).isEqualTo(Answers.set("1 2 3", item));
        assertThatThrownBy(() -> Answers.set("1, 2, 1", item)).isInstanceOf(AnswerFormatException.class).hasMessage("'1' is listed twice");
    }

    @Test
    void permutationsHoldEachNumberExactlyOnce() {
        assertThat(Answers.permutation("3 1 2", 3)).containsExactly(3, 1, 2);
        assertThatThrownBy(() -> Answers.permutation("1 2", 3)).isInstanceOf(AnswerFormatException.class).hasMessage("expected 3 numbers, found 2");
        assertThatThrownBy(() -> Answers.permutation("1 2 2", 3)).isInstanceOf(AnswerFormatException.class).hasMessageEndingWith("found 2 twice");
        assertThatThrownBy(() -> Answers.permutation("1 2 4", 3)).isInstanceOf(AnswerFormatException.class).hasMessageEndingWith("found 4");
        assertThatThrownBy(() -> Answers.permutation("0 1 2", 3)).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void linesDropBlankLinesAndSurroundingSpace() {
        assertThat(Answers.lines("  a \r\n\r\n b\n\n c  ")).containsExactly("a", "b", "c");
    }

    @Test
    void tooManyLinesAreRefused() {
        assertThatThrownBy(() -> Answers.lines("x\n".repeat(Answers.MAX_ITEMS + 1))).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void abbreviateKeepsMessagesShortAndOnOneLine() {
        assertThat(Answers.abbreviate("a\nb")).isEqualTo("a b");
        assertThat(Answers.abbreviate("x".repeat(100))).hasSize(40).endsWith("...");
    }

    @Test
    void hostileTextGivesAnswerFormatExceptionsNotOtherErrors() {
        List<Function<String, ?>> readers = List.of(Answers::integer, Answers::rational, Answers::decimal, Answers::bool,
                Answers::intList, text -> Answers.permutation(text, 3));
        List<String> hostile = List.of("", "(((", ")))", "[[[]", "\\frac{", "\\frac{1}{", "1/", "/1", "e", ".", "-.", "1e",
                "\u0000", "\ud83d\ude00", "1e999999999999", "1/2/3/4", "\\left(\\right)");
        for (Function<String, ?> reader : readers) {
            for (String text : hostile) {
                try {
                    reader.apply(text);
                } catch (AnswerFormatException expected) {
                    // the only acceptable failure
                }
            }
        }
    }

    @Test
    void deeplyBracketedTextIsHandledInLinearTime() {
        // No elapsed time is asserted. Peeling one bracket pair per pass over a million pairs is ~10^12 character
        // steps (hours); the linear matcher does a few million. The guard only stops such a regression hanging the build.
        String nested = "(".repeat(1_000_000) + "1" + ")".repeat(1_000_000);
        BigInteger value = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Answers.integer(nested));
        assertThat(value).isEqualTo(BigInteger.ONE);
    }

    @Test
    void integersFromBigIntegerTextRoundTrip() {
        BigInteger big = BigInteger.TEN.pow(150).negate().add(BigInteger.valueOf(7));
        assertThat(Answers.integer(big.toString())).isEqualTo(big);
    }
}
