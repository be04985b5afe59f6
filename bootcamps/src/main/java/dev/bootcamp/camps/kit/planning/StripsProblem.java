package dev.bootcamp.camps.kit.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ground STRIPS problem: typed objects (names in order with their types), the atoms true at the start (every other
 * atom is false) and the goal atoms. Atoms are words, "at ball1 rooma".
 */
public record StripsProblem(List<String> objects, List<String> types, List<String> init, List<String> goal) {
    public StripsProblem {
        objects = List.copyOf(objects);
        types = List.copyOf(types);
        init = List.copyOf(init);
        goal = List.copyOf(goal);
        if (objects.size() != types.size()) {
            throw new IllegalArgumentException("one type per object");
        }
    }

    /** The problem in PDDL-like text: objects grouped by type, the initial atoms, the goal. */
    public String text() {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            byType.computeIfAbsent(types.get(i), type -> new ArrayList<>()).add(objects.get(i));
        }
        StringBuilder text = new StringBuilder("(:objects");
        byType.forEach((type, names) -> text.append(' ').append(String.join(" ", names)).append(" - ").append(type));
        text.append(")\n(:init");
        init.forEach(atom -> text.append(" (").append(atom).append(')'));
        text.append(")\n(:goal (and");
        goal.forEach(atom -> text.append(" (").append(atom).append(')'));
        return text.append("))").toString();
    }

    /** Collects objects, atoms and goals while a generator builds a problem. */
    public static final class Builder {
        private final List<String> objects = new ArrayList<>();
        private final List<String> types = new ArrayList<>();
        private final List<String> init = new ArrayList<>();
        private final List<String> goal = new ArrayList<>();

        public Builder object(String name, String type) {
            objects.add(name);
            types.add(type);
            return this;
        }

        public Builder init(String atom) {
            init.add(atom);
            return this;
        }

        public Builder goal(String atom) {
            goal.add(atom);
            return this;
        }

        public StripsProblem build() {
            return new StripsProblem(objects, types, init, goal);
        }
    }
}
