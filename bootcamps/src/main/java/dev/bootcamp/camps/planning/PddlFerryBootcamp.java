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

/** Ferry: a one-car ferry shuttles cars between harbours; the shortest plan is asked, written as PDDL-like actions. */
@AutoService(Bootcamp.class)
public final class PddlFerryBootcamp extends Camp<StripsPuzzle, Plan> {
    private static final Knob<Integer> CARS = Knob.integer("cars", 1, 5, 3, "cars to ship");
    private static final Knob<Integer> PORTS = Knob.integer("ports", 2, 5, 3, "harbours");
    private static final BootcampInfo INFO = BootcampInfo.builder(PddlFerryBootcamp.class)
            .title("Ferry shipping plan (PDDL)")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips", "optimal-plan", "partial-credit")
            .summary("The ferry domain in PDDL-like text: a ferry that holds one car at a time sails between harbours, cars"
                    + " board it and drive off it. Give a shortest action sequence that brings every car to its goal harbour"
                    + " (optimum by breadth-first search). Replayed action by action; the fewest actions is CORRECT, a longer legal"
                    + " plan PARTIAL with reward shortest / length / 2, anything else WRONG.")
            .knob(CARS)
            .knob(PORTS)
            .answerShape("actions separated by commas, each the action name followed by its objects, such as sail dover calais")
            .severalAnswers()
            .build();

    static final List<StripsSchema> SCHEMAS = List.of(
            StripsSchema.of("sail", "?from port, ?to port", "ferry-at ?from", "ferry-at ?to", "ferry-at ?from"),
            StripsSchema.of("board", "?c car, ?p port", "at ?c ?p; ferry-at ?p; deck-free", "aboard ?c", "at ?c ?p; deck-free"),
            StripsSchema.of("debark", "?c car, ?p port", "aboard ?c; ferry-at ?p", "at ?c ?p; deck-free", "aboard ?c"));
    private static final List<String> PORT_NAMES = List.of("dover", "calais", "bergen", "kiel", "malmo", "riga", "split", "bari", "cork", "hull");
    private static final List<String> CAR_NAMES = List.of("jeep", "van", "taxi", "coupe", "sedan", "truck", "buggy", "limo", "wagon", "mini");

    public PddlFerryBootcamp() {
        super(INFO, PlanCodecs.steps(400));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] cars = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        int[] ports = {2, 3, 3, 3, 3, 4, 4, 4, 4, 5};
        return INFO.defaults().with(CARS, cars[level - 1]).with(PORTS, ports[level - 1]);
    }

    @Override
    public StripsPuzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> ports = Draw.sample(PORT_NAMES, knobs.get(PORTS), random);
        List<String> cars = Draw.sample(CAR_NAMES, knobs.get(CARS), random);
        return Strips.generate(SCHEMAS, () -> draw(ports, cars, random), () -> draw(ports, cars, random), 3 * cars.size(), 100_000, 4, 0);
    }

    private static StripsProblem draw(List<String> ports, List<String> cars, RandomGenerator random) {
        StripsProblem.Builder problem = new StripsProblem.Builder();
        ports.forEach(port -> problem.object(port, "port"));
        cars.forEach(car -> problem.object(car, "car"));
        problem.init("ferry-at " + Draw.pick(ports, random)).init("deck-free");
        for (String car : cars) {
            int from = random.nextInt(ports.size());
            int to = (from + 1 + random.nextInt(ports.size() - 1)) % ports.size();
            problem.init("at " + car + " " + ports.get(from)).goal("at " + car + " " + ports.get(to));
        }
        return problem.build();
    }

    @Override
    public String question(StripsPuzzle puzzle) {
        return "A small car ferry links several harbours. Its deck takes a single car, so a second car can only board after the"
                + " first has driven off; the ferry may sail straight from any harbour to any other. The rules as PDDL-like"
                + " action schemas:\n\n" + Strips.domainText(SCHEMAS) + "\nToday's situation and what must be achieved:\n"
                + puzzle.problem().text() + "\n\n" + Strips.LANGUAGE
                + "\n\nWhat is the quickest way to get every car to its goal harbour? Give a plan with as few actions as possible"
                + " (each sailing, boarding and debarking counts as one), listed in order with commas between them, each action"
                + " written as its name followed by its objects in parameter order, for instance: board mini hull, sail hull cork";
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
