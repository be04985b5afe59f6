package dev.bootcamp.camps.arc;

import static dev.bootcamp.camps.arc.ArcSymmetryCompletionRule.FIRST_SQUARE;
import static dev.bootcamp.camps.arc.ArcSymmetryCompletionRule.GROUPS;
import static dev.bootcamp.camps.arc.ArcSymmetryCompletionRule.complete;
import static dev.bootcamp.camps.arc.ArcSymmetryCompletionRule.orbits;

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

/** ARC-style rule induction: a symmetric pattern has patches painted over, and the output restores them. */
@AutoService(Bootcamp.class)
public final class ArcSymmetryCompletionBootcamp extends Camp<ArcSymmetryCompletionBootcamp.Puzzle, Answer> implements ArcTask<ArcSymmetryCompletionBootcamp.Puzzle> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 30, 8, "largest number of rows or columns of a grid");
    private static final Knob<Integer> COLOURS = Knob.integer("colours", 1, 8, 3, "number of colours of the pattern besides the background");
    private static final Knob<Integer> SYMMETRIES = Knob.integer("symmetries", 1, 9, 9, "how many symmetries the pattern draws from, in this order: mirror"
                    + " left-right, mirror top-bottom, half turn, both mirrors, main diagonal, other diagonal, quarter turns,"
                    + " both diagonals, all eight symmetries of the square");
    private static final Knob<Integer> MASKS = Knob.integer("masks", 1, 6, 1, "number of rectangles painted over");
    private static final Knob<Integer> MASK_SIZE = Knob.integer("mask-size", 1, 10, 3, "largest number of rows or columns of a painted rectangle");
    private static final Knob<Integer> EXAMPLES = Knob.integer("examples", 1, 10, 3, "number of example pairs shown");
    private static final BootcampInfo INFO = BootcampInfo.builder(ArcSymmetryCompletionBootcamp.class)
            .title("ARC: symmetry completion")
            .domain("arc")
            .tags("arc", "grids", "induction", "symmetry")
            .summary("Example pairs of colour grids (digits 0-9, 0 the background) share one hidden rule, which the prompt"
                    + " does not name: the input is a pattern with a symmetry (a mirror, a half or quarter turn, a diagonal"
                    + " mirror, or a group of these) with rectangular patches painted over in one colour that the pattern"
                    + " never uses, and the output is the whole pattern restored. The model gives the output for a test"
                    + " input. Every hidden cell has a visible partner under the symmetry, and draws where another symmetry"
                    + " that fits every example would fill the test differently are rejected, so the answer is determined."
                    + " It is compared cell by cell: CORRECT when the shape and every cell match, otherwise WRONG.")
            .knob(SIZE)
            .knob(COLOURS)
            .knob(SYMMETRIES)
            .knob(MASKS)
            .knob(MASK_SIZE)
            .knob(EXAMPLES)
            .answerShape("the output grid, one line per row, one digit 0-9 per cell (spaces between cells optional)")
            .build();

    private static final int ATTEMPTS_PER_EXAMPLE = 40;
    private static final int MASK_TRIES = 20;

    /**
     * The examples, the test input and its output (kept for checking, never shown), and the hidden rule: the symmetry
     * group (an index into the groups, easiest first) and the colour painted over the patches.
     */
    public record Puzzle(List<Example> examples, List<String> test, List<String> output, int group, int mask) implements ArcTask.Puzzle {
        public Puzzle {
            examples = List.copyOf(examples);
            test = List.copyOf(test);
            output = List.copyOf(output);
        }
    }

    public ArcSymmetryCompletionBootcamp() {
        super(INFO, ArcTask.codec());
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 4, 14))
                .with(COLOURS, Draw.scale(level, 2, 6))
                .with(SYMMETRIES, Draw.scale(level, 2, 9))
                .with(MASKS, Draw.scale(level, 1, 3))
                .with(MASK_SIZE, Draw.scale(level, 2, 5))
                .with(EXAMPLES, Draw.scale(level, 3, 2));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int[] colours = ArcGrids.palette(knobs.get(COLOURS) + 1, random);
        int mask = colours[0];
        int[] palette = Arrays.copyOfRange(colours, 1, colours.length);
        int group = random.nextInt(knobs.get(SYMMETRIES));
        int masks = knobs.get(MASKS);
        int maskSize = knobs.get(MASK_SIZE);
        int failures = 0;
        for (int attempt = 0; ; attempt++) {
            int count = Math.min(10, knobs.get(EXAMPLES) + attempt / ATTEMPTS_PER_EXAMPLE);
            List<int[][]> inputs = new ArrayList<>();
            List<int[][]> outputs = new ArrayList<>();
            while (inputs.size() <= count) {
                int[][] pattern = pattern(knobs.get(SIZE), group, palette, random);
                int[][] input = paint(pattern, group, mask, masks, maskSize, random);
                if (input != null) {
                    inputs.add(input);
                    outputs.add(pattern);
                } else if (++failures % ATTEMPTS_PER_EXAMPLE == 0) {
                    // Knobs that paint over too much for any pattern to be recovered: paint less.
                    maskSize = Math.max(1, maskSize - 1);
                    masks = maskSize == 1 ? Math.max(1, masks - 1) : masks;
                }
            }
            if (!determined(inputs, outputs, mask)) {
                continue;
            }
            return new Puzzle(ArcTask.examples(inputs, outputs, count), ArcGrids.rows(inputs.get(count)), ArcGrids.rows(outputs.get(count)), group, mask);
        }
    }

    @Override
    public int[][] apply(Puzzle puzzle, int[][] grid) {
        return complete(grid, puzzle.group(), puzzle.mask(), true);
    }

    /** The mask cleared to background, and completion under each other symmetry group. */
    @Override
    public List<int[][]> neighbours(Puzzle puzzle, int[][] test) {
        int[][] cleared = ArcGrids.copy(test);
        for (int[] row : cleared) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c] == puzzle.mask() ? 0 : row[c];
            }
        }
        List<int[][]> neighbours = new ArrayList<>();
        neighbours.add(cleared);
        for (int group = 0; group < GROUPS.length; group++) {
            if (group != puzzle.group()) {
                neighbours.add(complete(test, group, puzzle.mask(), false));
            }
        }
        return neighbours;
    }

    @Override
    public double cost(Puzzle puzzle) {
        long masked = puzzle.test().stream().flatMapToInt(String::chars).filter(cell -> cell == '0' + puzzle.mask()).count();
        return (double) ArcGrids.area(puzzle.test()) * (1 + masked);
    }

    /** A random grid symmetric under the group: each orbit of cells gets one colour (or the background). */
    private static int[][] pattern(int size, int group, int[] palette, RandomGenerator random) {
        int low = Math.max(3, (2 * size + 2) / 3);
        int rows = Draw.between(low, size, random);
        int columns = group >= FIRST_SQUARE ? rows : Draw.between(low, size, random);
        int[] orbit = orbits(rows, columns, group);
        double density = 0.45 + 0.3 * random.nextDouble();
        int[] colourOf = new int[rows * columns];
        int[][] grid = new int[rows][columns];
        for (int cell = 0; cell < rows * columns; cell++) {
            if (orbit[cell] == cell) {
                colourOf[cell] = random.nextDouble() < density ? palette[random.nextInt(palette.length)] : 0;
            }
        }
        for (int cell = 0; cell < rows * columns; cell++) {
            grid[cell / columns][cell % columns] = colourOf[orbit[cell]];
        }
        return grid;
    }

    /**
     * The pattern with rectangles painted in the mask colour, or null when no placement leaves every hidden cell a
     * visible partner under the group while hiding at least one coloured cell.
     */
    private static int[][] paint(int[][] pattern, int group, int mask, int masks, int maskSize, RandomGenerator random) {
        int rows = pattern.length;
        int columns = pattern[0].length;
        for (int attempt = 0; attempt < MASK_TRIES; attempt++) {
            int[][] painted = ArcGrids.copy(pattern);
            boolean hidesColour = false;
            for (int i = 0; i < masks; i++) {
                int height = Draw.between(1, Math.min(maskSize, rows - 1), random);
                int width = Draw.between(1, Math.min(maskSize, columns - 1), random);
                int top = random.nextInt(rows - height + 1);
                int left = random.nextInt(columns - width + 1);
                for (int r = top; r < top + height; r++) {
                    for (int c = left; c < left + width; c++) {
                        hidesColour |= pattern[r][c] != 0;
                        painted[r][c] = mask;
                    }
                }
            }
            int[][] restored = complete(painted, group, mask, true);
            if (hidesColour && restored != null && ArcGrids.same(restored, pattern)) {
                return painted;
            }
        }
        return null;
    }

    /**
     * Whether the examples pin the test output down: every symmetry group whose completion reproduces all example
     * outputs, and that can complete the test, completes it as the hidden one does. The last input and output are the
     * test.
     */
    private static boolean determined(List<int[][]> inputs, List<int[][]> outputs, int mask) {
        int last = inputs.size() - 1;
        for (int group = 0; group < GROUPS.length; group++) {
            boolean fits = true;
            for (int i = 0; i < last && fits; i++) {
                int[][] completed = complete(inputs.get(i), group, mask, true);
                fits = completed != null && ArcGrids.same(completed, outputs.get(i));
            }
            int[][] completed = fits ? complete(inputs.get(last), group, mask, true) : null;
            if (completed != null && !ArcGrids.same(completed, outputs.get(last))) {
                return false;
            }
        }
        return true;
    }
}
