package dev.bootcamp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnobsTest {
    private static final List<Knob<?>> DECLARED = List.of(
            Knob.integer("size", 4, 9, 9, "side of the grid"),
            Knob.integer("holes", 0, 60, 40, "empty cells"),
            Knob.decimal("density", 0.1, 0.9, 0.5, "share of filled cells"),
            Knob.flag("diagonals", false, "whether diagonals count"));

    private final Knobs defaults = Knobs.defaults(DECLARED);

    @Test
    void everyDeclaredKnobStartsAtItsDefault() {
        assertThat(defaults.values()).containsExactly(
                Map.entry("density", 0.5), Map.entry("diagonals", false), Map.entry("holes", 40), Map.entry("size", 9));
    }

    @Test
    void withReturnsAChangedCopyAndLeavesTheOriginalAlone() {
        Knobs changed = defaults.with("size", 6);
        assertThat(changed.integer("size")).isEqualTo(6);
        assertThat(defaults.integer("size")).isEqualTo(9);
    }

    @Test
    void unknownKnobSuggestsTheClosestNameAndListsTheKnobs() {
        assertThatThrownBy(() -> defaults.with("sise", 5))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("unknown knob 'sise'; did you mean 'size'? knobs: density, diagonals, holes, size");
    }

    @Test
    void unknownKnobWithNothingCloseStillListsTheKnobs() {
        assertThatThrownBy(() -> defaults.with("colour", 5))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("unknown knob 'colour'")
                .hasMessageNotContaining("did you mean")
                .hasMessageEndingWith("knobs: density, diagonals, holes, size");
    }

    @Test
    void outOfRangeValueIsAConfigurationError() {
        assertThatThrownBy(() -> defaults.with("holes", 61)).isInstanceOf(ConfigurationException.class).hasMessageContaining("0..60");
    }

    @Test
    void textOverridesAreParsedByKind() {
        Knobs changed = defaults.withText(Map.of("size", "5", "density", "0.3", "diagonals", "yes"));
        assertThat(changed.integer("size")).isEqualTo(5);
        assertThat(changed.decimal("density")).isEqualTo(0.3);
        assertThat(changed.flag("diagonals")).isTrue();
    }

    @Test
    void textOverrideOfAnUnknownKnobIsAnErrorWithASuggestion() {
        assertThatThrownBy(() -> defaults.withText(Map.of("hole", "3")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("did you mean 'holes'?");
    }

    @Test
    void valuesFromARecordFillMissingKnobsWithDefaults() {
        Knobs read = Knobs.fromValues(DECLARED, Map.of("size", 5));
        assertThat(read.integer("size")).isEqualTo(5);
        assertThat(read.integer("holes")).isEqualTo(40);
    }

    @Test
    void valuesFromARecordRefuseUnknownNames() {
        assertThatThrownBy(() -> Knobs.fromValues(DECLARED, Map.of("colour", 1))).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void readingAKnobAsTheWrongKindFails() {
        assertThatThrownBy(() -> defaults.decimal("size")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no double knob named 'size'");
        assertThatThrownBy(() -> defaults.integer("missing")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typedConstantsReadAndWriteValues() {
        Knob<Integer> size = Knob.integer("size", 1, 9, 3, "side");
        Knob<Boolean> diagonals = Knob.flag("diagonals", false, "diagonal moves");
        Knobs knobs = Knobs.defaults(List.of(size, diagonals)).with(size, 7).with(diagonals, true);
        int read = knobs.get(size);
        assertThat(read).isEqualTo(7);
        assertThat(knobs.get(diagonals)).isTrue();
        assertThat(knobs).isEqualTo(Knobs.defaults(List.of(size, diagonals)).with("size", 7).with("diagonals", true));
    }

    @Test
    void aTypedConstantMustBeDeclared() {
        Knob<Integer> size = Knob.integer("size", 1, 9, 3, "side");
        Knob<Integer> other = Knob.integer("size", 1, 5, 3, "another knob of the same name");
        Knobs knobs = Knobs.defaults(List.of(size));
        assertThatThrownBy(() -> knobs.get(other)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not declared");
        assertThatThrownBy(() -> knobs.with(size, 10)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void aKnobDeclaredTwiceIsRefused() {
        Knob<Integer> size = Knob.integer("size", 1, 2, 1, "side");
        assertThatThrownBy(() -> Knobs.defaults(List.of(size, size))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void jsonIsCanonicalWithSortedNames() {
        assertThat(defaults.with("size", 5).json()).isEqualTo("{\"density\":0.5,\"diagonals\":false,\"holes\":40,\"size\":5}");
    }

    @Test
    void knobsWithTheSameValuesAreEqualWhateverTheOrderOfChanges() {
        Knobs one = defaults.with("size", 5).with("holes", 3);
        Knobs other = defaults.with("holes", 3).with("size", 5);
        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one).isNotEqualTo(defaults);
    }

    @Test
    void valuesCannotBeChangedBehindTheValidation() {
        assertThatThrownBy(() -> defaults.values().put("size", 100)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void declaredKnobsAreListedByName() {
        assertThat(defaults.declared()).extracting(Knob::name).containsExactly("density", "diagonals", "holes", "size");
        assertThat(defaults.knob("holes").max()).isEqualTo(60);
    }

    @Test
    void toStringListsNameValuePairs() {
        assertThat(defaults.toString()).isEqualTo("density=0.5, diagonals=false, holes=40, size=9");
    }
}
