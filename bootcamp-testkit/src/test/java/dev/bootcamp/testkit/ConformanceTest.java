package dev.bootcamp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.core.AdditionBootcamp.Flaw;
import dev.bootcamp.core.AdditionBootcamp;
import dev.bootcamp.core.EchoBootcamp;
import dev.bootcamp.testkit.ConformanceReport.Failure;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract must pass a correct bootcamp and catch each deliberately broken one under the right law. */
class ConformanceTest {
    private static final Conformance.Options OPTIONS = Conformance.Options.defaults().withSeedsPerLevel(5).withFuzzCount(300);

    @Test
    void aCorrectBootcampPassesEveryLaw() {
        ConformanceReport report = check(Flaw.NONE);
        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.cases()).isEqualTo(50);
        assertThat(report.bootcamp()).isEqualTo("addition");
    }

    @Test
    void aCorrectBootcampPassesWhenCheckedByClass() {
        assertThat(Conformance.check(AdditionBootcamp.class, OPTIONS).failures()).isEmpty();
    }

    @Test
    void aCheckerThatAcceptsEverythingBreaksWrongFails() {
        assertThat(failedLaws(check(Flaw.ACCEPTS_EVERYTHING))).containsExactly(Law.WRONG_FAILS);
    }

    @Test
    void aNonDeterministicGeneratorBreaksDeterminism() {
        ConformanceReport report = check(Flaw.NON_DETERMINISTIC);
        assertThat(report.failures(Law.DETERMINISM)).isNotEmpty()
                .first().extracting(Failure::message).asString().contains("a fresh instance generated a different case");
    }

    @Test
    void aPromptThatLeaksTheAnswerBreaksNoLeak() {
        ConformanceReport report = check(Flaw.LEAKS_ANSWER);
        assertThat(failedLaws(report)).containsExactly(Law.NO_LEAK);
        assertThat(report.failures(Law.NO_LEAK)).hasSize(50);
    }

    @Test
    void aWrongSolverBreaksGoldPasses() {
        assertThat(failedLaws(check(Flaw.WRONG_SOLVER))).contains(Law.GOLD_PASSES);
    }

    @Test
    void levelsWithTheSameKnobsBreakDifficultyMoves() {
        ConformanceReport report = check(Flaw.SAME_AT_EVERY_LEVEL);
        assertThat(failedLaws(report)).containsExactly(Law.DIFFICULTY_MOVES, Law.REAL_DIFFICULTY);
        assertThat(report.failures(Law.DIFFICULTY_MOVES)).extracting(Failure::message)
                .anyMatch(message -> message.startsWith("level 10 has the same knobs as level 1"));
    }

    @Test
    void aGeneratorThatIgnoresItsRandomSourceBreaksDiversity() {
        ConformanceReport report = check(Flaw.CONSTANT_PUZZLE);
        assertThat(failedLaws(report)).contains(Law.DIVERSITY).doesNotContain(Law.GOLD_PASSES, Law.WRONG_FAILS);
        assertThat(report.failures(Law.DIVERSITY)).hasSize(10);
    }

    @Test
    void partialCreditForAnyAnswerBreaksNoGuessing() {
        ConformanceReport report = check(Flaw.GENEROUS_PARTIAL);
        assertThat(failedLaws(report)).containsExactly(Law.NO_GUESSING);
        assertThat(report.failures(Law.NO_GUESSING)).hasSize(10).first().extracting(Failure::message).asString()
                .contains("earns a mean reward of 0.50 over 200 cases");
    }

    @Test
    void repeatedPromptsAndAnswersBreakVariety() {
        ConformanceReport report = check(Flaw.TWO_VALUES);
        assertThat(failedLaws(report)).contains(Law.VARIETY, Law.NO_GUESSING);
        assertThat(report.failures(Law.VARIETY)).extracting(Failure::message)
                .anyMatch(message -> message.startsWith("4 distinct prompts in 200 cases, fewer than 100"))
                .anyMatch(message -> message.contains("distinct gold answers in 200 cases, fewer than 20"));
        Sample.Figures levelTwo = report.figures().get(1);
        assertThat(levelTwo.distinctPrompts()).isEqualTo(8);
        assertThat(levelTwo.distinctAnswers()).isEqualTo(4);
        assertThat(levelTwo.bestGuess()).isEqualTo(levelTwo.commonAnswer());
    }

    @Test
    void theDefaultCostBreaksRealDifficulty() {
        ConformanceReport report = check(Flaw.QUESTION_LENGTH_COST);
        assertThat(failedLaws(report)).containsExactly(Law.REAL_DIFFICULTY);
        assertThat(report.failures(Law.REAL_DIFFICULTY)).extracting(Failure::message)
                .anyMatch(message -> message.startsWith("cost() is the length of the question"));
    }

    @Test
    void aCostThatStopsGrowingBreaksRealDifficulty() {
        ConformanceReport report = check(Flaw.FLAT_COST);
        assertThat(failedLaws(report)).containsExactly(Law.REAL_DIFFICULTY);
        assertThat(report.costRatio()).isEqualTo(1.5);
        assertThat(report.failures(Law.REAL_DIFFICULTY)).extracting(Failure::message)
                .containsExactly("mean cost at level 10 (3.0) is 1.50x the mean at level 1 (2.0), below 4x");
    }

    @Test
    void statisticalLawsJudgeTheSameFixedSampleWhateverTheSeedsPerLevel() {
        ConformanceReport one = Conformance.check(() -> new AdditionBootcamp(Flaw.TWO_VALUES), OPTIONS.withSeedsPerLevel(1));
        ConformanceReport many = Conformance.check(() -> new AdditionBootcamp(Flaw.TWO_VALUES), OPTIONS.withSeedsPerLevel(7));
        assertThat(one.figures()).hasSize(10).isEqualTo(many.figures());
        assertThat(one.figures()).allSatisfy(figure -> assertThat(figure.cases()).isEqualTo(Sample.SIZE));
        for (Law law : List.of(Law.DIVERSITY, Law.VARIETY, Law.NO_GUESSING, Law.REAL_DIFFICULTY)) {
            assertThat(one.failures(law)).as(law.title()).isEqualTo(many.failures(law));
        }
        assertThat(check(Flaw.NONE).costRatio()).isEqualTo(5.5);
    }

    @Test
    void replayMeasuresNoSample() {
        ConformanceReport report = Conformance.check(() -> new AdditionBootcamp(Flaw.TWO_VALUES), OPTIONS.withLevels(List.of(3)).withReplaySeed(7));
        assertThat(report.figures()).isEmpty();
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void constantGuessesIncludeTheTrivialAnswersAndTheWordsOfTheAnswerShape() {
        assertThat(Sample.guesses("42", "one word: tautology, contradiction or contingent"))
                .startsWith("42", "", "0", "1", "yes", "no", "none", "true", "false")
                .contains("tautology", "contradiction", "contingent")
                .doesNotHaveDuplicates();
    }

    @Test
    void aFalseClaimOfUniquenessBreaksUniqueness() {
        assertThat(failedLaws(check(Flaw.FALSE_UNIQUENESS))).containsExactly(Law.UNIQUENESS);
    }

    @Test
    void aParserThatThrowsTheWrongExceptionOnHostileTextBreaksBudgets() {
        ConformanceReport report = check(Flaw.SLOPPY_PARSER);
        assertThat(report.failures(Law.BUDGETS)).extracting(Failure::message).anyMatch(message -> message.contains("NumberFormatException"));
    }

    @Test
    void aRendererItsParserCannotReadBreaksRoundTrips() {
        assertThat(failedLaws(check(Flaw.UNREADABLE_RENDER))).contains(Law.ROUND_TRIPS, Law.GOLD_PASSES);
    }

    @Test
    void failuresNameTheBootcampLawLevelAndSeed() {
        Failure failure = check(Flaw.LEAKS_ANSWER).failures().get(0);
        assertThat(failure.toString()).startsWith("addition › no leak at level 1 (seed " + failure.seed() + "): the prompt contains");
        assertThat(new Failure("addition", Law.DIVERSITY, -1, -1, "few").toString()).isEqualTo("addition › diversity: few");
    }

    @Test
    void replayChecksOnlyTheGivenSeedAtEachLevel() {
        ConformanceReport report = Conformance.check(() -> new AdditionBootcamp(Flaw.LEAKS_ANSWER),
                OPTIONS.withLevels(List.of(3, 4)).withReplaySeed(4242));
        assertThat(report.cases()).isEqualTo(2);
        assertThat(report.failures()).extracting(Failure::seed).containsOnly(4242L);
    }

    @Test
    void failuresAreCountedByLaw() {
        assertThat(Conformance.countByLaw(check(Flaw.LEAKS_ANSWER))).containsEntry(Law.NO_LEAK, 50).hasSize(1);
    }

    @Test
    void aClassWithoutANoArgumentConstructorIsRefused() {
        assertThatThrownBy(() -> Conformance.check(EchoBootcamp.class, OPTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a public no-argument constructor");
    }

    @Test
    void optionsRefuseBadLevelsAndSeedCounts() {
        assertThatThrownBy(() -> OPTIONS.withLevels(List.of(0, 5))).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> OPTIONS.withSeedsPerLevel(0)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void anEmptyLevelListIsAConfigurationError() {
        assertThatThrownBy(() -> OPTIONS.withLevels(List.of())).isInstanceOf(ConfigurationException.class);
    }

    private static ConformanceReport check(Flaw flaw) {
        return Conformance.check(() -> new AdditionBootcamp(flaw), OPTIONS);
    }

    private static Set<Law> failedLaws(ConformanceReport report) {
        Set<Law> laws = EnumSet.noneOf(Law.class);
        report.failures().forEach(failure -> laws.add(failure.law()));
        return laws;
    }
}
