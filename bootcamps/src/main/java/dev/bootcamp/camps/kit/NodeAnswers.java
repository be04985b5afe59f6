package dev.bootcamp.camps.kit;

import dev.bootcamp.api.Score;
import dev.bootcamp.verify.Answers;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Checks shared by answers that name graph nodes (a path, an order, a cycle, a side, a colouring): each returns the
 * WRONG score of the first problem found, or null when there is none, so a checker reads
 * {@code Score problem = NodeAnswers.distinct(...); if (problem != null) return problem;}.
 */
public final class NodeAnswers {
    private NodeAnswers() {}

    /** The first name that is no node of the {@code graph} ("there is no node 'x' in the graph"), or null. */
    public static Score unknown(Collection<String> names, int count, String graph) {
        for (String name : names) {
            if (Graphs.index(name, count) < 0) {
                return unknownNode(name, graph);
            }
        }
        return null;
    }

    /**
     * Walking the names in order, the first that is no node of the {@code graph} or that repeats an earlier one
     * ("node X appears more than once" followed by {@code why}), or null.
     */
    public static Score distinct(List<String> names, int count, String graph, String why) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (Graphs.index(name, count) < 0) {
                return unknownNode(name, graph);
            }
            if (!seen.add(name)) {
                return Score.wrong("node " + name + " appears more than once" + why);
            }
        }
        return null;
    }

    /** The first node of the graph, in node order, that {@code names} lacks ("node X" followed by {@code what}), or null. */
    public static Score missing(Collection<String> names, int count, String what) {
        Set<String> given = new HashSet<>(names);
        for (int node = 0; node < count; node++) {
            if (!given.contains(Graphs.name(node, count))) {
                return Score.wrong("node " + Graphs.name(node, count) + " " + what);
            }
        }
        return null;
    }

    /**
     * The first step of a node sequence along no edge of {@code weight} ("there is no edge X - Y" followed by
     * {@code why}), the last node joined back to the first when {@code closed}; or null. Names must be known nodes.
     */
    public static Score steps(List<String> names, int[][] weight, boolean closed, String why) {
        int count = weight.length;
        int steps = closed ? names.size() : names.size() - 1;
        for (int i = 0; i < steps; i++) {
            String from = names.get(i);
            String to = names.get((i + 1) % names.size());
            if (weight[Graphs.index(from, count)][Graphs.index(to, count)] == 0) {
                return Score.wrong("there is no edge " + from + " - " + to + why);
            }
        }
        return null;
    }

    /** The total weight of the steps of a path of known nodes joined by edges. */
    public static long length(List<String> names, int[][] weight) {
        long length = 0;
        for (int i = 1; i < names.size(); i++) {
            length += weight[Graphs.index(names.get(i - 1), weight.length)][Graphs.index(names.get(i), weight.length)];
        }
        return length;
    }

    /** The edges whose ends, as node indices, break {@code rule} (a colouring, a side split, an order), in list order. */
    public static List<Graphs.Edge> broken(List<Graphs.Edge> edges, int count, BiPredicate<Integer, Integer> rule) {
        return edges.stream().filter(edge -> !rule.test(Graphs.index(edge.from(), count), Graphs.index(edge.to(), count))).toList();
    }

    private static Score unknownNode(String name, String graph) {
        return Score.wrong("there is no node '" + Answers.abbreviate(name) + "' in the " + graph);
    }
}
