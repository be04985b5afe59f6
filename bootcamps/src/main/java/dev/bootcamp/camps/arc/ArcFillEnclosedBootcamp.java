package dev.bootcamp.camps.arc;

import static dev.bootcamp.camps.arc.ArcFillEnclosedRule.WALL_FILL;
import static dev.bootcamp.camps.arc.ArcFillEnclosedRule.enclosed;
import static dev.bootcamp.camps.arc.ArcFillEnclosedRule.fill;

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

/** ARC-style rule induction: background cells shut in by walls are filled with a colour. */
@AutoService(Bootcamp.class)
public final class ArcFillEnclosedBootcamp extends Camp<ArcFillEnclosedBootcamp.Puzzle, Answer> implements ArcTask<ArcFillEnclosedBootcamp.Puzzle> {
    static final Knob<Integer> SIZE = Knob.integer("size", 5, 30, 10, "largest number of rows or columns of a grid");
    static final Knob<Integer> SHAPES = Knob.integer("shapes", 1, 12, 3, "number of outlined shapes drawn in a grid (fewer when they do not fit)");
    static final Knob<Integer> INTERIOR = Knob.integer("interior", 1, 30, 4, "largest number of cells inside an outline");
    static final Knob<Integer> WALL_COLOURS = Knob.integer("wall-colours", 1, 8, 2, "number of colours the walls are drawn in");
    static final Knob<Double> LEAKS = Knob.decimal("leaks", 0, 0.6, 0.2, "chance that an outline has a gap, so that its inside is not enclosed");
    static final Knob<Double> NOISE = Knob.decimal("noise", 0, 0.3, 0, "fraction of the cells away from the shapes that hold stray wall-coloured cells");
    static final Knob<Boolean> FILL_WITH_WALL = Knob.flag("wall-fill", false, "the rule may fill with the colour of the surrounding wall instead of a fixed colour");
    static final Knob<Boolean> DIAGONAL = Knob.flag("diagonal", false, "the background may leak through diagonal gaps (corner to corner) under the rule");
    static final Knob<Integer> EXAMPLES = Knob.integer("examples", 1, 10, 3, "number of example pairs shown");
    private static final BootcampInfo INFO = BootcampInfo.builder(ArcFillEnclosedBootcamp.class)
            .title("ARC: fill enclosed regions")
            .domain("arc")
            .tags("arc", "grids", "induction", "flood-fill")
            .summary("Example pairs of colour grids (digits 0-9, 0 the background) share one hidden rule, which the prompt"
                    + " does not name: background cells that cannot reach the edge of the grid through other background"
                    + " cells are filled, either with one fixed colour or (at higher levels) with the colour of the walls"
                    + " around them; at the highest levels the background may also leak through diagonal gaps. Walls are"
                    + " outlines of random shapes, some with a gap, among stray cells. The model gives the output for a test"
                    + " input. Draws where another fill colour or the other kind of leak fits every example but changes the"
                    + " test output are rejected, so the answer is determined. It is compared cell by cell: CORRECT when"
                    + " the shape and every cell match, otherwise WRONG.")
            .knob(SIZE)
            .knob(SHAPES)
            .knob(INTERIOR)
            .knob(WALL_COLOURS)
            .knob(LEAKS)
            .knob(NOISE)
            .knob(FILL_WITH_WALL)
            .knob(DIAGONAL)
            .knob(EXAMPLES)
            .answerShape("the output grid, one line per row, one digit 0-9 per cell (spaces between cells optional)")
            .build();

    private static final int ATTEMPTS_PER_EXAMPLE = 40;

    /**
     * The examples, the test input and its output (kept for checking, never shown), and the hidden rule: whether the
     * background leaks corner to corner, and the fill colour (0 meaning the colour of the surrounding wall).
     */
    public record Puzzle(List<Example> examples, List<String> test, List<String> output, boolean diagonal, int fill) implements ArcTask.Puzzle {
        public Puzzle {
            examples = List.copyOf(examples);
            test = List.copyOf(test);
            output = List.copyOf(output);
        }
    }

    public ArcFillEnclosedBootcamp() {
        super(INFO, ArcTask.codec());
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 6, 16))
                .with(SHAPES, Draw.scale(level, 2, 6))
                .with(INTERIOR, Draw.scale(level, 2, 12))
                .with(WALL_COLOURS, Draw.scale(level, 1, 4))
                .with(LEAKS, (level - 1) * 5 / 100.0)
                .with(NOISE, level <= 3 ? 0 : (level - 3) / 100.0)
                .with(FILL_WITH_WALL, level >= 5)
                .with(DIAGONAL, level >= 7)
                .with(EXAMPLES, Draw.scale(level, 4, 2));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int[] walls = ArcGrids.palette(knobs.get(WALL_COLOURS), random);
        boolean diagonal = knobs.get(DIAGONAL) && random.nextBoolean();
        // With one wall colour, filling with the wall's colour looks the same as filling with that fixed colour.
        boolean wallFill = knobs.get(FILL_WITH_WALL) && walls.length > 1 && random.nextBoolean();
        int fill = wallFill ? WALL_FILL : unusedColour(walls, random);
        for (int attempt = 0; ; attempt++) {
            int count = Math.min(10, knobs.get(EXAMPLES) + attempt / ATTEMPTS_PER_EXAMPLE);
            List<int[][]> inputs = new ArrayList<>();
            List<int[][]> outputs = new ArrayList<>();
            while (inputs.size() <= count) {
                int[][] input = ArcFillEnclosedGenerator.drawInput(knobs, walls, random);
                int[][] output = fill(input, enclosed(input, diagonal), fill);
                if (output != null && !ArcGrids.same(input, output)) {
                    inputs.add(input);
                    outputs.add(output);
                }
            }
            if (!determined(inputs, outputs)) {
                continue;
            }
            return new Puzzle(ArcTask.examples(inputs, outputs, count), ArcGrids.rows(inputs.get(count)), ArcGrids.rows(outputs.get(count)), diagonal, fill);
        }
    }

    @Override
    public int[][] apply(Puzzle puzzle, int[][] grid) {
        return fill(grid, enclosed(grid, puzzle.diagonal()), puzzle.fill());
    }

    /** Leaking through the other kind of gap, and filling with the other colour choice. */
    @Override
    public List<int[][]> neighbours(Puzzle puzzle, int[][] test) {
        int otherFill = puzzle.fill() == WALL_FILL ? 9 : WALL_FILL;
        return Arrays.asList(fill(test, enclosed(test, !puzzle.diagonal()), puzzle.fill()), fill(test, enclosed(test, puzzle.diagonal()), otherFill));
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (double) ArcGrids.area(puzzle.test()) * (1 + (puzzle.diagonal() ? 1 : 0) + (puzzle.fill() == WALL_FILL ? 1 : 0));
    }

    private static int unusedColour(int[] walls, RandomGenerator random) {
        while (true) {
            int colour = Draw.between(1, 9, random);
            if (Arrays.stream(walls).noneMatch(wall -> wall == colour)) {
                return colour;
            }
        }
    }

    /**
     * Whether the examples pin the test output down: for each leak rule, a fixed fill colour (read off the examples) and
     * the wall's colour are tried, and each that fits all examples must give the hidden test output. The last input and
     * output are the test.
     */
    private static boolean determined(List<int[][]> inputs, List<int[][]> outputs) {
        int last = inputs.size() - 1;
        for (boolean diagonal : new boolean[] {false, true}) {
            boolean[][] testEnclosed = enclosed(inputs.get(last), diagonal);
            int fixed = 0;
            boolean fixedFits = true;
            boolean wallFits = true;
            for (int i = 0; i < last && (fixedFits || wallFits); i++) {
                boolean[][] enclosed = enclosed(inputs.get(i), diagonal);
                if (fixedFits) {
                    fixed = fixedColour(inputs.get(i), outputs.get(i), enclosed, fixed);
                    fixedFits = fixed >= 0;
                }
                if (wallFits) {
                    int[][] predicted = fill(inputs.get(i), enclosed, WALL_FILL);
                    wallFits = predicted != null && ArcGrids.same(predicted, outputs.get(i));
                }
            }
            if (fixedFits && (fixed == 0 || !ArcGrids.same(fill(inputs.get(last), testEnclosed, fixed), outputs.get(last)))) {
                return false;
            }
            int[][] predicted = wallFits ? fill(inputs.get(last), testEnclosed, WALL_FILL) : null;
            if (wallFits && (predicted == null || !ArcGrids.same(predicted, outputs.get(last)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one colour that turns {@code input} into {@code output} by filling exactly the enclosed cells, agreeing with
     * {@code known} unless that is 0 (not yet known); 0 when no cell is enclosed and nothing changes; -1 when no colour
     * does.
     */
    private static int fixedColour(int[][] input, int[][] output, boolean[][] enclosed, int known) {
        int colour = known;
        for (int r = 0; r < input.length; r++) {
            for (int c = 0; c < input[0].length; c++) {
                if (!enclosed[r][c]) {
                    if (output[r][c] != input[r][c]) {
                        return -1;
                    }
                    continue;
                }
                if (output[r][c] == 0 || colour != 0 && output[r][c] != colour) {
                    return -1;
                }
                colour = output[r][c];
            }
        }
        return colour;
    }
}
