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
import dev.bootcamp.camps.kit.planning.ConformantWorld;
import dev.bootcamp.camps.kit.planning.GroundStep;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import dev.bootcamp.camps.kit.planning.PlanSearch;
import dev.bootcamp.camps.kit.planning.RandomStrips;
import dev.bootcamp.camps.kit.planning.Strips;
import dev.bootcamp.camps.kit.planning.StripsProblem;
import dev.bootcamp.camps.kit.planning.StripsSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Some initial atoms are unknown: one blind action sequence must work from every possible start. */
@AutoService(Bootcamp.class)
public final class ConformantPlanBootcamp extends Camp<ConformantPlanBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> OBJECTS = Knob.integer("objects", 2, 5, 3, "objects of the one type");
    private static final Knob<Integer> UNKNOWN = Knob.integer("unknown", 1, 3, 2, "initial atoms whose truth is unknown (2^n possible starts)");
    private static final Knob<Integer> WALK = Knob.integer("walk", 1, 12, 5, "length of the joint random walk the goal is taken from");
    private static final Knob<Integer> SLACK = Knob.integer("slack", 0, 6, 2, "actions allowed beyond the shortest conformant plan");
    private static final BootcampInfo INFO = BootcampInfo.builder(ConformantPlanBootcamp.class)
            .title("Conformant plan from unknown starts")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips", "random-domain", "conformant")
            .summary("An invented STRIPS domain whose initial state is only partly known: some atoms may each be true or false,"
                    + " so there are 2^n possible starts and nothing can be observed. Give one action sequence, within a bound"
                    + " (the shortest conformant plan, found by breadth-first search over the tuple of states, plus a slack),"
                    + " that is executable from every possible start and reaches the goal in each. The plan is replayed from"
                    + " every start; CORRECT when all succeed within the bound, WRONG otherwise.")
            .knob(OBJECTS)
            .knob(UNKNOWN)
            .knob(WALK)
            .knob(SLACK)
            .answerShape("actions separated by commas, each the action name followed by its objects, such as vokam dak lir")
            .severalAnswers()
            .build();

    /** The domain, objects, atoms surely true, atoms of unknown truth, goal, a shortest conformant plan, and its bound. */
    public record Puzzle(List<StripsSchema> schemas, List<String> objects, List<String> sure, List<String> unknown, List<String> goal,
            List<String> plan, int explored, int bound) {
        public Puzzle {
            schemas = List.copyOf(schemas);
            objects = List.copyOf(objects);
            sure = List.copyOf(sure);
            unknown = List.copyOf(unknown);
            goal = List.copyOf(goal);
            plan = List.copyOf(plan);
        }

        /** Every possible start: the sure atoms plus one combination of the unknown ones (bit i for unknown atom i). */
        List<Set<String>> starts() {
            List<Set<String>> starts = new ArrayList<>();
            for (int mask = 0; mask < 1 << unknown.size(); mask++) {
                Set<String> start = new LinkedHashSet<>(sure);
                for (int i = 0; i < unknown.size(); i++) {
                    if ((mask >> i & 1) == 1) {
                        start.add(unknown.get(i));
                    }
                }
                starts.add(start);
            }
            return starts;
        }

        ConformantWorld world() {
            List<StripsProblem> problems = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            List<Set<String>> starts = starts();
            for (int mask = 0; mask < starts.size(); mask++) {
                StripsProblem.Builder problem = new StripsProblem.Builder();
                objects.forEach(object -> problem.object(object, RandomStrips.TYPE));
                starts.get(mask).forEach(problem::init);
                goal.forEach(problem::goal);
                problems.add(problem.build());
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < unknown.size(); i++) {
                    parts.add("(" + unknown.get(i) + ") " + ((mask >> i & 1) == 1 ? "true" : "false"));
                }
                labels.add("in the start with " + String.join(", ", parts));
            }
            return new ConformantWorld(schemas, problems, labels);
        }
    }

    public ConformantPlanBootcamp() {
        super(INFO, PlanCodecs.steps(400));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] objects = {2, 2, 3, 3, 3, 3, 4, 4, 4, 4};
        int[] unknown = {1, 1, 1, 2, 2, 2, 2, 3, 3, 3};
        int[] slack = {3, 3, 2, 2, 2, 1, 1, 1, 0, 0};
        return INFO.defaults().with(OBJECTS, objects[level - 1]).with(UNKNOWN, unknown[level - 1]).with(WALK, 1 + level)
                .with(SLACK, slack[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int objects = knobs.get(OBJECTS);
        int predicates = 2 + objects / 2;
        RandomStrips.Shape shape = new RandomStrips.Shape(objects, predicates - predicates / 3, predicates / 3, 3 + objects / 2,
                1, 1);
        Puzzle best = null;
        for (int attempt = 0; attempt < 12 && (best == null || best.plan().size() < (knobs.get(WALK) + 2) / 3); attempt++) {
            Puzzle puzzle = draw(RandomStrips.draw(shape, random), knobs, attempt < 8 ? knobs.get(WALK) : 1, random);
            if (puzzle != null && (best == null || puzzle.plan().size() > best.plan().size())) {
                best = puzzle;
            }
        }
        return best == null ? generate(knobs, random) : best;
    }

    private static Puzzle draw(RandomStrips.Instance instance, Knobs knobs, int walk, RandomGenerator random) {
        List<String> objects = instance.problem().objects();
        List<String> unknown = Draw.sample(RandomStrips.allAtoms(instance.schemas(), objects), knobs.get(UNKNOWN), random);
        List<String> sure = new ArrayList<>(instance.problem().init());
        sure.removeAll(unknown);
        Puzzle draft = new Puzzle(instance.schemas(), objects, sure, unknown, List.of(), List.of(), 0, 0);
        List<Set<String>> states = draft.starts();
        List<GroundStep> steps = GroundStep.all(instance.schemas(), instance.problem());
        for (int i = 0; i < walk; i++) {
            List<GroundStep> moves = new ArrayList<>();
            for (GroundStep step : steps) {
                if (states.stream().allMatch(step::applicable) && states.stream().anyMatch(state -> !step.apply(state).equals(state))) {
                    moves.add(step);
                }
            }
            if (moves.isEmpty()) {
                break;
            }
            GroundStep move = Draw.pick(moves, random);
            states = states.stream().map(move::apply).toList();
        }
        List<Set<String>> starts = draft.starts();
        List<Set<String>> ends = states;
        List<String> candidates = new ArrayList<>(ends.get(0));
        candidates.removeIf(atom -> !ends.stream().allMatch(state -> state.contains(atom)) || starts.stream().allMatch(start -> start.contains(atom)));
        if (candidates.isEmpty()) {
            return null;
        }
        Draw.shuffle(candidates, random);
        List<String> goal = candidates.subList(0, Math.min(candidates.size(), 1 + random.nextInt(2)));
        Puzzle posed = new Puzzle(instance.schemas(), objects, sure, unknown, goal, List.of(), 0, 0);
        PlanSearch.Found found = PlanSearch.cheapest(posed.world(), 5_000);
        if (!found.solved()) {
            return null;
        }
        return new Puzzle(instance.schemas(), objects, sure, unknown, goal, found.plan(), found.expanded(), found.plan().size() + knobs.get(SLACK));
    }

    @Override
    public String question(Puzzle puzzle) {
        int starts = 1 << puzzle.unknown().size();
        return "Planning without knowing where you start, in an invented STRIPS domain. The action schemas:\n\n"
                + Strips.domainText(puzzle.schemas()) + "\nObjects: " + String.join(", ", puzzle.objects()) + ". "
                + RandomStrips.NOTATION + "\n\nAtoms surely true at the start: " + (puzzle.sure().isEmpty() ? "none" : AtomCodecs.render(puzzle.sure()))
                + ". Every other atom is false at the start, except these, whose truth is unknown: " + AtomCodecs.render(puzzle.unknown())
                + ". Each of them may be true or false independently, so there are " + starts + " possible starting states, and"
                + " you cannot observe which one you are in. Goal: " + AtomCodecs.render(puzzle.goal()) + ".\n\nGive a single"
                + " sequence of at most " + puzzle.bound() + " actions that is safe whatever the truth of the unknown atoms: from"
                + " each of the " + starts + " possible starts, every action in it must have its precondition true when its turn"
                + " comes, and after the last action every goal atom must be true. List the actions in order, separated by"
                + " commas, each as the action name and then its objects in parameter order, for example: tilev mok, bazor mok sep";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.withinSteps(puzzle.world(), plan, puzzle.bound());
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(puzzle.world(), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored() + puzzle.plan().size() * (1 << puzzle.unknown().size());
    }
}
