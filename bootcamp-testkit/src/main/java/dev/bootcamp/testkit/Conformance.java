package dev.bootcamp.testkit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Tier;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.CaseRandom;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Seeds;
import dev.bootcamp.core.TypedBootcamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The contract: the {@link Law}s checked over every level. Per-case laws run on {@code seedsPerLevel} cases per level;
 * statistical laws run on the fixed {@link Sample} of every level, which no option changes. Used by the catalogue
 * tests, {@code bootcamp check} and the authoring agent. The time budgets here are generous guards against hangs, not
 * performance targets; speed is measured by {@code bootcamp bench}.
 */
public final class Conformance {
    /** The laws judged on the fixed sample's figures, in report order; a new statistical law is one more line here. */
    private static final List<SampleLaw> SAMPLE_LAWS = List.of(
            new DiversityLaw(),
            new CostRisesLaw(),
            new NoGuessingLaw(),
            new VarietyLaw(),
            new RealDifficultyLaw());

    private Conformance() {}

    /**
     * How much to check.
     *
     * @param runSeed case seeds are {@code Seeds.caseSeed(runSeed, id, level * 100_000 + i)}
     * @param seedsPerLevel cases per level for the per-case laws (the statistical laws use the fixed {@link Sample})
     * @param levels the levels to check
     * @param fuzzCount hostile responses fed to parse and check in all
     * @param generationBudgetMillis most time one generation may take
     * @param checkBudgetMillis most time one parse and check may take
     * @param promptBudgetChars longest prompt allowed
     * @param replaySeed when at least 0, check only this case seed at each level (laws over many cases are skipped)
     */
    public record Options(long runSeed, int seedsPerLevel, List<Integer> levels, int fuzzCount, long generationBudgetMillis,
            long checkBudgetMillis, int promptBudgetChars, long replaySeed) {
        public Options {
            levels = List.copyOf(levels);
            if (levels.isEmpty()) {
                throw new ConfigurationException("at least one level is needed");
            }
            levels.forEach(Tier::checkLevel);
            if (seedsPerLevel < 1) {
                throw new ConfigurationException("seeds per level must be at least 1, found " + seedsPerLevel);
            }
        }

        public static Options defaults() {
            return new Options(20_251_126L, 20, IntStream.rangeClosed(1, 10).boxed().toList(), 10_000, 2_000, 250, 24_000, -1);
        }

        public Options withSeedsPerLevel(int seeds) {
            return new Options(runSeed, seeds, levels, fuzzCount, generationBudgetMillis, checkBudgetMillis, promptBudgetChars, replaySeed);
        }

        public Options withLevels(List<Integer> chosen) {
            return new Options(runSeed, seedsPerLevel, chosen, fuzzCount, generationBudgetMillis, checkBudgetMillis, promptBudgetChars, replaySeed);
        }

        public Options withFuzzCount(int count) {
            return new Options(runSeed, seedsPerLevel, levels, count, generationBudgetMillis, checkBudgetMillis, promptBudgetChars, replaySeed);
        }

        public Options withReplaySeed(long seed) {
            return new Options(runSeed, 1, levels, fuzzCount, generationBudgetMillis, checkBudgetMillis, promptBudgetChars, seed);
        }

        boolean replay() {
            return replaySeed >= 0;
        }
    }

    /** Checks a bootcamp class with a public no-argument constructor. */
    public static ConformanceReport check(Class<? extends Bootcamp<?, ?>> type, Options options) {
        return check(() -> instantiate(type), options);
    }

    /** Checks the bootcamps the factory makes; it must return a fresh instance on every call. */
    public static ConformanceReport check(Supplier<? extends Bootcamp<?, ?>> factory, Options options) {
        requireNonNull(factory, "factory is null");
        requireNonNull(options, "options is null");
        return new Run<>(cast(factory.get()), cast(factory.get()), options).run();
    }

    @SuppressWarnings("unchecked")
    private static <P, A> Bootcamp<P, A> cast(Bootcamp<?, ?> bootcamp) {
        return (Bootcamp<P, A>) requireNonNull(bootcamp, "factory returned null");
    }

    private static Bootcamp<?, ?> instantiate(Class<? extends Bootcamp<?, ?>> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " needs a public no-argument constructor: " + e, e);
        }
    }

    /** One contract run over one bootcamp; {@code other} is a second, fresh instance for the determinism law. */
    private static final class Run<P, A> {
        private final Bootcamp<P, A> bootcamp;
        private final TypedBootcamp<P, A> typed;
        private final TypedBootcamp<P, A> other;
        private final Options options;
        private final BootcampInfo info;
        private final String id;
        private final List<ConformanceReport.Failure> failures = new ArrayList<>();
        private int cases;
        private int casesWithNearMisses;
        private int fuzzPerCase;

        Run(Bootcamp<P, A> bootcamp, Bootcamp<P, A> other, Options options) {
            this.bootcamp = bootcamp;
            this.typed = TypedBootcamp.of(bootcamp);
            this.other = TypedBootcamp.of(other);
            this.options = options;
            this.info = bootcamp.info();
            this.id = info.id();
        }

        ConformanceReport run() {
            int total = options.levels().size() * options.seedsPerLevel();
            fuzzPerCase = Math.max(1, (options.fuzzCount() + total - 1) / total);
            Knobs[] levelKnobs = new Knobs[Tier.MAX_LEVEL + 1];
            List<Sample.Figures> figures = new ArrayList<>();
            for (int level : options.levels()) {
                Knobs knobs;
                try {
                    knobs = bootcamp.atLevel(level);
                    if (!knobs.equals(other.bootcamp().atLevel(level)) || !new HashSet<>(knobs.declared()).equals(new HashSet<>(info.knobs()))) {
                        fail(Law.DETERMINISM, level, -1, "atLevel(" + level + ") is not a pure function of the level over the declared knobs");
                    }
                } catch (RuntimeException e) {
                    fail(Law.DIFFICULTY_MOVES, level, -1, "atLevel(" + level + ") threw " + e);
                    continue;
                }
                levelKnobs[level] = knobs;
                for (int i = 0; i < options.seedsPerLevel(); i++) {
                    long seed = options.replay() ? options.replaySeed() : Seeds.caseSeed(options.runSeed(), id, level * 100_000L + i);
                    checkCase(level, knobs, seed);
                }
                if (!options.replay()) {
                    figures.add(Sample.measure(typed, level, knobs));
                }
            }
            EdgeLaw.check(typed, options, message -> fail(Law.BUDGETS, -1, -1, message));
            if (!options.replay()) {
                checkKnobs(levelKnobs);
                SampleLaw.Findings findings = (law, level, message) -> fail(law, level, -1, message);
                SAMPLE_LAWS.forEach(law -> law.judge(info, figures, findings));
                if (info.severalAnswers() && cases > 0 && casesWithNearMisses * 2 < cases) {
                    fail(Law.WRONG_FAILS, -1, -1, "declares several valid answers but offers near misses for only "
                            + casesWithNearMisses + " of " + cases + " cases; near misses are how its checker is tested");
                }
            }
            return new ConformanceReport(id, cases, failures, figures);
        }

        /** Checks every per-case law. */
        private void checkCase(int level, Knobs knobs, long seed) {
            cases++;
            long start = CpuTime.nanos();
            P puzzle;
            Case record;
            try {
                puzzle = typed.generate(knobs, seed);
                long millis = (CpuTime.nanos() - start) / 1_000_000;
                for (int retry = 0; retry < 2 && millis > options.generationBudgetMillis(); retry++) {
                    long again = CpuTime.nanos();
                    typed.generate(knobs, seed);
                    millis = Math.min(millis, (CpuTime.nanos() - again) / 1_000_000);
                }
                if (millis > options.generationBudgetMillis()) {
                    fail(Law.BUDGETS, level, seed, "generation took " + millis + " ms of CPU time (fastest of three), over the budget of "
                            + options.generationBudgetMillis() + " ms");
                }
                record = typed.makeCase(knobs, level, seed, AnswerStyle.TAGS);
            } catch (RuntimeException e) {
                fail(Law.GOLD_PASSES, level, seed, "could not make the case: " + e);
                return;
            }
            String json = Json.write(record);
            try {
                if (!json.equals(Json.write(other.makeCase(knobs, level, seed, AnswerStyle.TAGS)))) {
                    fail(Law.DETERMINISM, level, seed, "a fresh instance generated a different case from the same spec");
                } else if (!json.equals(Json.write(typed.makeCase(knobs, level, seed, AnswerStyle.TAGS)))) {
                    fail(Law.DETERMINISM, level, seed, "the same instance generated a different case the second time (hidden state)");
                }
            } catch (RuntimeException e) {
                fail(Law.DETERMINISM, level, seed, "regeneration failed: " + e);
            }
            if (record.prompt().length() > options.promptBudgetChars()) {
                fail(Law.BUDGETS, level, seed, "prompt is " + record.prompt().length() + " characters, over the budget of " + options.promptBudgetChars());
            }
            try {
                checkAnswers(level, seed, puzzle, record);
            } catch (RuntimeException e) {
                fail(Law.GOLD_PASSES, level, seed, "threw " + e);
            }
            if (info.uniqueSolution()) {
                checkUnique(level, seed, puzzle);
            }
            try {
                bootcamp.cost(puzzle);
            } catch (RuntimeException e) {
                fail(Law.DIFFICULTY_MOVES, level, seed, "cost threw " + e);
            }
        }

        private void checkAnswers(int level, long seed, P puzzle, Case record) {
            A gold = bootcamp.solve(puzzle);
            String goldText = bootcamp.render(gold);
            JsonNode goldTree = Json.tree(gold);
            Score direct = timedCheck(level, seed, puzzle, gold);
            if (!direct.passed()) {
                fail(Law.GOLD_PASSES, level, seed, "check(puzzle, solve(puzzle)) gave " + direct.verdict() + ": " + direct.detail());
            }
            for (AnswerStyle style : AnswerStyle.values()) {
                String response = "<think>The answer might be 42.</think>\nLet me work through the puzzle step by step.\n"
                        + "After checking each constraint, here is my result.\n" + style.wrap(goldText);
                Score score = typed.verify(puzzle, response, style);
                if (!score.passed()) {
                    fail(Law.GOLD_PASSES, level, seed, "the gold answer in style " + style.wireName() + " gave " + score.verdict() + ": " + score.detail());
                }
            }
            checkRoundTrips(level, seed, puzzle, record, gold, goldText, goldTree);
            checkLeak(level, seed, record, goldText);
            checkWrong(level, seed, puzzle, gold, goldText, goldTree);
        }

        private void checkRoundTrips(int level, long seed, P puzzle, Case record, A gold, String goldText, JsonNode goldTree) {
            try {
                A parsed = bootcamp.parse(goldText);
                if (!goldTree.equals(Json.tree(parsed))) {
                    fail(Law.ROUND_TRIPS, level, seed, "parse(render(gold)) differs from gold: " + Json.write(parsed) + " vs " + goldTree);
                }
            } catch (RuntimeException e) {
                fail(Law.ROUND_TRIPS, level, seed, "parse(render(gold)) threw " + e);
            }
            try {
                P back = typed.readPuzzle(Json.readTree(Json.write(puzzle)));
                if (!record.puzzle().equals(Json.tree(back))) {
                    fail(Law.ROUND_TRIPS, level, seed, "the puzzle changed through JSON");
                }
                A answerBack = typed.readAnswer(goldTree);
                if (!goldTree.equals(Json.tree(answerBack))) {
                    fail(Law.ROUND_TRIPS, level, seed, "the answer changed through JSON");
                }
                Score score = bootcamp.check(back, gold);
                if (!score.passed()) {
                    fail(Law.ROUND_TRIPS, level, seed, "gold fails against the puzzle read back from JSON: " + score.detail());
                }
                Case recordBack = Json.read(Json.write(record), Case.class);
                if (!Json.write(recordBack).equals(Json.write(record))) {
                    fail(Law.ROUND_TRIPS, level, seed, "the case record changed through JSON");
                }
            } catch (Exception e) {
                fail(Law.ROUND_TRIPS, level, seed, "JSON round trip failed: " + e);
            }
        }

        private void checkLeak(int level, long seed, Case record, String goldText) {
            String gold = collapse(goldText);
            // A one-word answer ("contradiction", "impossible") is vocabulary the prompt must name, not a leak.
            boolean word = gold.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
            if (gold.length() > 6 && !word && collapse(record.prompt()).contains(gold)) {
                fail(Law.NO_LEAK, level, seed, "the prompt contains the gold answer '" + abbreviate(gold) + "'");
            }
        }

        private void checkWrong(int level, long seed, P puzzle, A gold, String goldText, JsonNode goldTree) {
            CaseRandom random = new CaseRandom(Seeds.mix(seed ^ 0x5DEECE66DL));
            List<A> misses = bootcamp.nearMisses(puzzle, gold, random);
            if (!misses.isEmpty()) {
                casesWithNearMisses++;
            }
            for (A miss : misses) {
                Score score = timedCheck(level, seed, puzzle, miss);
                if (score.passed()) {
                    fail(Law.WRONG_FAILS, level, seed, "near miss " + abbreviate(bootcamp.render(miss)) + " scored CORRECT");
                }
            }
            for (String mutated : Fuzz.mutations(goldText, random)) {
                A answer;
                try {
                    answer = bootcamp.parse(mutated);
                } catch (AnswerFormatException e) {
                    continue;
                } catch (RuntimeException e) {
                    fail(Law.WRONG_FAILS, level, seed, "parse threw " + e + " instead of AnswerFormatException for '" + abbreviate(mutated) + "'");
                    continue;
                }
                if (answer == null) {
                    fail(Law.WRONG_FAILS, level, seed, "parse returned null for '" + abbreviate(mutated) + "'");
                    continue;
                }
                Score score = timedCheck(level, seed, puzzle, answer);
                if (score.passed() && !info.severalAnswers() && !goldTree.equals(Json.tree(answer))) {
                    fail(Law.WRONG_FAILS, level, seed, "the mutated answer '" + abbreviate(mutated) + "' scored CORRECT");
                }
            }
            expectNoCredit(level, seed, puzzle, "", Verdict.NO_ANSWER);
            expectNoCredit(level, seed, puzzle, "I am not sure how to solve this.", Verdict.NO_ANSWER);
            expectNoCredit(level, seed, puzzle, "<answer>%%% ??? ###</answer>", Verdict.MALFORMED);
            for (int i = 0; i < fuzzPerCase; i++) {
                fuzzOnce(level, seed, puzzle, Fuzz.hostile(goldText, random));
            }
        }

        private void expectNoCredit(int level, long seed, P puzzle, String response, Verdict expected) {
            Score score = typed.verify(puzzle, response, AnswerStyle.TAGS);
            if (score.verdict() != expected) {
                fail(Law.WRONG_FAILS, level, seed, "the response '" + response + "' gave " + score.verdict() + " (" + score.detail()
                        + "), expected " + expected);
            }
        }

        private void fuzzOnce(int level, long seed, P puzzle, String text) {
            A answer;
            try {
                answer = bootcamp.parse(text);
            } catch (AnswerFormatException e) {
                return;
            } catch (RuntimeException | StackOverflowError e) {
                fail(Law.BUDGETS, level, seed, "parse threw " + e + " on fuzzed text '" + abbreviate(text) + "'");
                return;
            }
            if (answer == null) {
                fail(Law.BUDGETS, level, seed, "parse returned null on fuzzed text '" + abbreviate(text) + "'");
                return;
            }
            try {
                timedCheck(level, seed, puzzle, answer);
            } catch (RuntimeException | StackOverflowError e) {
                fail(Law.BUDGETS, level, seed, "check threw " + e + " on fuzzed text '" + abbreviate(text) + "'");
            }
        }

        private Score timedCheck(int level, long seed, P puzzle, A answer) {
            long start = CpuTime.nanos();
            Score score = requireNonNull(bootcamp.check(puzzle, answer), "check returned null");
            long millis = (CpuTime.nanos() - start) / 1_000_000;
            // One slow call can be a garbage-collection pause or a busy machine; the law is about the check itself,
            // so a slow call is timed twice more and fails only when the fastest of the three is over the budget.
            for (int retry = 0; retry < 2 && millis > options.checkBudgetMillis(); retry++) {
                long again = CpuTime.nanos();
                bootcamp.check(puzzle, answer);
                millis = Math.min(millis, (CpuTime.nanos() - again) / 1_000_000);
            }
            if (millis > options.checkBudgetMillis()) {
                fail(Law.BUDGETS, level, seed, "a check took " + millis + " ms of CPU time (fastest of three), over the budget of " + options.checkBudgetMillis() + " ms");
            }
            return score;
        }

        private void checkUnique(int level, long seed, P puzzle) {
            try {
                long start = CpuTime.nanos();
                long count = bootcamp.countSolutions(puzzle, 2);
                long millis = (CpuTime.nanos() - start) / 1_000_000;
                if (millis > options.generationBudgetMillis()) {
                    fail(Law.BUDGETS, level, seed, "counting solutions took " + millis + " ms of CPU time, over the budget of "
                            + options.generationBudgetMillis() + " ms");
                }
                if (count != 1) {
                    fail(Law.UNIQUENESS, level, seed, "claims a unique solution but the counter found " + (count >= 2 ? "at least 2" : count));
                }
            } catch (RuntimeException e) {
                fail(Law.UNIQUENESS, level, seed, "claims a unique solution but countSolutions threw " + e);
            }
        }

        /** The knob half of "difficulty moves": level 10 differs from level 1 and numeric knobs are monotone. */
        private void checkKnobs(Knobs[] levelKnobs) {
            Knobs first = levelKnobs[Tier.MIN_LEVEL];
            Knobs last = levelKnobs[Tier.MAX_LEVEL];
            if (first != null && last != null && first.equals(last)) {
                fail(Law.DIFFICULTY_MOVES, -1, -1, "level 10 has the same knobs as level 1 (" + first + ")");
            }
            for (Knob<?> knob : info.knobs()) {
                if (knob.kind() != Knob.Kind.INT && knob.kind() != Knob.Kind.DOUBLE) {
                    continue;
                }
                int direction = 0;
                Double previous = null;
                for (int level = Tier.MIN_LEVEL; level <= Tier.MAX_LEVEL; level++) {
                    if (levelKnobs[level] == null) {
                        continue;
                    }
                    double value = ((Number) levelKnobs[level].values().get(knob.name())).doubleValue();
                    if (previous != null && value != previous) {
                        int step = value > previous ? 1 : -1;
                        if (direction != 0 && step != direction) {
                            fail(Law.DIFFICULTY_MOVES, level, -1, "knob '" + knob.name() + "' is not monotone in the level");
                            break;
                        }
                        direction = step;
                    }
                    previous = value;
                }
            }
        }

        private void fail(Law law, int level, long seed, String message) {
            if (failures.size() < 200) {
                failures.add(new ConformanceReport.Failure(id, law, level, seed, message));
            }
        }

        private static String collapse(String text) {
            return String.join(" ", text.strip().split("\\s+"));
        }

        private static String abbreviate(String text) {
            return Sample.abbreviate(text);
        }
    }

    /** Counts for a report line. */
    public static Map<Law, Integer> countByLaw(ConformanceReport report) {
        Map<Law, Integer> counts = new java.util.EnumMap<>(Law.class);
        report.failures().forEach(failure -> counts.merge(failure.law(), 1, Integer::sum));
        return counts;
    }
}
