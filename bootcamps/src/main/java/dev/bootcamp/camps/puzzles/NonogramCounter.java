package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts nonogram solutions row by row: every placement of a row's blocks is enumerated as a bitmask, and each column
 * runs a small automaton (which block it is in, and how far) that rejects a row as soon as a column can no longer
 * match its clue. It shares nothing with {@link NonogramSolver}'s line logic, so the two check each other.
 */
final class NonogramCounter {
    private final int rows;
    private final int columns;
    private final long[][] patterns;
    private final int[][] columnClues;
    /** {@code needed[c][b]}: rows still needed to place blocks b.. of column c, gaps included. */
    private final int[][] needed;
    private final int[] block;
    private final int[] filled;
    private long count;
    private long limit;

    private NonogramCounter(List<List<Integer>> rowClues, List<List<Integer>> columnClues) {
        rows = rowClues.size();
        columns = columnClues.size();
        patterns = new long[rows][];
        for (int row = 0; row < rows; row++) {
            List<Long> found = new ArrayList<>();
            int[] clue = positive(rowClues.get(row));
            place(clue, 0, 0, 0L, found);
            patterns[row] = found.stream().mapToLong(Long::longValue).toArray();
        }
        this.columnClues = new int[columns][];
        needed = new int[columns][];
        for (int column = 0; column < columns; column++) {
            int[] clue = positive(columnClues.get(column));
            this.columnClues[column] = clue;
            needed[column] = new int[clue.length + 1];
            for (int b = clue.length - 1; b >= 0; b--) {
                needed[column][b] = needed[column][b + 1] + clue[b] + (b + 1 < clue.length ? 1 : 0);
            }
        }
        block = new int[columns];
        filled = new int[columns];
    }

    /** The number of grids that match every clue, or {@code limit} if there are at least that many. */
    static long count(List<List<Integer>> rowClues, List<List<Integer>> columnClues, long limit) {
        if (columnClues.size() >= Long.SIZE) {
            throw new IllegalArgumentException("at most " + (Long.SIZE - 1) + " columns, found " + columnClues.size());
        }
        NonogramCounter counter = new NonogramCounter(rowClues, columnClues);
        counter.limit = limit;
        counter.search(0);
        return Math.min(counter.count, limit);
    }

    private void place(int[] clue, int index, int from, long mask, List<Long> found) {
        if (index == clue.length) {
            found.add(mask);
            return;
        }
        int rest = 0;
        for (int b = index + 1; b < clue.length; b++) {
            rest += clue[b] + 1;
        }
        for (int start = from; start + clue[index] + rest <= columns; start++) {
            long run = ((1L << clue[index]) - 1) << start;
            place(clue, index + 1, start + clue[index] + 1, mask | run, found);
        }
    }

    private void search(int row) {
        if (row == rows) {
            for (int column = 0; column < columns; column++) {
                int done = filled[column] > 0 ? block[column] + 1 : block[column];
                if (done != columnClues[column].length || filled[column] > 0 && filled[column] != columnClues[column][block[column]]) {
                    return;
                }
            }
            count++;
            return;
        }
        int[] savedBlock = block.clone();
        int[] savedFilled = filled.clone();
        for (long pattern : patterns[row]) {
            if (advance(pattern, rows - row - 1)) {
                search(row + 1);
                if (count >= limit) {
                    return;
                }
            }
            System.arraycopy(savedBlock, 0, block, 0, columns);
            System.arraycopy(savedFilled, 0, filled, 0, columns);
        }
    }

    /**
     * Feeds one row to every column automaton; false when a column overruns a block, starts one too many, or cannot
     * fit its remaining blocks in the rows left. {@code block} is the current block (while {@code filled > 0}) or
     * the number of blocks finished.
     */
    private boolean advance(long pattern, int rowsLeft) {
        for (int column = 0; column < columns; column++) {
            int[] clue = columnClues[column];
            boolean on = (pattern >>> column & 1L) != 0;
            if (on) {
                if (filled[column] == 0) {
                    if (block[column] >= clue.length) {
                        return false;
                    }
                    filled[column] = 1;
                } else if (++filled[column] > clue[block[column]]) {
                    return false;
                }
            } else if (filled[column] > 0) {
                if (filled[column] != clue[block[column]]) {
                    return false;
                }
                filled[column] = 0;
                block[column]++;
            }
            int need = filled[column] > 0
                    ? clue[block[column]] - filled[column] + needed[column][block[column] + 1] + (block[column] + 1 < clue.length ? 1 : 0)
                    : needed[column][block[column]];
            if (need > rowsLeft) {
                return false;
            }
        }
        return true;
    }

    private static int[] positive(List<Integer> clue) {
        return clue.stream().filter(size -> size > 0).mapToInt(Integer::intValue).toArray();
    }
}
