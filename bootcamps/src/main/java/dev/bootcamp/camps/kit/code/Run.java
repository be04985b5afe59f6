package dev.bootcamp.camps.kit.code;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of a program did: the printed lines, the value the main body returned (if it returned), the fault that
 * stopped it (null when it finished) and the statement where it happened, how often each statement started (by
 * identity), how often each function was called, the deepest call nesting (the main body is depth 0) and the steps.
 */
public record Run(List<String> output, Object returned, Fault fault, Stmt faultAt, IdentityHashMap<Stmt, Integer> hits,
        Map<String, Integer> calls, int maxDepth, int steps) {
    public Run {
        output = List.copyOf(output);
        calls = Map.copyOf(calls);
    }

    /** True when the run finished without any fault. */
    public boolean finished() {
        return fault == null;
    }

    /** How many times {@code statement} started. */
    public int hits(Stmt statement) {
        return hits.getOrDefault(statement, 0);
    }

    /** How many times the function {@code name} was called. */
    public int calls(String name) {
        return calls.getOrDefault(name, 0);
    }
}
