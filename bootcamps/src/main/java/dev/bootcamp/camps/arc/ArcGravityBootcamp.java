package dev.bootcamp.camps.arc;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.ArcGrids.Example;
import dev.bootcamp.camps.kit.ArcGrids;
import dev.bootcamp.camps.kit.ArcTask.Answer;
import dev.bootcamp.camps.kit.ArcTask;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** ARC-style rule induction: coloured cells fall one way until they meet the edge or another cell. */
@AutoService(Bootcamp.class)
public final class ArcGravityBootcamp extends Camp<ArcGravityBootcamp.Puzzle, Answer> implements ArcTask<ArcGravityBootcamp.Puzzle> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 3, 30, 6, "largest number of rows or columns of a grid");
    private static final Knob<Integer> COLOUR_COUNT = Knob.integer("colours", 1, 9, 3, "number of colours besides the background");
    private static final Knob<Integer> ANCHORS = Knob.integer("anchors", 0, 3, 0, "number of colours whose cells stay where they are (at most colours - 1)");
    private static final Knob<Double> DENSITY = Knob.decimal("density", 0.05, 0.9, 0.3, "chance that a cell of an input grid is coloured");
    private static final Knob<Integer> EXAMPLES = Knob.integer("examples", 1, 10, 3, "number of example pairs shown");
    private static final BootcampInfo INFO = BootcampInfo.builder(ArcGravityBootcamp.class)
            .title("ARC: gravity")
            .domain("arc")
            .tags("arc", "grids", "induction", "simulation")
            .summary("Example pairs of colour grids (digits 0-9, 0 the background) share one hidden rule, which the prompt"
                    + " does not name: every coloured cell falls in one direction (down, up, left or right) until it meets"
                    + " the edge of the grid or another cell; at higher levels the cells of one or two colours stay where"
                    + " they are and the others pile up against them. The model gives the output for a test input. Draws"
                    + " where another direction or another set of fixed colours fits every example but changes the test"
                    + " output are rejected, so the answer is determined. It is compared cell by cell: CORRECT when the"
                    + " shape and every cell match, otherwise WRONG.")
            .knob(SIZE)
            .knob(COLOUR_COUNT)
            .knob(ANCHORS)
            .knob(DENSITY)
            .knob(EXAMPLES)
            .answerShape("the output grid, one line per row, one digit 0-9 per cell (spaces between cells optional)")
            .build();

    private static final int ATTEMPTS_PER_EXAMPLE = 40;
    private static final int DIRECTIONS = 4;
    private static final int COLOURS = 10;

    /**
     * The examples, the test input and its output (kept for checking, never shown), and the hidden rule: the direction
     * (0 down, 1 up, 2 right, 3 left) and the colours that stay put.
     */
    public record Puzzle(List<Example> examples, List<String> test, List<String> output, int direction, List<Integer> anchors) implements ArcTask.Puzzle {
        public Puzzle {
            examples = List.copyOf(examples);
            test = List.copyOf(test);
            output = List.copyOf(output);
            anchors = List.copyOf(anchors);
        }
    }

    public ArcGravityBootcamp() {
        super(INFO, ArcTask.codec());
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 4, 12))
                .with(COLOUR_COUNT, Draw.scale(level, 2, 6))
                .with(ANCHORS, level <= 4 ? 0 : level <= 7 ? 1 : 2)
                .with(DENSITY, (20 + 3 * (level - 1)) / 100.0)
                .with(EXAMPLES, Draw.scale(level, 4, 2));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        double density = knobs.get(DENSITY);
        int[] palette = ArcGrids.palette(knobs.get(COLOUR_COUNT), random);
        int direction = random.nextInt(DIRECTIONS);
        int anchorCount = Math.min(knobs.get(ANCHORS), palette.length - 1);
        boolean[] anchored = new boolean[COLOURS];
        List<Integer> anchors = Arrays.stream(palette, 0, anchorCount).sorted().boxed().toList();
        anchors.forEach(colour -> anchored[colour] = true);
        for (int attempt = 0; ; attempt++) {
            int count = Math.min(10, knobs.get(EXAMPLES) + attempt / ATTEMPTS_PER_EXAMPLE);
            List<int[][]> inputs = new ArrayList<>();
            List<int[][]> outputs = new ArrayList<>();
            boolean moves = true;
            for (int i = 0; i <= count && moves; i++) {
                int rows = Draw.between(Math.max(2, (size + 1) / 2), size, random);
                int columns = Draw.between(Math.max(2, (size + 1) / 2), size, random);
                int[][] input = ArcGrids.scatter(rows, columns, density, palette, random);
                int[][] output = fall(input, direction, anchored);
                moves = !ArcGrids.same(input, output);
                inputs.add(input);
                outputs.add(output);
            }
            if (!moves || !determined(inputs, outputs, palette)) {
                continue;
            }
            return new Puzzle(ArcTask.examples(inputs, outputs, count), ArcGrids.rows(inputs.get(count)), ArcGrids.rows(outputs.get(count)), direction, anchors);
        }
    }

    @Override
    public int[][] apply(Puzzle puzzle, int[][] grid) {
        return fall(grid, puzzle.direction(), anchored(puzzle.anchors()));
    }

    /** Falling in each direction, and falling with nothing anchored. */
    @Override
    public List<int[][]> neighbours(Puzzle puzzle, int[][] test) {
        boolean[] anchored = anchored(puzzle.anchors());
        List<int[][]> neighbours = new ArrayList<>();
        for (int direction = 0; direction < DIRECTIONS; direction++) {
            neighbours.add(fall(test, direction, anchored));
        }
        neighbours.add(fall(test, puzzle.direction(), new boolean[COLOURS]));
        return neighbours;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (double) ArcGrids.area(puzzle.test()) * (1 + puzzle.anchors().size());
    }

    private static boolean[] anchored(List<Integer> anchors) {
        boolean[] anchored = new boolean[COLOURS];
        anchors.forEach(colour -> anchored[colour] = true);
        return anchored;
    }

    /**
     * Each line of cells along the direction, scanned from the side the cells fall towards: a fixed cell stays and
     * becomes the new floor; a moving cell lands on the floor, which then rises by one.
     */
    private static int[][] fall(int[][] grid, int direction, boolean[] anchored) {
        int rows = grid.length;
        int columns = grid[0].length;
        boolean vertical = direction <= 1;
        int lines = vertical ? columns : rows;
        int length = vertical ? rows : columns;
        int[][] result = new int[rows][columns];
        for (int line = 0; line < lines; line++) {
            int floor = 0;
            for (int i = 0; i < length; i++) {
                int position = direction % 2 == 0 ? length - 1 - i : i;
                int colour = vertical ? grid[position][line] : grid[line][position];
                if (colour == 0) {
                    continue;
                }
                int target = i;
                if (!anchored[colour]) {
                    target = floor;
                }
                floor = target + 1;
                int landing = direction % 2 == 0 ? length - 1 - target : target;
                if (vertical) {
                    result[landing][line] = colour;
                } else {
                    result[line][landing] = colour;
                }
            }
        }
        return result;
    }

    /**
     * Whether the examples pin the test output down: every direction and every set of fixed colours that fits all
     * examples gives the hidden test output. The last input and output are the test.
     */
    private static boolean determined(List<int[][]> inputs, List<int[][]> outputs, int[] palette) {
        int last = inputs.size() - 1;
        for (int direction = 0; direction < DIRECTIONS; direction++) {
            for (int subset = 0; subset < 1 << palette.length; subset++) {
                boolean[] anchored = new boolean[COLOURS];
                for (int i = 0; i < palette.length; i++) {
                    anchored[palette[i]] = (subset >> i & 1) == 1;
                }
                if (fitsExamples(inputs, outputs, direction, anchored)
                        && !ArcGrids.same(fall(inputs.get(last), direction, anchored), outputs.get(last))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean fitsExamples(List<int[][]> inputs, List<int[][]> outputs, int direction, boolean[] anchored) {
        for (int i = 0; i < inputs.size() - 1; i++) {
            if (!ArcGrids.same(fall(inputs.get(i), direction, anchored), outputs.get(i))) {
                return false;
            }
        }
        return true;
    }
}
