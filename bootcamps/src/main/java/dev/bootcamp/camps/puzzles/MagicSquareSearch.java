package dev.bootcamp.camps.puzzles;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The generator's magic-square solver: depth-first over cells, always in the line (row, column or diagonal) with the
 * fewest empty cells, trying only numbers that leave every line through the cell able to reach the magic sum. A line
 * with one empty cell forces its value. Cells are numbered row by row; 0 is an empty cell.
 */
final class MagicSquareSearch {
    private final int size;
    private final int highest;
    private final int magic;
    private final int[][] linesOf;
    private final int[][] cellsOf;
    private final int[] grid;
    private final int[] sums;
    private final int[] empties;
    private long used;
    private int[] found;
    private int excludedCell = -1;
    private int excludedValue;
    private long nodes;
    private long nodeCap;
    private RandomGenerator random;

    MagicSquareSearch(int size) {
        this.size = size;
        highest = size * size;
        magic = size * (highest + 1) / 2;
        int lines = 2 * size + 2;
        cellsOf = new int[lines][size];
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < size; k++) {
                cellsOf[i][k] = i * size + k;
                cellsOf[size + i][k] = k * size + i;
            }
            cellsOf[2 * size][i] = i * size + i;
            cellsOf[2 * size + 1][i] = i * size + size - 1 - i;
        }
        linesOf = new int[highest][];
        for (int cell = 0; cell < highest; cell++) {
            int row = cell / size;
            int column = cell % size;
            int count = 2 + (row == column ? 1 : 0) + (row + column == size - 1 ? 1 : 0);
            int[] lineList = new int[count];
            int k = 0;
            lineList[k++] = row;
            lineList[k++] = size + column;
            if (row == column) {
                lineList[k++] = 2 * size;
            }
            if (row + column == size - 1) {
                lineList[k++] = 2 * size + 1;
            }
            linesOf[cell] = lineList;
        }
        grid = new int[highest];
        sums = new int[lines];
        empties = new int[lines];
    }

    /**
     * A magic square that keeps the givens, or null when none exists or the search reaches its node cap; with
     * {@code excludedCell} at least 0 that cell must not hold {@code excludedValue}; a random source randomises the
     * order of tries.
     */
    int[] find(int[] givens, int excludedCell, int excludedValue, long nodeCap, RandomGenerator random) {
        this.excludedCell = excludedCell;
        this.excludedValue = excludedValue;
        this.nodeCap = nodeCap;
        this.random = random;
        nodes = 0;
        found = null;
        used = 0;
        Arrays.fill(grid, 0);
        Arrays.fill(sums, 0);
        Arrays.fill(empties, size);
        for (int cell = 0; cell < highest; cell++) {
            if (givens[cell] != 0) {
                if ((used >>> givens[cell] & 1) != 0) {
                    return null;
                }
                place(cell, givens[cell]);
            }
        }
        search();
        this.random = null;
        return found;
    }

    /** Whether the last search stopped at its node cap (so a null from {@link #find} proves nothing). */
    boolean gaveUp() {
        return nodes > nodeCap;
    }

    private void search() {
        if (found != null || ++nodes > nodeCap) {
            return;
        }
        int line = -1;
        for (int index = 0; index < sums.length; index++) {
            if (empties[index] > 0 && (line < 0 || empties[index] < empties[line])) {
                line = index;
            }
        }
        if (line < 0) {
            found = grid.clone();
            return;
        }
        int cell = -1;
        for (int member : cellsOf[line]) {
            if (grid[member] == 0 && (cell < 0 || linesOf[member].length > linesOf[cell].length)) {
                cell = member;
            }
        }
        int low = 1;
        int high = highest;
        for (int through : linesOf[cell]) {
            int rest = empties[through] - 1;
            int residual = magic - sums[through];
            low = Math.max(low, residual - largest(rest));
            high = Math.min(high, residual - smallest(rest));
        }
        int span = high - low + 1;
        if (span <= 0) {
            return;
        }
        int offset = random == null ? 0 : random.nextInt(span);
        for (int i = 0; i < span && found == null && nodes <= nodeCap; i++) {
            int value = low + (i + offset) % span;
            if ((used >>> value & 1) != 0 || cell == excludedCell && value == excludedValue) {
                continue;
            }
            place(cell, value);
            search();
            clear(cell, value);
        }
    }

    /** The sum of the {@code count} smallest unused numbers. */
    private int smallest(int count) {
        int sum = 0;
        for (int value = 1; value <= highest && count > 0; value++) {
            if ((used >>> value & 1) == 0) {
                sum += value;
                count--;
            }
        }
        return sum;
    }

    private int largest(int count) {
        int sum = 0;
        for (int value = highest; value >= 1 && count > 0; value--) {
            if ((used >>> value & 1) == 0) {
                sum += value;
                count--;
            }
        }
        return sum;
    }

    private void place(int cell, int value) {
        grid[cell] = value;
        used |= 1L << value;
        for (int line : linesOf[cell]) {
            sums[line] += value;
            empties[line]--;
        }
    }

    private void clear(int cell, int value) {
        grid[cell] = 0;
        used &= ~(1L << value);
        for (int line : linesOf[cell]) {
            sums[line] -= value;
            empties[line]++;
        }
    }
}
