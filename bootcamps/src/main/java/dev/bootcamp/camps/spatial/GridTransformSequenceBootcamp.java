package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.camps.kit.spatial.GridMoves;
import dev.bootcamp.camps.kit.spatial.Pictures;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Grid transform sequence: a letter grid is rotated, mirrored and transposed in turn; give the grid at the end. */
@AutoService(Bootcamp.class)
public final class GridTransformSequenceBootcamp extends Camp<GridTransformSequenceBootcamp.Puzzle, GridTransformSequenceBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 2, 9, 4, "the grid has size rows and size or size+1 columns");
    private static final Knob<Integer> STEPS = Knob.integer("steps", 1, 30, 3, "number of operations");
    private static final BootcampInfo INFO = BootcampInfo.builder(GridTransformSequenceBootcamp.class)
            .title("Grid transform sequence")
            .domain("spatial")
            .tags("spatial", "grid", "rotation", "reflection", "composition")
            .summary("A small grid of letters goes through a list of whole-grid operations: quarter and half turns, mirrors"
                    + " left-right and top-bottom, and reflections in either diagonal. Answer the grid after the last"
                    + " operation. It must match in shape and in every cell; no partial credit.")
            .knob(SIZE)
            .knob(STEPS)
            .version(1)
            .answerShape("the final grid, one line per row, letters separated by spaces")
            .build();

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final List<String> OPERATIONS = List.of("turn 90 degrees clockwise", "turn 90 degrees anticlockwise", "turn 180 degrees",
            "mirror left-right", "mirror top-bottom", "reflect in the main diagonal", "reflect in the anti-diagonal");

    /** The starting grid and the operations by name. */
    public record Puzzle(List<String> grid, List<String> steps) {
        public Puzzle {
            grid = List.copyOf(grid);
            steps = List.copyOf(steps);
        }
    }

    /** The grid at the end, one string a row. */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(rows);
        }
    }

    public GridTransformSequenceBootcamp() {
        super(INFO, Codecs.grid(LETTERS).map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(SIZE, Draw.scale(level, 3, 6)).with(STEPS, Draw.scale(level, 1, 10));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int columns = size + random.nextInt(2);
        int alphabet = Math.min(26, Math.max(4, size * columns / 2));
        while (true) {
            List<String> grid = new ArrayList<>();
            for (int row = 0; row < size; row++) {
                grid.add(Draw.letters(columns, alphabet, 'A', random));
            }
            List<String> steps = new ArrayList<>();
            for (int i = 0; i < knobs.get(STEPS); i++) {
                steps.add(Draw.pick(OPERATIONS, random));
            }
            // Operations that cancel out would print the answer in the prompt.
            if (!run(grid, steps).equals(grid)) {
                return new Puzzle(grid, steps);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Here is a grid of letters with ").append(puzzle.grid().size()).append(" rows and ")
                .append(puzzle.grid().get(0).length()).append(" columns:\n\n").append(Grid.of(puzzle.grid()).render())
                .append("\n\nApply these operations to the whole grid, one after another, each to the result of the one before:\n")
                .append(Prose.numbered(puzzle.steps()))
                .append("\n\nMeaning of the operations: turning moves the grid as a picture on a table (turned 90 degrees")
                .append(" clockwise, the left column read from bottom to top becomes the top row); mirror left-right reverses")
                .append(" every row; mirror top-bottom reverses the order of the rows; reflecting in the main diagonal turns")
                .append(" rows into columns (the first row becomes the first column, read top to bottom); reflecting in the")
                .append(" anti-diagonal (from the bottom-left corner to the top-right corner) turns the last row, read right")
                .append(" to left, into the first column read top to bottom. A grid that is not square changes its shape when")
                .append(" turned a quarter or reflected in a diagonal.\n\nAnswer with the final grid: one line per row, the")
                .append(" letters of a row separated by spaces, like\nA B\nC D");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(run(puzzle.grid(), puzzle.steps()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Pictures.compare(run(puzzle.grid(), puzzle.steps()), answer.rows(), "grid");
    }

    /** The result one step short, with the last step swapped for its mirror image, and the grid turned the other way. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> steps = puzzle.steps();
        List<List<String>> misses = new ArrayList<>();
        misses.add(run(puzzle.grid(), steps.subList(0, steps.size() - 1)));
        misses.add(GridMoves.flipLeftRight(gold.rows()));
        misses.add(GridMoves.flipUpDown(gold.rows()));
        return misses.stream().filter(rows -> !rows.equals(gold.rows())).map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps().size() * puzzle.grid().size() * puzzle.grid().get(0).length();
    }

    private static List<String> run(List<String> grid, List<String> steps) {
        List<String> rows = grid;
        for (String step : steps) {
            rows = switch (OPERATIONS.indexOf(step)) {
                case 0 -> GridMoves.rotateClockwise(rows);
                case 1 -> GridMoves.rotateClockwise(GridMoves.rotateClockwise(GridMoves.rotateClockwise(rows)));
                case 2 -> GridMoves.flipUpDown(GridMoves.flipLeftRight(rows));
                case 3 -> GridMoves.flipLeftRight(rows);
                case 4 -> GridMoves.flipUpDown(rows);
                case 5 -> GridMoves.transpose(rows);
                case 6 -> GridMoves.flipUpDown(GridMoves.flipLeftRight(GridMoves.transpose(rows)));
                default -> throw new IllegalArgumentException("unknown operation " + step);
            };
        }
        return rows;
    }
}
