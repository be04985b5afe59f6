package dev.bootcamp.core.engine;

import java.util.List;
import java.util.SortedMap;

/**
 * The outcome of a verification job: tallies by bootcamp and level, and the responses that could not be scored
 * (how many, and the first few reasons, each naming the response's id or line).
 */
public record VerifyReport(SortedMap<String, SortedMap<Integer, ScoreTally>> tallies, long problems, List<String> firstProblems) {
    public VerifyReport {
        firstProblems = List.copyOf(firstProblems);
    }
}
