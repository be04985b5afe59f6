package dev.bootcamp.camps.kit.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ground action of a STRIPS problem, with its atoms written out: the step text ("pick red hall left"), the
 * precondition atoms, the atoms it adds and the atoms it deletes. A plain-set view of {@link StripsWorld}'s rules for
 * tasks that reason about single steps (validation, regression, relaxed reachability) rather than search.
 */
public record GroundStep(String step, List<String> precondition, List<String> adds, List<String> deletes) {
    public GroundStep {
        precondition = List.copyOf(precondition);
        adds = List.copyOf(adds);
        deletes = List.copyOf(deletes);
    }

    /** The schema bound to {@code objects} (one per parameter, in order). */
    public static GroundStep of(StripsSchema schema, List<String> objects) {
        return new GroundStep(schema.name() + " " + String.join(" ", objects), groundAll(schema.precondition(), schema, objects),
                groundAll(schema.adds(), schema, objects), groundAll(schema.deletes(), schema, objects));
    }

    private static List<String> groundAll(List<String> atoms, StripsSchema schema, List<String> objects) {
        return atoms.stream().map(atom -> StripsSchema.ground(atom, schema.parameters(), objects)).toList();
    }

    /**
     * The step written as text (canonical: lower case, single spaces), or null when it names no action, has the wrong
     * number of objects, an unknown object, an object of the wrong type, or one object for two parameters.
     */
    public static GroundStep parse(List<StripsSchema> schemas, StripsProblem problem, String step) {
        String[] words = step.split(" ");
        StripsSchema schema = schemas.stream().filter(s -> s.name().equals(words[0])).findFirst().orElse(null);
        if (schema == null || words.length - 1 != schema.parameters().size()) {
            return null;
        }
        List<String> objects = List.of(words).subList(1, words.length);
        for (int i = 0; i < objects.size(); i++) {
            int at = problem.objects().indexOf(objects.get(i));
            if (at < 0 || !problem.types().get(at).equals(schema.types().get(i)) || objects.subList(0, i).contains(objects.get(i))) {
                return null;
            }
        }
        return of(schema, objects);
    }

    /** Every ground step of the problem: each schema bound to distinct objects of the right types, in schema order. */
    public static List<GroundStep> all(List<StripsSchema> schemas, StripsProblem problem) {
        List<GroundStep> steps = new ArrayList<>();
        for (StripsSchema schema : schemas) {
            bind(schema, problem, new ArrayList<>(), steps);
        }
        return steps;
    }

    private static void bind(StripsSchema schema, StripsProblem problem, List<String> bound, List<GroundStep> steps) {
        if (bound.size() == schema.parameters().size()) {
            steps.add(of(schema, bound));
            return;
        }
        String type = schema.types().get(bound.size());
        for (int i = 0; i < problem.objects().size(); i++) {
            String object = problem.objects().get(i);
            if (problem.types().get(i).equals(type) && !bound.contains(object)) {
                bound.add(object);
                bind(schema, problem, bound, steps);
                bound.remove(bound.size() - 1);
            }
        }
    }

    /** Whether every precondition atom is in {@code state}. */
    public boolean applicable(Set<String> state) {
        return state.containsAll(precondition);
    }

    /** The precondition atoms missing from {@code state}, in the schema's order. */
    public List<String> missing(Set<String> state) {
        return precondition.stream().filter(atom -> !state.contains(atom)).toList();
    }

    /** The state after this step: deletes removed, then adds added (ordered, so the result is deterministic). */
    public Set<String> apply(Set<String> state) {
        Set<String> next = new LinkedHashSet<>(state);
        deletes.forEach(next::remove);
        next.addAll(adds);
        return next;
    }

    /** The steps of {@link #all} by their text. */
    public static Map<String, GroundStep> byText(List<GroundStep> steps) {
        Map<String, GroundStep> map = new HashMap<>();
        steps.forEach(step -> map.put(step.step(), step));
        return map;
    }
}
