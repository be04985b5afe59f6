package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.planning.GroundStep;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanEdits;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import dev.bootcamp.camps.kit.planning.RandomStrips;
import dev.bootcamp.camps.kit.planning.Strips;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A broken plan in an invented STRIPS domain: repair it with at most k single-step edits so that it works. */
@AutoService(Bootcamp.class)
public final class PlanRepairBootcamp extends Camp<PlanRepairBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> OBJECTS = Knob.integer("objects", 2, 6, 4, "objects of the one type");
    private static final Knob<Integer> LENGTH = Knob.integer("length", 2, 24, 8, "steps of the working plan that was broken");
    private static final Knob<Integer> DAMAGE = Knob.integer("damage", 1, 4, 2, "random changes made to break the plan");
    private static final BootcampInfo INFO = BootcampInfo.builder(PlanRepairBootcamp.class)
            .title("Repair a broken plan within k edits")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips", "random-domain", "plan-repair")
            .summary("An invented STRIPS domain and problem with a plan that was damaged by random changes (steps dropped,"
                    + " inserted, replaced or swapped) and no longer works. Give a plan that works and is at most k edits away"
                    + " from the damaged one, an edit inserting, deleting or replacing one action; k is the distance back to the"
                    + " working plan. CORRECT when the plan replays legally, reaches the goal and keeps within k edits (edit"
                    + " distance computed exactly); WRONG otherwise.")
            .knob(OBJECTS)
            .knob(LENGTH)
            .knob(DAMAGE)
            .answerShape("the whole repaired plan: actions separated by commas, each the action name followed by its objects")
            .severalAnswers()
            .build();

    /** The instance, the damaged plan, the edits allowed and a working plan that many edits away (the gold). */
    public record Puzzle(RandomStrips.Instance instance, List<String> broken, int edits, List<String> working) {
        public Puzzle {
            broken = List.copyOf(broken);
            working = List.copyOf(working);
        }
    }

    public PlanRepairBootcamp() {
        super(INFO, PlanCodecs.steps(400));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] objects = {2, 3, 3, 3, 4, 4, 4, 5, 5, 5};
        int[] length = {2, 3, 4, 6, 8, 10, 12, 15, 18, 22};
        int[] damage = {1, 1, 1, 2, 2, 2, 3, 3, 3, 4};
        return INFO.defaults().with(OBJECTS, objects[level - 1]).with(LENGTH, length[level - 1]).with(DAMAGE, damage[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int objects = knobs.get(OBJECTS);
        int predicates = 2 + objects / 2;
        RandomStrips.Shape shape = new RandomStrips.Shape(objects, predicates - predicates / 3, predicates / 3, 2 + objects / 2 + 1,
                knobs.get(LENGTH), 3);
        while (true) {
            RandomStrips.Instance instance = RandomStrips.drawLong(shape, knobs.get(LENGTH), 40, random);
            List<GroundStep> all = GroundStep.all(instance.schemas(), instance.problem());
            for (int tries = 0; tries < 10; tries++) {
                List<String> broken = damage(instance.walk(), all, knobs.get(DAMAGE), random);
                int edits = PlanEdits.distance(broken, instance.walk());
                if (!broken.isEmpty() && edits > 0 && PlanCheck.replay(instance.world(), new Plan(broken)).wrong() != null) {
                    return new Puzzle(instance, broken, edits, instance.walk());
                }
            }
        }
    }

    private static List<String> damage(List<String> plan, List<GroundStep> all, int changes, RandomGenerator random) {
        List<String> steps = new ArrayList<>(plan);
        for (int change = 0; change < changes && !steps.isEmpty(); change++) {
            int kind = random.nextInt(4);
            int at = random.nextInt(steps.size());
            if (kind == 0) {
                steps.remove(at);
            } else if (kind == 1) {
                steps.add(at, Draw.pick(all, random).step());
            } else if (kind == 2) {
                steps.set(at, Draw.pick(all, random).step());
            } else if (steps.size() > 1) {
                int first = Math.min(at, steps.size() - 2);
                String moved = steps.remove(first);
                steps.add(first + 1, moved);
            }
        }
        return steps;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder plan = new StringBuilder();
        for (int i = 0; i < puzzle.broken().size(); i++) {
            plan.append(i + 1).append(". ").append(puzzle.broken().get(i)).append('\n');
        }
        int k = puzzle.edits();
        return "Here is an invented planning domain with one problem, written in a PDDL-like language:\n\n"
                + Strips.domainText(puzzle.instance().schemas()) + "\n" + puzzle.instance().problem().text() + "\n\n" + RandomStrips.NOTATION
                + "\n\nThe plan below used to solve this problem, but it got damaged and now breaks down:\n" + plan
                + "\nRepair it. You may make at most " + k + " edit" + (k == 1 ? "" : "s") + ", where one edit either inserts one"
                + " action at any position, deletes one action, or replaces one action by a different one. The repaired plan"
                + " must be executable from :init action after action and leave every :goal atom true. Give the complete"
                + " repaired plan, not only the edits: the actions in order, separated by commas, each as its name followed by its"
                + " objects in parameter order, for example: dorek mav, solip mav tez, dorek tez";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.working());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        if (plan.length() > puzzle.broken().size() + puzzle.edits()) {
            return Score.wrong("the plan has " + plan.length() + " actions, more than " + puzzle.edits() + " edits can add");
        }
        int edits = PlanEdits.distance(puzzle.broken(), plan.steps());
        if (edits > puzzle.edits()) {
            return Score.wrong("the plan is " + edits + " edits away from the damaged one; at most " + puzzle.edits() + " are allowed");
        }
        PlanCheck.Replay<?> replay = PlanCheck.replay(puzzle.instance().world(), plan);
        if (replay.wrong() != null) {
            return Score.wrong(replay.wrong());
        }
        return Score.correct("the repaired plan works and is " + edits + " edit" + (edits == 1 ? "" : "s") + " away");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        List<Plan> misses = new ArrayList<>();
        misses.add(new Plan(puzzle.broken()));
        misses.addAll(PlanMisses.around(puzzle.instance().world(), gold, random));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.broken().size() * (1 + puzzle.edits());
    }
}
