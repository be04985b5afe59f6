package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.episodes.Actions;
import dev.bootcamp.camps.kit.playboards.BoardText;
import dev.bootcamp.camps.kit.playboards.MineDeduction;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Minesweeper played cell by cell: the first cell is opened for the player and touches no mine; each turn opens one
 * hidden cell, and opening a mine loses. Boards are drawn until {@link MineDeduction}'s rules, working only from the
 * open numbers and the mine total, open every safe cell, so no guess is ever needed (after many failed draws the board
 * gets one mine fewer). The expert opens the first cell those rules prove safe.
 */
@AutoService(Interactive.class)
public final class MinesweeperPlayBootcamp implements Interactive<MinesweeperPlayBootcamp.State> {
    private static final char HIDDEN = '#';
    private static final char MINE = '*';
    private static final int DRAWS_PER_COUNT = 30;
    private static final int SLACK = 3;
    private static final Knob<Integer> ROWS = Knob.integer("rows", 4, 16, 8, "rows of the board");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 4, 16, 8, "columns of the board");
    private static final Knob<Integer> MINES = Knob.integer("mines", 2, 40, 9, "mines hidden on the board (at most a fifth of"
            + " the cells are used)");
    private static final BootcampInfo INFO = BootcampInfo.builder(MinesweeperPlayBootcamp.class)
            .title("Minesweeper, cell by cell")
            .domain("interactive")
            .tags("interactive", "deduction", "minesweeper", "logic")
            .summary("Clear a rows x columns minesweeper board holding `mines` mines by opening one hidden cell per turn; an"
                    + " open cell shows how many of its eight neighbours hold mines, and a 0 opens its neighbours by itself."
                    + " The first cell is opened for you, and every board can be cleared by deduction alone; the turns are"
                    + " the hidden safe cells plus 3. Opening a mine loses. CORRECT when every safe cell is open, WRONG otherwise.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(MINES)
            .answerShape("one cell per turn, column letter and row number, such as 'B3'")
            .build();

    /**
     * An episode: the board shape, the mines as a row-major string of '*' and '.', what is shown (a digit for an open
     * cell, '#' for a hidden one), whether a mine was opened, and the turn limit (the hidden safe cells at the start, plus 3).
     */
    public record State(int rows, int columns, String mines, String shown, boolean exploded, int limit) {
        int mineCount() {
            return (int) mines.chars().filter(c -> c == MINE).count();
        }

        boolean cleared() {
            for (int i = 0; i < shown.length(); i++) {
                if (shown.charAt(i) == HIDDEN && mines.charAt(i) != MINE) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[][] table = {{5, 5, 3}, {6, 6, 5}, {7, 7, 7}, {8, 8, 9}, {8, 10, 12}, {9, 10, 14}, {10, 10, 16}, {10, 12, 19},
                {11, 13, 23}, {12, 14, 27}};
        int[] row = table[level - 1];
        return INFO.defaults().with(ROWS, row[0]).with(COLUMNS, row[1]).with(MINES, row[2]);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(ROWS);
        int columns = knobs.get(COLUMNS);
        int cells = rows * columns;
        for (int mines = Math.min(knobs.get(MINES), cells / 5); mines >= 1; mines--) {
            for (int draw = 0; draw < DRAWS_PER_COUNT; draw++) {
                State state = draw(rows, columns, mines, true, random);
                if (state != null) {
                    return state;
                }
            }
        }
        for (int draw = 0; draw < DRAWS_PER_COUNT; draw++) {
            State state = draw(rows, columns, 1, false, random);
            if (state != null) {
                return state;
            }
        }
        return draw(rows, columns, 0, false, random);
    }

    /**
     * One board with its first cell open, or null when it needs a guess or ({@code strict}) falls to fewer than two
     * moves. Without mines it is always returned.
     */
    private static State draw(int rows, int columns, int mines, boolean strict, RandomGenerator random) {
        int cells = rows * columns;
        int first = random.nextInt(cells);
        boolean[] free = new boolean[cells];
        free[first] = true;
        for (int near : MineDeduction.around(rows, columns, first)) {
            free[near] = true;
        }
        int[] order = Draw.permutation(cells, random);
        boolean[] mine = new boolean[cells];
        int placed = 0;
        for (int i = 0; i < cells && placed < mines; i++) {
            if (!free[order[i]]) {
                mine[order[i]] = true;
                placed++;
            }
        }
        int[] numbers = MineDeduction.numbers(rows, columns, mine);
        int[] hidden = new int[cells];
        Arrays.fill(hidden, MineDeduction.HIDDEN);
        int[] shown = MineDeduction.open(rows, columns, numbers, hidden, first);
        int[] end = shown;
        int moves = 0;
        while (true) {
            byte[] status = MineDeduction.deduce(rows, columns, end, placed);
            boolean opened = false;
            for (int cell = 0; cell < cells; cell++) {
                if (end[cell] == MineDeduction.HIDDEN && status[cell] == MineDeduction.SAFE) {
                    end = MineDeduction.open(rows, columns, numbers, end, cell);
                    opened = true;
                    moves++;
                }
            }
            if (!opened) {
                break;
            }
        }
        int stillHidden = 0;
        for (int value : end) {
            stillHidden += value == MineDeduction.HIDDEN ? 1 : 0;
        }
        if (stillHidden != placed || (strict && moves < 2)) {
            return null;
        }
        StringBuilder mineText = new StringBuilder();
        for (boolean value : mine) {
            mineText.append(value ? MINE : '.');
        }
        int limit = 0;
        for (int cell = 0; cell < cells; cell++) {
            limit += shown[cell] == MineDeduction.HIDDEN && !mine[cell] ? 1 : 0;
        }
        return new State(rows, columns, mineText.toString(), text(shown), false, limit + SLACK);
    }

    private static String text(int[] shown) {
        StringBuilder text = new StringBuilder();
        for (int value : shown) {
            text.append(value == MineDeduction.HIDDEN ? HIDDEN : (char) ('0' + value));
        }
        return text.toString();
    }

    private static int[] values(String shown) {
        int[] values = new int[shown.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = shown.charAt(i) == HIDDEN ? MineDeduction.HIDDEN : shown.charAt(i) - '0';
        }
        return values;
    }

    @Override
    public String opening(State state) {
        return "Let us play Minesweeper. The board has " + state.rows() + " rows (numbered 1 to " + state.rows() + " from the top)"
                + " and " + state.columns() + " columns (lettered A to " + (char) ('A' + state.columns() - 1) + " from the left),"
                + " and " + state.mineCount() + " mines are hidden in it. A hidden cell is shown as " + HIDDEN + "; an open cell"
                + " shows a digit, the number of mines among its up to eight neighbours (diagonals included). Opening a cell"
                + " that shows 0 opens all its neighbours as well, and so on. Each turn, open one hidden cell by naming it,"
                + " column letter then row number, for example \"B2\". If it holds a mine you lose at once. You win when every"
                + " cell without a mine is open; you never need to mark mines. The first cell has been opened for you, and the"
                + " board can always be cleared by deduction from the numbers (and the mine total) without guessing. You have "
                + state.limit() + " turns; a turn that opens nothing (an unreadable cell, or one already open) is wasted.\n\n"
                + board(state, state.shown());
    }

    private static String board(State state, String cells) {
        char[] chars = cells.toCharArray();
        int hidden = 0;
        for (char c : chars) {
            hidden += c == HIDDEN ? 1 : 0;
        }
        return BoardText.lettered(BoardText.rows(chars, state.rows(), state.columns())) + "\nHidden cells: " + hidden + " (" + state.mineCount()
                + " of them mines).";
    }

    @Override
    public Turn<State> act(State state, String action) {
        if (action.toLowerCase(Locale.ROOT).contains("flag")) {
            return Turn.next(state, "This game has no flags: just open cells you know are safe, one per turn. Nothing changed.");
        }
        Optional<int[]> cell = Actions.cell(action, state.rows(), state.columns());
        if (cell.isEmpty()) {
            return Turn.next(state, "I could not read a cell of the board: name one such as \"B2\" (columns A to "
                    + (char) ('A' + state.columns() - 1) + ", rows 1 to " + state.rows() + "). Nothing changed.");
        }
        int at = cell.get()[0] * state.columns() + cell.get()[1];
        String name = Actions.cellName(cell.get()[0], cell.get()[1]);
        if (state.shown().charAt(at) != HIDDEN) {
            return Turn.next(state, name + " is already open. Nothing changed.");
        }
        if (state.mines().charAt(at) == MINE) {
            State lost = new State(state.rows(), state.columns(), state.mines(), state.shown(), true, state.limit());
            char[] reveal = state.shown().toCharArray();
            for (int i = 0; i < reveal.length; i++) {
                reveal[i] = state.mines().charAt(i) == MINE ? MINE : reveal[i];
            }
            return Turn.last(lost, "Boom: " + name + " held a mine. You lose. The mines were:\n" + board(state, new String(reveal)));
        }
        boolean[] mine = new boolean[state.mines().length()];
        for (int i = 0; i < mine.length; i++) {
            mine[i] = state.mines().charAt(i) == MINE;
        }
        int[] numbers = MineDeduction.numbers(state.rows(), state.columns(), mine);
        int[] shown = MineDeduction.open(state.rows(), state.columns(), numbers, values(state.shown()), at);
        State next = new State(state.rows(), state.columns(), state.mines(), text(shown), false, state.limit());
        String text = "You opened " + name + ": it shows " + numbers[at] + ".\n" + board(next, next.shown());
        return next.cleared() ? Turn.last(next, text + " Every safe cell is open: you win.") : Turn.next(next, text);
    }

    @Override
    public Score outcome(State state) {
        if (state.exploded()) {
            return Score.wrong("a mine was opened");
        }
        return state.cleared() ? Score.correct("every safe cell opened") : Score.wrong("safe cells are still hidden");
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /** The first hidden cell that the deduction rules prove safe from the open numbers and the mine total. */
    @Override
    public String expertAction(State state) {
        int[] shown = values(state.shown());
        byte[] status = MineDeduction.deduce(state.rows(), state.columns(), shown, state.mineCount());
        int chosen = -1;
        for (int cell = 0; cell < shown.length && chosen < 0; cell++) {
            if (shown[cell] == MineDeduction.HIDDEN && status[cell] == MineDeduction.SAFE) {
                chosen = cell;
            }
        }
        if (chosen < 0) {
            chosen = Math.max(0, state.shown().indexOf(HIDDEN));
        }
        return Actions.cellName(chosen / state.columns(), chosen % state.columns());
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return Actions.cellName(random.nextInt(state.rows()), random.nextInt(state.columns()));
    }

    /** The safe cells hidden at the start. */
    @Override
    public double cost(State state) {
        return state.limit() - SLACK;
    }
}
