package dev.bootcamp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AdditionBootcamp.Flaw;
import dev.bootcamp.api.ConformanceReport.Failure;
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
        assertThat(failedLaws(report)).containsExactly(Law.DIFFICULTY_MOVES);
        assertThat(report.failures(Law.DIFFICULTY_MOVES)).extracting(Failure::message)
                .anyMatch(message -> message.startsWith("level 10 has the same knobs as level 1"));
    }

    @Test
    void aGeneratorThatIgnoresItsRandomSourceBreaksDiversity() {
        ConformanceReport report = check(Flaw.CONSTANT_PUZZLE);
        assertThat(failedLaws(report)).containsExactly(Law.DIVERSITY);
        assertThat(report.failures(Law.DIVERSITY)).hasSize(10);
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
