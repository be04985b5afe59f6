package dev.bootcamp.camps.kit;

import dev.bootcamp.api.Knob;

/** The knobs graph bootcamps share, with one wording; each bootcamp picks its own range and default. */
public final class GraphKnobs {
    /** Edges are one-way. */
    public static final Knob<Boolean> DIRECTED = Knob.flag("directed", false, "edges are one-way");

    private GraphKnobs() {}

    /** The number of nodes, named as {@link Graphs#name} names them. */
    public static Knob<Integer> nodes(int min, int max, int defaultValue) {
        return Knob.integer("nodes", min, max, defaultValue, "number of nodes, named A, B, C... up to 26 and numbered 1, 2, 3... beyond");
    }

    /** The average number of edges at a node. */
    public static Knob<Double> degree(double min, double max, double defaultValue) {
        return Knob.decimal("degree", min, max, defaultValue, "average number of edges at a node; the graph has about nodes*degree/2 edges");
    }
}
