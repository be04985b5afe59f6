package dev.bootcamp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnobTest {
    private final Knob<Integer> size = Knob.integer("size", 4, 9, 9, "side of the grid");
    private final Knob<Double> density = Knob.decimal("density", 0.1, 0.9, 0.5, "share of filled cells");
    private final Knob<String> mode = Knob.choice("mode", List.of("fast", "thorough"), "fast", "search strategy");
    private final Knob<Boolean> diagonals = Knob.flag("diagonals", false, "whether diagonals count");

    @Test
    void integerTextIsTrimmedAndRead() {
        assertThat(size.parse(" 7 ")).isEqualTo(7);
    }

    @Test
    void integerOutsideTheRangeIsRefusedNamingTheRange() {
        assertThatThrownBy(() -> size.parse("10"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("knob 'size' takes an integer in 4..9, found '10'");
        assertThatThrownBy(() -> size.parse("3")).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void integerKnobRefusesTextThatIsNotAnInteger() {
        assertThatThrownBy(() -> size.parse("seven")).isInstanceOf(ConfigurationException.class).hasMessageContaining("found 'seven'");
        assertThatThrownBy(() -> size.parse("5.5")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> size.parse("")).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void integerKnobAcceptsWholeNumbersOfAnyNumericType() {
        assertThat(size.validate(5L)).isEqualTo(5);
        assertThat(size.validate(5.0)).isEqualTo(5);
        assertThat(size.validate(5)).isInstanceOf(Integer.class);
    }

    @Test
    void integerKnobRefusesFractionsAndNonNumbers() {
        assertThatThrownBy(() -> size.validate(5.5)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> size.validate("5")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> size.validate(Double.NaN)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> size.validate(Double.POSITIVE_INFINITY)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void integerKnobRefusesALongThatWrapsIntoTheRange() {
        assertThatThrownBy(() -> size.validate((1L << 32) + 5)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void integerKnobRefusesAHugeBigIntegerThatWrapsIntoTheRange() {
        BigInteger wrapsToFive = BigInteger.TWO.pow(64).add(BigInteger.valueOf(5));
        assertThatThrownBy(() -> size.validate(wrapsToFive)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void decimalKnobReadsNumbersInItsRange() {
        assertThat(density.parse("0.25")).isEqualTo(0.25);
        assertThat(density.validate(0.9)).isEqualTo(0.9);
        assertThat(density.validate(1 / 2f)).isEqualTo(0.5);
    }

    @Test
    void decimalKnobRefusesNumbersOutsideItsRangeAndNaN() {
        assertThatThrownBy(() -> density.parse("0.95")).isInstanceOf(ConfigurationException.class).hasMessageContaining("a number in 0.1..0.9");
        assertThatThrownBy(() -> density.parse("NaN")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> density.parse("Infinity")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> density.parse("half")).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void choiceKnobIgnoresCaseAndSurroundingSpace() {
        assertThat(mode.parse(" Thorough ")).isEqualTo("thorough");
    }

    @Test
    void unknownChoiceSuggestsTheClosestOne() {
        assertThatThrownBy(() -> mode.parse("thourough"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("knob 'mode' takes one of fast, thorough, found 'thourough'; did you mean 'thorough'?");
    }

    @Test
    void aNumberOutsideNumericChoicesGetsTheAllowedValuesNotAGuess() {
        Knob<String> size = Knob.choice("size", List.of("4", "6", "9"), "9", "side of the grid");
        assertThatThrownBy(() -> size.parse("7"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("knob 'size' takes one of 4, 6, 9, found '7'");
    }

    @Test
    void choiceWithCapitalsCanBeChosenByItsOwnSpelling() {
        Knob<String> side = Knob.choice("side", List.of("L", "R"), "L", "which side moves first");
        assertThat(side.parse("R")).isEqualTo("R");
    }

    @Test
    void flagReadsTheUsualSpellingsOfYesAndNo() {
        for (String yes : List.of("true", "YES", "on", "1")) {
            assertThat(diagonals.parse(yes)).as(yes).isEqualTo(true);
        }
        for (String no : List.of("false", "No", "off", "0")) {
            assertThat(diagonals.parse(no)).as(no).isEqualTo(false);
        }
    }

    @Test
    void flagRefusesOtherWords() {
        assertThatThrownBy(() -> diagonals.parse("maybe")).isInstanceOf(ConfigurationException.class).hasMessageContaining("true or false");
        assertThatThrownBy(() -> diagonals.validate("true")).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void aDefaultOutsideTheRangeIsRefusedWhenTheKnobIsDeclared() {
        assertThatThrownBy(() -> Knob.integer("size", 4, 9, 10, "side")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> Knob.choice("mode", List.of("a", "b"), "c", "m")).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void aKnobNameMustBeKebabCase() {
        assertThatThrownBy(() -> Knob.integer("gridSize", 1, 2, 1, "side"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'gridSize'");
    }

    @Test
    void aRangeMustNotBeEmpty() {
        assertThatThrownBy(() -> Knob.integer("size", 9, 4, 5, "side")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above max");
    }

    @Test
    void aChoiceKnobNeedsChoices() {
        assertThatThrownBy(() -> new Knob("mode", Knob.Kind.CHOICE, 0, 0, "x", List.of(), "m")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allowedValuesAreDescribedInWords() {
        assertThat(size.allowed()).isEqualTo("an integer in 4..9");
        assertThat(mode.allowed()).isEqualTo("one of fast, thorough");
        assertThat(diagonals.allowed()).isEqualTo("true or false");
    }

    @Test
    void kindsHaveLowerCaseWireNames() {
        assertThat(Knob.Kind.DOUBLE.wireName()).isEqualTo("double");
    }
}
