package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The generator's solver for Light Up: propagation from a work list, with counters kept per cell (a bulb clears every
 * cell it sees; a number that has all its bulbs clears its other neighbours, and one that needs all of them fills them;
 * an unlit cell that only one undecided cell can still light gets a bulb there), branching on a candidate lighter of
 * the unlit cell that has the fewest.
 * Cells are numbered row by row; {@code clue} is -2 for a white cell, -1 for a plain wall and 0..4 for a numbered wall.
 */
final class LightUpSolver {
    /** Bounds one count; past it the puzzle counts as ambiguous, so a hard one is rejected, never accepted. */
    private static final int NODE_CAP = 1_000;
    static final int WHITE = -2;
    static final int WALL = -1;

    private final int cells;
    private final int[] clue;
    /** {@code sees[c]}: the white cells in line of sight of white cell c (same row or column, no wall between). */
    private final int[][] sees;
    /** {@code around[c]}: the white cells beside cell c; {@code walls[c]}: the walls beside it. */
    private final int[][] around;
    private final int[][] walls;
    /** The cells whose rules may fire, each at most once (a stack, with {@code queued} as its membership). */
    private final int[] waiting;
    private final boolean[] queued;
    private int pending;
    private final List<byte[]> solutions = new ArrayList<>();
    private int nodes;
    private long work;

    LightUpSolver(int rows, int columns, int[] clue) {
        this.cells = rows * columns;
        this.clue = clue;
        sees = new int[cells][];
        around = new int[cells][];
        walls = new int[cells][];
        waiting = new int[cells];
        queued = new boolean[cells];
        int[][] steps = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        for (int cell = 0; cell < cells; cell++) {
            List<Integer> seen = new ArrayList<>();
            List<Integer> near = new ArrayList<>();
            List<Integer> blocks = new ArrayList<>();
            for (int[] step : steps) {
                int r = cell / columns + step[0];
                int c = cell % columns + step[1];
                if (r >= 0 && r < rows && c >= 0 && c < columns) {
                    (clue[r * columns + c] == WHITE ? near : blocks).add(r * columns + c);
                }
                while (clue[cell] == WHITE && r >= 0 && r < rows && c >= 0 && c < columns && clue[r * columns + c] == WHITE) {
                    seen.add(r * columns + c);
                    r += step[0];
                    c += step[1];
                }
            }
            sees[cell] = seen.stream().mapToInt(Integer::intValue).toArray();
            around[cell] = near.stream().mapToInt(Integer::intValue).toArray();
            walls[cell] = blocks.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Solutions up to 2 (2 also when the search runs past its cap). */
    int countUpToTwo() {
        nodes = 0;
        solutions.clear();
        State state = new State(cells);
        Arrays.fill(state.value, (byte) -1);
        for (int cell = 0; cell < cells; cell++) {
            if (clue[cell] == WHITE) {
                state.lighters[cell] = sees[cell].length + 1;
                push(cell);
            } else if (clue[cell] >= 0) {
                state.open[cell] = around[cell].length;
                push(cell);
            }
        }
        return count(state, 0);
    }

    /** The solutions the last count found (1 for a bulb), at most two. */
    List<byte[]> solutions() {
        return solutions;
    }

    /** The work done by every count so far, a measure of how hard the puzzles were. */
    long work() {
        return work;
    }

    /**
     * A partial solution with counters kept up to date: {@code lit} bulbs shining on a white cell, {@code lighters}
     * undecided cells that could still light it, and for a numbered wall its {@code bulbs} and {@code open} neighbours.
     */
    private static final class State {
        final byte[] value;
        final int[] lit;
        final int[] lighters;
        final int[] bulbs;
        final int[] open;

        State(int cells) {
            value = new byte[cells];
            lit = new int[cells];
            lighters = new int[cells];
            bulbs = new int[cells];
            open = new int[cells];
        }

        State(State other) {
            value = other.value.clone();
            lit = other.lit.clone();
            lighters = other.lighters.clone();
            bulbs = other.bulbs.clone();
            open = other.open.clone();
        }
    }

    private int count(State state, int found) {
        if (++nodes > NODE_CAP) {
            clearWork();
            return 2;
        }
        if (!propagate(state)) {
            clearWork();
            return 0;
        }
        int branch = -1;
        int fewest = Integer.MAX_VALUE;
        for (int cell = 0; cell < cells; cell++) {
            if (clue[cell] == WHITE && state.lit[cell] == 0 && state.lighters[cell] < fewest) {
                fewest = state.lighters[cell];
                branch = cell;
            }
        }
        if (branch < 0) {
            if (solutions.size() < 2) {
                solutions.add(state.value.clone());
            }
            return 1;
        }
        int choice = state.value[branch] == -1 ? branch : -1;
        for (int other : sees[branch]) {
            if (choice < 0 && state.value[other] == -1) {
                choice = other;
            }
        }
        int total = 0;
        for (byte value = 1; value >= 0; value--) {
            State copy = new State(state);
            decide(copy, choice, value);
            total += count(copy, found + total);
            if (found + total >= 2) {
                return total;
            }
        }
        return total;
    }

    /** Decides one white cell, updates the counters, and queues the cells whose rules may now fire. */
    private void decide(State state, int cell, byte value) {
        work++;
        state.value[cell] = value;
        state.lighters[cell]--;
        for (int other : sees[cell]) {
            state.lighters[other]--;
            push(other);
        }
        for (int wall : walls[cell]) {
            if (clue[wall] >= 0) {
                state.open[wall]--;
                state.bulbs[wall] += value;
                push(wall);
            }
        }
        if (value == 1) {
            state.lit[cell]++;
            for (int other : sees[cell]) {
                state.lit[other]++;
            }
        }
        push(cell);
    }

    /** Applies the rules to queued cells until none fires; false on a contradiction. */
    private boolean propagate(State state) {
        while (pending > 0) {
            int cell = waiting[--pending];
            queued[cell] = false;
            work++;
            if (clue[cell] == WHITE) {
                if (state.value[cell] == 1) {
                    for (int other : sees[cell]) {
                        if (state.value[other] == 1) {
                            return false;
                        }
                        if (state.value[other] == -1) {
                            decide(state, other, (byte) 0);
                        }
                    }
                } else if (state.lit[cell] == 0) {
                    if (state.lighters[cell] == 0) {
                        return false;
                    }
                    if (state.lighters[cell] == 1) {
                        int only = state.value[cell] == -1 ? cell : -1;
                        for (int other : sees[cell]) {
                            only = only < 0 && state.value[other] == -1 ? other : only;
                        }
                        decide(state, only, (byte) 1);
                    }
                }
            } else if (clue[cell] >= 0) {
                int need = clue[cell] - state.bulbs[cell];
                if (need < 0 || need > state.open[cell]) {
                    return false;
                }
                if (state.open[cell] > 0 && (need == 0 || need == state.open[cell])) {
                    for (int neighbour : around[cell]) {
                        if (state.value[neighbour] == -1) {
                            decide(state, neighbour, (byte) (need == 0 ? 0 : 1));
                        }
                    }
                }
            }
        }
        return true;
    }

    private void push(int cell) {
        if (!queued[cell]) {
            queued[cell] = true;
            waiting[pending++] = cell;
        }
    }

    private void clearWork() {
        while (pending > 0) {
            queued[waiting[--pending]] = false;
        }
    }
}
