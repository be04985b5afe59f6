package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** ListCodecs, StepWords, Draw.letters, NearMisses.replaced and Items.firstProblem. */
class ListCodecsTest {
    @Test
    void tokensNeedAtLeastOneItem() {
        Codec<List<Integer>> codec = ListCodecs.tokens(Answers::intValue, " ", "<", "numbers");
        assertThat(codec.render(List.of(1, 4, 9))).isEqualTo("1 4 9");
        assertThat(codec.parse("1 < 4 < 9")).containsExactly(1, 4, 9);
        assertThatThrownBy(() -> codec.parse("  ")).isInstanceOf(AnswerFormatException.class).hasMessage("no numbers found");
    }

    @Test
    void noneStandsForTheEmptyChoice() {
        Codec<List<Integer>> codec = ListCodecs.orNone(ListCodecs.tokens(Answers::intValue, " ", "", "numbers"), "none", "impossible");
        assertThat(codec.render(List.of())).isEqualTo("none");
        assertThat(codec.parse("Impossible.")).isEmpty();
        assertThat(codec.parse("5 5")).containsExactly(5, 5);
    }

    @Test
    void numberedItemsSkipTheirNounAndRejectRepeats() {
        Codec<List<Integer>> codec = ListCodecs.numbered("item");
        assertThat(codec.parse("Item 3, item5 and #8")).containsExactly(3, 5, 8);
        assertThat(codec.render(List.of(3, 5))).isEqualTo("3 5");
        assertThatThrownBy(() -> codec.parse("3 items 3")).isInstanceOf(AnswerFormatException.class).hasMessage("item 3 is listed twice");
        assertThatThrownBy(() -> codec.parse("items")).isInstanceOf(AnswerFormatException.class).hasMessage("no item numbers found");
    }

    @Test
    void linesReadOneItemEach() {
        Codec<List<String>> codec = ListCodecs.lines(String::strip, line -> line, ";", "lines");
        assertThat(codec.parse("a b\n\n c ; d")).containsExactly("a b", "c", "d");
        assertThat(codec.render(List.of("a", "b"))).isEqualTo("a\nb");
        assertThatThrownBy(() -> codec.parse("\n ;")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void stepWordsDropFillerAndBoundTheWork() {
        assertThat(StepWords.of("Insert X at 3, then delete 5.", Set.of("at", "then"), 10, "too many"))
                .containsExactly("insert", "x", "3", "delete", "5");
        assertThatThrownBy(() -> StepWords.of("a b c d", Set.of(), 3, "more than 3 words"))
                .isInstanceOf(AnswerFormatException.class).hasMessage("more than 3 words");
    }

    @Test
    void lettersComeFromTheStartOfTheAlphabet() {
        String word = Draw.letters(200, 3, 'a', new SplittableRandom(7));
        assertThat(word).hasSize(200).matches("[abc]+").contains("a", "b", "c");
    }

    @Test
    void replacedChangesOneResultAtATime() {
        assertThat(NearMisses.replaced(List.of(1, 2, 3), 1, List.of(2, 5, 7))).containsExactly(List.of(1, 5, 3), List.of(1, 7, 3));
    }

    @Test
    void firstProblemNamesTheCountOrTheFirstWrongItem() {
        List<Integer> gold = List.of(4, 0, 7);
        assertThat(Items.firstProblem(3, 2, "lines", k -> null).detail()).isEqualTo("expected 3 lines, found 2");
        List<Integer> given = List.of(4, 1, 8);
        assertThat(Items.firstProblem(3, 3, "lines", k -> gold.get(k).equals(given.get(k)) ? null : "line " + (k + 1) + " is wrong").detail())
                .isEqualTo("line 2 is wrong");
        assertThat(Items.firstProblem(3, 3, "lines", k -> null)).isNull();
    }
}
