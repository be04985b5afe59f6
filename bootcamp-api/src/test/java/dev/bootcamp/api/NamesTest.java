package dev.bootcamp.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    private static final List<String> IDS = List.of("sudoku", "sudoku-killer", "shortest-path", "knapsack", "n-queens", "kakuro");

    // Classes that exist only for their names.
    static final class ShortestPathBootcamp {}

    static final class NQueensBootcamp {}

    static final class XMLParserBootcamp {}

    static final class Rot13CipherBootcamp {}

    static final class Game2048Bootcamp {}

    static final class Bootcamp {}

    static final class Sudoku {}

    @Test
    void idDropsTheBootcampSuffixAndSplitsWords() {
        assertThat(Names.idOf(ShortestPathBootcamp.class)).isEqualTo("shortest-path");
        assertThat(Names.idOf(Sudoku.class)).isEqualTo("sudoku");
    }

    @Test
    void idSplitsSingleLetterWordsAndAcronyms() {
        assertThat(Names.idOf(NQueensBootcamp.class)).isEqualTo("n-queens");
        assertThat(Names.idOf(XMLParserBootcamp.class)).isEqualTo("xml-parser");
    }

    @Test
    void idKeepsDigitsWithTheWordBeforeThem() {
        assertThat(Names.idOf(Rot13CipherBootcamp.class)).isEqualTo("rot13-cipher");
        assertThat(Names.idOf(Game2048Bootcamp.class)).isEqualTo("game2048");
    }

    @Test
    void aClassNamedOnlyBootcampKeepsItsName() {
        assertThat(Names.idOf(Bootcamp.class)).isEqualTo("bootcamp");
    }

    @Test
    void derivedIdsAreKebabCase() {
        for (Class<?> type : List.of(ShortestPathBootcamp.class, NQueensBootcamp.class, XMLParserBootcamp.class,
                Rot13CipherBootcamp.class, Game2048Bootcamp.class)) {
            assertThat(Names.isKebab(Names.idOf(type))).as(type.getSimpleName()).isTrue();
        }
    }

    @Test
    void kebabCaseIsLowerCaseWordsJoinedBySingleHyphens() {
        assertThat(Names.isKebab("shortest-path")).isTrue();
        assertThat(Names.isKebab("rot13")).isTrue();
        assertThat(Names.isKebab("a")).isTrue();
        assertThat(Names.isKebab("Shortest-path")).isFalse();
        assertThat(Names.isKebab("shortest_path")).isFalse();
        assertThat(Names.isKebab("shortest--path")).isFalse();
        assertThat(Names.isKebab("-path")).isFalse();
        assertThat(Names.isKebab("path-")).isFalse();
        assertThat(Names.isKebab("13-path")).isFalse();
        assertThat(Names.isKebab("")).isFalse();
        assertThat(Names.isKebab(null)).isFalse();
    }

    @Test
    void aTypoSuggestsTheClosestId() {
        assertThat(Names.closest("sudoko", IDS)).first().isEqualTo("sudoku");
        assertThat(Names.closest("knapsak", IDS)).containsExactly("knapsack");
    }

    @Test
    void aFragmentOfAnIdSuggestsIt() {
        assertThat(Names.closest("path", IDS)).containsExactly("shortest-path");
        assertThat(Names.closest("queens", IDS)).containsExactly("n-queens");
    }

    @Test
    void aPrefixSuggestsEveryIdItStarts() {
        assertThat(Names.closest("sudok", IDS)).containsExactly("sudoku", "sudoku-killer");
    }

    @Test
    void suggestionsIgnoreTheCaseOfTheWantedName() {
        assertThat(Names.closest("SUDOKU", IDS)).first().isEqualTo("sudoku");
    }

    @Test
    void nothingIsSuggestedWhenNothingIsClose() {
        assertThat(Names.closest("xylophone", IDS)).isEmpty();
        assertThat(Names.didYouMean("xylophone", IDS)).isEmpty();
    }

    @Test
    void atMostThreeSuggestionsAreMadeClosestFirst() {
        List<String> close = Names.closest("ab", List.of("abcd", "abe", "abc", "abd"));
        assertThat(close).containsExactly("abc", "abd", "abe");
    }

    @Test
    void theWordItselfIsNeverSuggested() {
        // 'spatial' can be refused for another reason (a domain with no bootcamps yet): suggesting it back is noise.
        assertThat(Names.closest("spatial", List.of("spatial", "graphs"))).isEmpty();
        assertThat(Names.closest("Sudoku", IDS)).first().isEqualTo("sudoku");
    }

    @Test
    void unrelatedWordsGetNoSuggestion() {
        List<String> commands = List.of("list", "show", "generate", "verify", "check", "export", "serve", "eval", "report",
                "new", "validate", "author", "bench");
        assertThat(Names.closest("frobnicate", commands)).isEmpty();
        assertThat(Names.closest("genrate", commands)).containsExactly("generate");
    }

    @Test
    void didYouMeanQuotesEachSuggestion() {
        assertThat(Names.didYouMean("sise", List.of("size", "holes"))).isEqualTo("; did you mean 'size'?");
        assertThat(Names.didYouMean("sudok", IDS)).isEqualTo("; did you mean 'sudoku' or 'sudoku-killer'?");
    }

    @Test
    void distanceCountsSingleCharacterEdits() {
        assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Names.distance("", "abc")).isEqualTo(3);
        assertThat(Names.distance("same", "same")).isZero();
    }
}
