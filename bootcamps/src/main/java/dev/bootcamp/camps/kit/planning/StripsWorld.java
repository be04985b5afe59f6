package dev.bootcamp.camps.kit.planning;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A STRIPS problem under a list of schemas, as a {@link PlanDomain} over sets of true atoms. A step is written as the
 * action name followed by its objects, "pick ball1 rooma left"; distinct parameters must name distinct objects, every
 * object must have the parameter's type, and every precondition atom must hold. The effect deletes, then adds.
 */
public final class StripsWorld implements PlanDomain<Facts> {
    private final List<StripsSchema> schemas;
    private final StripsProblem problem;
    private final Map<String, Integer> atoms = new HashMap<>();
    private final List<String> atomNames = new ArrayList<>();
    private final Map<String, String> typeOf = new HashMap<>();
    private final List<Ground> grounds = new ArrayList<>();
    private final Map<String, Ground> groundByStep = new HashMap<>();
    private final BitSet initial = new BitSet();
    private final BitSet goal = new BitSet();
    private int[] goalAtoms;
    /** The grounds by their first precondition atom (those with none under -1), so a state offers only its own. */
    private final Map<Integer, List<Ground>> byTrigger = new HashMap<>();
    private Facts start;

    private record Ground(String step, int[] precondition, int[] adds, int[] deletes) {}

    public StripsWorld(List<StripsSchema> schemas, StripsProblem problem) {
        this.schemas = List.copyOf(schemas);
        this.problem = problem;
        for (int i = 0; i < problem.objects().size(); i++) {
            typeOf.put(problem.objects().get(i), problem.types().get(i));
        }
        problem.init().forEach(atom -> initial.set(index(atom)));
        problem.goal().forEach(atom -> goal.set(index(atom)));
        Set<String> reachablePredicates = new HashSet<>();
        problem.init().forEach(atom -> reachablePredicates.add(predicate(atom)));
        schemas.forEach(schema -> schema.adds().forEach(atom -> reachablePredicates.add(predicate(atom))));
        Set<String> staticTrue = new HashSet<>(problem.init());
        Set<String> dynamic = new HashSet<>();
        schemas.forEach(schema -> {
            schema.adds().forEach(atom -> dynamic.add(predicate(atom)));
            schema.deletes().forEach(atom -> dynamic.add(predicate(atom)));
        });
        for (StripsSchema schema : schemas) {
            ground(schema, new ArrayList<>(), staticTrue, dynamic);
        }
        goalAtoms = goal.stream().toArray();
        for (Ground ground : grounds) {
            int trigger = ground.precondition().length == 0 ? -1 : ground.precondition()[0];
            byTrigger.computeIfAbsent(trigger, key -> new ArrayList<>()).add(ground);
        }
        start = Facts.empty(atomNames.size()).with(new int[0], initial.stream().toArray());
    }

    private static String predicate(String atom) {
        int space = atom.indexOf(' ');
        return space < 0 ? atom : atom.substring(0, space);
    }

    private int index(String atom) {
        Integer known = atoms.get(atom);
        if (known != null) {
            return known;
        }
        atoms.put(atom, atomNames.size());
        atomNames.add(atom);
        return atomNames.size() - 1;
    }

    /** Every binding of the schema's parameters to distinct objects of the right types, less those a static atom rules out. */
    private void ground(StripsSchema schema, List<String> bound, Set<String> staticTrue, Set<String> dynamic) {
        if (bound.size() == schema.parameters().size()) {
            for (String atom : schema.precondition()) {
                if (!dynamic.contains(predicate(atom)) && !staticTrue.contains(StripsSchema.ground(atom, schema.parameters(), bound))) {
                    return;
                }
            }
            Ground ground = new Ground(schema.name() + " " + String.join(" ", bound), indices(schema.precondition(), schema, bound),
                    indices(schema.adds(), schema, bound), indices(schema.deletes(), schema, bound));
            grounds.add(ground);
            groundByStep.put(ground.step(), ground);
            return;
        }
        String type = schema.types().get(bound.size());
        for (int i = 0; i < problem.objects().size(); i++) {
            String object = problem.objects().get(i);
            if (problem.types().get(i).equals(type) && !bound.contains(object)) {
                bound.add(object);
                ground(schema, bound, staticTrue, dynamic);
                bound.remove(bound.size() - 1);
            }
        }
    }

    private int[] indices(List<String> atomList, StripsSchema schema, List<String> bound) {
        return atomList.stream().mapToInt(atom -> index(StripsSchema.ground(atom, schema.parameters(), bound))).toArray();
    }

    /** The index of a ground atom in this world's states, or -1 when the atom is never mentioned by the problem or its actions. */
    public int atom(String atom) {
        Integer known = atoms.get(atom);
        return known == null ? -1 : known;
    }

    /** The number of ground actions that survive static pruning (a measure of the instance's size). */
    public int groundActions() {
        return grounds.size();
    }

    @Override
    public Facts start() {
        return start;
    }

    @Override
    public List<String> steps(Facts state) {
        List<String> steps = new ArrayList<>();
        for (Ground ground : grounds) {
            if (holds(state, ground.precondition())) {
                steps.add(ground.step());
            }
        }
        return steps;
    }

    @Override
    public void successors(Facts state, java.util.function.BiConsumer<String, Facts> offer) {
        offer(state, byTrigger.get(-1), offer);
        for (int atom = state.next(0); atom >= 0; atom = state.next(atom + 1)) {
            offer(state, byTrigger.get(atom), offer);
        }
    }

    private static void offer(Facts state, List<Ground> candidates, java.util.function.BiConsumer<String, Facts> offer) {
        if (candidates == null) {
            return;
        }
        for (Ground ground : candidates) {
            if (holds(state, ground.precondition())) {
                offer.accept(ground.step(), applied(state, ground));
            }
        }
    }

    private static Facts applied(Facts state, Ground ground) {
        return state.with(ground.deletes(), ground.adds());
    }

    private static boolean holds(Facts state, int[] atomIndices) {
        return state.hasAll(atomIndices);
    }

    @Override
    public Outcome<Facts> apply(Facts state, String step) {
        Ground ground = groundByStep.get(step);
        if (ground != null && holds(state, ground.precondition())) {
            return Outcome.to(applied(state, ground));
        }
        String[] words = step.split(" ");
        StripsSchema schema = schemas.stream().filter(s -> s.name().equals(words[0])).findFirst().orElse(null);
        if (schema == null) {
            return Outcome.illegal("there is no action named '" + words[0] + "'; the actions are "
                    + String.join(", ", schemas.stream().map(StripsSchema::name).toList()));
        }
        List<String> objects = List.of(words).subList(1, words.length);
        if (objects.size() != schema.parameters().size()) {
            return Outcome.illegal(schema.name() + " takes " + schema.parameters().size() + " objects, found " + objects.size());
        }
        for (int i = 0; i < objects.size(); i++) {
            String object = objects.get(i);
            String type = typeOf.get(object);
            if (type == null) {
                return Outcome.illegal("there is no object named '" + object + "'");
            }
            if (!type.equals(schema.types().get(i))) {
                return Outcome.illegal(schema.parameters().get(i) + " must be a " + schema.types().get(i) + ", but " + object + " is a " + type);
            }
            if (objects.subList(0, i).contains(object)) {
                return Outcome.illegal(object + " is given for two parameters");
            }
        }
        for (String atom : schema.precondition()) {
            String groundAtom = StripsSchema.ground(atom, schema.parameters(), objects);
            Integer at = atoms.get(groundAtom);
            if (at == null || !state.has(at)) {
                return Outcome.illegal("the precondition (" + groundAtom + ") is false");
            }
        }
        // Every legal binding was grounded (a pruned one has a false static precondition), so this is not reached.
        return Outcome.illegal("the action cannot be applied");
    }

    @Override
    public boolean reached(Facts state) {
        return state.hasAll(goalAtoms);
    }

    @Override
    public String unmet(Facts state) {
        List<String> missing = new ArrayList<>();
        for (int atom = goal.nextSetBit(0); atom >= 0; atom = goal.nextSetBit(atom + 1)) {
            if (!state.has(atom)) {
                missing.add("(" + atomNames.get(atom) + ")");
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        return missing.size() + " goal atom" + (missing.size() == 1 ? " is" : "s are") + " false, such as " + missing.get(0);
    }
}
