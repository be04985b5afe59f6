package dev.bootcamp.camps.kit.playboards;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Minesweeper on a rows x columns board, cells numbered row * columns + column: opening cells (with the usual flood
 * through cells that touch no mine) and a deduction solver that works only from what is open and the total number of
 * mines. It applies three sound rules until nothing changes: a number whose missing mines are zero or fill its hidden
 * neighbours; two overlapping numbers A and B where A's missing mines minus B's equal the cells A has outside B (those
 * are all mines and B's cells outside A are all safe; subsets are the case of no cells outside); and the mine total.
 * A board that these rules open to the end needs no guess.
 */
public final class MineDeduction {
    /** A hidden cell of the solver's answer that nothing decides. */
    public static final byte UNKNOWN = 0;
    /** An open cell, or a hidden one proved free of mines. */
    public static final byte SAFE = 1;
    /** A hidden cell proved to hold a mine. */
    public static final byte MINE = 2;
    /** A hidden cell in {@link #open}'s and {@link #deduce}'s {@code shown} arrays. */
    public static final int HIDDEN = -1;

    private MineDeduction() {}

    /** The cells around {@code cell} (up to eight), in row-major order. */
    public static int[] around(int rows, int columns, int cell) {
        int row = cell / columns;
        int column = cell % columns;
        int[] found = new int[8];
        int count = 0;
        for (int r = row - 1; r <= row + 1; r++) {
            for (int c = column - 1; c <= column + 1; c++) {
                if ((r != row || c != column) && r >= 0 && r < rows && c >= 0 && c < columns) {
                    found[count++] = r * columns + c;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** How many mines touch each cell. */
    public static int[] numbers(int rows, int columns, boolean[] mines) {
        int[] numbers = new int[rows * columns];
        for (int cell = 0; cell < numbers.length; cell++) {
            for (int next : around(rows, columns, cell)) {
                numbers[cell] += mines[next] ? 1 : 0;
            }
        }
        return numbers;
    }

    /**
     * Opens a cell that holds no mine: a copy of {@code shown} where it shows its number and, when that is 0, every
     * hidden cell around it is opened too, and so on.
     */
    public static int[] open(int rows, int columns, int[] numbers, int[] shown, int cell) {
        int[] next = shown.clone();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(cell);
        next[cell] = numbers[cell];
        while (!queue.isEmpty()) {
            int at = queue.poll();
            if (numbers[at] != 0) {
                continue;
            }
            for (int near : around(rows, columns, at)) {
                if (next[near] == HIDDEN) {
                    next[near] = numbers[near];
                    queue.add(near);
                }
            }
        }
        return next;
    }

    /**
     * What the open cells prove: per cell {@link #SAFE}, {@link #MINE} or {@link #UNKNOWN}. {@code shown} holds each
     * open cell's number and {@link #HIDDEN} for the others; {@code mines} is the board's total. Bounded: each round
     * decides at least one more cell or ends.
     */
    public static byte[] deduce(int rows, int columns, int[] shown, int mines) {
        int cells = rows * columns;
        byte[] status = new byte[cells];
        for (int cell = 0; cell < cells; cell++) {
            status[cell] = shown[cell] == HIDDEN ? UNKNOWN : SAFE;
        }
        int[][] arounds = new int[cells][];
        for (int cell = 0; cell < cells; cell++) {
            arounds[cell] = around(rows, columns, cell);
        }
        while (true) {
            List<int[]> sets = new ArrayList<>();
            List<Integer> needs = new ArrayList<>();
            constraints(shown, status, arounds, sets, needs);
            if (single(status, sets, needs) || pairs(cells, status, sets, needs) || total(status, mines)) {
                continue;
            }
            return status;
        }
    }

    private static void constraints(int[] shown, byte[] status, int[][] arounds, List<int[]> sets, List<Integer> needs) {
        for (int cell = 0; cell < shown.length; cell++) {
            if (shown[cell] == HIDDEN) {
                continue;
            }
            int[] unknown = new int[8];
            int count = 0;
            int need = shown[cell];
            for (int near : arounds[cell]) {
                if (status[near] == MINE) {
                    need--;
                } else if (status[near] == UNKNOWN) {
                    unknown[count++] = near;
                }
            }
            if (count > 0) {
                sets.add(Arrays.copyOf(unknown, count));
                needs.add(need);
            }
        }
    }

    private static boolean single(byte[] status, List<int[]> sets, List<Integer> needs) {
        boolean changed = false;
        for (int i = 0; i < sets.size(); i++) {
            int[] set = sets.get(i);
            if (needs.get(i) == 0) {
                changed |= mark(status, set, SAFE);
            } else if (needs.get(i) == set.length) {
                changed |= mark(status, set, MINE);
            }
        }
        return changed;
    }

    private static boolean pairs(int cells, byte[] status, List<int[]> sets, List<Integer> needs) {
        List<List<Integer>> containing = new ArrayList<>(cells);
        for (int cell = 0; cell < cells; cell++) {
            containing.add(new ArrayList<>(2));
        }
        for (int i = 0; i < sets.size(); i++) {
            for (int cell : sets.get(i)) {
                containing.get(cell).add(i);
            }
        }
        boolean changed = false;
        for (int a = 0; a < sets.size(); a++) {
            for (int cell : sets.get(a)) {
                for (int b : containing.get(cell)) {
                    if (b != a) {
                        changed |= compare(status, sets.get(a), needs.get(a), sets.get(b), needs.get(b));
                    }
                }
            }
        }
        return changed;
    }

    /** When A's missing mines exceed B's by exactly the size of A outside B, A outside B is mines and B outside A safe. */
    private static boolean compare(byte[] status, int[] a, int needA, int[] b, int needB) {
        int[] onlyA = minus(a, b);
        if (needA - needB != onlyA.length) {
            return false;
        }
        return mark(status, onlyA, MINE) | mark(status, minus(b, a), SAFE);
    }

    private static int[] minus(int[] from, int[] take) {
        int[] kept = new int[from.length];
        int count = 0;
        for (int cell : from) {
            boolean found = false;
            for (int other : take) {
                found |= other == cell;
            }
            if (!found) {
                kept[count++] = cell;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    private static boolean total(byte[] status, int mines) {
        int unknown = 0;
        int known = 0;
        for (byte value : status) {
            unknown += value == UNKNOWN ? 1 : 0;
            known += value == MINE ? 1 : 0;
        }
        if (unknown == 0) {
            return false;
        }
        byte decided = known == mines ? SAFE : known + unknown == mines ? MINE : UNKNOWN;
        if (decided == UNKNOWN) {
            return false;
        }
        for (int cell = 0; cell < status.length; cell++) {
            if (status[cell] == UNKNOWN) {
                status[cell] = decided;
            }
        }
        return true;
    }

    private static boolean mark(byte[] status, int[] cells, byte value) {
        boolean changed = false;
        for (int cell : cells) {
            if (status[cell] == UNKNOWN) {
                status[cell] = value;
                changed = true;
            }
        }
        return changed;
    }
}
