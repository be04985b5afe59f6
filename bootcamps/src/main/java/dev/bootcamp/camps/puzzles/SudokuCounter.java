package dev.bootcamp.camps.puzzles;

/**
 * Counts Sudoku solutions with Knuth's dancing links over the exact-cover form (every cell filled once, every digit
 * once per row, column and box). It shares nothing with {@link SudokuSolver}, so the two check each other.
 */
final class SudokuCounter {
    private final int size;
    private final int[] left;
    private final int[] right;
    private final int[] up;
    private final int[] down;
    private final int[] column;
    private final int[] columnSize;
    private final boolean[] covered;
    private long count;
    private long limit;

    private SudokuCounter(int size, int boxRows, int boxColumns) {
        this.size = size;
        int cells = size * size;
        int columns = 4 * cells;
        int nodes = 1 + columns + 4 * cells * size;
        left = new int[nodes];
        right = new int[nodes];
        up = new int[nodes];
        down = new int[nodes];
        column = new int[nodes];
        columnSize = new int[columns + 1];
        covered = new boolean[columns + 1];
        for (int header = 0; header <= columns; header++) {
            left[header] = header == 0 ? columns : header - 1;
            right[header] = header == columns ? 0 : header + 1;
            up[header] = header;
            down[header] = header;
        }
        int next = columns + 1;
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                int box = row / boxRows * (size / boxColumns) + col / boxColumns;
                for (int digit = 0; digit < size; digit++) {
                    int first = next;
                    int[] constraints = {
                        1 + row * size + col,
                        1 + cells + row * size + digit,
                        1 + 2 * cells + col * size + digit,
                        1 + 3 * cells + box * size + digit};
                    for (int k = 0; k < 4; k++) {
                        int node = next++;
                        int header = constraints[k];
                        column[node] = header;
                        up[node] = up[header];
                        down[node] = header;
                        down[up[header]] = node;
                        up[header] = node;
                        columnSize[header]++;
                        left[node] = k == 0 ? first + 3 : node - 1;
                        right[node] = k == 3 ? first : node + 1;
                    }
                }
            }
        }
    }

    /**
     * The number of solutions of a grid (row by row, digits 1..size, 0 for empty), or {@code limit} if there are at
     * least that many. Givens that clash with each other give 0.
     */
    static long count(int size, int boxRows, int boxColumns, int[] grid, long limit) {
        SudokuCounter counter = new SudokuCounter(size, boxRows, boxColumns);
        for (int cell = 0; cell < grid.length; cell++) {
            if (grid[cell] != 0 && !counter.select(cell, grid[cell] - 1)) {
                return 0;
            }
        }
        counter.limit = limit;
        counter.search();
        return Math.min(counter.count, limit);
    }

    /** Puts a given into the partial solution; false when one of its constraints is already met. */
    private boolean select(int cell, int digit) {
        int first = 1 + 4 * size * size + 4 * (cell * size + digit);
        int node = first;
        do {
            if (covered[column[node]]) {
                return false;
            }
            node = right[node];
        } while (node != first);
        do {
            cover(column[node]);
            node = right[node];
        } while (node != first);
        return true;
    }

    private void search() {
        if (right[0] == 0) {
            count++;
            return;
        }
        int chosen = right[0];
        for (int header = right[chosen]; header != 0; header = right[header]) {
            if (columnSize[header] < columnSize[chosen]) {
                chosen = header;
            }
        }
        if (columnSize[chosen] == 0) {
            return;
        }
        cover(chosen);
        for (int row = down[chosen]; row != chosen && count < limit; row = down[row]) {
            for (int node = right[row]; node != row; node = right[node]) {
                cover(column[node]);
            }
            search();
            for (int node = left[row]; node != row; node = left[node]) {
                uncover(column[node]);
            }
        }
        uncover(chosen);
    }

    private void cover(int header) {
        covered[header] = true;
        right[left[header]] = right[header];
        left[right[header]] = left[header];
        for (int row = down[header]; row != header; row = down[row]) {
            for (int node = right[row]; node != row; node = right[node]) {
                up[down[node]] = up[node];
                down[up[node]] = down[node];
                columnSize[column[node]]--;
            }
        }
    }

    private void uncover(int header) {
        for (int row = up[header]; row != header; row = up[row]) {
            for (int node = left[row]; node != row; node = left[node]) {
                columnSize[column[node]]++;
                up[down[node]] = node;
                down[up[node]] = node;
            }
        }
        right[left[header]] = header;
        left[right[header]] = header;
        covered[header] = false;
    }
}
