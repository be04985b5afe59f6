package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.Strips;
import dev.bootcamp.camps.kit.planning.StripsProblem;
import dev.bootcamp.camps.kit.planning.StripsPuzzle;
import dev.bootcamp.camps.kit.planning.StripsSchema;
import java.util.List;
import java.util.random.RandomGenerator;

/** Elevator (miconic): one lift serves passengers between floors; the shortest action sequence is asked. */
@AutoService(Bootcamp.class)
public final class PddlElevatorBootcamp extends Camp<StripsPuzzle, Plan> {
    private static final Knob<Integer> FLOORS = Knob.integer("floors", 3, 8, 5, "floors of the building");
    private static final Knob<Integer> PASSENGERS = Knob.integer("passengers", 1, 6, 3, "passengers to serve");
    private static final BootcampInfo INFO = BootcampInfo.builder(PddlElevatorBootcamp.class)
            .title("Elevator service plan (PDDL)")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips", "optimal-plan", "partial-credit")
            .summary("The miconic elevator domain in PDDL-like text: the lift goes up or down to any floor in one action,"
                    + " passengers board at their origin floor and depart at their destination. Give a shortest action sequence"
                    + " that serves every passenger (optimum by breadth-first search). Replayed action by action; the fewest"
                    + " actions is CORRECT, a longer legal plan PARTIAL with reward shortest / length / 2, anything else WRONG.")
            .knob(FLOORS)
            .knob(PASSENGERS)
            .answerShape("actions separated by commas, each the action name followed by its objects, such as up f1 f3, board f3 ada")
            .severalAnswers()
            .build();

    static final List<StripsSchema> SCHEMAS = List.of(
            StripsSchema.of("up", "?from floor, ?to floor", "lift-at ?from; above ?from ?to", "lift-at ?to", "lift-at ?from"),
            StripsSchema.of("down", "?from floor, ?to floor", "lift-at ?from; above ?to ?from", "lift-at ?to", "lift-at ?from"),
            StripsSchema.of("board", "?f floor, ?p passenger", "lift-at ?f; origin ?p ?f; waiting ?p", "boarded ?p", "waiting ?p"),
            StripsSchema.of("depart", "?f floor, ?p passenger", "lift-at ?f; destin ?p ?f; boarded ?p", "served ?p", "boarded ?p"));
    private static final List<String> NAMES = List.of("ada", "ben", "cyd", "dora", "eli", "fay", "gil", "hal", "ines", "jon", "kai", "liv");

    public PddlElevatorBootcamp() {
        super(INFO, PlanCodecs.steps(1000));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] floors = {3, 4, 4, 5, 5, 6, 6, 7, 7, 8};
        int[] passengers = {1, 2, 2, 2, 3, 3, 4, 4, 5, 5};
        return INFO.defaults().with(FLOORS, floors[level - 1]).with(PASSENGERS, passengers[level - 1]);
    }

    @Override
    public StripsPuzzle generate(Knobs knobs, RandomGenerator random) {
        int floors = knobs.get(FLOORS);
        List<String> names = Draw.sample(NAMES, knobs.get(PASSENGERS), random);
        return Strips.generate(SCHEMAS, () -> draw(floors, names, random), () -> draw(floors, names, random), 1, 200_000, 1, 0);
    }

    private static StripsProblem draw(int floors, List<String> names, RandomGenerator random) {
        StripsProblem.Builder problem = new StripsProblem.Builder();
        for (int f = 1; f <= floors; f++) {
            problem.object("f" + f, "floor");
        }
        names.forEach(name -> problem.object(name, "passenger"));
        for (int low = 1; low <= floors; low++) {
            for (int high = low + 1; high <= floors; high++) {
                problem.init("above f" + low + " f" + high);
            }
        }
        problem.init("lift-at f" + Draw.between(1, floors, random));
        for (String name : names) {
            int from = Draw.between(1, floors, random);
            int to = (from + random.nextInt(floors - 1)) % floors + 1;
            problem.init("origin " + name + " f" + from).init("destin " + name + " f" + to).init("waiting " + name).goal("served " + name);
        }
        return problem.build();
    }

    @Override
    public String question(StripsPuzzle puzzle) {
        return "An elevator serves a building whose floors are f1 (lowest) and up; (above x y) means floor y is higher than floor x."
                + " The lift travels straight to any floor in one action. Each passenger waits at an origin floor, may board"
                + " there while the lift stands at that floor, and leaves (departs) at the destination floor. The lift has no"
                + " capacity limit. The actions in a PDDL-like notation:\n\n"
                + Strips.domainText(SCHEMAS) + "\nThis building and its passengers:\n" + puzzle.problem().text() + "\n\n" + Strips.LANGUAGE
                + "\n\nServe every passenger using the fewest actions in total (moves of the lift included). Give the actions in"
                + " order, separated by commas, each as the action's name and then its objects in parameter order, for example:"
                + " up f2 f9, board f9 zoe, down f9 f4, depart f4 zoe";
    }

    @Override
    public Plan solve(StripsPuzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(StripsPuzzle puzzle, Plan plan) {
        return Strips.check(SCHEMAS, puzzle, plan, true);
    }

    @Override
    public List<Plan> nearMisses(StripsPuzzle puzzle, Plan gold, RandomGenerator random) {
        return Strips.misses(SCHEMAS, puzzle, true, random);
    }

    @Override
    public double cost(StripsPuzzle puzzle) {
        return puzzle.explored();
    }
}
