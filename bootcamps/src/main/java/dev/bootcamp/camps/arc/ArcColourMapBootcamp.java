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
import java.util.stream.IntStream;

/** ARC-style rule induction: every colour is replaced by a fixed colour (at high levels, on a mirrored or turned grid). */
@AutoService(Bootcamp.class)
public final class ArcColourMapBootcamp extends Camp<ArcColourMapBootcamp.Puzzle, Answer> implements ArcTask<ArcColourMapBootcamp.Puzzle> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 3, 30, 6, "largest number of rows or columns of a grid");
    private static final Knob<Integer> COLOUR_COUNT = Knob.integer("colours", 1, 8, 4, "number of colours besides the background in the input grids");
    private static final Knob<Integer> CHANGED = Knob.integer("changed", 1, 9, 3, "number of colours the rule changes");
    private static final Knob<Integer> EXAMPLES = Knob.integer("examples", 1, 10, 3, "number of example pairs shown");
    private static final Knob<Boolean> MERGES = Knob.flag("merges", false, "colours may map onto colours already in use, so that two colours become one");
    private static final Knob<Boolean> BACKGROUND = Knob.flag("background", false, "the background colour 0 may be changed too");
    private static final Knob<Boolean> TURNED = Knob.flag("turned", false, "the grid is also mirrored or turned by one of the symmetries of the square");
    private static final BootcampInfo INFO = BootcampInfo.builder(ArcColourMapBootcamp.class)
            .title("ARC: colour mapping")
            .domain("arc")
            .tags("arc", "grids", "induction", "colours")
            .summary("Example pairs of colour grids (digits 0-9, 0 the background) share one hidden rule, which the prompt"
                    + " does not name: each colour is replaced by a fixed colour (swaps and cycles at low levels; at higher"
                    + " levels colours may merge, the background may change, and the grid may also be mirrored or turned by"
                    + " one of the eight symmetries of the square). The model gives the output for a test input. Every"
                    + " colour of the test input appears in an example, and draws where another symmetry with its own colour"
                    + " mapping fits every example but changes the test output are rejected, so the answer is determined."
                    + " It is compared cell by cell: CORRECT when the shape and every cell match, otherwise WRONG.")
            .knob(SIZE)
            .knob(COLOUR_COUNT)
            .knob(CHANGED)
            .knob(EXAMPLES)
            .knob(MERGES)
            .knob(BACKGROUND)
            .knob(TURNED)
            .answerShape("the output grid, one line per row, one digit 0-9 per cell (spaces between cells optional)")
            .build();

    private static final int ATTEMPTS_PER_EXAMPLE = 40;
    private static final int COLOURS = 10;

    /**
     * The examples, the test input and its output (kept for checking, never shown), and the hidden rule: the new colour
     * of each colour 0..9 and the symmetry applied first (see {@link ArcGrids#transform}).
     */
    public record Puzzle(List<Example> examples, List<String> test, List<String> output, List<Integer> colourMap, int symmetry) implements ArcTask.Puzzle {
        public Puzzle {
            examples = List.copyOf(examples);
            test = List.copyOf(test);
            output = List.copyOf(output);
            colourMap = List.copyOf(colourMap);
        }
    }

    public ArcColourMapBootcamp() {
        super(INFO, ArcTask.codec());
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 3, 12))
                .with(COLOUR_COUNT, Draw.scale(level, 2, 8))
                .with(CHANGED, Draw.scale(level, 2, 7))
                .with(EXAMPLES, Draw.scale(level, 4, 2))
                .with(MERGES, level >= 4)
                .with(BACKGROUND, level >= 6)
                .with(TURNED, level >= 8);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int[] palette = ArcGrids.palette(knobs.get(COLOUR_COUNT), random);
        int[] colourMap = colourMap(palette, knobs, random);
        int symmetry = knobs.get(TURNED) ? Draw.between(1, ArcGrids.SYMMETRIES - 1, random) : 0;
        for (int attempt = 0; ; attempt++) {
            int count = Math.min(10, knobs.get(EXAMPLES) + attempt / ATTEMPTS_PER_EXAMPLE);
            List<int[][]> inputs = new ArrayList<>();
            for (int i = 0; i <= count; i++) {
                int rows = Draw.between(Math.max(2, (size + 1) / 2), size, random);
                int columns = Draw.between(Math.max(2, (size + 1) / 2), size, random);
                inputs.add(ArcGrids.scatter(rows, columns, 0.45 + 0.4 * random.nextDouble(), palette, random));
            }
            int[][] test = inputs.get(count);
            int[][] output = apply(test, colourMap, symmetry);
            List<int[][]> examples = inputs.subList(0, count);
            if (ArcGrids.same(test, output) || !changesSomething(test, colourMap) || !determined(examples, colourMap, symmetry, test, output)) {
                continue;
            }
            List<Example> shown = new ArrayList<>();
            for (int[][] input : examples) {
                shown.add(new Example(ArcGrids.rows(input), ArcGrids.rows(apply(input, colourMap, symmetry))));
            }
            return new Puzzle(shown, ArcGrids.rows(test), ArcGrids.rows(output), Arrays.stream(colourMap).boxed().toList(), symmetry);
        }
    }

    @Override
    public int[][] apply(Puzzle puzzle, int[][] grid) {
        return apply(grid, puzzle.colourMap().stream().mapToInt(Integer::intValue).toArray(), puzzle.symmetry());
    }

    @Override
    public List<int[][]> neighbours(Puzzle puzzle, int[][] test) {
        int[] colourMap = puzzle.colourMap().stream().mapToInt(Integer::intValue).toArray();
        int[] identity = new int[COLOURS];
        Arrays.setAll(identity, colour -> colour);
        List<int[][]> neighbours = new ArrayList<>(List.of(apply(test, identity, puzzle.symmetry()), apply(test, colourMap, 0),
                apply(test, colourMap, ArcGrids.SYMMETRIES - 1 - puzzle.symmetry())));
        for (int colour = 0; colour < COLOURS; colour++) {
            if (colourMap[colour] != colour) {
                int[] partial = colourMap.clone();
                partial[colour] = colour;
                neighbours.add(apply(test, partial, puzzle.symmetry()));
                break;
            }
        }
        return neighbours;
    }

    @Override
    public double cost(Puzzle puzzle) {
        long changed = IntStream.range(0, COLOURS).filter(colour -> puzzle.colourMap().get(colour) != colour).count();
        return (double) ArcGrids.area(puzzle.test()) * (1 + changed) * (puzzle.symmetry() == 0 ? 1 : 2);
    }

    /**
     * The new colour of each colour 0..9: {@code changed} colours of the grids (the background too when allowed) get a
     * different colour; without merges no two colours of the grids end up alike.
     */
    private static int[] colourMap(int[] palette, Knobs knobs, RandomGenerator random) {
        boolean merges = knobs.get(MERGES);
        List<Integer> eligible = new ArrayList<>(Arrays.stream(palette).boxed().toList());
        if (knobs.get(BACKGROUND)) {
            eligible.add(0);
        }
        int changed = Math.min(knobs.get(CHANGED), eligible.size());
        List<Integer> sources = Draw.sample(eligible, changed, random);
        boolean[] used = new boolean[COLOURS];
        used[0] = true;
        Arrays.stream(palette).forEach(colour -> used[colour] = true);
        while (true) {
            int[] colourMap = new int[COLOURS];
            Arrays.setAll(colourMap, colour -> colour);
            List<Integer> targets = new ArrayList<>();
            for (int colour = 0; colour < COLOURS; colour++) {
                if (merges || !used[colour] || sources.contains(colour)) {
                    targets.add(colour);
                }
            }
            boolean[] taken = new boolean[COLOURS];
            boolean valid = true;
            for (int source : sources) {
                List<Integer> options = targets.stream().filter(colour -> colour != source && (merges || !taken[colour])).toList();
                if (options.isEmpty()) {
                    valid = false;
                    break;
                }
                int target = Draw.pick(options, random);
                taken[target] = true;
                colourMap[source] = target;
            }
            if (valid) {
                return colourMap;
            }
        }
    }

    private static boolean changesSomething(int[][] grid, int[] colourMap) {
        return Arrays.stream(grid).flatMapToInt(Arrays::stream).anyMatch(colour -> colourMap[colour] != colour);
    }

    private static int[][] apply(int[][] grid, int[] colourMap, int symmetry) {
        int[][] result = ArcGrids.transform(grid, symmetry);
        for (int[] row : result) {
            for (int c = 0; c < row.length; c++) {
                row[c] = colourMap[row[c]];
            }
        }
        return result;
    }

    /**
     * Whether the examples pin the test output down: for every symmetry, the colour pairs that line up in the examples
     * must either contradict each other, or cover every colour of the test and give the hidden output.
     */
    private static boolean determined(List<int[][]> examples, int[] colourMap, int symmetry, int[][] test, int[][] output) {
        for (int candidate = 0; candidate < ArcGrids.SYMMETRIES; candidate++) {
            int[] learned = learn(examples, colourMap, symmetry, candidate);
            if (learned == null) {
                continue;
            }
            int[][] predicted = ArcGrids.transform(test, candidate);
            for (int[] row : predicted) {
                for (int c = 0; c < row.length; c++) {
                    if (learned[row[c]] < 0) {
                        return false;
                    }
                    row[c] = learned[row[c]];
                }
            }
            if (!ArcGrids.same(predicted, output)) {
                return false;
            }
        }
        return true;
    }

    /** The colour mapping that the symmetry {@code candidate} implies from the examples (-1 where unseen), or null. */
    private static int[] learn(List<int[][]> examples, int[] colourMap, int symmetry, int candidate) {
        int[] learned = new int[COLOURS];
        Arrays.fill(learned, -1);
        for (int[][] input : examples) {
            int[][] expected = apply(input, colourMap, symmetry);
            int[][] turned = ArcGrids.transform(input, candidate);
            if (turned.length != expected.length || turned[0].length != expected[0].length) {
                return null;
            }
            for (int r = 0; r < turned.length; r++) {
                for (int c = 0; c < turned[0].length; c++) {
                    int from = turned[r][c];
                    int to = expected[r][c];
                    if (learned[from] >= 0 && learned[from] != to) {
                        return null;
                    }
                    learned[from] = to;
                }
            }
        }
        return learned;
    }
}
