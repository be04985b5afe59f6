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

/** ARC-style rule induction: the output is the input mirrored or turned, or a block of such copies. */
@AutoService(Bootcamp.class)
public final class ArcFlipsRotationsBootcamp extends Camp<ArcFlipsRotationsBootcamp.Puzzle, Answer> implements ArcTask<ArcFlipsRotationsBootcamp.Puzzle> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 3, 30, 6, "largest number of rows or columns of an input grid");
    private static final Knob<Integer> COLOURS = Knob.integer("colours", 1, 9, 3, "number of colours besides the background");
    private static final Knob<Integer> EXAMPLES = Knob.integer("examples", 1, 10, 3, "number of example pairs shown");
    private static final Knob<Integer> SYMMETRIES = Knob.integer("symmetries", 1, 7, 7, "how many symmetries the rule draws from, in this order: mirror"
                    + " left-right, mirror top-bottom, half turn, transpose, quarter turn clockwise, quarter turn"
                    + " anticlockwise, mirror in the other diagonal");
    private static final Knob<Integer> TILES = Knob.integer("tiles", 1, 4, 1, "copies of the input in the output: 1 alone, 2 or 3 in a row or a column,"
                    + " 4 in a 2 by 2 block (each copy unchanged or with its own symmetry)");
    private static final BootcampInfo INFO = BootcampInfo.builder(ArcFlipsRotationsBootcamp.class)
            .title("ARC: flips and rotations")
            .domain("arc")
            .tags("arc", "grids", "induction", "symmetry")
            .summary("Example pairs of colour grids (digits 0-9, 0 the background) share one hidden rule, which the prompt"
                    + " does not name: the output is the input mirrored or turned by one of the eight symmetries of the"
                    + " square or, at higher levels, several copies of the input side by side, stacked or in a 2 by 2 block,"
                    + " each copy with its own symmetry. The model gives the output for a test input. Draws where another"
                    + " rule of this family fits every example but changes the test output are rejected, so the answer is"
                    + " determined. It is compared cell by cell: CORRECT when the shape and every cell match, otherwise"
                    + " WRONG (no partial credit, which would reward copying the input).")
            .knob(SIZE)
            .knob(COLOURS)
            .knob(EXAMPLES)
            .knob(SYMMETRIES)
            .knob(TILES)
            .answerShape("the output grid, one line per row, one digit 0-9 per cell (spaces between cells optional)")
            .build();

    /** Draws before the number of examples is raised by one, when the examples keep failing to pin the rule down. */
    private static final int ATTEMPTS_PER_EXAMPLE = 40;

    /**
     * The examples, the test input and its output (kept for checking, never shown), and the hidden rule: the layout of
     * the copies and each copy's symmetry (see {@link ArcGrids#transform}), row by row.
     */
    public record Puzzle(List<Example> examples, List<String> test, List<String> output, int layoutRows, int layoutColumns,
            List<Integer> symmetries) implements ArcTask.Puzzle {
        public Puzzle {
            examples = List.copyOf(examples);
            test = List.copyOf(test);
            output = List.copyOf(output);
            symmetries = List.copyOf(symmetries);
        }
    }

    public ArcFlipsRotationsBootcamp() {
        super(INFO, ArcTask.codec());
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 3, 10))
                .with(COLOURS, Draw.scale(level, 2, 7))
                .with(EXAMPLES, Draw.scale(level, 4, 2))
                .with(SYMMETRIES, Draw.scale(level, 2, 7))
                .with(TILES, level <= 4 ? 1 : level <= 7 ? 2 : level == 8 ? 3 : 4);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int tiles = knobs.get(TILES);
        int[] palette = ArcGrids.palette(knobs.get(COLOURS), random);
        int[] layout = layout(tiles, random);
        List<Integer> symmetries = rule(tiles, knobs.get(SYMMETRIES), random);
        for (int attempt = 0; ; attempt++) {
            int count = Math.min(10, knobs.get(EXAMPLES) + attempt / ATTEMPTS_PER_EXAMPLE);
            List<int[][]> inputs = new ArrayList<>();
            for (int i = 0; i <= count; i++) {
                inputs.add(randomInput(size, tiles > 1, palette, random));
            }
            int[][] test = inputs.get(count);
            int[][] output = apply(test, layout, symmetries);
            if (ArcGrids.same(test, output) || !determined(inputs, layout, symmetries)) {
                continue;
            }
            List<Example> examples = new ArrayList<>();
            for (int[][] input : inputs.subList(0, count)) {
                examples.add(new Example(ArcGrids.rows(input), ArcGrids.rows(apply(input, layout, symmetries))));
            }
            return new Puzzle(examples, ArcGrids.rows(test), ArcGrids.rows(output), layout[0], layout[1], symmetries);
        }
    }

    @Override
    public int[][] apply(Puzzle puzzle, int[][] grid) {
        return apply(grid, new int[] {puzzle.layoutRows(), puzzle.layoutColumns()}, puzzle.symmetries());
    }

    /** The first copy under each symmetry that fits the layout. */
    @Override
    public List<int[][]> neighbours(Puzzle puzzle, int[][] test) {
        int[] layout = {puzzle.layoutRows(), puzzle.layoutColumns()};
        List<int[][]> neighbours = new ArrayList<>();
        for (int symmetry = 0; symmetry < ArcGrids.SYMMETRIES; symmetry++) {
            List<Integer> changed = new ArrayList<>(puzzle.symmetries());
            changed.set(0, symmetry);
            if (fits(test, changed)) {
                neighbours.add(apply(test, layout, changed));
            }
        }
        return neighbours;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (double) ArcGrids.area(puzzle.output()) * (1 + puzzle.symmetries().stream().distinct().count());
    }

    /** Rows and columns of copies: 1 by 1, 1 by n or n by 1, or 2 by 2. */
    private static int[] layout(int tiles, RandomGenerator random) {
        if (tiles == 4) {
            return new int[] {2, 2};
        }
        return random.nextBoolean() ? new int[] {1, tiles} : new int[] {tiles, 1};
    }

    /** One symmetry per copy: a non-trivial one alone, or copies that are not all alike and not all unchanged. */
    private static List<Integer> rule(int tiles, int pool, RandomGenerator random) {
        if (tiles == 1) {
            return List.of(Draw.between(1, pool, random));
        }
        while (true) {
            List<Integer> symmetries = new ArrayList<>();
            for (int i = 0; i < tiles; i++) {
                symmetries.add(Draw.between(0, pool, random));
            }
            if (symmetries.stream().distinct().count() > 1) {
                return symmetries;
            }
        }
    }

    /** A grid with at least two colours (counting the background); square when copies must fit together. */
    private static int[][] randomInput(int size, boolean square, int[] palette, RandomGenerator random) {
        int low = Math.max(2, (size + 1) / 2);
        while (true) {
            int rows = Draw.between(low, size, random);
            int columns = square ? rows : Draw.between(low, size, random);
            int[][] grid = ArcGrids.scatter(rows, columns, 0.3 + 0.35 * random.nextDouble(), palette, random);
            if (colourCount(grid) >= 2) {
                return grid;
            }
        }
    }

    private static int colourCount(int[][] grid) {
        boolean[] seen = new boolean[10];
        int count = 0;
        for (int[] row : grid) {
            for (int cell : row) {
                if (!seen[cell]) {
                    seen[cell] = true;
                    count++;
                }
            }
        }
        return count;
    }

    /** Whether every copy has the same shape, as a layout needs. */
    private static boolean fits(int[][] grid, List<Integer> symmetries) {
        boolean square = grid.length == grid[0].length;
        boolean swaps = symmetries.get(0) >= 4;
        return square || symmetries.stream().allMatch(symmetry -> symmetry >= 4 == swaps);
    }

    private static int[][] apply(int[][] grid, int[] layout, List<Integer> symmetries) {
        int[][] first = ArcGrids.transform(grid, symmetries.get(0));
        int height = first.length;
        int width = first[0].length;
        int[][] result = new int[layout[0] * height][layout[1] * width];
        for (int tile = 0; tile < symmetries.size(); tile++) {
            int[][] block = ArcGrids.transform(grid, symmetries.get(tile));
            int top = tile / layout[1] * height;
            int left = tile % layout[1] * width;
            for (int r = 0; r < height; r++) {
                System.arraycopy(block[r], 0, result[top + r], left, width);
            }
        }
        return result;
    }

    /**
     * Whether the examples pin down every copy's test block: each symmetry that fits a copy in every example must give
     * the same test block as the hidden one. The last input is the test.
     */
    private static boolean determined(List<int[][]> inputs, int[] layout, List<Integer> symmetries) {
        int[][] test = inputs.get(inputs.size() - 1);
        List<int[][]> examples = inputs.subList(0, inputs.size() - 1);
        for (int tile = 0; tile < symmetries.size(); tile++) {
            int[][] hidden = ArcGrids.transform(test, symmetries.get(tile));
            for (int candidate = 0; candidate < ArcGrids.SYMMETRIES; candidate++) {
                if (candidate == symmetries.get(tile) || ArcGrids.same(ArcGrids.transform(test, candidate), hidden)) {
                    continue;
                }
                if (fitsEveryExample(examples, layout, symmetries, tile, candidate)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean fitsEveryExample(List<int[][]> examples, int[] layout, List<Integer> symmetries, int tile, int candidate) {
        for (int[][] input : examples) {
            int[][] expected = ArcGrids.transform(input, symmetries.get(tile));
            if (!ArcGrids.same(ArcGrids.transform(input, candidate), expected)) {
                return false;
            }
        }
        return true;
    }
}
