package dev.bootcamp.camps.kit.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolsKitTest {
    private static Rational value(String expression) {
        return Calculator.evaluate(expression, Map.of(), 100).value();
    }

    @Test
    void theCalculatorIsExactWithTheUsualPrecedence() {
        assertThat(value("2 + 3 * 4")).isEqualTo(Rational.of(14));
        assertThat(value("(2 + 3) * 4")).isEqualTo(Rational.of(20));
        assertThat(value("10 - 4 - 3")).isEqualTo(Rational.of(3));
        assertThat(value("1/3 + 1/6")).isEqualTo(Rational.of(1, 2));
        assertThat(value("2^10 - -1")).isEqualTo(Rational.of(1025));
        assertThat(value("2^-2")).isEqualTo(Rational.of(1, 4));
        assertThat(value("1,000 x 3")).isEqualTo(Rational.of(3000));
        assertThat(value("0.25 * 8")).isEqualTo(Rational.of(2));
        assertThat(value("123456789012345678901234567890 * 10")).isEqualTo(new Rational(new BigInteger("1234567890123456789012345678900"), BigInteger.ONE));
        assertThat(Calculator.show(value("-7/3"))).isEqualTo("-7/3");
    }

    @Test
    void namesStandForEarlierResultsAndOperationsAreCounted() {
        Calculator.Calculation calculation = Calculator.evaluate("R1 * 2 - r2", Map.of("r1", Rational.of(21), "r2", Rational.of(2)), 2);
        assertThat(calculation.value()).isEqualTo(Rational.of(40));
        assertThat(calculation.operations()).isEqualTo(2);
        assertThatThrownBy(() -> Calculator.evaluate("1 + 2 + 3 + 4", Map.of(), 2)).isInstanceOf(ToolException.class).hasMessage("at most 2 operations per call");
        assertThatThrownBy(() -> Calculator.evaluate("r3 + 1", Map.of("r1", Rational.ONE), 2)).hasMessageContaining("unknown name 'r3'; known: r1");
    }

    @Test
    void unreadableAndHostileExpressionsAreRefusedWithAReason() {
        assertThatThrownBy(() -> value("")).isInstanceOf(ToolException.class).hasMessage("the expression is empty");
        assertThatThrownBy(() -> value("1 / (2 - 2)")).hasMessage("division by zero");
        assertThatThrownBy(() -> value("2 +")).hasMessage("the expression ends where a number was expected");
        assertThatThrownBy(() -> value("(1 + 2")).hasMessage("a '(' is not closed");
        assertThatThrownBy(() -> value("3 ] 4")).hasMessage("unexpected ']' at character 3");
        assertThatThrownBy(() -> value("(".repeat(390) + "1")).hasMessageContaining("nested more than");
        assertThatThrownBy(() -> value("-".repeat(390) + "1")).hasMessageContaining("nested more than");
        assertThatThrownBy(() -> value("9".repeat(61))).hasMessageContaining("more than 60 digits");
        assertThatThrownBy(() -> value("9".repeat(401))).hasMessageContaining("at most 400 are read");
        assertThatThrownBy(() -> value("2^65")).hasMessageContaining("exponent");
        assertThatThrownBy(() -> value("999999999^64")).hasMessageContaining("grew past 400 digits");
        assertThatThrownBy(() -> value("99999999999999999999^64")).hasMessageContaining("too large");
        assertThatThrownBy(() -> value("99999999999999999999 ^ 20 * 99999999999999999999 ^ 20 * 99999999999999999999 ^ 20"))
                .hasMessageContaining("grew past 400 digits");
    }

    @Test
    void wholeNumbersAreReadLeniently() {
        assertThat(Numbers.firstWhole("my answer: -1,234,567.")).contains(BigInteger.valueOf(-1_234_567));
        assertThat(Numbers.firstWhole("answer 12 34")).contains(BigInteger.valueOf(12));
        assertThat(Numbers.firstWhole("none")).isEmpty();
        assertThat(Numbers.firstWhole("9".repeat(501))).isEmpty();
        assertThat(Numbers.firstWhole("9".repeat(500))).isPresent();
    }

    @Test
    void commandsSplitIntoAVerbAndTheRest() {
        assertThat(Command.read("  \"Calc 2+3\"")).isEqualTo(new Command("calc", "2+3\""));
        assertThat(Command.read("go north").words(5)).containsExactly("north");
        assertThat(Command.read("")).isEqualTo(new Command("", ""));
        assertThat(Command.read("42 apples")).isEqualTo(new Command("", "42 apples"));
        assertThat(Command.read("a".repeat(30)).verb()).isEmpty();
        assertThat(Command.words("Take the RED key!", 2)).containsExactly("take", "the");
        assertThat(Command.read("I offer 900 now", List.of("offer", "accept"))).isEqualTo(new Command("offer", "900 now"));
        assertThat(Command.read("offering 900", List.of("offer"))).isEqualTo(new Command("offering", "900"));
        assertThat(Command.read("a b c d e f offer 1", List.of("offer")).verb()).isEqualTo("a");
        assertThat(Command.abbreviate("x".repeat(50), 10)).isEqualTo("xxxxxxx...");
    }

    @Test
    void aTableFindsRowsAndNumbers() {
        Table table = new Table(List.of("name", "age"), List.of(List.of("Ann", "30"), List.of("bob", "x"), List.of("ann", "-4")));
        assertThat(table.column("AGE")).isEqualTo(1);
        assertThat(table.column("city")).isEqualTo(-1);
        assertThat(table.rowsWhere(0, "ANN")).containsExactly(0, 2);
        assertThat(table.isNumber(0, 1)).isTrue();
        assertThat(table.isNumber(1, 1)).isFalse();
        assertThat(table.number(2, 1)).isEqualTo(-4);
        assertThatThrownBy(() -> new Table(List.of("a"), List.of(List.of("1", "2")))).isInstanceOf(IllegalArgumentException.class);
    }
}
