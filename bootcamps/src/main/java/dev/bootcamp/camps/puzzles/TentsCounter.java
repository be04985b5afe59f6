package dev.bootcamp.camps.puzzles;

import java.util.TreeSet;
import java.util.Set;

/**
 * Counts Tents solutions by giving each tree, in reading order, its own tent on one of its four sides, with no tent
 * touching another and no row or column over its count; a row is closed (its count must be met) once no later tree can
 * reach it. Different pairings can give the same tents, so it counts distinct tent layouts. It searches trees, not
 * rows, so it shares nothing with {@link TentsSolver}.
 */
final class TentsCounter {
    private static final int[][] SIDES = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};

    private final int rows;
    private final int columns;
    private final int[] treeCells;
    private final boolean[] tree;
    private final boolean[] tent;
    private final int[] rowCounts;
    private final int[] columnCounts;
    private final int[] rowTotals;
    private final int[] columnTotals;
    private final Set<String> layouts = new TreeSet<>();
    private long limit;

    private TentsCounter(boolean[][] trees, int[] rowCounts, int[] columnCounts) {
        rows = trees.length;
        columns = trees[0].length;
        tree = new boolean[rows * columns];
        int count = 0;
        for (int cell = 0; cell < tree.length; cell++) {
            tree[cell] = trees[cell / columns][cell % columns];
            count += tree[cell] ? 1 : 0;
        }
        treeCells = new int[count];
        count = 0;
        for (int cell = 0; cell < tree.length; cell++) {
            if (tree[cell]) {
                treeCells[count++] = cell;
            }
        }
        tent = new boolean[rows * columns];
        this.rowCounts = rowCounts;
        this.columnCounts = columnCounts;
        rowTotals = new int[rows];
        columnTotals = new int[columns];
    }

    /** Distinct tent layouts that satisfy every rule, up to {@code limit}. */
    static long count(boolean[][] trees, int[] rowCounts, int[] columnCounts, long limit) {
        TentsCounter counter = new TentsCounter(trees, rowCounts, columnCounts);
        counter.limit = limit;
        int total = 0;
        for (int count : rowCounts) {
            total += count;
        }
        if (total != counter.treeCells.length) {
            return 0;
        }
        counter.search(0);
        return Math.min(counter.layouts.size(), limit);
    }

    private void search(int index) {
        if (index == treeCells.length) {
            for (int row = 0; row < rows; row++) {
                if (rowTotals[row] != rowCounts[row]) {
                    return;
                }
            }
            for (int column = 0; column < columns; column++) {
                if (columnTotals[column] != columnCounts[column]) {
                    return;
                }
            }
            StringBuilder key = new StringBuilder();
            for (boolean cell : tent) {
                key.append(cell ? '1' : '0');
            }
            layouts.add(key.toString());
            return;
        }
        int treeRow = treeCells[index] / columns;
        // later trees sit in this row or below, so their tents cannot reach two rows up or higher
        for (int row = 0; row < treeRow - 1; row++) {
            if (rowTotals[row] != rowCounts[row]) {
                return;
            }
        }
        for (int[] side : SIDES) {
            int row = treeRow + side[0];
            int column = treeCells[index] % columns + side[1];
            if (row < 0 || row >= rows || column < 0 || column >= columns) {
                continue;
            }
            int cell = row * columns + column;
            if (tree[cell] || rowTotals[row] == rowCounts[row] || columnTotals[column] == columnCounts[column] || touches(row, column)) {
                continue;
            }
            tent[cell] = true;
            rowTotals[row]++;
            columnTotals[column]++;
            search(index + 1);
            tent[cell] = false;
            rowTotals[row]--;
            columnTotals[column]--;
            if (layouts.size() >= limit) {
                return;
            }
        }
    }

    /** Whether a tent already stands on this cell or one of the eight around it. */
    private boolean touches(int row, int column) {
        for (int r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
            for (int c = Math.max(0, column - 1); c <= Math.min(columns - 1, column + 1); c++) {
                if (tent[r * columns + c]) {
                    return true;
                }
            }
        }
        return false;
    }
}
