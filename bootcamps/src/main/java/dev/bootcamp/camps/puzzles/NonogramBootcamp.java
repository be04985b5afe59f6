package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Grids;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Nonogram: fill a grid so that the blocks of filled cells in every row and column match the clues. */
@AutoService(Bootcamp.class)
public final class NonogramBootcamp implements Bootcamp<NonogramBootcamp.Puzzle, NonogramBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(NonogramBootcamp.class)
            .title("Nonogram")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "logic", "unique-solution")
            .summary("Paint a grid from its row and column clues, each clue listing the lengths of the blocks of"
                    + " consecutive filled cells in that line, in order. Grids are drawn at random and kept only when the"
                    + " clues have exactly one solution, proved by a line-logic solver and by an independent row-by-row"
                    + " counter. The checker recomputes every clue from the answer grid and names the first line that"
                    + " differs. No partial credit.")
            .knob(Knob.integer("rows", 2, 30, 8, "number of rows"))
            .knob(Knob.integer("columns", 2, 30, 8, "number of columns"))
            .knob(Knob.decimal("fill", 0.5, 0.8, 0.58, "fraction of the cells that are filled in the hidden picture"))
            .answerShape("the grid, one line per row from top to bottom, # for a filled cell and . for an empty one")
            .uniqueSolution()
            .build();

    private static final String FILLED_MARKS = "#Xx1";
    private static final String EMPTY_MARKS = ".0-_";
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

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[] rows = {4, 5, 6, 7, 8, 9, 10, 12, 13, 15};
        int[] columns = {4, 5, 6, 7, 8, 10, 11, 12, 14, 15};
        return INFO.defaults()
                .with("rows", rows[level - 1])
                .with("columns", columns[level - 1])
                .with("fill", Draw.scale(level, 62, 55) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = knobs.integer("rows");
        int columns = knobs.integer("columns");
        double fill = knobs.decimal("fill");
        for (int attempt = 0; attempt <= ATTEMPTS; attempt++) {
            boolean[][] picture = new boolean[rows][columns];
            for (boolean[] row : picture) {
                for (int column = 0; column < columns; column++) {
                    // past the attempts, a full grid: its clues are trivially unique
                    row[column] = attempt == ATTEMPTS || random.nextDouble() < fill;
                }
            }
            List<List<Integer>> rowClues = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                rowClues.add(clue(picture[row]));
            }
            List<List<Integer>> columnClues = new ArrayList<>();
            for (int column = 0; column < columns; column++) {
                boolean[] line = new boolean[rows];
                for (int row = 0; row < rows; row++) {
                    line[row] = picture[row][column];
                }
                columnClues.add(clue(line));
            }
            long[] steps = new long[1];
            List<String> solution = new ArrayList<>();
            for (boolean[] row : picture) {
                solution.add(render(row));
            }
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
    public String render(Answer answer) {
        return String.join("\n", answer.rows());
    }

    /** Reads rows of marks; X, x and 1 also count as filled, and 0, - and _ as empty. */
    @Override
    public Answer parse(String text) {
        List<String> rows = new ArrayList<>();
        for (char[] row : Grids.charRows(text, FILLED_MARKS + EMPTY_MARKS)) {
            StringBuilder line = new StringBuilder();
            for (char cell : row) {
                line.append(FILLED_MARKS.indexOf(cell) >= 0 ? '#' : '.');
            }
            rows.add(line.toString());
        }
        return new Answer(rows);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int rows = puzzle.rowClues().size();
        int columns = puzzle.columnClues().size();
        List<String> grid = answer.rows();
        if (grid.size() != rows) {
            return Score.malformed("expected " + rows + " rows, found " + grid.size());
        }
        boolean[][] picture = new boolean[rows][columns];
        for (int row = 0; row < rows; row++) {
            String line = grid.get(row);
            if (line.length() != columns) {
                return Score.malformed("expected " + columns + " cells in row " + (row + 1) + ", found " + line.length());
            }
            for (int column = 0; column < columns; column++) {
                picture[row][column] = line.charAt(column) == '#';
            }
        }
        for (int row = 0; row < rows; row++) {
            List<Integer> found = clue(picture[row]);
            if (!found.equals(puzzle.rowClues().get(row))) {
                return Score.wrong("row " + (row + 1) + " has blocks " + join(found) + ", expected " + join(puzzle.rowClues().get(row)));
            }
        }
        for (int column = 0; column < columns; column++) {
            boolean[] line = new boolean[rows];
            for (int row = 0; row < rows; row++) {
                line[row] = picture[row][column];
            }
            List<Integer> found = clue(line);
            if (!found.equals(puzzle.columnClues().get(column))) {
                return Score.wrong("column " + (column + 1) + " has blocks " + join(found) + ", expected "
                        + join(puzzle.columnClues().get(column)));
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
        StringBuilder flipped = new StringBuilder(rows.get(row));
        flipped.setCharAt(column, flipped.charAt(column) == '#' ? '.' : '#');
        List<String> changed = new ArrayList<>(rows);
        changed.set(row, flipped.toString());
        misses.add(new Answer(changed));
        for (int other = 0; other < rows.size(); other++) {
            if (!rows.get(other).equals(rows.get(row))) {
                List<String> swapped = new ArrayList<>(rows);
                swapped.set(row, rows.get(other));
                swapped.set(other, rows.get(row));
                misses.add(new Answer(swapped));
                break;
            }
        }
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

    private static String render(boolean[] row) {
        StringBuilder line = new StringBuilder();
        for (boolean cell : row) {
            line.append(cell ? '#' : '.');
        }
        return line.toString();
    }

    private static String join(List<Integer> clue) {
        return String.join(" ", clue.stream().map(String::valueOf).toList());
    }
}
