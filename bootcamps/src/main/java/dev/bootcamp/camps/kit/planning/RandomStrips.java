package dev.bootcamp.camps.kit.planning;

import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Freshly invented STRIPS domains: made-up predicate, action and object names, random preconditions and effects over
 * one object type, a random initial state, and a goal taken from the end of a random walk of legal steps, so every
 * problem drawn is solvable and nothing about it can be remembered from elsewhere.
 */
public final class RandomStrips {
    /** The one object type of a random domain. */
    public static final String TYPE = "item";
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeio";
    private static final Set<String> RESERVED = Set.of("and", "not", "goal", "init", "step", "end", "never", "none", "item");

    /** How to read a random domain, in few words (each bootcamp states its own task around it). */
    public static final String NOTATION = "Notation: every object is an item; an action needs all of its :precondition atoms to be"
            + " true, and then its (not ...) atoms become false and its other :effect atoms become true. Atoms missing from"
            + " :init start false, and ?x and ?y must be two different objects.";

    private RandomStrips() {}

    /**
     * The size of a random domain and problem: objects, unary and binary predicates, action schemas, the length of the
     * random walk the goal is taken from, and the most goal atoms.
     */
    public record Shape(int objects, int unary, int binary, int actions, int walk, int goals) {
        public Shape {
            if (objects < 2 || unary < 1 || binary < 0 || actions < 1 || walk < 1 || goals < 1) {
                throw new IllegalArgumentException("a random STRIPS shape needs 2+ objects, 1+ unary predicates, 1+ actions, a walk and a goal");
            }
        }
    }

    /**
     * A drawn instance: its schemas, the problem, and the walk (a legal plan, not always a short one, after which every
     * goal atom holds).
     */
    public record Instance(List<StripsSchema> schemas, StripsProblem problem, List<String> walk) {
        public Instance {
            schemas = List.copyOf(schemas);
            walk = List.copyOf(walk);
        }

        /** The instance as a searchable, replayable domain. */
        public StripsWorld world() {
            return new StripsWorld(schemas, problem);
        }
    }

    /** {@code count} distinct made-up words of the form consonant-vowel repeated {@code syllables} times, plus {@code tail}. */
    public static List<String> words(int count, int syllables, boolean tail, Set<String> taken, RandomGenerator random) {
        List<String> words = new ArrayList<>();
        while (words.size() < count) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
            }
            if (tail) {
                word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            }
            String text = word.toString();
            if (!RESERVED.contains(text) && taken.add(text)) {
                words.add(text);
            }
        }
        return words;
    }

    /** A random domain of {@code shape.actions()} schemas over made-up unary and binary predicates. */
    public static List<StripsSchema> domain(Shape shape, Set<String> taken, RandomGenerator random) {
        List<String> unary = words(shape.unary(), 2, false, taken, random);
        List<String> binary = words(shape.binary(), 2, true, taken, random);
        List<String> names = words(shape.actions(), 2, true, taken, random);
        List<StripsSchema> schemas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            StripsSchema schema = schema(name, unary, binary, random);
            // A copy of an earlier action under a new name adds nothing; a few redraws almost always find a new one.
            for (int tries = 0; tries < 20 && !seen.add(schema.text().substring(schema.text().indexOf('\n'))); tries++) {
                schema = schema(name, unary, binary, random);
            }
            schemas.add(schema);
        }
        return schemas;
    }

    private static StripsSchema schema(String name, List<String> unary, List<String> binary, RandomGenerator random) {
        List<String> parameters = !binary.isEmpty() && random.nextInt(10) < 6 ? List.of("?x", "?y") : List.of("?x");
        List<String> candidates = new ArrayList<>();
        for (String predicate : unary) {
            parameters.forEach(parameter -> candidates.add(predicate + " " + parameter));
        }
        if (parameters.size() == 2) {
            for (String predicate : binary) {
                candidates.add(predicate + " ?x ?y");
                candidates.add(predicate + " ?y ?x");
            }
        }
        Draw.shuffle(candidates, random);
        List<String> precondition = new ArrayList<>(candidates.subList(0, Math.min(candidates.size() - 1, 1 + random.nextInt(3))));
        for (String parameter : parameters) {
            if (precondition.stream().noneMatch(atom -> atom.contains(parameter))) {
                candidates.stream().filter(atom -> atom.contains(parameter) && !precondition.contains(atom)).findFirst().ifPresent(precondition::add);
            }
        }
        List<String> rest = new ArrayList<>(candidates);
        rest.removeAll(precondition);
        List<String> adds = new ArrayList<>(rest.subList(0, Math.min(rest.size(), 1 + random.nextInt(2))));
        List<String> deletes = new ArrayList<>();
        deletes.add(precondition.get(0));
        if (precondition.size() > 1 && random.nextInt(10) < 3) {
            deletes.add(precondition.get(1));
        }
        List<String> types = parameters.stream().map(parameter -> TYPE).toList();
        return new StripsSchema(name, parameters, types, precondition, adds, deletes);
    }

    /**
     * Draws a domain and a problem: each atom true at the start with a fixed chance, then a random walk of up to
     * {@code shape.walk()} steps that each change the state, and a goal of up to {@code shape.goals()} atoms true at the
     * end of the walk but not at the start. Retries until such a goal exists.
     */
    public static Instance draw(Shape shape, RandomGenerator random) {
        while (true) {
            Set<String> taken = new HashSet<>();
            List<StripsSchema> schemas = domain(shape, taken, random);
            List<String> objects = words(shape.objects(), 1, true, taken, random);
            Instance instance = problem(schemas, objects, shape, random);
            if (instance != null) {
                return instance;
            }
        }
    }

    /** Up to {@code attempts} draws: the first whose walk has at least {@code minWalk} steps, or else the longest walk. */
    public static Instance drawLong(Shape shape, int minWalk, int attempts, RandomGenerator random) {
        Instance best = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            Instance instance = draw(shape, random);
            if (best == null || instance.walk().size() > best.walk().size()) {
                best = instance;
            }
            if (best.walk().size() >= minWalk) {
                break;
            }
        }
        return best;
    }

    /** A problem over the given domain and objects, or null when the walk found no goal. */
    public static Instance problem(List<StripsSchema> schemas, List<String> objects, Shape shape, RandomGenerator random) {
        StripsProblem.Builder builder = new StripsProblem.Builder();
        objects.forEach(object -> builder.object(object, TYPE));
        StripsProblem bare = builder.build();
        Set<String> init = new LinkedHashSet<>();
        for (String atom : allAtoms(schemas, objects)) {
            if (random.nextInt(100) < (atom.split(" ").length == 2 ? 40 : 25)) {
                init.add(atom);
            }
        }
        List<GroundStep> steps = GroundStep.all(schemas, bare);
        Set<String> state = init;
        List<String> walk = new ArrayList<>();
        for (int i = 0; i < shape.walk(); i++) {
            List<GroundStep> moves = new ArrayList<>();
            for (GroundStep step : steps) {
                if (step.applicable(state) && !step.apply(state).equals(state)) {
                    moves.add(step);
                }
            }
            if (moves.isEmpty()) {
                break;
            }
            GroundStep move = Draw.pick(moves, random);
            state = move.apply(state);
            walk.add(move.step());
        }
        List<String> fresh = new ArrayList<>(state);
        fresh.removeAll(init);
        if (fresh.isEmpty()) {
            return null;
        }
        Draw.shuffle(fresh, random);
        List<String> goal = fresh.subList(0, Math.min(shape.goals(), fresh.size()));
        StripsProblem.Builder problem = new StripsProblem.Builder();
        objects.forEach(object -> problem.object(object, TYPE));
        init.forEach(problem::init);
        goal.forEach(problem::goal);
        return new Instance(schemas, problem.build(), walk);
    }

    /** A drawn instance with a shortest plan proved by breadth-first search, and the states the search expanded. */
    public record Solved(Instance instance, List<String> plan, int explored) {
        public Solved {
            plan = List.copyOf(plan);
        }
    }

    /**
     * Draws instances until one has a shortest plan of at least {@code minLength} steps found within {@code budget}
     * states, over at most {@code attempts} draws; otherwise the longest solved one. When none is solved, draws with a
     * one-step walk (always solved at depth one) until one is.
     */
    public static Solved solved(Shape shape, int minLength, int budget, int attempts, RandomGenerator random) {
        Solved best = null;
        Shape oneStep = new Shape(shape.objects(), shape.unary(), shape.binary(), shape.actions(), 1, shape.goals());
        for (int attempt = 0; best == null || attempt < attempts; attempt++) {
            Instance instance = draw(attempt < attempts ? shape : oneStep, random);
            PlanSearch.Found found = PlanSearch.cheapest(instance.world(), budget);
            if (found.solved() && (best == null || found.plan().size() > best.plan().size())) {
                best = new Solved(instance, found.plan(), found.expanded());
            }
            if (best != null && best.plan().size() >= minLength) {
                return best;
            }
        }
        return best;
    }

    /** Every ground atom of the domain's predicates over the objects (unary on each object, binary on distinct pairs). */
    public static List<String> allAtoms(List<StripsSchema> schemas, List<String> objects) {
        Set<String> unary = new LinkedHashSet<>();
        Set<String> binary = new LinkedHashSet<>();
        for (StripsSchema schema : schemas) {
            List<String> atoms = new ArrayList<>(schema.precondition());
            atoms.addAll(schema.adds());
            atoms.addAll(schema.deletes());
            for (String atom : atoms) {
                String[] words = atom.split(" ");
                (words.length == 2 ? unary : binary).add(words[0]);
            }
        }
        List<String> all = new ArrayList<>();
        for (String predicate : unary) {
            objects.forEach(object -> all.add(predicate + " " + object));
        }
        for (String predicate : binary) {
            for (String a : objects) {
                for (String b : objects) {
                    if (!a.equals(b)) {
                        all.add(predicate + " " + a + " " + b);
                    }
                }
            }
        }
        return all;
    }
}
