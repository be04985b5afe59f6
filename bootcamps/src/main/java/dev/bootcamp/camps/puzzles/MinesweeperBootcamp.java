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

/** Minesweeper deduction: from the revealed numbers and the mine total, mark every mine on the board. */
@AutoService(Bootcamp.class)
public final class MinesweeperBootcamp implements Bootcamp<MinesweeperBootcamp.Puzzle, MinesweeperBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(MinesweeperBootcamp.class)
            .title("Minesweeper deduction")
            .domain("puzzles")
            .tags("deduction", "grid", "logic", "unique-solution")
            .summary("A Minesweeper board shows some cells' numbers (how many of the eight surrounding cells hold a mine)"
                    + " and hides the rest; the total number of mines is given. Mark every mine. The generator starts from"
                    + " a random minefield with every safe cell revealed and hides safe cells in random order while the"
                    + " board can still be solved by deduction alone (single numbers, overlapping pairs of numbers, the"
                    + " total), which proves the layout unique; an independent backtracking counter confirms it."
                    + " The checker tests the numbers and the total, not equality with a stored board. No partial credit.")
            .knob(Knob.integer("rows", 3, 30, 8, "number of rows"))
            .knob(Knob.integer("columns", 3, 30, 8, "number of columns"))
            .knob(Knob.decimal("mines", 0.05, 0.3, 0.15, "fraction of the cells that hold a mine"))
            .knob(Knob.decimal("hidden", 0.0, 1.0, 0.5, "fraction of the safe cells to hide; the generator stops early"
                    + " when no further cell can be hidden without making the mines ambiguous"))
            .answerShape("the board, one line per row from top to bottom, X for a mine and . for every other cell")
            .uniqueSolution()
            .build();

    private static final String MINE_MARKS = "Xx*Mm#";
    private static final String SAFE_MARKS = ".-_012345678";

    /**
     * The board as shown, rows of '?' (hidden) and digits (revealed), the mine total, and the unique mine layout as rows
     * of 'X' and '.' (never shown).
     */
    public record Puzzle(List<String> board, int mines, List<String> solution) {
        public Puzzle {
            board = List.copyOf(board);
            solution = List.copyOf(solution);
        }
    }

    /** The marked board: rows top to bottom, 'X' a mine and '.' anything else; the checker tests the shape. */
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
        int[] rows = {4, 5, 6, 7, 8, 8, 9, 10, 11, 12};
        int[] columns = {4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
        return INFO.defaults()
                .with("rows", rows[level - 1])
                .with("columns", columns[level - 1])
                .with("mines", Draw.scale(level, 12, 21) / 100.0)
                .with("hidden", Draw.scale(level, 15, 90) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = knobs.integer("rows");
        int columns = knobs.integer("columns");
        int cells = rows * columns;
        int mineCount = Math.max(1, Math.min(cells - 1, (int) Math.round(knobs.decimal("mines") * cells)));
        boolean[] mine = new boolean[cells];
        int[] order = Draw.permutation(cells, random);
        for (int i = 0; i < mineCount; i++) {
            mine[order[i]] = true;
        }
        int[][] neighbours = neighbours(rows, columns);
        int[] numbers = new int[cells];
        boolean[] revealed = new boolean[cells];
        for (int cell = 0; cell < cells; cell++) {
            revealed[cell] = !mine[cell];
            for (int neighbour : neighbours[cell]) {
                numbers[cell] += mine[neighbour] ? 1 : 0;
            }
        }
        int target = (int) Math.round(knobs.decimal("hidden") * (cells - mineCount));
        MinesweeperSolver solver = new MinesweeperSolver(rows, columns, neighbours, numbers, revealed, mineCount);
        int hiddenSafe = 0;
        for (int cell : Draw.permutation(cells, random)) {
            if (hiddenSafe == target) {
                break;
            }
            if (mine[cell]) {
                continue;
            }
            revealed[cell] = false;
            if (solver.solvable()) {
                hiddenSafe++;
            } else {
                revealed[cell] = true;
            }
        }
        List<String> board = new ArrayList<>();
        List<String> solution = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            StringBuilder shown = new StringBuilder();
            StringBuilder marked = new StringBuilder();
            for (int column = 0; column < columns; column++) {
                int cell = row * columns + column;
                shown.append(revealed[cell] ? (char) ('0' + numbers[cell]) : '?');
                marked.append(mine[cell] ? 'X' : '.');
            }
            board.add(shown.toString());
            solution.add(marked.toString());
        }
        return new Puzzle(board, mineCount, solution);
    }

    @Override
    public String question(Puzzle puzzle) {
        int rows = puzzle.board().size();
        int columns = puzzle.board().get(0).length();
        StringBuilder text = new StringBuilder();
        text.append("This is a Minesweeper board with ").append(rows).append(" rows and ").append(columns)
                .append(" columns. Exactly ").append(puzzle.mines()).append(" of its cells hold a mine. A cell showing a")
                .append(" digit has no mine, and the digit is the number of mines among its neighbours: the up to eight")
                .append(" cells touching it horizontally, vertically or diagonally. A cell shown as ? is hidden and may or")
                .append(" may not hold a mine. Work out where every mine is; the numbers and the total determine this")
                .append(" exactly. Rows are numbered from the top and columns from the left.\n\n    ");
        for (int column = 0; column < columns; column++) {
            text.append(String.format("%3d", column + 1));
        }
        text.append('\n');
        for (int row = 0; row < rows; row++) {
            text.append(String.format("%3d ", row + 1));
            for (char cell : puzzle.board().get(row).toCharArray()) {
                text.append("  ").append(cell);
            }
            text.append('\n');
        }
        text.append("\nAnswer with the whole board: ").append(rows).append(" lines, one per row from top to bottom, each")
                .append(" with ").append(columns).append(" characters: X for a cell with a mine and . for every cell")
                .append(" without one (numbered cells included). Do not write the row or column numbers.");
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

    /** Reads rows of marks; *, M and # also mark a mine, and digits, - and _ a cell without one. */
    @Override
    public Answer parse(String text) {
        List<String> rows = new ArrayList<>();
        for (char[] row : Grids.charRows(text, MINE_MARKS + SAFE_MARKS)) {
            StringBuilder line = new StringBuilder();
            for (char cell : row) {
                line.append(MINE_MARKS.indexOf(cell) >= 0 ? 'X' : '.');
            }
            rows.add(line.toString());
        }
        return new Answer(rows);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> board = puzzle.board();
        int rows = board.size();
        int columns = board.get(0).length();
        List<String> marked = answer.rows();
        if (marked.size() != rows) {
            return Score.malformed("expected " + rows + " rows, found " + marked.size());
        }
        int mines = 0;
        for (int row = 0; row < rows; row++) {
            if (marked.get(row).length() != columns) {
                return Score.malformed("expected " + columns + " cells in row " + (row + 1) + ", found " + marked.get(row).length());
            }
            for (int column = 0; column < columns; column++) {
                if (marked.get(row).charAt(column) != 'X') {
                    continue;
                }
                if (board.get(row).charAt(column) != '?') {
                    return Score.wrong("a mine is marked at row " + (row + 1) + ", column " + (column + 1)
                            + ", which shows a number and so has no mine");
                }
                mines++;
            }
        }
        if (mines != puzzle.mines()) {
            return Score.wrong(mines + " mines are marked; the board has " + puzzle.mines());
        }
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                char shown = board.get(row).charAt(column);
                if (shown == '?') {
                    continue;
                }
                int around = 0;
                for (int r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
                    for (int c = Math.max(0, column - 1); c <= Math.min(columns - 1, column + 1); c++) {
                        around += marked.get(r).charAt(c) == 'X' ? 1 : 0;
                    }
                }
                if (around != shown - '0') {
                    return Score.wrong("the " + shown + " at row " + (row + 1) + ", column " + (column + 1) + " has "
                            + around + " marked mines around it");
                }
            }
        }
        return Score.correct("every number and the total match the marked mines");
    }

    /** A mine moved to another hidden cell, a mine left out, and a hidden safe cell marked as a mine. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Integer> mines = new ArrayList<>();
        List<Integer> hiddenSafe = new ArrayList<>();
        int columns = puzzle.board().get(0).length();
        for (int cell = 0; cell < puzzle.board().size() * columns; cell++) {
            if (gold.rows().get(cell / columns).charAt(cell % columns) == 'X') {
                mines.add(cell);
            } else if (puzzle.board().get(cell / columns).charAt(cell % columns) == '?') {
                hiddenSafe.add(cell);
            }
        }
        List<Answer> misses = new ArrayList<>();
        int mine = Draw.pick(mines, random);
        misses.add(withCell(gold, mine, '.', columns));
        if (!hiddenSafe.isEmpty()) {
            int safe = Draw.pick(hiddenSafe, random);
            misses.add(withCell(withCell(gold, mine, '.', columns), safe, 'X', columns));
            misses.add(withCell(gold, safe, 'X', columns));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.board().stream().mapToLong(row -> row.chars().filter(cell -> cell == '?').count()).sum();
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int rows = puzzle.board().size();
        int columns = puzzle.board().get(0).length();
        int[] numbers = new int[rows * columns];
        boolean[] revealed = new boolean[rows * columns];
        for (int cell = 0; cell < numbers.length; cell++) {
            char shown = puzzle.board().get(cell / columns).charAt(cell % columns);
            revealed[cell] = shown != '?';
            numbers[cell] = revealed[cell] ? shown - '0' : 0;
        }
        return MinesweeperCounter.count(neighbours(rows, columns), numbers, revealed, puzzle.mines(), limit);
    }

    private static int[][] neighbours(int rows, int columns) {
        int[][] neighbours = new int[rows * columns][];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                List<Integer> around = new ArrayList<>();
                for (int r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
                    for (int c = Math.max(0, column - 1); c <= Math.min(columns - 1, column + 1); c++) {
                        if (r != row || c != column) {
                            around.add(r * columns + c);
                        }
                    }
                }
                neighbours[row * columns + column] = around.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return neighbours;
    }

    private static Answer withCell(Answer answer, int cell, char mark, int columns) {
        List<String> rows = new ArrayList<>(answer.rows());
        StringBuilder row = new StringBuilder(rows.get(cell / columns));
        row.setCharAt(cell % columns, mark);
        rows.set(cell / columns, row.toString());
        return new Answer(rows);
    }
}
