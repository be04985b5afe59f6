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
import dev.bootcamp.camps.kit.planning.AvoidingWorld;
import dev.bootcamp.camps.kit.planning.GroundStep;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import dev.bootcamp.camps.kit.planning.PlanSearch;
import dev.bootcamp.camps.kit.planning.RandomStrips;
import dev.bootcamp.camps.kit.planning.Strips;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Reach the goal of an invented STRIPS problem without ever making a forbidden atom true (the easy plan passes through one). */
@AutoService(Bootcamp.class)
public final class ForbiddenAtomsPlanBootcamp extends Camp<ForbiddenAtomsPlanBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> OBJECTS = Knob.integer("objects", 2, 6, 4, "objects of the one type");
    private static final Knob<Integer> WALK = Knob.integer("walk", 2, 14, 6, "length of the random walk the goal is taken from");
    private static final Knob<Integer> FORBIDDEN = Knob.integer("forbidden", 1, 3, 2, "most forbidden atoms");
    private static final Knob<Integer> SLACK = Knob.integer("slack", 0, 6, 2, "actions allowed beyond the shortest safe plan");
    private static final BootcampInfo INFO = BootcampInfo.builder(ForbiddenAtomsPlanBootcamp.class)
            .title("Plan that never touches forbidden atoms")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips", "random-domain", "trajectory-constraint")
            .summary("An invented STRIPS domain and problem plus forbidden atoms that must stay false in every state the plan"
                    + " passes through; they are chosen on the shortest unconstrained plan, so the obvious plan is blocked. Give a"
                    + " plan within a bound (the shortest safe plan, found by breadth-first search, plus a slack). Replayed step"
                    + " by step; CORRECT when every action is legal, no forbidden atom ever becomes true, the goal holds at the"
                    + " end and the bound is kept; WRONG otherwise.")
            .knob(OBJECTS)
            .knob(WALK)
            .knob(FORBIDDEN)
            .knob(SLACK)
            .answerShape("actions separated by commas, each the action name followed by its objects, such as vokam dak lir")
            .severalAnswers()
            .build();

    /** The instance, the forbidden atoms, a shortest safe plan, the states searched, and the bound on length. */
    public record Puzzle(RandomStrips.Instance instance, List<String> forbidden, List<String> plan, int explored, int bound) {
        public Puzzle {
            forbidden = List.copyOf(forbidden);
            plan = List.copyOf(plan);
        }

        AvoidingWorld world() {
            return new AvoidingWorld(instance.world(), forbidden);
        }
    }

    public ForbiddenAtomsPlanBootcamp() {
        super(INFO, PlanCodecs.steps(400));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] objects = {2, 3, 3, 3, 4, 4, 4, 5, 5, 5};
        int[] forbidden = {1, 1, 1, 2, 2, 2, 2, 3, 3, 3};
        int[] slack = {4, 3, 3, 3, 2, 2, 2, 1, 1, 1};
        return INFO.defaults().with(OBJECTS, objects[level - 1]).with(WALK, 2 + level * 6 / 5).with(FORBIDDEN, forbidden[level - 1])
                .with(SLACK, slack[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int objects = knobs.get(OBJECTS);
        int predicates = 2 + objects / 2;
        RandomStrips.Shape shape = new RandomStrips.Shape(objects, predicates - predicates / 3, predicates / 3, 3 + objects / 2,
                knobs.get(WALK), 2);
        Puzzle best = null;
        for (int attempt = 0; attempt < 10 && (best == null || best.plan().size() < (knobs.get(WALK) + 2) / 3); attempt++) {
            Puzzle puzzle = draw(RandomStrips.draw(shape, random), knobs, random);
            if (puzzle != null && (best == null || puzzle.plan().size() > best.plan().size())) {
                best = puzzle;
            }
        }
        return best == null ? generate(knobs, random) : best;
    }

    private static Puzzle draw(RandomStrips.Instance instance, Knobs knobs, RandomGenerator random) {
        PlanSearch.Found easy = PlanSearch.cheapest(instance.world(), 5_000);
        if (!easy.solved()) {
            return null;
        }
        // Atoms the shortest plan makes true on its way (not at the start, not in the goal): forbidding one blocks it.
        Map<String, GroundStep> steps = GroundStep.byText(GroundStep.all(instance.schemas(), instance.problem()));
        Set<String> state = new LinkedHashSet<>(instance.problem().init());
        Set<String> passed = new LinkedHashSet<>();
        for (String step : easy.plan()) {
            state = steps.get(step).apply(state);
            passed.addAll(state);
        }
        passed.removeAll(instance.problem().init());
        passed.removeAll(instance.problem().goal());
        List<String> candidates = new ArrayList<>(passed);
        if (candidates.isEmpty()) {
            return null;
        }
        Draw.shuffle(candidates, random);
        List<String> forbidden = List.copyOf(candidates.subList(0, Math.min(candidates.size(), knobs.get(FORBIDDEN))));
        AvoidingWorld world = new AvoidingWorld(instance.world(), forbidden);
        PlanSearch.Found safe = PlanSearch.cheapest(world, 5_000);
        if (!safe.solved()) {
            return null;
        }
        return new Puzzle(instance, forbidden, safe.plan(), easy.expanded() + safe.expanded(), safe.plan().size() + knobs.get(SLACK));
    }

    @Override
    public String question(Puzzle puzzle) {
        return "An invented planning domain (every name in it is made up) and a problem over it:\n\n"
                + Strips.domainText(puzzle.instance().schemas()) + "\n" + puzzle.instance().problem().text() + "\n\n" + RandomStrips.NOTATION
                + "\n\nThere is a safety rule on top of the actions: these atoms are forbidden and must never become true, not"
                + " even for a moment in the middle of the plan: " + AtomCodecs.render(puzzle.forbidden()) + ". An action whose"
                + " effect would make a forbidden atom true may not be used at that point. Reach a state where every :goal atom"
                + " holds using at most " + puzzle.bound() + " actions while respecting the rule. Write the plan as the actions in"
                + " order, separated by commas, each as the action name and then its objects in parameter order, for example:"
                + " ravok tig, somel tig bez";
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
        List<Plan> misses = new ArrayList<>(PlanMisses.around(puzzle.world(), gold, random));
        PlanSearch.Found easy = PlanSearch.cheapest(puzzle.instance().world(), 5_000);
        if (easy.solved()) {
            misses.add(new Plan(easy.plan()));
        }
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored() + puzzle.plan().size();
    }
}
