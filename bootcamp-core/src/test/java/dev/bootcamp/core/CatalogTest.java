package dev.bootcamp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final Catalog catalog = Catalog.of(List.of(
            EchoBootcamp.of("sudoku", "puzzles"),
            EchoBootcamp.of("kakuro", "puzzles"),
            EchoBootcamp.of("shortest-path", "graphs"),
            EchoBootcamp.of("max-flow", "graphs"),
            EchoBootcamp.of("caesar", "ciphers")));

    @Test
    void idsAreSorted() {
        assertThat(catalog.ids()).containsExactly("caesar", "kakuro", "max-flow", "shortest-path", "sudoku");
        assertThat(catalog.size()).isEqualTo(5);
        assertThat(catalog.domains()).containsExactly("ciphers", "graphs", "puzzles");
    }

    @Test
    void duplicateIdsFailNamingBothClasses() {
        assertThatThrownBy(() -> Catalog.of(List.of(new AdditionBootcamp(), EchoBootcamp.of("addition", "math"))))
                .isInstanceOf(RegistryException.class)
                .hasMessage("duplicate bootcamp id 'addition': dev.bootcamp.core.AdditionBootcamp and dev.bootcamp.core.EchoBootcamp");
    }

    @Test
    void addingABootcampWithATakenIdFails() {
        assertThatThrownBy(() -> catalog.plus(List.of(EchoBootcamp.of("sudoku", "puzzles"))))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("duplicate bootcamp id 'sudoku'");
        assertThat(catalog.plus(List.of(new AdditionBootcamp())).ids()).contains("addition").hasSize(6);
    }

    @Test
    void idsFoldCase() {
        assertThat(catalog.get("Sudoku")).isSameAs(catalog.get("sudoku"));
        assertThat(catalog.info("SUDOKU").id()).isEqualTo("sudoku");
        assertThat(catalog.contains("Sudoku")).isTrue();
        assertThat(catalog.find("Shortest-Path")).isPresent();
        assertThat(catalog.select("Sudoku")).containsExactly("sudoku");
    }

    @Test
    void unknownIdSuggestsCloseIds() {
        assertThatThrownBy(() -> catalog.get("sudoko"))
                .isInstanceOf(RegistryException.class)
                .hasMessage("unknown bootcamp 'sudoko'; did you mean 'sudoku'? (bootcamp list shows all 5)");
        assertThatThrownBy(() -> catalog.info("path")).isInstanceOf(RegistryException.class).hasMessageContaining("'shortest-path'");
    }

    @Test
    void knownIdsAreFoundAndTypedOnce() {
        assertThat(catalog.contains("kakuro")).isTrue();
        assertThat(catalog.find("kakuro")).isPresent();
        assertThat(catalog.find("nope")).isEmpty();
        assertThat(catalog.info("caesar").domain()).isEqualTo("ciphers");
        assertThat(catalog.typed("caesar")).isSameAs(catalog.typed("caesar"));
        assertThat(catalog.get("caesar").info().id()).isEqualTo("caesar");
    }

    @Test
    void selectingAnIdGivesJustThatId() {
        assertThat(catalog.select(" sudoku ")).containsExactly("sudoku");
    }

    @Test
    void selectingADomainGivesItsIdsInOrder() {
        assertThat(catalog.select("graphs")).containsExactly("max-flow", "shortest-path");
    }

    @Test
    void globsMatchIdsOrDomainSlashId() {
        assertThat(catalog.select("*-*")).containsExactly("max-flow", "shortest-path");
        assertThat(catalog.select("puzzles/*")).containsExactly("kakuro", "sudoku");
        assertThat(catalog.select("?udoku")).containsExactly("sudoku");
        assertThat(catalog.select("*")).hasSize(5);
    }

    @Test
    void aSelectorThatMatchesNothingFailsWithSuggestions() {
        assertThatThrownBy(() -> catalog.select("graph"))
                .isInstanceOf(RegistryException.class)
                .hasMessage("'graph' matches no bootcamp id, domain or glob; did you mean 'graphs'?");
        assertThatThrownBy(() -> catalog.select("zzz*")).isInstanceOf(RegistryException.class);
    }

    @Test
    void globStarsMatchAnyRunAndQuestionMarksOneCharacter() {
        assertThat(Glob.matches("a*c", "abbbc")).isTrue();
        assertThat(Glob.matches("a*c", "ac")).isTrue();
        assertThat(Glob.matches("a*c", "abcd")).isFalse();
        assertThat(Glob.matches("a?c", "abc")).isTrue();
        assertThat(Glob.matches("a?c", "ac")).isFalse();
        assertThat(Glob.matches("*b*b*", "abab")).isTrue();
        assertThat(Glob.matches("", "")).isTrue();
        assertThat(Glob.matches("**", "")).isTrue();
    }

    @Test
    void aBootcampWithoutInfoIsRefusedByName() {
        assertThatThrownBy(() -> Catalog.of(List.of(new EchoBootcamp(null))))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("EchoBootcamp.info() is null");
    }

    @Test
    void theTestFixturesAreNotRegistered() {
        assertThat(Catalog.load().ids()).doesNotContain("addition", "fragile");
    }
}
