package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import dev.bootcamp.camps.kit.planning.RandomStrips;
import dev.bootcamp.camps.kit.planning.Strips;
import java.util.List;
import java.util.random.RandomGenerator;

/** A freshly invented STRIPS domain with made-up names; the shortest plan is asked and replayed. */
@AutoService(Bootcamp.class)
public final class PddlRandomDomainBootcamp extends Camp<RandomStrips.Solved, Plan> {
    private static final Knob<Integer> OBJECTS = Knob.integer("objects", 2, 6, 4, "objects of the one type");
    private static final Knob<Integer> PREDICATES = Knob.integer("predicates", 2, 6, 4, "made-up predicates (about a third binary)");
    private static final Knob<Integer> ACTIONS = Knob.integer("actions", 2, 7, 4, "made-up action schemas");
    private static final Knob<Integer> WALK = Knob.integer("walk", 1, 16, 6, "length of the random walk the goal is taken from");
    private static final Knob<Integer> GOALS = Knob.integer("goals", 1, 4, 2, "most goal atoms");
    private static final BootcampInfo INFO = BootcampInfo.builder(PddlRandomDomainBootcamp.class)
            .title("Invented STRIPS domain, shortest plan")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips", "random-domain", "optimal-plan", "partial-credit")
            .summary("A STRIPS domain invented for each case (made-up predicate, action and object names, random preconditions"
                    + " and effects) with a problem whose goal comes from a random walk, so it is always solvable. Give a plan"
                    + " with the fewest actions. The plan is replayed action by action (first illegal action reported); the"
                    + " shortest length (proved by breadth-first search) is CORRECT, a longer legal plan PARTIAL with reward"
                    + " shortest / length / 2, anything else WRONG.")
            .knob(OBJECTS)
            .knob(PREDICATES)
            .knob(ACTIONS)
            .knob(WALK)
            .knob(GOALS)
            .answerShape("actions separated by commas, each the action name followed by its objects, such as vokam dak lir")
            .severalAnswers()
            .build();

    public PddlRandomDomainBootcamp() {
        super(INFO, PlanCodecs.steps(400));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] objects = {2, 3, 3, 3, 4, 4, 4, 5, 5, 5};
        int[] predicates = {2, 2, 3, 3, 4, 4, 4, 5, 5, 5};
        int[] actions = {2, 2, 3, 3, 4, 4, 5, 5, 6, 6};
        int[] goals = {1, 1, 1, 2, 2, 2, 3, 3, 3, 3};
        return INFO.defaults().with(OBJECTS, objects[level - 1]).with(PREDICATES, predicates[level - 1])
                .with(ACTIONS, actions[level - 1]).with(WALK, 1 + level).with(GOALS, goals[level - 1]);
    }

    static RandomStrips.Shape shape(Knobs knobs) {
        int predicates = knobs.get(PREDICATES);
        int binary = predicates / 3;
        return new RandomStrips.Shape(knobs.get(OBJECTS), predicates - binary, binary, knobs.get(ACTIONS), knobs.get(WALK), knobs.get(GOALS));
    }

    @Override
    public RandomStrips.Solved generate(Knobs knobs, RandomGenerator random) {
        int walk = knobs.get(WALK);
        return RandomStrips.solved(shape(knobs), (walk + 1) / 2, 40_000, 6, random);
    }

    @Override
    public String question(RandomStrips.Solved puzzle) {
        RandomStrips.Instance instance = puzzle.instance();
        return "Nobody has seen this planning domain before: its predicates, actions and objects were all made up for this"
                + " question, so only the definitions below tell you what each action needs and does.\n\n"
                + Strips.domainText(instance.schemas()) + "\n" + instance.problem().text() + "\n\n" + RandomStrips.NOTATION
                + "\n\nFind the shortest possible sequence of actions that starts from :init and ends with every :goal atom"
                + " true. Answer with the actions in order, separated by commas; each is the action's name followed by the"
                + " objects bound to its parameters, in parameter order, for example: gabor kel, misat kel dov";
    }

    @Override
    public Plan solve(RandomStrips.Solved puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(RandomStrips.Solved puzzle, Plan plan) {
        int optimum = puzzle.plan().size();
        return PlanCheck.optimal(puzzle.instance().world(), plan, optimum, 4 * optimum + 20, "steps");
    }

    @Override
    public List<Plan> nearMisses(RandomStrips.Solved puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(puzzle.instance().world(), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(RandomStrips.Solved puzzle) {
        return puzzle.explored() + puzzle.plan().size();
    }
}
