package dev.bootcamp.camps.interactive;

import java.util.HashSet;
import java.util.Set;

/**
 * Peg solitaire on a rows x columns board of at most 64 holes, pegs as bits (row * columns + column): a jump moves a
 * peg over an orthogonally adjacent peg into the empty hole beyond, removing the jumped peg. The search is depth first
 * in a fixed move order with a set of positions known to fail, bounded by a node budget.
 */
final class PegSolitairePlaySearch {
    private static final int[] ROW_STEP = {-1, 0, 1, 0};
    private static final int[] COLUMN_STEP = {0, 1, 0, -1};

    private final int rows;
    private final int columns;
    private final long budget;
    private final Set<Long> failed = new HashSet<>();
    private long nodes;

    PegSolitairePlaySearch(int rows, int columns, long budget) {
        this.rows = rows;
        this.columns = columns;
        this.budget = budget;
    }

    /** The hole a jump from {@code cell} in direction {@code d} lands in, or -1 when it leaves the board. */
    static int landing(int rows, int columns, int cell, int d) {
        int row = cell / columns + 2 * ROW_STEP[d];
        int column = cell % columns + 2 * COLUMN_STEP[d];
        return row >= 0 && row < rows && column >= 0 && column < columns ? row * columns + column : -1;
    }

    /** The pegs after jumping from {@code cell} in direction {@code d}, or -1 when that jump is not allowed. */
    static long jump(int rows, int columns, long pegs, int cell, int d) {
        int to = landing(rows, columns, cell, d);
        if (to < 0) {
            return -1;
        }
        int over = (cell + to) / 2;
        if ((pegs >>> cell & 1) == 0 || (pegs >>> over & 1) == 0 || (pegs >>> to & 1) != 0) {
            return -1;
        }
        return pegs & ~(1L << cell) & ~(1L << over) | 1L << to;
    }

    /**
     * The first jump, as {cell, direction}, of a way down to one peg, or null when there is none or the node budget
     * ran out first.
     */
    int[] firstJump(long pegs) {
        for (int cell = 0; cell < rows * columns; cell++) {
            for (int d = 0; d < 4; d++) {
                long next = jump(rows, columns, pegs, cell, d);
                if (next >= 0 && solvable(next)) {
                    return new int[] {cell, d};
                }
            }
        }
        return null;
    }

    private boolean solvable(long pegs) {
        if (Long.bitCount(pegs) == 1) {
            return true;
        }
        if (failed.contains(pegs) || ++nodes > budget) {
            return false;
        }
        for (int cell = 0; cell < rows * columns; cell++) {
            if ((pegs >>> cell & 1) == 0) {
                continue;
            }
            for (int d = 0; d < 4; d++) {
                long next = jump(rows, columns, pegs, cell, d);
                if (next >= 0 && solvable(next)) {
                    return true;
                }
            }
        }
        if (nodes <= budget) {
            failed.add(pegs);
        }
        return false;
    }

    long nodes() {
        return nodes;
    }
}
