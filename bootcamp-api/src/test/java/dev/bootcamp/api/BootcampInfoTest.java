package dev.bootcamp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BootcampInfoTest {
    @Test
    void theIdIsDerivedFromTheBootcampClass() {
        assertThat(BootcampInfo.builder(ShortestPathBootcamp.class).title("Paths").domain("graphs").summary("Find one.")
                .answerShape("a list of nodes").build().id()).isEqualTo("shortest-path");
    }

    /** Only its name matters here. */
    private static final class ShortestPathBootcamp {}

    @Test
    void tagsAreSortedWithoutRepeats() {
        BootcampInfo info = valid("sudoku").tags("logic", "grid", "logic").build();
        assertThat(info.tags()).containsExactly("grid", "logic");
    }

    @Test
    void anUnknownDomainSuggestsTheClosestAndListsAll() {
        assertThatThrownBy(() -> valid("sudoku").domain("puzzle").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown domain 'puzzle' for 'sudoku'; did you mean 'puzzles'?")
                .hasMessageContaining("domains: algorithms, arc, ciphers");
    }

    @Test
    void theIdMustBeKebabCase() {
        assertThatThrownBy(() -> valid("Sudoku_9").build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Sudoku_9'");
    }

    @Test
    void versionsStartAtOne() {
        assertThatThrownBy(() -> valid("sudoku").version(0).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found 0");
    }

    @Test
    void theDiversityFloorIsAFraction() {
        assertThatThrownBy(() -> valid("sudoku").diversityFloor(1.5).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> valid("sudoku").diversityFloor(Double.NaN).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLeastNumberOfDistinctAnswersFitsTheSample() {
        assertThat(valid("sudoku").build().minDistinctAnswers()).isEqualTo(BootcampInfo.DEFAULT_MIN_DISTINCT_ANSWERS);
        assertThat(valid("sudoku").minDistinctAnswers(5).build().minDistinctAnswers()).isEqualTo(5);
        assertThatThrownBy(() -> valid("sudoku").minDistinctAnswers(0).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("found 0");
        assertThatThrownBy(() -> valid("sudoku").minDistinctAnswers(BootcampInfo.SAMPLE_SIZE + 1).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knobsDeclaredTwiceAreRefused() {
        Knob<Integer> size = Knob.integer("size", 1, 9, 9, "side");
        assertThatThrownBy(() -> valid("sudoku").knob(size).knob(size).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void requiredTextIsRequired() {
        assertThatThrownBy(() -> BootcampInfo.builder("sudoku").domain("puzzles").summary("s").answerShape("a").build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("title is null");
    }

    @Test
    void defaultsHoldEveryDeclaredKnob() {
        BootcampInfo info = valid("sudoku").knob(Knob.integer("size", 4, 9, 9, "side")).knob(Knob.flag("diagonals", false, "d")).build();
        assertThat(info.defaults().values()).containsOnlyKeys("size", "diagonals");
        assertThat(info.uniqueSolution()).isFalse();
        assertThat(info.diversityFloor()).isEqualTo(0.5);
    }

    private static BootcampInfo.Builder valid(String id) {
        return BootcampInfo.builder(id).title("Sudoku").domain("puzzles").summary("Fill the grid.").answerShape("nine lines of nine digits");
    }
}
