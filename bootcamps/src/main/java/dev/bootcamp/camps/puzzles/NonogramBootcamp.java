package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.MarkGrids;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Nonogram: fill a grid so that the blocks of filled cells in every row and column match the clues. */
@AutoService(Bootcamp.class)
public final class NonogramBootcamp extends Camp<NonogramBootcamp.Puzzle, NonogramBootcamp.Answer> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 2, 30, 8, "number of rows");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 2, 30, 8, "number of columns");
    private static final Knob<Double> FILL = Knob.decimal("fill", 0.5, 0.8, 0.58, "fraction of the cells that are filled in the hidden picture");
    private static final BootcampInfo INFO = BootcampInfo.builder(NonogramBootcamp.class)
            .title("Nonogram")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "logic", "unique-solution")
            .summary("Paint a grid from its row and column clues, each clue listing the lengths of the blocks of"
                    + " consecutive filled cells in that line, in order. Grids are drawn at random and kept only when the"
                    + " clues have exactly one solution, proved by a line-logic solver and by an independent row-by-row"
                    + " counter. The checker recomputes every clue from the answer grid and names the first line that"
                    + " differs. No partial credit.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(FILL)
            .answerShape("the grid, one line per row from top to bottom, # for a filled cell and . for an empty one")
            .uniqueSolution()
            .build();

    private static final int ATTEMPTS = 2_000;

    /** The clues (a lone 0 for an empty line), and the unique solution as rows of '#' and '.' (never shown). */
    public record Puzzle(List<List<Integer>> rowClues, List<List<Integer>> columnClues, List<String> solution, long steps) {
        public Puzzle {
            rowClues = rowClues.stream().map(List::copyOf).toList();
            columnClues = columnClues.stream().map(List::copyOf).toList();
            solution = List.copyOf(solution);
        }
    }

    /** A grid: rows top to bottom, '#' filled and '.' empty; rows may have the wrong length (the checker says so). */
    public record Answer(List<String> rows) {
        public Answer {
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    /** Reads rows of marks; X, x and 1 also count as filled, and 0, - and _ as empty. */
    public NonogramBootcamp() {
        super(INFO, MarkGrids.codec("#Xx1", ".0-_").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] rows = {4, 5, 6, 7, 8, 9, 10, 12, 13, 15};
        int[] columns = {4, 5, 6, 7, 8, 10, 11, 12, 14, 15};
        return INFO.defaults()
                .with(ROWS, rows[level - 1])
                .with(COLUMNS, columns[level - 1])
                .with(FILL, Draw.scale(level, 62, 55) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(ROWS);
        int columns = knobs.get(COLUMNS);
        for (int attempt = 0; attempt <= ATTEMPTS; attempt++) {
            boolean last = attempt == ATTEMPTS;
            // past the attempts, a full grid: its clues are trivially unique
            List<String> solution = MarkGrids.draw(rows, columns, cell -> last || random.nextDouble() < knobs.get(FILL) ? '#' : '.');
            List<List<Integer>> rowClues = IntStream.range(0, rows).mapToObj(row -> clue(cells(solution, true, row))).toList();
            List<List<Integer>> columnClues = IntStream.range(0, columns).mapToObj(column -> clue(cells(solution, false, column))).toList();
            long[] steps = new long[1];
            if (NonogramSolver.unique(rowClues, columnClues, steps)) {
                return new Puzzle(rowClues, columnClues, solution, steps[0]);
            }
        }
        throw new IllegalStateException("a full " + rows + "x" + columns + " grid always has unique clues");
    }

    @Override
    public String question(Puzzle puzzle) {
        int rows = puzzle.rowClues().size();
        int columns = puzzle.columnClues().size();
        StringBuilder text = new StringBuilder();
        text.append("Solve this nonogram. The grid has ").append(rows).append(" rows (numbered 1 to ").append(rows)
                .append(" from the top) and ").append(columns).append(" columns (numbered 1 to ").append(columns)
                .append(" from the left). Every cell is either filled or empty. Each row and each column has a clue: the")
                .append(" lengths of its blocks of consecutive filled cells, in order (left to right for a row, top to")
                .append(" bottom for a column). Blocks are separated by at least one empty cell, and every other cell of")
                .append(" the line is empty. A clue of 0 means the whole line is empty. For example, the clue 3 1 on a")
                .append(" line of 7 cells fits ###.#.. or .###..# but not ##.#... or ###.#.#. The puzzle has exactly")
                .append(" one solution.\n\nRow clues:\n");
        for (int row = 0; row < rows; row++) {
            text.append("Row ").append(row + 1).append(": ").append(join(puzzle.rowClues().get(row))).append('\n');
        }
        text.append("\nColumn clues:\n");
        for (int column = 0; column < columns; column++) {
            text.append("Column ").append(column + 1).append(": ").append(join(puzzle.columnClues().get(column))).append('\n');
        }
        text.append("\nAnswer with the solved grid: ").append(rows).append(" lines, one per row from top to bottom, each")
                .append(" with ").append(columns).append(" characters, # for a filled cell and . for an empty cell.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int rows = puzzle.rowClues().size();
        int columns = puzzle.columnClues().size();
        Score malformed = MarkGrids.shape(answer.rows(), rows, columns);
        if (malformed != null) {
            return malformed;
        }
        for (int line = 0; line < rows + columns; line++) {
            boolean row = line < rows;
            List<Integer> found = clue(cells(answer.rows(), row, row ? line : line - rows));
            List<Integer> wanted = row ? puzzle.rowClues().get(line) : puzzle.columnClues().get(line - rows);
            if (!found.equals(wanted)) {
                return Score.wrong((row ? "row " + (line + 1) : "column " + (line - rows + 1)) + " has blocks " + join(found)
                        + ", expected " + join(wanted));
            }
        }
        return Score.correct("every row and column matches its clue");
    }

    /** One cell flipped, two rows swapped, and the grid mirrored left to right. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> rows = gold.rows();
        List<Answer> misses = new ArrayList<>();
        int row = random.nextInt(rows.size());
        int column = random.nextInt(rows.get(0).length());
        misses.add(new Answer(Grid.of(rows).with(row, column, rows.get(row).charAt(column) == '#' ? '.' : '#').lines()));
        rows.stream().filter(other -> !other.equals(rows.get(row))).findFirst()
                .ifPresent(other -> misses.add(new Answer(MarkGrids.swapRows(rows, row, rows.indexOf(other)))));
        List<String> mirrored = rows.stream().map(line -> new StringBuilder(line).reverse().toString()).toList();
        if (!mirrored.equals(rows)) {
            misses.add(new Answer(mirrored));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps();
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return NonogramCounter.count(puzzle.rowClues(), puzzle.columnClues(), limit);
    }

    private static List<Integer> clue(boolean[] line) {
        List<Integer> blocks = new ArrayList<>();
        int run = 0;
        for (int i = 0; i <= line.length; i++) {
            if (i < line.length && line[i]) {
                run++;
            } else if (run > 0) {
                blocks.add(run);
                run = 0;
            }
        }
        return blocks.isEmpty() ? List.of(0) : blocks;
    }

    /** The cells of one row or column of a grid of marks, true where filled. */
    private static boolean[] cells(List<String> grid, boolean row, int index) {
        int length = row ? grid.get(0).length() : grid.size();
        boolean[] line = new boolean[length];
        for (int i = 0; i < length; i++) {
            line[i] = (row ? grid.get(index).charAt(i) : grid.get(i).charAt(index)) == '#';
        }
        return line;
    }

    private static String join(List<Integer> clue) {
        return String.join(" ", clue.stream().map(String::valueOf).toList());
    }
}
