package dev.bootcamp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.ConfigurationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MixTest {
    private final Catalog catalog = Catalog.of(List.of(
            EchoBootcamp.of("sudoku", "puzzles"),
            EchoBootcamp.of("kakuro", "puzzles"),
            EchoBootcamp.of("shortest-path", "graphs"),
            EchoBootcamp.of("max-flow", "graphs")));

    @Test
    void weightsAreReadPerSelector() {
        Mix mix = Mix.parse("sudoku:3, max-flow:1", catalog);
        assertThat(mix.ids()).containsExactly("sudoku", "max-flow");
        assertThat(mix.weights()).containsExactly(3.0, 1.0);
    }

    @Test
    void aMissingWeightIsOne() {
        assertThat(Mix.parse("kakuro", catalog).weights()).containsExactly(1.0);
    }

    @Test
    void aDomainSharesItsWeightAmongItsBootcamps() {
        Mix mix = Mix.parse("graphs:2", catalog);
        assertThat(mix.ids()).containsExactly("max-flow", "shortest-path");
        assertThat(mix.weights()).containsExactly(1.0, 1.0);
    }

    @Test
    void aBootcampNamedTwiceAddsItsWeights() {
        Mix mix = Mix.parse("sudoku:1,puzzles:2", catalog);
        assertThat(mix.ids()).containsExactly("sudoku", "kakuro");
        assertThat(mix.weights()).containsExactly(2.0, 1.0);
    }

    @Test
    void weightsMustBePositiveFiniteNumbers() {
        for (String bad : List.of("sudoku:0", "sudoku:-1", "sudoku:NaN", "sudoku:Infinity", "sudoku:1e400", "sudoku:lots", "sudoku:")) {
            assertThatThrownBy(() -> Mix.parse(bad, catalog)).as(bad)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("mix weight must be a positive number");
        }
    }

    @Test
    void anEmptyMixIsAnError() {
        assertThatThrownBy(() -> Mix.parse(" , ,", catalog)).isInstanceOf(ConfigurationException.class).hasMessageContaining("names no bootcamp");
    }

    @Test
    void anUnknownSelectorSuggestsCloseIds() {
        assertThatThrownBy(() -> Mix.parse("sudoko:2", catalog)).isInstanceOf(RegistryException.class).hasMessageContaining("did you mean 'sudoku'?");
    }

    @Test
    void pickIsAPureFunctionOfRunSeedAndIndex() {
        Mix mix = Mix.parse("sudoku:3,kakuro:1,graphs:2", catalog);
        Mix again = Mix.parse("sudoku:3,kakuro:1,graphs:2", catalog);
        for (long index = 0; index < 1_000; index++) {
            assertThat(mix.pick(7, index)).isEqualTo(again.pick(7, index));
        }
    }

    @Test
    void pickIsRoughlyProportionalToTheWeights() {
        Mix mix = Mix.parse("sudoku:3,kakuro:1", catalog);
        Map<String, Integer> counts = new HashMap<>();
        int draws = 20_000;
        for (long index = 0; index < draws; index++) {
            counts.merge(mix.pick(11, index), 1, Integer::sum);
        }
        assertThat(counts.get("sudoku") / (double) draws).isBetween(0.73, 0.77);
        assertThat(counts.get("kakuro") / (double) draws).isBetween(0.23, 0.27);
    }

    @Test
    void differentRunSeedsPickDifferently() {
        Mix mix = Mix.of(List.of("sudoku", "kakuro"));
        int same = 0;
        for (long index = 0; index < 1_000; index++) {
            same += mix.pick(1, index).equals(mix.pick(2, index)) ? 1 : 0;
        }
        assertThat(same).isBetween(400, 600);
    }

    @Test
    void aMixOfOneAlwaysPicksIt() {
        assertThat(Mix.of(List.of("sudoku")).pick(3, 99)).isEqualTo("sudoku");
    }

    @Test
    void aMixNeedsOneWeightPerId() {
        assertThatThrownBy(() -> new Mix(List.of("a", "b"), List.of(1.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mix(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
