package dev.bootcamp.testkit;

import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Tier;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.core.CaseRandom;
import dev.bootcamp.core.Episode;
import dev.bootcamp.core.Seeds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The contract of an {@link Interactive} bootcamp, reported with the single-turn contract's laws and report:
 * <ul>
 *   <li>{@link Law#GOLD_PASSES}: the expert (reference policy) wins every episode within the turn limit;</li>
 *   <li>{@link Law#DETERMINISM}: a fresh instance replaying the expert's actions gives the same opening and
 *       observations byte for byte;</li>
 *   <li>{@link Law#NO_GUESSING}: on the fixed sample of each level, a random policy and a constant policy (the
 *       expert's first action, every turn) each earn a mean final score of at most {@value #MAX_GUESS_REWARD};</li>
 *   <li>{@link Law#BUDGETS}: hostile actions never throw, and no action takes longer than the check budget; the
 *       opening stays within the prompt budget;</li>
 *   <li>{@link Law#VARIETY}: at least 95% distinct start states at every level from 2 up, on the fixed sample (their
 *       string forms: states are records), since the opening of a hidden-information game may be the same every time;</li>
 *   <li>{@link Law#REAL_DIFFICULTY}: the mean cost at level 10 is at least 4x that at level 1, on the fixed sample;</li>
 *   <li>{@link Law#DIFFICULTY_MOVES}: the level-10 knobs differ from level 1's.</li>
 * </ul>
 */
public final class EpisodeConformance {
    /** The most a random or constant policy may earn on average. */
    public static final double MAX_GUESS_REWARD = 0.05;
    /** Episodes per level in the fixed sample of the statistical laws. */
    public static final int SAMPLE = 100;
    private static final long SAMPLE_SEED = 7_707L;
    private static final double MIN_VARIETY = 0.95;
    private static final double MIN_COST_RATIO = 4;

    private EpisodeConformance() {}

    /** Checks the bootcamp that {@code factory} makes (a fresh instance for each replay). */
    public static ConformanceReport check(Supplier<? extends Interactive<?>> factory, Conformance.Options options) {
        Interactive<?> bootcamp = factory.get();
        String id = bootcamp.info().id();
        List<ConformanceReport.Failure> failures = new ArrayList<>();
        int episodes = 0;
        double[] meanCost = new double[Tier.MAX_LEVEL + 1];
        for (int level : options.levels()) {
            for (int i = 0; i < options.seedsPerLevel(); i++) {
                long seed = options.replay() ? options.replaySeed() : Seeds.caseSeed(options.runSeed(), id, level * 100_000L + i);
                episodes++;
                expertEpisode(factory, level, seed, options, failures);
                hostileEpisode(bootcamp, level, seed, options, failures);
            }
            if (!options.replay()) {
                meanCost[level] = sampleLaws(bootcamp, level, options, failures);
                episodes += 2 * SAMPLE;
            }
        }
        if (!options.replay() && options.levels().contains(Tier.MIN_LEVEL) && options.levels().contains(Tier.MAX_LEVEL)) {
            if (bootcamp.atLevel(Tier.MIN_LEVEL).equals(bootcamp.atLevel(Tier.MAX_LEVEL))) {
                failures.add(new ConformanceReport.Failure(id, Law.DIFFICULTY_MOVES, -1, -1, "level 10 has the same knobs as level 1"));
            }
            double low = meanCost[Tier.MIN_LEVEL];
            double high = meanCost[Tier.MAX_LEVEL];
            if (!(high >= MIN_COST_RATIO * low)) {
                failures.add(new ConformanceReport.Failure(id, Law.REAL_DIFFICULTY, -1, -1, String.format(java.util.Locale.ROOT,
                        "the mean cost at level 10 (%.1f) is not at least %.0fx that at level 1 (%.1f)", high, MIN_COST_RATIO, low)));
            }
        }
        return new ConformanceReport(id, episodes, failures);
    }

    private static void expertEpisode(Supplier<? extends Interactive<?>> factory, int level, long seed, Conformance.Options options,
            List<ConformanceReport.Failure> failures) {
        String id = factory.get().info().id();
        Played first;
        try {
            first = play(factory.get(), level, seed, Episode::expertAction);
        } catch (RuntimeException e) {
            failures.add(new ConformanceReport.Failure(id, Law.GOLD_PASSES, level, seed, "the expert's episode threw " + e));
            return;
        }
        if (first.episode().score().verdict() != Verdict.CORRECT) {
            failures.add(new ConformanceReport.Failure(id, Law.GOLD_PASSES, level, seed, "the expert did not win in "
                    + first.episode().turns() + " of " + first.episode().turnLimit() + " turns: " + first.episode().score().detail()));
        }
        if (first.episode().opening().length() > options.promptBudgetChars()) {
            failures.add(new ConformanceReport.Failure(id, Law.BUDGETS, level, seed, "the opening is " + first.episode().opening().length()
                    + " characters, over the budget of " + options.promptBudgetChars()));
        }
        try {
            List<String> actions = first.episode().actions();
            Played again = play(factory.get(), level, seed, new Function<>() {
                private int next;

                @Override
                public String apply(Episode<?> episode) {
                    return actions.get(next++);
                }
            });
            if (!again.transcript().equals(first.transcript())) {
                failures.add(new ConformanceReport.Failure(id, Law.DETERMINISM, level, seed,
                        "replaying the expert's actions on a fresh instance gave a different transcript"));
            }
        } catch (RuntimeException e) {
            failures.add(new ConformanceReport.Failure(id, Law.DETERMINISM, level, seed, "replaying the expert's actions threw " + e));
        }
    }

    private static void hostileEpisode(Interactive<?> bootcamp, int level, long seed, Conformance.Options options,
            List<ConformanceReport.Failure> failures) {
        RandomGenerator random = new CaseRandom(seed ^ 0x5DEECE66DL);
        String gold;
        Episode<?> episode;
        try {
            episode = Episode.begin(bootcamp, level, seed);
            gold = episode.expertAction();
        } catch (RuntimeException e) {
            return; // reported by the expert's episode
        }
        while (!episode.over()) {
            String action = Fuzz.hostile(gold, random);
            long started = CpuTime.nanos();
            try {
                episode.act(action);
            } catch (RuntimeException e) {
                failures.add(new ConformanceReport.Failure(bootcamp.info().id(), Law.BUDGETS, level, seed, "the action '" + Sample.abbreviate(action) + "' threw " + e));
                return;
            }
            long millis = (CpuTime.nanos() - started) / 1_000_000;
            if (millis > options.checkBudgetMillis()) {
                failures.add(new ConformanceReport.Failure(bootcamp.info().id(), Law.BUDGETS, level, seed, "the action '" + Sample.abbreviate(action) + "' took " + millis + " ms of CPU, over the budget of " + options.checkBudgetMillis()));
                return;
            }
        }
    }

    /** Random and constant policies, variety and cost on the fixed sample of one level; returns the mean cost. */
    private static double sampleLaws(Interactive<?> bootcamp, int level, Conformance.Options options,
            List<ConformanceReport.Failure> failures) {
        String id = bootcamp.info().id();
        double randomTotal = 0;
        double constantTotal = 0;
        double cost = 0;
        Set<String> starts = new HashSet<>();
        for (int i = 0; i < SAMPLE; i++) {
            long seed = Seeds.caseSeed(SAMPLE_SEED, id, level * 100_000L + i);
            RandomGenerator random = new CaseRandom(Seeds.mix(seed));
            try {
                Played randomly = play(bootcamp, level, seed, episode -> randomAction(episode, random));
                randomTotal += randomly.episode().score().reward();
                starts.add(String.valueOf(Episode.begin(bootcamp, level, seed).state()));
                cost += costOf(randomly.episode());
                String first = Episode.begin(bootcamp, level, seed).expertAction();
                constantTotal += play(bootcamp, level, seed, episode -> first).episode().score().reward();
            } catch (RuntimeException e) {
                failures.add(new ConformanceReport.Failure(id, Law.BUDGETS, level, seed, "a sampled episode threw " + e));
                return 0;
            }
        }
        if (randomTotal / SAMPLE > MAX_GUESS_REWARD) {
            failures.add(new ConformanceReport.Failure(id, Law.NO_GUESSING, level, -1, String.format(java.util.Locale.ROOT,
                    "a random policy earns a mean score of %.3f, over %.2f", randomTotal / SAMPLE, MAX_GUESS_REWARD)));
        }
        if (constantTotal / SAMPLE > MAX_GUESS_REWARD) {
            failures.add(new ConformanceReport.Failure(id, Law.NO_GUESSING, level, -1, String.format(java.util.Locale.ROOT,
                    "repeating the expert's first action earns a mean score of %.3f, over %.2f", constantTotal / SAMPLE, MAX_GUESS_REWARD)));
        }
        if (level >= 2 && starts.size() < MIN_VARIETY * SAMPLE) {
            failures.add(new ConformanceReport.Failure(id, Law.VARIETY, level, -1, starts.size() + " distinct start states of " + SAMPLE
                    + ", fewer than " + Math.round(MIN_VARIETY * 100) + "%"));
        }
        return cost / SAMPLE;
    }

    @SuppressWarnings("unchecked")
    private static <S> double costOf(Episode<S> episode) {
        Interactive<S> bootcamp = episode.bootcamp();
        return bootcamp.cost(Episode.begin(bootcamp, episode.spec()).state());
    }

    @SuppressWarnings("unchecked")
    private static <S> String randomAction(Episode<S> episode, RandomGenerator random) {
        return episode.bootcamp().randomAction(episode.state(), random);
    }

    /**
     * What the expert and a random policy do on the fixed sample's first {@code episodes} episodes of a level.
     *
     * @param expertWinRate the share of episodes the expert won
     * @param expertTurns the expert's mean turns
     * @param turnLimit the mean turn limit
     * @param randomScore a random policy's mean final score
     * @param meanCost the mean cost of the start states
     */
    public record Figures(int level, int episodes, double expertWinRate, double expertTurns, double turnLimit, double randomScore,
            double meanCost) {}

    /** The figures of one level, on the same episodes as the statistical laws' fixed sample. */
    public static Figures figures(Interactive<?> bootcamp, int level, int episodes) {
        String id = bootcamp.info().id();
        int wins = 0;
        double turns = 0;
        double limit = 0;
        double random = 0;
        double cost = 0;
        for (int i = 0; i < episodes; i++) {
            long seed = Seeds.caseSeed(SAMPLE_SEED, id, level * 100_000L + i);
            Episode<?> expert = play(bootcamp, level, seed, Episode::expertAction).episode();
            wins += expert.score().verdict() == Verdict.CORRECT ? 1 : 0;
            turns += expert.turns();
            limit += expert.turnLimit();
            RandomGenerator generator = new CaseRandom(Seeds.mix(seed));
            random += play(bootcamp, level, seed, episode -> randomAction(episode, generator)).episode().score().reward();
            cost += costOf(expert);
        }
        return new Figures(level, episodes, (double) wins / episodes, turns / episodes, limit / episodes, random / episodes, cost / episodes);
    }

    /** Plays an episode to its end with a policy; the transcript is the opening and every observation. */
    static Played play(Interactive<?> bootcamp, int level, long seed, Function<Episode<?>, String> policy) {
        Episode<?> episode = Episode.begin(bootcamp, level, seed);
        StringBuilder transcript = new StringBuilder(episode.opening());
        while (!episode.over()) {
            Episode.Step step = episode.act(policy.apply(episode));
            transcript.append("\n\u241e").append(step.observation()).append(" | ").append(step.reward());
        }
        return new Played(episode, transcript.toString());
    }

    record Played(Episode<?> episode, String transcript) {}
}
