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
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Grid with keys and locks: a one-handed robot fetches shaped keys to open locked cells; any plan within a bound. */
@AutoService(Bootcamp.class)
public final class PddlGridKeysBootcamp extends Camp<StripsPuzzle, Plan> {
    private static final Knob<Integer> WIDTH = Knob.integer("width", 2, 4, 3, "grid columns");
    private static final Knob<Integer> HEIGHT = Knob.integer("height", 2, 4, 3, "grid rows");
    private static final Knob<Integer> LOCKS = Knob.integer("locks", 0, 3, 2, "locked cells");
    private static final Knob<Integer> KEYS = Knob.integer("keys", 1, 3, 2, "keys lying on the grid");
    private static final Knob<Integer> SLACK = Knob.integer("slack", 0, 8, 3, "actions allowed beyond the shortest plan");
    private static final BootcampInfo INFO = BootcampInfo.builder(PddlGridKeysBootcamp.class)
            .title("Grid robot with keys and locks (PDDL)")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips")
            .summary("The grid domain in PDDL-like text: a robot moves between neighbouring open cells, carries at most one key,"
                    + " and opens a locked neighbouring cell with a key of the lock's shape. Reach the goal (the robot on a cell,"
                    + " sometimes a key delivered) in at most a stated number of actions (the shortest plan, by breadth-first"
                    + " search, plus a slack). The plan is replayed; CORRECT when every action is legal, the goal holds at the"
                    + " end and the bound is kept, WRONG otherwise.")
            .knob(WIDTH)
            .knob(HEIGHT)
            .knob(LOCKS)
            .knob(KEYS)
            .knob(SLACK)
            .answerShape("actions separated by commas, each the action name followed by its objects, such as step c1-1 c1-2")
            .severalAnswers()
            .build();

    static final List<StripsSchema> SCHEMAS = List.of(
            StripsSchema.of("step", "?from cell, ?to cell", "robot-at ?from; next ?from ?to; open ?to", "robot-at ?to", "robot-at ?from"),
            StripsSchema.of("take", "?c cell, ?k key", "robot-at ?c; key-at ?k ?c; hand-empty", "holding ?k", "key-at ?k ?c; hand-empty"),
            StripsSchema.of("leave", "?c cell, ?k key", "robot-at ?c; holding ?k", "key-at ?k ?c; hand-empty", "holding ?k"),
            StripsSchema.of("unlock", "?c cell, ?d cell, ?k key, ?s shape",
                    "robot-at ?c; next ?c ?d; locked ?d; holding ?k; key-shape ?k ?s; lock-shape ?d ?s", "open ?d", "locked ?d"));
    private static final List<String> SHAPES = List.of("circle", "square", "triangle", "star", "heart");
    private static final List<String> KEY_NAMES = List.of("brass", "iron", "silver", "copper", "bronze", "steel");

    public PddlGridKeysBootcamp() {
        super(INFO, PlanCodecs.steps(400));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] width = {3, 3, 3, 3, 3, 3, 4, 4, 4, 4};
        int[] height = {2, 3, 3, 3, 3, 3, 3, 3, 4, 4};
        int[] locks = {1, 1, 1, 1, 2, 2, 2, 3, 3, 3};
        int[] keys = {1, 1, 1, 2, 2, 2, 2, 3, 3, 3};
        int[] slack = {4, 4, 3, 3, 3, 2, 2, 2, 1, 1};
        return INFO.defaults().with(WIDTH, width[level - 1]).with(HEIGHT, height[level - 1]).with(LOCKS, locks[level - 1])
                .with(KEYS, keys[level - 1]).with(SLACK, slack[level - 1]);
    }

    @Override
    public StripsPuzzle generate(Knobs knobs, RandomGenerator random) {
        int width = knobs.get(WIDTH);
        int height = knobs.get(HEIGHT);
        int locks = Math.min(knobs.get(LOCKS), width * height - 2);
        int keys = Math.min(knobs.get(KEYS), width * height - 1 - locks);
        int minLength = width + height + 2 * locks;
        return Strips.generate(SCHEMAS, () -> draw(width, height, locks, keys, random), () -> draw(width, height, 0, keys, random),
                minLength, 8_000, 3, knobs.get(SLACK));
    }

    private static String cell(int column, int row) {
        return "c" + column + "-" + row;
    }

    private static StripsProblem draw(int width, int height, int locks, int keys, RandomGenerator random) {
        StripsProblem.Builder problem = new StripsProblem.Builder();
        List<String> cells = new ArrayList<>();
        for (int row = 1; row <= height; row++) {
            for (int column = 1; column <= width; column++) {
                cells.add(cell(column, row));
                problem.object(cell(column, row), "cell");
            }
        }
        List<String> keyNames = KEY_NAMES.subList(0, keys);
        keyNames.forEach(key -> problem.object(key, "key"));
        List<String> shapes = Draw.sample(SHAPES, Math.min(keys, 3), random);
        shapes.forEach(shape -> problem.object(shape, "shape"));
        for (int row = 1; row <= height; row++) {
            for (int column = 1; column <= width; column++) {
                int[][] around = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
                for (int[] d : around) {
                    int c = column + d[0];
                    int r = row + d[1];
                    if (c >= 1 && c <= width && r >= 1 && r <= height) {
                        problem.init("next " + cell(column, row) + " " + cell(c, r));
                    }
                }
            }
        }
        List<String> order = new ArrayList<>(cells);
        Draw.shuffle(order, random);
        String start = order.get(0);
        List<String> locked = order.subList(1, 1 + locks);
        problem.init("robot-at " + start).init("hand-empty");
        for (String cell : cells) {
            if (!locked.contains(cell)) {
                problem.init("open " + cell);
            }
        }
        for (String cell : locked) {
            problem.init("locked " + cell).init("lock-shape " + cell + " " + Draw.pick(shapes, random));
        }
        for (int i = 0; i < keys; i++) {
            problem.init("key-shape " + keyNames.get(i) + " " + shapes.get(i % shapes.size()));
            problem.init("key-at " + keyNames.get(i) + " " + order.get(1 + locks + random.nextInt(order.size() - 1 - locks)));
        }
        String target = locks > 0 ? Draw.pick(locked, random) : order.get(order.size() - 1);
        problem.goal("robot-at " + target);
        if (random.nextBoolean()) {
            problem.goal("key-at " + keyNames.get(0) + " " + Draw.pick(cells, random));
        }
        return problem.build();
    }

    @Override
    public String question(StripsPuzzle puzzle) {
        return "A robot explores a rectangular grid of cells named c<column>-<row>; (next x y) says cells x and y are side by"
                + " side. It can walk only onto open cells. Some cells are locked: standing beside one while holding a key of"
                + " the lock's shape, the robot can open it for good (the key stays in its hand). It has one hand, so it carries"
                + " at most one key and must leave a key on its cell before taking another. The actions in PDDL-like form:\n\n"
                + Strips.domainText(SCHEMAS) + "\nThe grid, the keys and the goal:\n" + puzzle.problem().text() + "\n\n"
                + Strips.LANGUAGE + "\n\nProduce a plan of no more than " + puzzle.bound() + " actions that achieves the goal."
                + " Write the actions one after another, separated by commas, each as the action's name and then its objects in"
                + " the order of its parameters, like this: take c2-2 steel, step c2-2 c2-3";
    }

    @Override
    public Plan solve(StripsPuzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(StripsPuzzle puzzle, Plan plan) {
        return Strips.check(SCHEMAS, puzzle, plan, false);
    }

    @Override
    public List<Plan> nearMisses(StripsPuzzle puzzle, Plan gold, RandomGenerator random) {
        return Strips.misses(SCHEMAS, puzzle, false, random);
    }

    @Override
    public double cost(StripsPuzzle puzzle) {
        return puzzle.explored();
    }
}
