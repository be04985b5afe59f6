package dev.bootcamp.testkit;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.Tier;
import java.util.List;

/**
 * What the contract found for one bootcamp.
 *
 * @param bootcamp the id
 * @param cases how many cases were generated and checked
 * @param failures every failure, in the order found
 * @param figures what the fixed sample showed at each checked level, in level order (empty in a replay)
 */
public record ConformanceReport(String bootcamp, int cases, List<Failure> failures, List<Sample.Figures> figures) {
    public ConformanceReport {
        requireNonNull(bootcamp, "bootcamp is null");
        failures = List.copyOf(failures);
        figures = List.copyOf(figures);
    }

    public ConformanceReport(String bootcamp, int cases, List<Failure> failures) {
        this(bootcamp, cases, failures, List.of());
    }

    /** Level 10's mean cost over level 1's on the fixed sample, or NaN when either level was not checked. */
    public double costRatio() {
        Sample.Figures low = SampleLaw.at(figures, Tier.MIN_LEVEL);
        Sample.Figures high = SampleLaw.at(figures, Tier.MAX_LEVEL);
        return low == null || high == null ? Double.NaN : RealDifficultyLaw.ratio(low, high);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    public List<Failure> failures(Law law) {
        return failures.stream().filter(failure -> failure.law() == law).toList();
    }

    /**
     * One broken law. A level or seed of -1 means the failure is not tied to one case.
     * Replay a case with {@code bootcamp check ID --level L --seed S}.
     */
    public record Failure(String bootcamp, Law law, int level, long seed, String message) {
        public Failure {
            requireNonNull(bootcamp, "bootcamp is null");
            requireNonNull(law, "law is null");
            requireNonNull(message, "message is null");
        }

        @Override
        public String toString() {
            String where = level < 0 ? "" : " at level " + level + (seed < 0 ? "" : " (seed " + seed + ")");
            return bootcamp + " › " + law.title() + where + ": " + message;
        }
    }
}
