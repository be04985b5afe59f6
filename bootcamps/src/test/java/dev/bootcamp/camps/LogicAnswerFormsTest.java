package dev.bootcamp.camps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.logic.KinshipBootcamp;
import dev.bootcamp.camps.logic.LogicalEquivalenceBootcamp;
import dev.bootcamp.camps.logic.SyllogismBootcamp;
import dev.bootcamp.camps.logic.TautologyBootcamp;
import dev.bootcamp.camps.logic.WebOfLiesBootcamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The logic bootcamps that ask for several results in one answer accept every way of writing it that their prompts
 * allow (any order for sets, item labels, lower case), and still score a wrong item as wrong.
 */
class LogicAnswerFormsTest {
    @Test
    void webOfLiesTakesTheLiarsInAnyOrder() {
        WebOfLiesBootcamp bootcamp = new WebOfLiesBootcamp();
        for (long seed = 0; seed < 20; seed++) {
            WebOfLiesBootcamp.Puzzle puzzle = bootcamp.generate(bootcamp.atLevel(4), new SplittableRandom(seed));
            List<String> liars = new ArrayList<>(bootcamp.solve(puzzle).liars());
            Collections.reverse(liars);
            String written = String.join(" and ", liars).toLowerCase(Locale.ROOT);
            assertThat(bootcamp.check(puzzle, bootcamp.parse(written)).verdict()).as(written).isEqualTo(Verdict.CORRECT);
            List<String> fewer = liars.subList(1, liars.size());
            if (!fewer.isEmpty()) {
                assertThat(bootcamp.check(puzzle, bootcamp.parse(String.join(", ", fewer))).verdict()).isEqualTo(Verdict.WRONG);
            }
        }
    }

    @Test
    void logicalEquivalenceTakesLettersInAnyCaseAndOrder() {
        LogicalEquivalenceBootcamp bootcamp = new LogicalEquivalenceBootcamp();
        for (long seed = 0; seed < 10; seed++) {
            LogicalEquivalenceBootcamp.Puzzle puzzle = bootcamp.generate(bootcamp.atLevel(3), new SplittableRandom(seed));
            List<Character> letters = new ArrayList<>(bootcamp.solve(puzzle).equivalent());
            Collections.reverse(letters);
            StringBuilder written = new StringBuilder();
            letters.forEach(letter -> written.append(Character.toLowerCase(letter)).append(' '));
            String text = letters.isEmpty() ? "None" : written.toString();
            assertThat(bootcamp.check(puzzle, bootcamp.parse(text)).verdict()).as(text).isEqualTo(Verdict.CORRECT);
        }
        assertThatThrownBy(() -> bootcamp.parse("A, H")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void syllogismAndTautologyTakeLabelledOrBareWords() {
        SyllogismBootcamp syllogism = new SyllogismBootcamp();
        SyllogismBootcamp.Puzzle arguments = syllogism.generate(syllogism.atLevel(2), new SplittableRandom(7));
        List<String> words = syllogism.solve(arguments).follows().stream().map(follows -> follows ? "Yes" : "no").toList();
        assertThat(syllogism.check(arguments, syllogism.parse(String.join(", ", words))).verdict()).isEqualTo(Verdict.CORRECT);
        StringBuilder labelled = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            labelled.append(i + 1).append(": ").append(words.get(i)).append('\n');
        }
        assertThat(syllogism.check(arguments, syllogism.parse(labelled.toString())).verdict()).isEqualTo(Verdict.CORRECT);
        assertThatThrownBy(() -> syllogism.parse("yes")).isInstanceOf(AnswerFormatException.class);

        TautologyBootcamp tautology = new TautologyBootcamp();
        TautologyBootcamp.Puzzle formulas = tautology.generate(tautology.atLevel(2), new SplittableRandom(7));
        List<String> kinds = tautology.solve(formulas).kinds().stream().map(kind -> kind.equals("contingent") ? "contingency" : kind).toList();
        assertThat(tautology.check(formulas, tautology.parse("1) " + String.join(" 2) ", kinds.subList(0, 2)) + ", "
                + String.join(", ", kinds.subList(2, kinds.size())))).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void kinshipTakesTermsInSentencesAndWithLabels() {
        KinshipBootcamp bootcamp = new KinshipBootcamp();
        KinshipBootcamp.Puzzle puzzle = bootcamp.generate(bootcamp.atLevel(5), new SplittableRandom(11));
        List<String> terms = bootcamp.solve(puzzle).terms();
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            KinshipBootcamp.Question question = puzzle.questions().get(i);
            written.append("Q").append(i + 1).append(": ").append(puzzle.names().get(question.subject())).append(" is ")
                    .append(puzzle.names().get(question.object())).append("'s ").append(terms.get(i).replace('-', ' ')).append('\n');
        }
        assertThat(bootcamp.check(puzzle, bootcamp.parse(written.toString())).verdict()).as(written.toString()).isEqualTo(Verdict.CORRECT);
        assertThat(bootcamp.check(puzzle, bootcamp.parse(String.join(", ", terms))).verdict()).isEqualTo(Verdict.CORRECT);
        List<String> swapped = new ArrayList<>(terms);
        Collections.swap(swapped, 0, 1);
        assertThat(bootcamp.check(puzzle, bootcamp.parse(String.join("\n", swapped))).verdict()).isEqualTo(Verdict.WRONG);
    }
}
