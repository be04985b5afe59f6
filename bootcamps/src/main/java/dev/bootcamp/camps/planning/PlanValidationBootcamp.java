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
import dev.bootcamp.camps.kit.planning.AtomCodecs;
import dev.bootcamp.camps.kit.planning.GroundStep;
import dev.bootcamp.camps.kit.planning.RandomStrips;
import dev.bootcamp.camps.kit.planning.Strips;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** A flawed plan in an invented STRIPS domain: name its first failing step and a false precondition (or an unmet goal). */
@AutoService(Bootcamp.class)
public final class PlanValidationBootcamp extends Camp<PlanValidationBootcamp.Puzzle, PlanValidationBootcamp.Fault> {
    private static final Knob<Integer> OBJECTS = Knob.integer("objects", 2, 6, 4, "objects of the one type");
    private static final Knob<Integer> ACTIONS = Knob.integer("actions", 2, 7, 4, "made-up action schemas");
    private static final Knob<Integer> LENGTH = Knob.integer("length", 2, 24, 8, "steps of the valid plan the flawed one is made from");
    private static final BootcampInfo INFO = BootcampInfo.builder(PlanValidationBootcamp.class)
            .title("First failing step of a plan")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips", "random-domain", "plan-validation")
            .summary("An invented STRIPS domain, a problem and a proposed plan that is flawed (a valid plan with a step"
                    + " dropped, swapped, replaced or cut off the end). Name the first step whose precondition fails in the"
                    + " state reached before it, with one of its false precondition atoms, or, when every step applies, the"
                    + " word goal with one goal atom false at the end. CORRECT when the step is the first failing one and the"
                    + " atom is one of its false preconditions (or unmet goal atoms); WRONG otherwise.")
            .knob(OBJECTS)
            .knob(ACTIONS)
            .knob(LENGTH)
            .answerShape("a step number and one atom, such as 4 (tova kel), or goal and one atom")
            .severalAnswers()
            .build();
    private static final int GOAL = 0;

    /** The instance, the flawed plan, its first failing step (GOAL when every step applies) and the atoms to blame. */
    public record Puzzle(RandomStrips.Instance instance, List<String> proposed, int failure, List<String> culprits) {
        public Puzzle {
            proposed = List.copyOf(proposed);
            culprits = List.copyOf(culprits);
        }
    }

    /** Where the plan fails ("3" or "goal") and the atom blamed. */
    public record Fault(String where, String atom) {}

    public PlanValidationBootcamp() {
        super(INFO, Codec.of(fault -> (fault.where().equals("goal") ? "goal" : fault.where()) + " (" + fault.atom() + ")",
                PlanValidationBootcamp::read));
    }

    private static Fault read(String text) {
        String rest = text.strip().toLowerCase(Locale.ROOT);
        if (rest.startsWith("step")) {
            rest = rest.substring(4).strip();
        }
        int end = 0;
        while (end < rest.length() && end < 12 && Character.isLetterOrDigit(rest.charAt(end)) && rest.charAt(end) < 128) {
            end++;
        }
        String where = rest.substring(0, end);
        if (!where.equals("goal") && !where.equals("end") && !(where.matches("[0-9]{1,4}"))) {
            throw new AnswerFormatException("expected a step number or the word goal first");
        }
        List<String> atoms = AtomCodecs.read(rest.substring(end), 1);
        return new Fault(where.equals("end") ? "goal" : String.valueOf(where.equals("goal") ? "goal" : Integer.parseInt(where)), atoms.get(0));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] objects = {2, 3, 3, 3, 4, 4, 4, 5, 5, 5};
        int[] actions = {2, 2, 3, 3, 4, 4, 5, 5, 6, 6};
        int[] length = {2, 3, 4, 6, 8, 10, 12, 15, 18, 22};
        return INFO.defaults().with(OBJECTS, objects[level - 1]).with(ACTIONS, actions[level - 1]).with(LENGTH, length[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int objects = knobs.get(OBJECTS);
        int predicates = 2 + objects / 2;
        RandomStrips.Shape shape = new RandomStrips.Shape(objects, predicates - predicates / 3, predicates / 3, knobs.get(ACTIONS), knobs.get(LENGTH), 3);
        while (true) {
            RandomStrips.Instance instance = RandomStrips.drawLong(shape, knobs.get(LENGTH), 40, random);
            List<GroundStep> all = GroundStep.all(instance.schemas(), instance.problem());
            for (int tries = 0; tries < 10; tries++) {
                List<String> proposed = corrupt(instance.walk(), all, random);
                Puzzle puzzle = proposed.isEmpty() ? null : judged(instance, proposed, GroundStep.byText(all));
                if (puzzle != null) {
                    return puzzle;
                }
            }
        }
    }

    private static List<String> corrupt(List<String> plan, List<GroundStep> all, RandomGenerator random) {
        List<String> steps = new ArrayList<>(plan);
        int kind = random.nextInt(10);
        int at = random.nextInt(steps.size());
        if (kind < 3) {
            steps.remove(at);
        } else if (kind < 5 && steps.size() > 1) {
            int first = Math.min(at, steps.size() - 2);
            steps.set(first, plan.get(first + 1));
            steps.set(first + 1, plan.get(first));
        } else if (kind < 8) {
            steps.set(at, Draw.pick(all, random).step());
        } else {
            steps = steps.subList(0, at);
        }
        return steps;
    }

    /** The puzzle for a proposed plan, or null when the plan is in fact valid. */
    private static Puzzle judged(RandomStrips.Instance instance, List<String> proposed, Map<String, GroundStep> steps) {
        Set<String> state = new LinkedHashSet<>(instance.problem().init());
        for (int i = 0; i < proposed.size(); i++) {
            GroundStep step = steps.get(proposed.get(i));
            List<String> missing = step.missing(state);
            if (!missing.isEmpty()) {
                return new Puzzle(instance, proposed, i + 1, missing);
            }
            state = step.apply(state);
        }
        List<String> unmet = new ArrayList<>(instance.problem().goal());
        unmet.removeAll(state);
        return unmet.isEmpty() ? null : new Puzzle(instance, proposed, GOAL, unmet);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder plan = new StringBuilder();
        for (int i = 0; i < puzzle.proposed().size(); i++) {
            plan.append(i + 1).append(". ").append(puzzle.proposed().get(i)).append('\n');
        }
        return "A made-up planning domain and problem, in a PDDL-like notation:\n\n" + Strips.domainText(puzzle.instance().schemas()) + "\n"
                + puzzle.instance().problem().text() + "\n\n" + RandomStrips.NOTATION + "\n\nSomeone proposed this plan, each line an"
                + " action name followed by the objects for its parameters in order:\n" + plan
                + "\nThe plan is flawed. Simulate it from :init, one action at a time. Report the first action that cannot be"
                + " executed because some atom of its precondition is false in the state just before it, together with one such"
                + " false atom. If instead every action can be executed but some :goal atom is false after the last one, report"
                + " the word goal with one unmet goal atom. Write the step number (or goal) and then the atom in parentheses,"
                + " for example: 7 (rano kel bim)   or   goal (sefi dov)";
    }

    @Override
    public Fault solve(Puzzle puzzle) {
        return new Fault(puzzle.failure() == GOAL ? "goal" : String.valueOf(puzzle.failure()), puzzle.culprits().get(0));
    }

    @Override
    public Score check(Puzzle puzzle, Fault fault) {
        String where = puzzle.failure() == GOAL ? "goal" : String.valueOf(puzzle.failure());
        if (!fault.where().equals(where)) {
            return Score.wrong(fault.where().equals("goal") ? "an action fails before the end" : "step " + fault.where() + " is not the first failure");
        }
        if (!puzzle.culprits().contains(fault.atom())) {
            return Score.wrong("(" + fault.atom() + ") is not " + (puzzle.failure() == GOAL ? "an unmet goal atom" : "a false precondition of step " + where));
        }
        return Score.correct(puzzle.failure() == GOAL ? "every step applies and (" + fault.atom() + ") is an unmet goal"
                : "step " + where + " fails first, and (" + fault.atom() + ") is false before it");
    }

    @Override
    public List<Fault> nearMisses(Puzzle puzzle, Fault gold, RandomGenerator random) {
        List<Fault> misses = new ArrayList<>();
        if (puzzle.failure() != GOAL) {
            if (puzzle.failure() > 1) {
                misses.add(new Fault(String.valueOf(puzzle.failure() - 1), gold.atom()));
            }
            misses.add(new Fault(String.valueOf(puzzle.failure() + 1), gold.atom()));
            misses.add(new Fault("goal", puzzle.instance().problem().goal().get(0)));
        } else {
            misses.add(new Fault(String.valueOf(puzzle.proposed().size()), gold.atom()));
        }
        List<String> init = puzzle.instance().problem().init();
        init.stream().filter(atom -> !puzzle.culprits().contains(atom)).findFirst().ifPresent(atom -> misses.add(new Fault(gold.where(), atom)));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        int reach = puzzle.failure() == GOAL ? puzzle.proposed().size() + 1 : puzzle.failure();
        return reach + puzzle.proposed().size() + puzzle.instance().problem().init().size();
    }
}
