package dev.bootcamp.testkit;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The knob settings at the ends of a bootcamp's declared ranges, which the contract's "bounded at the edges" law
 * generates at: from the level-10 preset, each knob in turn at its min and at its max (a flag false and true, a choice
 * at each of its values), then every number at its max and every flag on together. Duplicates are dropped; the order
 * is stable.
 */
public final class KnobEdges {
    private KnobEdges() {}

    /** One setting: a short label (for a failure message) and the knobs. */
    public record Edge(String label, Knobs knobs) {
        public Edge {
            requireNonNull(label, "label is null");
            requireNonNull(knobs, "knobs is null");
        }
    }

    public static List<Edge> of(Bootcamp<?, ?> bootcamp) {
        Knobs base = bootcamp.atLevel(Tier.MAX_LEVEL);
        Map<String, Edge> edges = new LinkedHashMap<>();
        Knobs all = base;
        for (Knob<?> knob : bootcamp.info().knobs()) {
            for (Object value : ends(knob)) {
                Knobs knobs = base.with(knob.name(), value);
                edges.putIfAbsent(knobs.json(), new Edge(knob.name() + "=" + value, knobs));
            }
            if (knob.kind() == Knob.Kind.INT || knob.kind() == Knob.Kind.DOUBLE || knob.kind() == Knob.Kind.BOOL) {
                List<Object> ends = ends(knob);
                all = all.with(knob.name(), ends.get(ends.size() - 1));
            }
        }
        edges.putIfAbsent(all.json(), new Edge("every knob at its max", all));
        return List.copyOf(edges.values());
    }

    private static List<Object> ends(Knob<?> knob) {
        return switch (knob.kind()) {
            case INT -> List.of((int) knob.min(), (int) knob.max());
            case DOUBLE -> List.of(knob.min(), knob.max());
            case BOOL -> List.of(false, true);
            case CHOICE -> new ArrayList<>(knob.choices());
        };
    }
}
