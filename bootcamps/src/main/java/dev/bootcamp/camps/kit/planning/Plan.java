package dev.bootcamp.camps.kit.planning;

import java.util.List;

/** A plan as written by a model: its steps in order, each in the canonical lower-case (or letter) form of its codec. */
public record Plan(List<String> steps) {
    public Plan {
        steps = List.copyOf(steps);
    }

    /** The number of steps. */
    public int length() {
        return steps.size();
    }
}
