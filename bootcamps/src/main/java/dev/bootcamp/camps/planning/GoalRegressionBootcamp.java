package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.planning.AtomCodecs;
import dev.bootcamp.camps.kit.planning.GroundStep;
import dev.bootcamp.camps.kit.planning.RandomStrips;
import dev.bootcamp.camps.kit.planning.Strips;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Regress a goal set backwards through a given sequence of ground actions of an invented STRIPS domain. */
@AutoService(Bootcamp.class)
public final class GoalRegressionBootcamp extends Camp<GoalRegressionBootcamp.Puzzle, List<String>> {
    private static final Knob<Integer> OBJECTS = Knob.integer("objects", 2, 6, 4, "objects of the one type");
    private static final Knob<Integer> LENGTH = Knob.integer("length", 1, 16, 5, "actions in the sequence");
    private static final Knob<Integer> TARGET = Knob.integer("target", 1, 5, 3, "atoms in the target set");
    private static final BootcampInfo INFO = BootcampInfo.builder(GoalRegressionBootcamp.class)
            .title("Goal regression through an action sequence")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips", "random-domain", "regression")
            .summary("An invented STRIPS domain, a sequence of ground actions and a target set of atoms. Give the set of atoms"
                    + " that must hold before the first action so that the sequence can run and the target holds after it,"
                    + " computed backwards (needed before = needed after less the action's added atoms, plus its precondition)."
                    + " The sequence is legal from some state and never deletes a needed atom, so the set is defined. CORRECT"
                    + " when the atoms given are exactly that set (any order); WRONG otherwise.")
            .knob(OBJECTS)
            .knob(LENGTH)
            .knob(TARGET)
            .answerShape("atoms in parentheses separated by commas, such as (tova kel), (rimo kel dov)")
            .build();

    /** The domain and objects, the action sequence, the target atoms, and the regressed set (the gold, sorted). */
    public record Puzzle(RandomStrips.Instance instance, List<String> sequence, List<String> target, List<String> regressed) {
        public Puzzle {
            sequence = List.copyOf(sequence);
            target = List.copyOf(target);
            regressed = List.copyOf(regressed);
        }
    }

    public GoalRegressionBootcamp() {
        super(INFO, AtomCodecs.atoms(200));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] objects = {2, 3, 3, 3, 4, 4, 4, 5, 5, 5};
        int[] length = {1, 2, 3, 4, 5, 6, 7, 9, 11, 13};
        int[] target = {1, 2, 2, 2, 3, 3, 3, 4, 4, 4};
        return INFO.defaults().with(OBJECTS, objects[level - 1]).with(LENGTH, length[level - 1]).with(TARGET, target[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int objects = knobs.get(OBJECTS);
        int predicates = 2 + objects / 2;
        int length = knobs.get(LENGTH);
        RandomStrips.Shape shape = new RandomStrips.Shape(objects, predicates - predicates / 3, predicates / 3, 3 + objects / 2, length, 1);
        RandomStrips.Instance instance = RandomStrips.drawLong(shape, length, 40, random);
        Map<String, GroundStep> steps = GroundStep.byText(GroundStep.all(instance.schemas(), instance.problem()));
        List<GroundStep> sequence = instance.walk().stream().map(steps::get).toList();
        Set<String> state = new LinkedHashSet<>(instance.problem().init());
        Set<String> added = new LinkedHashSet<>();
        for (GroundStep step : sequence) {
            state = step.apply(state);
            added.addAll(step.adds());
        }
        // The target favours atoms the sequence makes true, so the regression has work to do; the rest held all along.
        List<String> made = new ArrayList<>(state);
        made.retainAll(added);
        List<String> kept = new ArrayList<>(state);
        kept.removeAll(added);
        Draw.shuffle(made, random);
        Draw.shuffle(kept, random);
        List<String> target = new ArrayList<>();
        while (target.size() < knobs.get(TARGET) && !(made.isEmpty() && kept.isEmpty())) {
            List<String> from = kept.isEmpty() || !made.isEmpty() && random.nextInt(4) > 0 ? made : kept;
            target.add(from.remove(from.size() - 1));
        }
        return new Puzzle(instance, instance.walk(), target, regress(sequence, target));
    }

    /** Backwards from the target: before each action, the atoms needed after it less its adds, plus its precondition. */
    static List<String> regress(List<GroundStep> sequence, List<String> target) {
        Set<String> needed = new TreeSet<>(target);
        for (int i = sequence.size() - 1; i >= 0; i--) {
            GroundStep step = sequence.get(i);
            needed.removeAll(step.adds());
            needed.addAll(step.precondition());
        }
        return List.copyOf(needed);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder sequence = new StringBuilder();
        for (int i = 0; i < puzzle.sequence().size(); i++) {
            sequence.append(i + 1).append(". ").append(puzzle.sequence().get(i)).append('\n');
        }
        List<String> objects = puzzle.instance().problem().objects();
        return "Goal regression in a made-up STRIPS domain. The action schemas:\n\n" + Strips.domainText(puzzle.instance().schemas())
                + "\nThe objects are " + String.join(", ", objects) + ". " + RandomStrips.NOTATION + "\n\nThis sequence of ground"
                + " actions (name, then the objects for its parameters in order) is to be carried out:\n" + sequence
                + "\nTarget after the last action: " + AtomCodecs.render(puzzle.target()) + "\n\nWhich atoms must be true"
                + " immediately before action 1 so that every action of the sequence is applicable in turn and every target atom"
                + " is true at the end? Work backwards: begin with the target set after the last action; the set needed before an"
                + " action is the set needed after it, with the atoms that the action adds taken out, and then every atom of the"
                + " action's precondition put in. (In this sequence no action deletes, without also adding it, an atom needed"
                + " after it, so the result is well defined.) Give exactly the set needed before action 1, in any order, as atoms"
                + " in parentheses separated by commas, for example: (tova kel), (rimo kel dov)";
    }

    @Override
    public List<String> solve(Puzzle puzzle) {
        return puzzle.regressed();
    }

    @Override
    public Score check(Puzzle puzzle, List<String> atoms) {
        Set<String> given = new TreeSet<>(atoms);
        Set<String> gold = new TreeSet<>(puzzle.regressed());
        List<String> extra = given.stream().filter(atom -> !gold.contains(atom)).toList();
        List<String> missing = gold.stream().filter(atom -> !given.contains(atom)).toList();
        if (!extra.isEmpty()) {
            return Score.wrong("(" + extra.get(0) + ") is not needed before action 1" + (missing.isEmpty() ? "" : ", and atoms are missing"));
        }
        if (!missing.isEmpty()) {
            return Score.wrong(missing.size() + " needed atom" + (missing.size() == 1 ? " is" : "s are") + " missing");
        }
        return Score.correct("exactly the " + gold.size() + " atoms needed before action 1");
    }

    @Override
    public List<List<String>> nearMisses(Puzzle puzzle, List<String> gold, RandomGenerator random) {
        List<List<String>> misses = new ArrayList<>();
        if (gold.size() > 1) {
            List<String> fewer = new ArrayList<>(gold);
            fewer.remove(random.nextInt(fewer.size()));
            misses.add(fewer);
        }
        for (String atom : puzzle.target()) {
            if (!gold.contains(atom)) {
                List<String> more = new ArrayList<>(gold);
                more.add(atom);
                misses.add(more);
                break;
            }
        }
        List<String> sorted = new ArrayList<>(puzzle.target());
        if (!new TreeSet<>(sorted).equals(new TreeSet<>(gold))) {
            misses.add(sorted);
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.sequence().size() * (puzzle.target().size() + puzzle.regressed().size());
    }
}
