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
import java.util.List;
import java.util.random.RandomGenerator;

/** ARC-style rule induction: the output is the largest (or the smallest) object, cut out of the input. */
@AutoService(Bootcamp.class)
public final class ArcObjectExtractionBootcamp extends Camp<ArcObjectExtractionBootcamp.Puzzle, Answer> implements ArcTask<ArcObjectExtractionBootcamp.Puzzle> {
    static final Knob<Integer> SIZE = Knob.integer("size", 5, 30, 10, "largest number of rows or columns of an input grid");
    static final Knob<Integer> OBJECTS = Knob.integer("objects", 2, 12, 4, "number of objects drawn in a grid (fewer when they do not fit)");
    static final Knob<Integer> OBJECT_SIZE = Knob.integer("object-size", 2, 40, 6, "most cells in an object");
    static final Knob<Integer> COLOURS = Knob.integer("colours", 1, 9, 3, "number of colours besides the background");
    static final Knob<Double> NOISE = Knob.decimal("noise", 0, 0.2, 0, "fraction of cells holding stray single cells (only when the largest object is wanted)");
    static final Knob<Boolean> TOUCHING = Knob.flag("touching", false, "objects may touch each other corner to corner");
    static final Knob<Boolean> DIAGONAL = Knob.flag("diagonal", false, "objects may be joined corner to corner, and the rule may count such cells as one object");
    static final Knob<Boolean> MULTICOLOUR = Knob.flag("multicolour", false, "objects may have two colours, and the rule may count joined cells of any colours as one object");
    static final Knob<Integer> EXAMPLES = Knob.integer("examples", 1, 10, 3, "number of example pairs shown");
    private static final BootcampInfo INFO = BootcampInfo.builder(ArcObjectExtractionBootcamp.class)
            .title("ARC: object extraction")
            .domain("arc")
            .version(2)
            .tags("arc", "grids", "induction", "objects")
            .summary("Example pairs of colour grids (digits 0-9, 0 the background) share one hidden rule, which the prompt"
                    + " does not name: the output is the object with the most cells (or the fewest) cut out of the input,"
                    + " its bounding box with the object's cells kept (every object has at least three cells). What counts as one object varies: cells of one colour"
                    + " joined side by side, also corner to corner (higher levels), or joined cells of any colours (highest"
                    + " levels). The model gives the output for a test input. Draws where another size rule or object"
                    + " notion fits every example but changes the test output, or where the chosen object ties in size, are"
                    + " rejected, so the answer is determined. It is compared cell by cell: CORRECT when the shape and"
                    + " every cell match, otherwise WRONG.")
            .knob(SIZE)
            .knob(OBJECTS)
            .knob(OBJECT_SIZE)
            .knob(COLOURS)
            .knob(NOISE)
            .knob(TOUCHING)
            .knob(DIAGONAL)
            .knob(MULTICOLOUR)
            .knob(EXAMPLES)
            .answerShape("the output grid, one line per row, one digit 0-9 per cell (spaces between cells optional)")
            .build();

    private static final int ATTEMPTS_PER_EXAMPLE = 40;

    /**
     * The examples, the test input and its output (kept for checking, never shown), and the hidden rule: the largest or
     * the smallest object, whether cells joined corner to corner belong together, and whether colours may mix.
     */
    public record Puzzle(List<Example> examples, List<String> test, List<String> output, boolean largest, boolean diagonal,
            boolean anyColour) implements ArcTask.Puzzle {
        public Puzzle {
            examples = List.copyOf(examples);
            test = List.copyOf(test);
            output = List.copyOf(output);
        }
    }

    /** One way to read objects and choose one: the parameters of the rule. */
    private record Rule(boolean largest, boolean diagonal, boolean anyColour) {}

    public ArcObjectExtractionBootcamp() {
        super(INFO, ArcTask.codec());
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 6, 16))
                .with(OBJECTS, Draw.scale(level, 2, 7))
                .with(OBJECT_SIZE, Draw.scale(level, 4, 14))
                .with(COLOURS, Draw.scale(level, 2, 6))
                .with(NOISE, level <= 4 ? 0 : (level - 4) / 100.0)
                .with(TOUCHING, level >= 4)
                .with(DIAGONAL, level >= 6)
                .with(MULTICOLOUR, level >= 8)
                .with(EXAMPLES, Draw.scale(level, 4, 2));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int[] palette = ArcGrids.palette(knobs.get(COLOURS), random);
        Rule rule = new Rule(random.nextBoolean(), knobs.get(DIAGONAL) && random.nextBoolean(),
                knobs.get(MULTICOLOUR) && palette.length > 1 && random.nextBoolean());
        for (int attempt = 0; ; attempt++) {
            int count = Math.min(10, knobs.get(EXAMPLES) + attempt / ATTEMPTS_PER_EXAMPLE);
            List<int[][]> inputs = new ArrayList<>();
            List<int[][]> outputs = new ArrayList<>();
            while (inputs.size() <= count) {
                int[][] input = ArcObjectExtractionGenerator.drawInput(knobs, palette, rule.largest(), random);
                int[][] output = extract(input, rule);
                // A test answer of one column would be written as single digits that could match a row of the prompt.
                if (output != null && (inputs.size() < count || output[0].length >= 2)) {
                    inputs.add(input);
                    outputs.add(output);
                }
            }
            if (!determined(inputs, outputs)) {
                continue;
            }
            return new Puzzle(ArcTask.examples(inputs, outputs, count), ArcGrids.rows(inputs.get(count)), ArcGrids.rows(outputs.get(count)), rule.largest(),
                    rule.diagonal(), rule.anyColour());
        }
    }

    @Override
    public int[][] apply(Puzzle puzzle, int[][] grid) {
        return extract(grid, new Rule(puzzle.largest(), puzzle.diagonal(), puzzle.anyColour()));
    }

    /** Every rule of the family. */
    @Override
    public List<int[][]> neighbours(Puzzle puzzle, int[][] test) {
        return rules().stream().map(rule -> extract(test, rule)).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        int[][] test = ArcGrids.grid(puzzle.test());
        return (double) ArcGrids.area(puzzle.test()) * ArcGrids.objects(test, puzzle.diagonal(), puzzle.anyColour()).size();
    }

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (boolean largest : new boolean[] {true, false}) {
            for (boolean diagonal : new boolean[] {false, true}) {
                for (boolean anyColour : new boolean[] {false, true}) {
                    rules.add(new Rule(largest, diagonal, anyColour));
                }
            }
        }
        return rules;
    }

    /**
     * The chosen object's bounding box with only its cells kept; null when the extreme size is shared, or when another
     * object reaches into the box (cutting out the box would then be ambiguous).
     */
    private static int[][] extract(int[][] grid, Rule rule) {
        return extract(grid, ArcGrids.objects(grid, rule.diagonal(), rule.anyColour()), rule.largest());
    }

    private static int[][] extract(int[][] grid, List<int[]> objects, boolean largest) {
        int[] chosen = null;
        boolean tie = false;
        for (int[] object : objects) {
            if (chosen == null || (largest ? object.length > chosen.length : object.length < chosen.length)) {
                chosen = object;
                tie = false;
            } else if (object.length == chosen.length) {
                tie = true;
            }
        }
        if (chosen == null || tie) {
            return null;
        }
        int columns = grid[0].length;
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = 0;
        int right = 0;
        for (int cell : chosen) {
            top = Math.min(top, cell / columns);
            bottom = Math.max(bottom, cell / columns);
            left = Math.min(left, cell % columns);
            right = Math.max(right, cell % columns);
        }
        int[][] result = new int[bottom - top + 1][right - left + 1];
        for (int cell : chosen) {
            result[cell / columns - top][cell % columns - left] = grid[cell / columns][cell % columns];
        }
        for (int r = top; r <= bottom; r++) {
            for (int c = left; c <= right; c++) {
                if (grid[r][c] != result[r - top][c - left]) {
                    return null;
                }
            }
        }
        return result;
    }

    /**
     * Whether the examples pin the test output down: every rule of the family that fits all examples gives the hidden
     * test output. The last input and output are the test.
     */
    private static boolean determined(List<int[][]> inputs, List<int[][]> outputs) {
        int last = inputs.size() - 1;
        for (boolean diagonal : new boolean[] {false, true}) {
            for (boolean anyColour : new boolean[] {false, true}) {
                List<List<int[]>> objects = new ArrayList<>();
                for (int[][] input : inputs) {
                    objects.add(ArcGrids.objects(input, diagonal, anyColour));
                }
                for (boolean largest : new boolean[] {true, false}) {
                    boolean fits = true;
                    for (int i = 0; i < last && fits; i++) {
                        int[][] output = extract(inputs.get(i), objects.get(i), largest);
                        fits = output != null && ArcGrids.same(output, outputs.get(i));
                    }
                    int[][] output = fits ? extract(inputs.get(last), objects.get(last), largest) : null;
                    if (fits && (output == null || !ArcGrids.same(output, outputs.get(last)))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
