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

/** Light Up (Akari): place bulbs that light every white cell without lighting each other, matching numbered walls. */
@AutoService(Bootcamp.class)
public final class LightUpBootcamp implements Bootcamp<LightUpBootcamp.Puzzle, LightUpBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(LightUpBootcamp.class)
            .title("Light Up (Akari)")
            .domain("puzzles")
            .tags("constraint-satisfaction", "grid", "logic", "unique-solution")
            .summary("A grid of white cells and walls, some walls numbered; place bulbs on white cells so that every white"
                    + " cell is lit (bulbs shine along their row and column until a wall), no bulb shines on another, and"
                    + " each numbered wall has that many bulbs beside it. Walls and a random bulb layout are drawn, every"
                    + " wall numbered, and numbers removed in random order while the solution stays unique, proved by a"
                    + " propagating solver and an independent cell-by-cell counter. The checker tests every rule. No"
                    + " partial credit.")
            .knob(Knob.integer("rows", 3, 20, 7, "number of rows"))
            .knob(Knob.integer("columns", 3, 20, 7, "number of columns"))
            .knob(Knob.decimal("walls", 0.1, 0.4, 0.22, "fraction of the cells that are walls"))
            .knob(Knob.decimal("hide", 0.0, 1.0, 0.5, "fraction of the wall numbers to remove; the generator stops early"
                    + " when no further number can go without a second solution"))
            .answerShape("the grid, one line per row from top to bottom, # for every wall, * for a bulb and . for a white"
                    + " cell without a bulb")
            .uniqueSolution()
            .build();

    private static final String BULB_MARKS = "*Ll";
    private static final String WALL_MARKS = "#01234";
    private static final String EMPTY_MARKS = ".-_";
    private static final int[][] SIDES = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};

    /**
     * The grid as rows of '.' (white), '#' (wall) and '0'..'4' (numbered wall), the unique solution as rows of '#', '*'
     * and '.' (never shown), and the solver's work.
     */
    public record Puzzle(List<String> grid, List<String> solution, long work) {
        public Puzzle {
            grid = List.copyOf(grid);
            solution = List.copyOf(solution);
        }
    }

    /** A grid: rows top to bottom of '#' (wall), '*' (bulb) and '.'; the checker tests the shape. */
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
        int[] rows = {4, 5, 6, 7, 7, 8, 9, 10, 11, 12};
        int[] columns = {4, 5, 6, 6, 7, 8, 9, 10, 11, 12};
        return INFO.defaults()
                .with("rows", rows[level - 1])
                .with("columns", columns[level - 1])
                .with("walls", Draw.scale(level, 25, 20) / 100.0)
                .with("hide", Draw.scale(level, 20, 100) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return LightUpGenerator.generate(knobs.integer("rows"), knobs.integer("columns"), knobs.decimal("walls"), knobs.decimal("hide"), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int rows = puzzle.grid().size();
        int columns = puzzle.grid().get(0).length();
        StringBuilder text = new StringBuilder();
        text.append("Solve this Light Up (Akari) puzzle. The grid has ").append(rows).append(" rows and ").append(columns)
                .append(" columns. A . is a white cell; # is a wall, and a digit 0 to 4 is a numbered wall. Place light")
                .append(" bulbs on some white cells. A bulb lights its own cell and shines along its row and its column in")
                .append(" all four directions, lighting every white cell until a wall or the edge of the grid stops the")
                .append(" light. The rules:\n")
                .append("1. Every white cell is lit.\n")
                .append("2. No bulb is lit by another bulb: two bulbs may share a row or column only with a wall between")
                .append(" them.\n")
                .append("3. A numbered wall has exactly that many bulbs in the white cells directly above, below, left and")
                .append(" right of it (diagonals do not count). A wall without a number may have any number of bulbs")
                .append(" beside it.\n")
                .append("The puzzle has exactly one solution. Rows are numbered from the top and columns from the left.\n\n    ");
        for (int column = 0; column < columns; column++) {
            text.append(String.format("%3d", column + 1));
        }
        text.append('\n');
        for (int row = 0; row < rows; row++) {
            text.append(String.format("%3d ", row + 1));
            for (char cell : puzzle.grid().get(row).toCharArray()) {
                text.append("  ").append(cell);
            }
            text.append('\n');
        }
        text.append("\nAnswer with the whole grid: ").append(rows).append(" lines, one per row from top to bottom, each")
                .append(" with ").append(columns).append(" characters: # for every wall (numbered or not), * for a bulb")
                .append(" and . for a white cell without a bulb. Do not write the row or column numbers.");
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

    /** Reads rows of marks; L also means a bulb, a digit a wall, and - or _ a white cell. */
    @Override
    public Answer parse(String text) {
        List<String> rows = new ArrayList<>();
        for (char[] row : Grids.charRows(text, BULB_MARKS + WALL_MARKS + EMPTY_MARKS)) {
            StringBuilder line = new StringBuilder();
            for (char cell : row) {
                line.append(BULB_MARKS.indexOf(cell) >= 0 ? '*' : WALL_MARKS.indexOf(cell) >= 0 ? '#' : '.');
            }
            rows.add(line.toString());
        }
        return new Answer(rows);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> grid = puzzle.grid();
        int rows = grid.size();
        int columns = grid.get(0).length();
        List<String> marks = answer.rows();
        if (marks.size() != rows) {
            return Score.malformed("expected " + rows + " rows, found " + marks.size());
        }
        for (int row = 0; row < rows; row++) {
            if (marks.get(row).length() != columns) {
                return Score.malformed("expected " + columns + " cells in row " + (row + 1) + ", found " + marks.get(row).length());
            }
            for (int column = 0; column < columns; column++) {
                boolean wall = grid.get(row).charAt(column) != '.';
                if (wall != (marks.get(row).charAt(column) == '#')) {
                    return Score.wrong("row " + (row + 1) + ", column " + (column + 1) + (wall ? " is a wall, to be written #" : " is a white cell, not a wall"));
                }
            }
        }
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                char cell = marks.get(row).charAt(column);
                String where = "row " + (row + 1) + ", column " + (column + 1);
                String problem = cell == '*' ? seenBulb(marks, row, column)
                        : cell == '.' ? (litInAnswer(marks, row, column) ? null : "the white cell at " + where + " is not lit")
                        : wrongNumber(grid, marks, row, column);
                if (problem != null) {
                    return Score.wrong(problem);
                }
            }
        }
        return Score.correct("every white cell is lit, no bulbs see each other, and every number matches");
    }

    /** A bulb left out, a bulb added on a lit cell, and a bulb moved to a neighbouring white cell. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int columns = gold.rows().get(0).length();
        List<Integer> bulbs = new ArrayList<>();
        List<Integer> whites = new ArrayList<>();
        for (int cell = 0; cell < gold.rows().size() * columns; cell++) {
            char mark = gold.rows().get(cell / columns).charAt(cell % columns);
            if (mark == '*') {
                bulbs.add(cell);
            } else if (mark == '.') {
                whites.add(cell);
            }
        }
        List<Answer> misses = new ArrayList<>();
        int bulb = Draw.pick(bulbs, random);
        misses.add(withCell(gold, bulb, '.'));
        if (!whites.isEmpty()) {
            int white = Draw.pick(whites, random);
            misses.add(withCell(gold, white, '*'));
            misses.add(withCell(withCell(gold, bulb, '.'), white, '*'));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.work();
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int rows = puzzle.grid().size();
        int columns = puzzle.grid().get(0).length();
        return LightUpCounter.count(rows, columns, clues(puzzle.grid()), limit);
    }

    private static int[] clues(List<String> grid) {
        int columns = grid.get(0).length();
        int[] clue = new int[grid.size() * columns];
        for (int cell = 0; cell < clue.length; cell++) {
            char shown = grid.get(cell / columns).charAt(cell % columns);
            clue[cell] = shown == '.' ? LightUpSolver.WHITE : shown == '#' ? LightUpSolver.WALL : shown - '0';
        }
        return clue;
    }

    /** Why the bulb at this cell breaks the rules (another bulb in its light), or null. */
    private static String seenBulb(List<String> marks, int row, int column) {
        for (int[] side : SIDES) {
            for (int r = row + side[0], c = column + side[1]; r >= 0 && r < marks.size() && c >= 0 && c < marks.get(0).length()
                    && marks.get(r).charAt(c) != '#'; r += side[0], c += side[1]) {
                if (marks.get(r).charAt(c) == '*') {
                    return "the bulbs at row " + (row + 1) + ", column " + (column + 1) + " and row " + (r + 1) + ", column "
                            + (c + 1) + " light each other";
                }
            }
        }
        return null;
    }

    /** Why the wall at this cell breaks its number, or null (also for a cell that is no numbered wall). */
    private static String wrongNumber(List<String> grid, List<String> marks, int row, int column) {
        char shown = grid.get(row).charAt(column);
        if (!Character.isDigit(shown)) {
            return null;
        }
        int bulbs = 0;
        for (int[] side : SIDES) {
            int r = row + side[0];
            int c = column + side[1];
            bulbs += r >= 0 && r < marks.size() && c >= 0 && c < marks.get(0).length() && marks.get(r).charAt(c) == '*' ? 1 : 0;
        }
        if (bulbs == shown - '0') {
            return null;
        }
        return "the wall at row " + (row + 1) + ", column " + (column + 1) + " shows " + shown + " but has " + bulbs + " bulbs beside it";
    }

    private static boolean litInAnswer(List<String> marks, int row, int column) {
        for (int[] side : SIDES) {
            for (int r = row + side[0], c = column + side[1]; r >= 0 && r < marks.size() && c >= 0 && c < marks.get(0).length()
                    && marks.get(r).charAt(c) != '#'; r += side[0], c += side[1]) {
                if (marks.get(r).charAt(c) == '*') {
                    return true;
                }
            }
        }
        return false;
    }

    private static Answer withCell(Answer answer, int cell, char mark) {
        int columns = answer.rows().get(0).length();
        List<String> rows = new ArrayList<>(answer.rows());
        StringBuilder row = new StringBuilder(rows.get(cell / columns));
        row.setCharAt(cell % columns, mark);
        rows.set(cell / columns, row.toString());
        return new Answer(rows);
    }
}
