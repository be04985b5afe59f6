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
public final class StripsWorld implements PlanDomain<BitSet> {
    private final List<StripsSchema> schemas;
    private final StripsProblem problem;
    private final Map<String, Integer> atoms = new HashMap<>();
    private final List<String> atomNames = new ArrayList<>();
    private final Map<String, String> typeOf = new HashMap<>();
    private final List<Ground> grounds = new ArrayList<>();
    private final Map<String, Ground> groundByStep = new HashMap<>();
    private final BitSet start = new BitSet();
    private final BitSet goal = new BitSet();

    private record Ground(String step, int[] precondition, int[] adds, int[] deletes) {}

    public StripsWorld(List<StripsSchema> schemas, StripsProblem problem) {
        this.schemas = List.copyOf(schemas);
        this.problem = problem;
        for (int i = 0; i < problem.objects().size(); i++) {
            typeOf.put(problem.objects().get(i), problem.types().get(i));
        }
        problem.init().forEach(atom -> start.set(index(atom)));
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

    /** The number of ground actions that survive static pruning (a measure of the instance's size). */
    public int groundActions() {
        return grounds.size();
    }

    @Override
    public BitSet start() {
        return (BitSet) start.clone();
    }

    @Override
    public List<String> steps(BitSet state) {
        List<String> steps = new ArrayList<>();
        for (Ground ground : grounds) {
            if (holds(state, ground.precondition())) {
                steps.add(ground.step());
            }
        }
        return steps;
    }

    private static boolean holds(BitSet state, int[] atomIndices) {
        for (int atom : atomIndices) {
            if (!state.get(atom)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Outcome<BitSet> apply(BitSet state, String step) {
        Ground ground = groundByStep.get(step);
        if (ground != null && holds(state, ground.precondition())) {
            BitSet next = (BitSet) state.clone();
            for (int atom : ground.deletes()) {
                next.clear(atom);
            }
            for (int atom : ground.adds()) {
                next.set(atom);
            }
            return Outcome.to(next);
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
            if (at == null || !state.get(at)) {
                return Outcome.illegal("the precondition (" + groundAtom + ") is false");
            }
        }
        BitSet next = (BitSet) state.clone();
        schema.deletes().forEach(atom -> next.clear(index(StripsSchema.ground(atom, schema.parameters(), objects))));
        schema.adds().forEach(atom -> next.set(index(StripsSchema.ground(atom, schema.parameters(), objects))));
        return Outcome.to(next);
    }

    @Override
    public String unmet(BitSet state) {
        List<String> missing = new ArrayList<>();
        for (int atom = goal.nextSetBit(0); atom >= 0; atom = goal.nextSetBit(atom + 1)) {
            if (!state.get(atom)) {
                missing.add("(" + atomNames.get(atom) + ")");
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        return missing.size() + " goal atom" + (missing.size() == 1 ? " is" : "s are") + " false, such as " + missing.get(0);
    }
}
