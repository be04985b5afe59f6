package dev.bootcamp.camps.puzzles;

import java.util.Arrays;
import java.util.List;

/**
 * The generator's solver: line logic (for every row and column, the cells that are filled, or empty, in every
 * placement of its blocks that fits the cells known so far, found by dynamic programming over prefixes and suffixes)
 * run to a fixpoint, with branching on an undecided cell when the logic stalls. Cells are 0 unknown, 1 filled, 2 empty.
 */
final class NonogramSolver {
    static final byte UNKNOWN = 0;
    static final byte FILLED = 1;
    static final byte EMPTY = 2;
    /** Bounds one count; past it the count reports "at least two", so a hard grid is rejected, never accepted. */
    private static final int NODE_CAP = 2_000;

    private final int rows;
    private final int columns;
    private final int[][] rowClues;
    private final int[][] columnClues;
    private int nodes;
    private long steps;

    private NonogramSolver(List<List<Integer>> rowClues, List<List<Integer>> columnClues) {
        this.rows = rowClues.size();
        this.columns = columnClues.size();
        this.rowClues = toArrays(rowClues);
        this.columnClues = toArrays(columnClues);
    }

    /** Whether the clues have exactly one solution; {@code steps[0]} receives the line-solver work done. */
    static boolean unique(List<List<Integer>> rowClues, List<List<Integer>> columnClues, long[] steps) {
        NonogramSolver solver = new NonogramSolver(rowClues, columnClues);
        int count = solver.count(new byte[solver.rows * solver.columns], 0);
        steps[0] = solver.steps;
        return count == 1;
    }

    /** Solutions found below this grid, at most 2; 2 also when the node cap is hit. */
    private int count(byte[] grid, int found) {
        if (++nodes > NODE_CAP) {
            return 2;
        }
        if (!propagate(grid)) {
            return 0;
        }
        int open = -1;
        for (int cell = 0; cell < grid.length && open < 0; cell++) {
            if (grid[cell] == UNKNOWN) {
                open = cell;
            }
        }
        if (open < 0) {
            return 1;
        }
        int total = 0;
        for (byte value : new byte[] {FILLED, EMPTY}) {
            byte[] copy = grid.clone();
            copy[open] = value;
            total += count(copy, found + total);
            if (found + total >= 2) {
                return total;
            }
        }
        return total;
    }

    private boolean propagate(byte[] grid) {
        boolean[] rowDirty = new boolean[rows];
        boolean[] columnDirty = new boolean[columns];
        Arrays.fill(rowDirty, true);
        Arrays.fill(columnDirty, true);
        byte[] line = new byte[Math.max(rows, columns)];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int row = 0; row < rows; row++) {
                if (!rowDirty[row]) {
                    continue;
                }
                rowDirty[row] = false;
                for (int column = 0; column < columns; column++) {
                    line[column] = grid[row * columns + column];
                }
                if (!solveLine(rowClues[row], line, columns)) {
                    return false;
                }
                for (int column = 0; column < columns; column++) {
                    if (grid[row * columns + column] != line[column]) {
                        grid[row * columns + column] = line[column];
                        columnDirty[column] = true;
                        changed = true;
                    }
                }
            }
            for (int column = 0; column < columns; column++) {
                if (!columnDirty[column]) {
                    continue;
                }
                columnDirty[column] = false;
                for (int row = 0; row < rows; row++) {
                    line[row] = grid[row * columns + column];
                }
                if (!solveLine(columnClues[column], line, rows)) {
                    return false;
                }
                for (int row = 0; row < rows; row++) {
                    if (grid[row * columns + column] != line[row]) {
                        grid[row * columns + column] = line[row];
                        rowDirty[row] = true;
                        changed = true;
                    }
                }
            }
        }
        return true;
    }

    /** Settles every cell of the line that all fitting placements agree on; false when no placement fits. */
    private boolean solveLine(int[] clue, byte[] line, int length) {
        steps += (long) length * (clue.length + 1);
        int runs = clue.length;
        int[] emptyBefore = new int[length + 1];
        for (int i = 0; i < length; i++) {
            emptyBefore[i + 1] = emptyBefore[i] + (line[i] == EMPTY ? 1 : 0);
        }
        boolean[][] prefix = new boolean[length + 1][runs + 1];
        prefix[0][0] = true;
        for (int i = 1; i <= length; i++) {
            for (int j = 0; j <= runs; j++) {
                boolean fits = prefix[i - 1][j] && line[i - 1] != FILLED;
                if (!fits && j > 0) {
                    int size = clue[j - 1];
                    int start = i - size;
                    if (start >= 0 && emptyBefore[i] == emptyBefore[start]) {
                        fits = j == 1 ? prefix[start][0] : start >= 1 && line[start - 1] != FILLED && prefix[start - 1][j - 1];
                    }
                }
                prefix[i][j] = fits;
            }
        }
        if (!prefix[length][runs]) {
            return false;
        }
        boolean[][] suffix = new boolean[length + 2][runs + 1];
        suffix[length][runs] = true;
        for (int i = length - 1; i >= 0; i--) {
            for (int j = runs; j >= 0; j--) {
                boolean fits = suffix[i + 1][j] && line[i] != FILLED;
                if (!fits && j < runs) {
                    int end = i + clue[j];
                    if (end <= length && emptyBefore[end] == emptyBefore[i]) {
                        fits = j == runs - 1 ? suffix[end][runs] : end < length && line[end] != FILLED && suffix[end + 1][j + 1];
                    }
                }
                suffix[i][j] = fits;
            }
        }
        boolean[] canFill = new boolean[length];
        boolean[] canEmpty = new boolean[length];
        for (int i = 0; i < length; i++) {
            if (line[i] == FILLED) {
                continue;
            }
            for (int j = 0; j <= runs && !canEmpty[i]; j++) {
                canEmpty[i] = prefix[i][j] && suffix[i + 1][j];
            }
        }
        for (int j = 0; j < runs; j++) {
            int size = clue[j];
            for (int start = 0; start + size <= length; start++) {
                int end = start + size;
                if (emptyBefore[end] != emptyBefore[start]) {
                    continue;
                }
                boolean before = j == 0 ? prefix[start][0] : start >= 1 && line[start - 1] != FILLED && prefix[start - 1][j];
                boolean after = j == runs - 1 ? suffix[end][runs] : end < length && line[end] != FILLED && suffix[end + 1][j + 1];
                if (before && after) {
                    for (int i = start; i < end; i++) {
                        canFill[i] = true;
                    }
                }
            }
        }
        for (int i = 0; i < length; i++) {
            if (!canFill[i] && !canEmpty[i]) {
                return false;
            }
            if (canFill[i] != canEmpty[i]) {
                line[i] = canFill[i] ? FILLED : EMPTY;
            }
        }
        return true;
    }

    private static int[][] toArrays(List<List<Integer>> clues) {
        int[][] arrays = new int[clues.size()][];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = clues.get(i).stream().filter(size -> size > 0).mapToInt(Integer::intValue).toArray();
        }
        return arrays;
    }
}
