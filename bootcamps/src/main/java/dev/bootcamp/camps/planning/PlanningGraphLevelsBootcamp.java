package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.planning.GroundStep;
import dev.bootcamp.camps.kit.planning.RandomStrips;
import dev.bootcamp.camps.kit.planning.Strips;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** The first layer of the delete-relaxed planning graph at which each listed atom appears, or never. */
@AutoService(Bootcamp.class)
public final class PlanningGraphLevelsBootcamp extends Camp<PlanningGraphLevelsBootcamp.Puzzle, List<String>> {
    private static final Knob<Integer> OBJECTS = Knob.integer("objects", 2, 6, 4, "objects of the one type");
    private static final Knob<Integer> ACTIONS = Knob.integer("actions", 2, 7, 4, "made-up action schemas");
    private static final Knob<Integer> ASKED = Knob.integer("asked", 3, 8, 5, "atoms whose layer is asked");
    private static final String NEVER = "never";
    private static final BootcampInfo INFO = BootcampInfo.builder(PlanningGraphLevelsBootcamp.class)
            .title("Relaxed planning graph layers")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips", "random-domain", "heuristics")
            .summary("An invented STRIPS domain and initial state. Build the delete-relaxed planning graph (layer 0 is the"
                    + " initial atoms; layer k+1 adds the effects, deletions ignored, of every action whose precondition lies in"
                    + " layer k) and give, for each listed atom, the first layer containing it, or never. Atoms are drawn from"
                    + " several different layers. CORRECT when every answer is right (all or nothing); WRONG otherwise.")
            .knob(OBJECTS)
            .knob(ACTIONS)
            .knob(ASKED)
            .answerShape("one layer number or never per listed atom, in order, separated by commas, such as 7, never, 6, 5")
            .build();

    /** The instance (its goal unused), the atoms asked about, and their first layers ("3" or "never"). */
    public record Puzzle(RandomStrips.Instance instance, List<String> asked, List<String> layers) {
        public Puzzle {
            asked = List.copyOf(asked);
            layers = List.copyOf(layers);
        }
    }

    public PlanningGraphLevelsBootcamp() {
        super(INFO, Codec.of(layers -> String.join(", ", layers), PlanningGraphLevelsBootcamp::read));
    }

    private static List<String> read(String text) {
        List<String> layers = new ArrayList<>();
        for (String token : Answers.tokens(text)) {
            String word = token.toLowerCase(java.util.Locale.ROOT);
            if (!word.equals(NEVER) && !word.matches("[0-9]{1,3}")) {
                throw new AnswerFormatException("expected a layer number or never, found '" + Answers.abbreviate(token) + "'");
            }
            layers.add(word.equals(NEVER) ? NEVER : String.valueOf(Integer.parseInt(word)));
            if (layers.size() > 64) {
                throw new AnswerFormatException("more than 64 answers");
            }
        }
        if (layers.isEmpty()) {
            throw new AnswerFormatException("no layers found");
        }
        return layers;
    }

    @Override
    public Knobs atLevel(int level) {
        int[] objects = {3, 3, 3, 3, 4, 4, 4, 5, 5, 5};
        int[] actions = {2, 3, 3, 4, 4, 5, 5, 6, 6, 7};
        int[] asked = {5, 5, 5, 5, 6, 6, 7, 7, 8, 8};
        return INFO.defaults().with(OBJECTS, objects[level - 1]).with(ACTIONS, actions[level - 1]).with(ASKED, asked[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int objects = knobs.get(OBJECTS);
        int predicates = 2 + objects / 2;
        RandomStrips.Shape shape = new RandomStrips.Shape(objects, predicates - predicates / 3, predicates / 3, knobs.get(ACTIONS), 2, 1);
        for (int attempt = 0; ; attempt++) {
            RandomStrips.Instance instance = RandomStrips.draw(shape, random);
            Map<String, Integer> first = layers(instance);
            // Buckets by layer (0 for never), skipping layer 0 itself: the start state is given outright.
            TreeMap<Integer, List<String>> buckets = new TreeMap<>();
            for (String atom : RandomStrips.allAtoms(instance.schemas(), instance.problem().objects())) {
                int layer = first.getOrDefault(atom, -1);
                if (layer != 0) {
                    buckets.computeIfAbsent(layer, key -> new ArrayList<>()).add(atom);
                }
            }
            // Small instances at the knobs' edges may lack atoms of three layers; after many draws any spread will do.
            boolean relaxed = attempt >= 40;
            if (buckets.size() < (relaxed ? 1 : 3) || !relaxed && buckets.values().stream().mapToInt(List::size).sum() < knobs.get(ASKED)) {
                continue;
            }
            List<String> asked = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < knobs.get(ASKED) && !buckets.isEmpty(); i++) {
                List<Integer> keys = new ArrayList<>(buckets.keySet());
                int key = Draw.pick(keys, random);
                List<String> bucket = buckets.get(key);
                asked.add(bucket.remove(random.nextInt(bucket.size())));
                answers.add(key < 0 ? NEVER : String.valueOf(key));
                if (bucket.isEmpty()) {
                    buckets.remove(key);
                }
            }
            return new Puzzle(instance, asked, answers);
        }
    }

    /** The first layer of every atom reachable in the delete relaxation. */
    static Map<String, Integer> layers(RandomStrips.Instance instance) {
        List<GroundStep> steps = GroundStep.all(instance.schemas(), instance.problem());
        Map<String, Integer> first = new HashMap<>();
        instance.problem().init().forEach(atom -> first.put(atom, 0));
        for (int layer = 1; ; layer++) {
            List<String> fresh = new ArrayList<>();
            for (GroundStep step : steps) {
                if (first.keySet().containsAll(step.precondition())) {
                    step.adds().stream().filter(atom -> !first.containsKey(atom)).forEach(fresh::add);
                }
            }
            if (fresh.isEmpty()) {
                return first;
            }
            for (String atom : fresh) {
                first.putIfAbsent(atom, layer);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder asked = new StringBuilder();
        for (int i = 0; i < puzzle.asked().size(); i++) {
            asked.append(i + 1).append(". (").append(puzzle.asked().get(i)).append(")\n");
        }
        StringBuilder init = new StringBuilder();
        puzzle.instance().problem().init().forEach(atom -> init.append(" (").append(atom).append(')'));
        return "Relaxed reachability in an invented STRIPS domain. Its actions:\n\n" + Strips.domainText(puzzle.instance().schemas())
                + "\nObjects: " + String.join(", ", puzzle.instance().problem().objects()) + ". The atoms true in the initial"
                + " state:" + init + ". " + RandomStrips.NOTATION + "\n\nBuild the relaxed planning graph, in which deletions are"
                + " ignored so an atom once reached stays reached. Layer 0 holds exactly the initial atoms. Layer k+1 holds every"
                + " atom of layer k plus every atom added by some ground action (a schema with distinct objects for its"
                + " parameters) whose whole precondition is already in layer k. For each atom below, give the number of the first"
                + " layer that contains it, or never if no layer ever does:\n" + asked + "\nAnswer with one entry per atom, in"
                + " the order listed, separated by commas, for example: 6, never, 7";
    }

    @Override
    public List<String> solve(Puzzle puzzle) {
        return puzzle.layers();
    }

    @Override
    public Score check(Puzzle puzzle, List<String> layers) {
        return Items.allOrNothing(puzzle.layers(), layers, "layer");
    }

    @Override
    public List<List<String>> nearMisses(Puzzle puzzle, List<String> gold, RandomGenerator random) {
        List<List<String>> misses = new ArrayList<>();
        int at = random.nextInt(gold.size());
        List<String> changed = new ArrayList<>(gold);
        changed.set(at, gold.get(at).equals(NEVER) ? "1" : gold.get(at).equals("1") ? "2" : NEVER);
        misses.add(changed);
        List<String> shifted = new ArrayList<>();
        gold.forEach(layer -> shifted.add(layer.equals(NEVER) ? NEVER : String.valueOf(Integer.parseInt(layer) + 1)));
        if (!shifted.equals(gold)) {
            misses.add(shifted);
        }
        misses.add(gold.subList(0, gold.size() - 1));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        int deepest = 0;
        for (String layer : puzzle.layers()) {
            deepest = layer.equals(NEVER) ? deepest : Math.max(deepest, Integer.parseInt(layer));
        }
        return GroundStep.all(puzzle.instance().schemas(), puzzle.instance().problem()).size() * (1 + deepest);
    }
}
