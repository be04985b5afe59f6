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

/** Gripper: a two-handed robot carries balls between rooms; the shortest plan is asked, written as PDDL-like actions. */
@AutoService(Bootcamp.class)
public final class PddlGripperBootcamp extends Camp<StripsPuzzle, Plan> {
    private static final Knob<Integer> BALLS = Knob.integer("balls", 1, 5, 3, "balls that must reach a goal room");
    private static final Knob<Integer> ROOMS = Knob.integer("rooms", 2, 4, 2, "rooms");
    private static final Knob<Integer> MIN_LENGTH = Knob.integer("min-length", 1, 16, 5, "fewest steps the shortest plan should need (the longest drawn is used otherwise)");
    private static final BootcampInfo INFO = BootcampInfo.builder(PddlGripperBootcamp.class)
            .title("Gripper robot plan (PDDL)")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips", "optimal-plan", "partial-credit")
            .summary("The gripper domain in PDDL-like text: a robot with a left and a right hand moves between rooms, picks up"
                    + " balls and drops them. Give a shortest action sequence that brings every ball to its goal room. The plan"
                    + " is replayed action by action (first illegal action reported); a legal plan reaching the goal with the"
                    + " fewest actions (proved by breadth-first search) is CORRECT, a longer legal one PARTIAL with reward"
                    + " shortest / length / 2, anything else WRONG.")
            .knob(BALLS)
            .knob(ROOMS)
            .knob(MIN_LENGTH)
            .answerShape("actions separated by commas, each the action name followed by its objects, such as move hall attic")
            .severalAnswers()
            .build();

    static final List<StripsSchema> SCHEMAS = List.of(
            StripsSchema.of("move", "?from room, ?to room", "robot-at ?from", "robot-at ?to", "robot-at ?from"),
            StripsSchema.of("pick", "?b ball, ?r room, ?h hand", "at ?b ?r; robot-at ?r; free ?h", "carry ?b ?h", "at ?b ?r; free ?h"),
            StripsSchema.of("drop", "?b ball, ?r room, ?h hand", "carry ?b ?h; robot-at ?r", "at ?b ?r; free ?h", "carry ?b ?h"));
    private static final List<String> ROOM_NAMES = List.of("hall", "kitchen", "attic", "cellar", "garden", "study", "porch", "library");
    private static final List<String> BALL_NAMES = List.of("red", "blue", "green", "white", "black", "pink", "gold", "grey", "orange", "violet");

    public PddlGripperBootcamp() {
        super(INFO, PlanCodecs.steps(1000));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] balls = {1, 2, 2, 3, 3, 3, 4, 4, 4, 5};
        int[] rooms = {2, 2, 2, 2, 3, 3, 3, 3, 3, 3};
        return INFO.defaults().with(BALLS, balls[level - 1]).with(ROOMS, rooms[level - 1]).with(MIN_LENGTH, 2 + level);
    }

    @Override
    public StripsPuzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> rooms = Draw.sample(ROOM_NAMES, knobs.get(ROOMS), random);
        List<String> balls = Draw.sample(BALL_NAMES, knobs.get(BALLS), random);
        return Strips.generate(SCHEMAS, () -> draw(rooms, balls, random, false), () -> draw(rooms, balls, random, true),
                knobs.get(MIN_LENGTH), 200_000, 8, 0);
    }

    private static StripsProblem draw(List<String> rooms, List<String> balls, RandomGenerator random, boolean simple) {
        StripsProblem.Builder problem = new StripsProblem.Builder();
        rooms.forEach(room -> problem.object(room, "room"));
        balls.forEach(ball -> problem.object(ball, "ball"));
        problem.object("left", "hand").object("right", "hand");
        problem.init("robot-at " + Draw.pick(rooms, random)).init("free left").init("free right");
        for (String ball : balls) {
            int from = random.nextInt(rooms.size());
            int to = simple ? (from + 1) % rooms.size() : (from + 1 + random.nextInt(rooms.size() - 1)) % rooms.size();
            problem.init("at " + ball + " " + rooms.get(from)).goal("at " + ball + " " + rooms.get(to));
        }
        return problem.build();
    }

    @Override
    public String question(StripsPuzzle puzzle) {
        return "A robot with two hands, left and right, works in a house of rooms. It can move from any room to any other in"
                + " one step, pick up a ball lying in its room with a free hand, and drop a carried ball in its room. The"
                + " domain and the problem are given in a small PDDL-like language.\n\n"
                + Strips.domainText(SCHEMAS) + "\n" + puzzle.problem().text() + "\n\n" + Strips.LANGUAGE
                + "\n\nFind a plan with the fewest possible actions that makes every goal atom true. Write the actions in order,"
                + " separated by commas, each as its name followed by its objects in parameter order, for example:"
                + " move hall attic, pick blue attic left";
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
