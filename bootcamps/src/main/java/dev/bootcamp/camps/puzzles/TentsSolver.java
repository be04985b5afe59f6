package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The generator's solver for Tents: fills the grid row by row, each row one of the bitmask patterns with the right
 * number of tents on cells beside a tree, no two tents side by side and none touching the row above. A tree whose
 * three rows are all decided must have a tent beside it; at the end trees and tents must pair off (a bipartite
 * matching). Rows are bitmasks of columns, bit c for column c.
 */
final class TentsSolver {
    /** Bounds one count; past it the puzzle counts as ambiguous, so a hard one is rejected, never accepted. */
    private static final int NODE_CAP = 50_000;

    private final int rows;
    private final int columns;
    private final int[] trees;
    private final int[] rowCounts;
    private final int[] columnCounts;
    private final int[][] patterns;
    private final int[] chosen;
    private final int[] columnTotals;
    private int nodes;
    private int count;

    TentsSolver(int[] trees, int columns, int[] rowCounts, int[] columnCounts) {
        this.rows = trees.length;
        this.columns = columns;
        this.trees = trees;
        this.rowCounts = rowCounts;
        this.columnCounts = columnCounts;
        int full = (1 << columns) - 1;
        patterns = new int[rows][];
        for (int row = 0; row < rows; row++) {
            int beside = (trees[row] << 1 | trees[row] >>> 1) & full;
            beside |= row > 0 ? trees[row - 1] : 0;
            beside |= row + 1 < rows ? trees[row + 1] : 0;
            List<Integer> found = new ArrayList<>();
            enumerate(beside & ~trees[row], 0, rowCounts[row], 0, found);
            patterns[row] = found.stream().mapToInt(Integer::intValue).toArray();
        }
        chosen = new int[rows];
        columnTotals = new int[columns];
    }

    /** Solutions, counted up to 2 (2 also when the search runs past its cap); {@code nodes()} is the work done. */
    int countUpToTwo() {
        nodes = 0;
        count = 0;
        search(0);
        return Math.min(count, 2);
    }

    int nodes() {
        return nodes;
    }

    private void enumerate(int allowed, int from, int left, int pattern, List<Integer> found) {
        if (left == 0) {
            found.add(pattern);
            return;
        }
        for (int column = from; column < columns; column++) {
            if ((allowed >>> column & 1) != 0) {
                enumerate(allowed, column + 2, left - 1, pattern | 1 << column, found);
            }
        }
    }

    private void search(int row) {
        if (++nodes > NODE_CAP) {
            count = 2;
            return;
        }
        if (row == rows) {
            for (int column = 0; column < columns; column++) {
                if (columnTotals[column] != columnCounts[column]) {
                    return;
                }
            }
            if (row >= 1 && !treesServed(row - 1) || !pairsOff(trees, chosen, columns)) {
                return;
            }
            count++;
            return;
        }
        int previous = row > 0 ? chosen[row - 1] : 0;
        int blocked = previous | previous << 1 | previous >>> 1;
        int rowsLeft = rows - row - 1;
        for (int pattern : patterns[row]) {
            if ((pattern & blocked) != 0) {
                continue;
            }
            chosen[row] = pattern;
            boolean fits = true;
            for (int column = 0; column < columns; column++) {
                columnTotals[column] += pattern >>> column & 1;
            }
            for (int column = 0; column < columns && fits; column++) {
                int need = columnCounts[column] - columnTotals[column];
                fits = need >= 0 && need <= (rowsLeft + 1) / 2;
            }
            if (fits && (row == 0 || treesServed(row - 1))) {
                search(row + 1);
            }
            for (int column = 0; column < columns; column++) {
                columnTotals[column] -= pattern >>> column & 1;
            }
            if (count >= 2) {
                return;
            }
        }
        chosen[row] = 0;
    }

    /**
     * Whether trees and tents (rows of bitmasks) pair off one to one, each tent orthogonally beside its tree: a
     * bipartite matching by augmenting paths that covers every tree, with as many tents as trees.
     */
    static boolean pairsOff(int[] trees, int[] tents, int columns) {
        List<Integer> treeCells = new ArrayList<>();
        List<Integer> tentCells = new ArrayList<>();
        for (int row = 0; row < trees.length; row++) {
            for (int column = 0; column < columns; column++) {
                if ((trees[row] >>> column & 1) != 0) {
                    treeCells.add(row * columns + column);
                }
                if ((tents[row] >>> column & 1) != 0) {
                    tentCells.add(row * columns + column);
                }
            }
        }
        if (treeCells.size() != tentCells.size()) {
            return false;
        }
        int[] tentOwner = new int[tentCells.size()];
        Arrays.fill(tentOwner, -1);
        for (int tree = 0; tree < treeCells.size(); tree++) {
            if (!augment(tree, treeCells, tentCells, tentOwner, new boolean[tentCells.size()], columns)) {
                return false;
            }
        }
        return true;
    }

    private static boolean augment(int tree, List<Integer> treeCells, List<Integer> tentCells, int[] tentOwner, boolean[] seen,
            int columns) {
        int cell = treeCells.get(tree);
        for (int tent = 0; tent < tentCells.size(); tent++) {
            int other = tentCells.get(tent);
            boolean beside = Math.abs(cell / columns - other / columns) + Math.abs(cell % columns - other % columns) == 1;
            if (!beside || seen[tent]) {
                continue;
            }
            seen[tent] = true;
            if (tentOwner[tent] < 0 || augment(tentOwner[tent], treeCells, tentCells, tentOwner, seen, columns)) {
                tentOwner[tent] = tree;
                return true;
            }
        }
        return false;
    }

    /** Whether every tree in {@code row} (whose neighbours' rows are all chosen) has a tent beside it. */
    private boolean treesServed(int row) {
        int full = (1 << columns) - 1;
        int served = (chosen[row] << 1 | chosen[row] >>> 1) & full;
        served |= row > 0 ? chosen[row - 1] : 0;
        served |= row + 1 < rows ? chosen[row + 1] : 0;
        return (trees[row] & ~served) == 0;
    }
}
