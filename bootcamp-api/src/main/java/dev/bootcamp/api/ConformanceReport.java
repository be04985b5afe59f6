package dev.bootcamp.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the contract found for one bootcamp.
 *
 * @param bootcamp the id
 * @param cases how many cases were generated and checked
 * @param failures every failure, in the order found
 */
public record ConformanceReport(String bootcamp, int cases, List<Failure> failures) {
    public ConformanceReport {
        requireNonNull(bootcamp, "bootcamp is null");
        failures = List.copyOf(failures);
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
