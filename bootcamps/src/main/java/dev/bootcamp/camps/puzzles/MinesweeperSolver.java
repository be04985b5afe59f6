package dev.bootcamp.camps.puzzles;

import java.util.Arrays;

/**
 * The generator's solver: solves a Minesweeper board by deduction alone, which proves the mine layout unique. Rules,
 * applied until nothing changes: a number whose mines are all found clears its other hidden neighbours, and one that
 * needs all of them marks them; for two numbers whose hidden neighbours overlap, the bounds on the mines in the
 * overlap settle the cells only one of them sees; and the total mine count settles the rest when it is met exactly.
 * Cells are numbered row by row.
 */
final class MinesweeperSolver {
    private final int columns;
    private final int[][] neighbours;
    private final int[][] nearby;
    private final int[] numbers;
    private final boolean[] revealed;
    private final int mines;
    private final byte[] state;
    private final int[] need;
    private final int[] open;
    private int undecided;
    private int found;
    private long steps;

    /**
     * @param numbers the mine count around each cell (used only where revealed)
     * @param revealed which cells show their number (never a mine); the solver reads it afresh on every call
     */
    MinesweeperSolver(int rows, int columns, int[][] neighbours, int[] numbers, boolean[] revealed, int mines) {
        this.columns = columns;
        this.neighbours = neighbours;
        this.numbers = numbers;
        this.revealed = revealed;
        this.mines = mines;
        int cells = rows * columns;
        nearby = new int[cells][];
        for (int cell = 0; cell < cells; cell++) {
            int row = cell / columns;
            int column = cell % columns;
            int[] around = new int[24];
            int count = 0;
            for (int r = Math.max(0, row - 2); r <= Math.min(rows - 1, row + 2); r++) {
                for (int c = Math.max(0, column - 2); c <= Math.min(columns - 1, column + 2); c++) {
                    if (r != row || c != column) {
                        around[count++] = r * columns + c;
                    }
                }
            }
            nearby[cell] = Arrays.copyOf(around, count);
        }
        state = new byte[cells];
        need = new int[cells];
        open = new int[cells];
    }

    /** Whether deduction settles every hidden cell; the work it took accumulates in {@link #steps()}. */
    boolean solvable() {
        Arrays.fill(state, (byte) -1);
        undecided = 0;
        found = 0;
        for (int cell = 0; cell < state.length; cell++) {
            need[cell] = revealed[cell] ? numbers[cell] : 0;
            if (revealed[cell]) {
                state[cell] = 0;
            } else {
                undecided++;
            }
        }
        for (int cell = 0; cell < state.length; cell++) {
            open[cell] = 0;
            for (int neighbour : neighbours[cell]) {
                open[cell] += state[neighbour] == -1 ? 1 : 0;
            }
        }
        boolean changed = true;
        while (changed && undecided > 0) {
            changed = singles() || pairs() || total();
        }
        return undecided == 0;
    }

    long steps() {
        return steps;
    }

    private boolean singles() {
        boolean changed = false;
        for (int cell = 0; cell < state.length; cell++) {
            if (revealed[cell] && open[cell] > 0 && (need[cell] == 0 || need[cell] == open[cell])) {
                settleAround(cell, -1, need[cell] == 0 ? 0 : 1);
                changed = true;
            }
        }
        return changed;
    }

    private boolean pairs() {
        boolean changed = false;
        for (int first = 0; first < state.length; first++) {
            if (!revealed[first] || open[first] == 0) {
                continue;
            }
            for (int second : nearby[first]) {
                if (!revealed[second] || open[second] == 0) {
                    continue;
                }
                steps++;
                int shared = 0;
                for (int neighbour : neighbours[second]) {
                    shared += state[neighbour] == -1 && adjacent(neighbour, first) ? 1 : 0;
                }
                if (shared == 0) {
                    continue;
                }
                int onlyFirst = open[first] - shared;
                int onlySecond = open[second] - shared;
                int least = Math.max(0, need[first] - onlyFirst);
                int most = Math.min(shared, need[first]);
                if (onlySecond > 0 && (need[second] - least == 0 || need[second] - most == onlySecond)) {
                    settleAround(second, first, need[second] - least == 0 ? 0 : 1);
                    changed = true;
                    if (open[first] == 0) {
                        break;
                    }
                }
            }
        }
        return changed;
    }

    private boolean total() {
        int left = mines - found;
        if (left != 0 && left != undecided) {
            return false;
        }
        for (int cell = 0; cell < state.length; cell++) {
            if (state[cell] == -1) {
                settle(cell, left == 0 ? 0 : 1);
            }
        }
        return true;
    }

    /** Settles the undecided neighbours of {@code cell} that are not neighbours of {@code except} (-1 for none). */
    private void settleAround(int cell, int except, int value) {
        for (int neighbour : neighbours[cell]) {
            if (state[neighbour] == -1 && (except < 0 || !adjacent(neighbour, except))) {
                settle(neighbour, value);
            }
        }
    }

    private void settle(int cell, int value) {
        steps++;
        state[cell] = (byte) value;
        undecided--;
        found += value;
        for (int neighbour : neighbours[cell]) {
            open[neighbour]--;
            need[neighbour] -= value;
        }
    }

    private boolean adjacent(int cell, int other) {
        return cell != other && Math.abs(cell / columns - other / columns) <= 1 && Math.abs(cell % columns - other % columns) <= 1;
    }
}
