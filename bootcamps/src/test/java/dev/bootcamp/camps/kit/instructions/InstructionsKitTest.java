package dev.bootcamp.camps.kit.instructions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.instructions.Extra.Kind;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class InstructionsKitTest {
    @Test
    void wordsAreRunsOfLettersAndEverythingElseSeparates() {
        assertThat(Text.words("Don't stop-now, 3 cats!")).containsExactly("don", "t", "stop", "now", "cats");
        assertThat(Text.rawWords("Big DOG")).containsExactly("Big", "DOG");
        assertThat(Text.words("42 ... !")).isEmpty();
        assertThat(Text.words("caf\u00e9")).containsExactly("caf");
    }

    @Test
    void sentencesEndAtTerminalMarksOrTheEndAndNeedAWord() {
        assertThat(Text.sentences("One two. Three? ... Four")).containsExactly("One two.", "Three?", "Four");
        assertThat(Text.sentences("Wow!! 12. Yes")).containsExactly("Wow!", "Yes");
        assertThat(Text.sentences("...")).isEmpty();
    }

    @Test
    void paragraphsAreBlocksWithWordsBetweenBlankLines() {
        assertThat(Text.paragraphs("a b\nc\n\n  \nd\n\n!!!\n")).containsExactly("a b\nc", "d");
        assertThat(Text.lines("  x y  \n\n z")).containsExactly("x y", "z");
    }

    @Test
    void lettersAreCountedIgnoringCase() {
        assertThat(Text.letterCount("Eerie eel", 'e')).isEqualTo(5);
        assertThat(Text.letterCount("Eerie eel", 'E')).isEqualTo(5);
        assertThat(Text.letterCount("abc", 'z')).isZero();
        assertThat(Text.firstLetter("  - 3 Apple")).isEqualTo('a');
    }

    @Test
    void bankWordsStayTwoLettersApart() {
        assertThat(Bank.fits("cat", List.of("hat"))).isFalse();
        assertThat(Bank.fits("cat", List.of("cat"))).isFalse();
        assertThat(Bank.fits("cat", List.of("dog", "cart"))).isTrue();
        assertThat(Bank.fits("answer", List.of())).isFalse();
        List<String> bank = Bank.draw(new SplittableRandom(7), 40, List.of("cat"), 2, 6, word -> true);
        assertThat(bank).hasSize(40).contains("cat").isSorted();
        for (String word : bank) {
            assertThat(Bank.fits(word, bank.stream().filter(other -> !other.equals(word)).toList())).as(word).isTrue();
        }
    }

    @Test
    void bankCheckNamesTheFirstStranger() {
        List<String> bank = List.of("blue", "sky", "wide");
        assertThat(Bank.check("Blue sky, WIDE sky.", bank).met()).isTrue();
        Outcome miss = Bank.check("Blue skies.", bank);
        assertThat(miss.met()).isFalse();
        assertThat(miss.core()).isTrue();
        assertThat(miss.detail()).contains("skies");
    }

    @Test
    void everyExtraKindPassesAndFailsOnHandTexts() {
        String text = "The cat sat. The dog ran far";
        assertExtra(new Extra(Kind.KEYWORD_AT_LEAST, "the", 2), text, "A cat.");
        assertExtra(new Extra(Kind.FORBIDDEN_WORD, "bird", 0), text, "The bird sat.");
        assertExtra(new Extra(Kind.LETTER_AT_LEAST, "a", 4), text, "A cat.");
        assertExtra(new Extra(Kind.LETTER_AT_MOST, "t", 4), text, "tat tat tat");
        assertExtra(new Extra(Kind.LETTER_ABSENT, "z", 0), text, "Zoo.");
        assertExtra(new Extra(Kind.WORDS_AT_LEAST, "", 7), text, "Too short.");
        assertExtra(new Extra(Kind.WORDS_AT_MOST, "", 7), text, "one two three four five six seven eight");
        assertExtra(new Extra(Kind.NO_COMMA, "", 0), text, "cat, dog");
        assertExtra(new Extra(Kind.LOWER_CASE, "", 0), "all quiet here", text);
        assertExtra(new Extra(Kind.FIRST_WORD, "the", 0), text, "A cat.");
        assertExtra(new Extra(Kind.LAST_WORD, "far", 0), text, "far away");
        assertExtra(new Extra(Kind.DISTINCT_AT_LEAST, "", 6), text, "the the the cat cat dog");
        assertExtra(new Extra(Kind.LONGEST_AT_MOST, "", 3), text, "a longer word");
        assertExtra(new Extra(Kind.SHORTEST_AT_LEAST, "", 3), text, "an ox");
        assertExtra(new Extra(Kind.ORDER, "cat dog", 0), text, "dog then cat");
        assertExtra(new Extra(Kind.INITIAL_AT_LEAST, "t", 2), text, "The cat.");
        assertThat(Extras.check(new Extra(Kind.ORDER, "cat dog", 0), "only cat").met()).isFalse();
    }

    private static void assertExtra(Extra extra, String passing, String failing) {
        assertThat(Extras.check(extra, passing).met()).as(extra + " on " + passing).isTrue();
        assertThat(Extras.check(extra, failing).met()).as(extra + " on " + failing).isFalse();
        assertThat(Extras.instruction(extra)).isNotBlank();
    }

    @Test
    void derivedExtrasAreKeptByTheTextTheyCameFrom() {
        SplittableRandom random = new SplittableRandom(11);
        String gold = "Red fox runs far. Red fox naps now.";
        List<String> bank = List.of("far", "fox", "naps", "now", "red", "runs", "wide", "zebra");
        for (int i = 0; i < 50; i++) {
            List<Extra> extras = Extras.derive(gold, bank, 6, Extras.allBut(), random);
            assertThat(extras).hasSize(6);
            for (Extra extra : extras) {
                assertThat(Extras.check(extra, gold).met()).as(extra.toString()).isTrue();
            }
        }
        assertThat(Extras.derive(gold, bank, 3, Extras.allBut(Kind.values()), random)).isEmpty();
    }

    @Test
    void coreRulesGateAllCreditAndExtrasShareIt() {
        Outcome coreKept = Outcome.core(true, "bank");
        Outcome coreBroken = Outcome.core(false, "word count 3 of 4");
        Outcome extraKept = Outcome.extra(true, "no commas");
        Outcome extraBroken = Outcome.extra(false, "letter e: 2, wanted at least 3");
        Score gated = Rules.score(List.of(coreBroken, extraKept, extraKept));
        assertThat(gated.reward()).isZero();
        assertThat(gated.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(gated.detail()).contains("word count 3 of 4");
        Score partial = Rules.score(List.of(coreKept, extraKept, extraBroken));
        assertThat(partial.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(partial.reward()).isEqualTo(2 / 3.0);
        assertThat(partial.detail()).contains("letter e");
        assertThat(Rules.score(List.of(coreKept, extraKept)).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(Rules.exactly("words", 4, 4).met()).isTrue();
        assertThat(Rules.exactly("words", 5, 4).detail()).isEqualTo("words: 5, wanted 4");
    }

    @Test
    void ruleListMarksCoreRulesAndStatesTheScoring() {
        String list = Rules.list(List.of("Only bank words."), List.of(new Extra(Kind.NO_COMMA, "", 0)));
        assertThat(list).contains("1. (core) Only bank words.").contains("2. Do not use any commas.").contains(Rules.SCORING);
    }

    @Test
    void theCodecKeepsLinesAndBoundsTheText() {
        assertThat(Writing.normalise("\r\n  - a  \r\n    - b\t\r\n\r\n")).isEqualTo("- a\n    - b");
        assertThatThrownBy(() -> Writing.normalise("  \n ")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Writing.normalise("12 + 3 = 15")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("no word");
        assertThatThrownBy(() -> Writing.normalise("word ".repeat(5_000))).isInstanceOf(AnswerFormatException.class);
        assertThat(Writing.codec().render("x\ny")).isEqualTo("x\ny");
    }

    @Test
    void nearMissesBreakAtLeastOneRule() {
        List<String> bank = List.of("blue", "sky", "wide", "sea");
        String gold = "Blue sky. Wide sea.";
        Function<String, List<Outcome>> outcomes = text -> List.of(Bank.check(text, bank),
                Rules.exactly("words", Text.words(text).size(), 4), Extras.check(new Extra(Kind.NO_COMMA, "", 0), text));
        List<String> misses = Edits.nearMisses(gold, bank, outcomes, new SplittableRandom(3));
        assertThat(misses).isNotEmpty().doesNotContain(gold);
        for (String miss : misses) {
            assertThat(Rules.broken(outcomes.apply(miss))).as(miss).isPositive();
        }
    }
}
