package dev.bootcamp.camps.puzzles;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.CellSearch;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.MarkGrids;
import dev.bootcamp.camps.kit.NumberedBoard;
import java.util.List;
import java.util.random.RandomGenerator;

/** Minesweeper deduction: from the revealed numbers and the mine total, mark every mine on the board. */
@AutoService(Bootcamp.class)
public final class MinesweeperBootcamp extends Camp<MinesweeperBootcamp.Puzzle, MinesweeperBootcamp.Answer> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 30, 8, "number of rows");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 3, 30, 8, "number of columns");
    private static final Knob<Double> MINES = Knob.decimal("mines", 0.05, 0.3, 0.15, "fraction of the cells that hold a mine");
    private static final Knob<Double> HIDDEN = Knob.decimal("hidden", 0.0, 1.0, 0.5, "fraction of the safe cells to hide; the generator stops early"
            + " when no further cell can be hidden without making the mines ambiguous");
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
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(MINES)
            .knob(HIDDEN)
            .answerShape("the board, one line per row from top to bottom, X for a mine and . for every other cell")
            .uniqueSolution()
            .build();

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

    /** Reads rows of marks; *, M and # also mark a mine, and digits, - and _ a cell without one. */
    public MinesweeperBootcamp() {
        super(INFO, MarkGrids.codec("Xx*Mm#", ".-_012345678").map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] rows = {4, 5, 6, 7, 8, 8, 9, 10, 11, 12};
        int[] columns = {4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
        return INFO.defaults()
                .with(ROWS, rows[level - 1])
                .with(COLUMNS, columns[level - 1])
                .with(MINES, Draw.scale(level, 12, 21) / 100.0)
                .with(HIDDEN, Draw.scale(level, 15, 90) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(ROWS);
        int columns = knobs.get(COLUMNS);
        int cells = rows * columns;
        int mineCount = Math.max(1, Math.min(cells - 1, (int) Math.round(knobs.get(MINES) * cells)));
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
        int target = (int) Math.round(knobs.get(HIDDEN) * (cells - mineCount));
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
        List<String> board = MarkGrids.draw(rows, columns, cell -> revealed[cell] ? (char) ('0' + numbers[cell]) : '?');
        List<String> solution = MarkGrids.draw(rows, columns, cell -> mine[cell] ? 'X' : '.');
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
                .append(" exactly. Rows are numbered from the top and columns from the left.\n\n")
                .append(NumberedBoard.rows(puzzle.board(), "%3d "));
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
    public Score check(Puzzle puzzle, Answer answer) {
        Grid board = Grid.of(puzzle.board());
        List<String> marked = answer.rows();
        Score malformed = MarkGrids.shape(marked, board.rows(), board.columns());
        if (malformed != null) {
            return malformed;
        }
        List<Grid.Cell> mines = Grid.of(marked).cells('X');
        for (Grid.Cell mine : mines) {
            if (board.at(mine) != '?') {
                return Score.wrong("a mine is marked at " + mine.where() + ", which shows a number and so has no mine");
            }
        }
        if (mines.size() != puzzle.mines()) {
            return Score.wrong(mines.size() + " mines are marked; the board has " + puzzle.mines());
        }
        for (Grid.Cell cell : board.cells()) {
            long around = board.neighbours(cell, true).stream().filter(mines::contains).count();
            if (board.at(cell) != '?' && around != board.at(cell) - '0') {
                return Score.wrong("the " + board.at(cell) + " at " + cell.where() + " has " + around + " marked mines around it");
            }
        }
        return Score.correct("every number and the total match the marked mines");
    }

    /** A mine left out, a hidden safe cell marked as a mine, and a mine moved there. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Grid.Cell> hiddenSafe = Grid.of(puzzle.board()).cells('?').stream().filter(cell -> Grid.of(gold.rows()).at(cell) != 'X').toList();
        return MarkGrids.slips(gold.rows(), 'X', '.', hiddenSafe, random).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.board().stream().mapToLong(row -> row.chars().filter(cell -> cell == '?').count()).sum();
    }

    /** Counted by the kit's cell search: no mine on a number, each number's mines around it, and the total. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        Grid board = Grid.of(puzzle.board());
        int[][] neighbours = neighbours(board.rows(), board.columns());
        CellSearch search = new CellSearch(board.rows() * board.columns());
        for (Grid.Cell cell : board.cells()) {
            int index = cell.row() * board.columns() + cell.column();
            if (board.at(cell) != '?') {
                search.fix(index, false).exactly(neighbours[index], board.at(cell) - '0');
            }
        }
        return search.exactly(CellSearch.line(0, 1, board.rows() * board.columns()), puzzle.mines()).count(limit, marked -> true);
    }

    private static int[][] neighbours(int rows, int columns) {
        Grid grid = Grid.filled(rows, columns, '.');
        return grid.cells().stream().map(cell -> grid.neighbours(cell, true).stream()
                .mapToInt(next -> next.row() * columns + next.column()).sorted().toArray()).toArray(int[][]::new);
    }
}
