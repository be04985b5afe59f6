package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.List;

/**
 * The generator's solver for Star Battle: fills the grid row by row with bitmask patterns of {@code stars} stars, no
 * two side by side and none touching the row above, keeping column and region counts within {@code stars}; a region
 * whose last row is done must be full. It keeps the first two solutions found, so the generator can repair a second
 * one away.
 */
final class StarBattleSolver {
    /** Bounds one count; past it the puzzle counts as ambiguous, so a hard one is rejected, never accepted. */
    private static final int NODE_CAP = 100_000;

    private final int size;
    private final int stars;
    private final int[] regions;
    private final int[] patterns;
    /** {@code closing[row]}: the regions whose last row is {@code row}. */
    private final int[][] closing;
    private final int[] chosen;
    private final int[] columnTotals;
    private final int[] regionTotals;
    private final List<int[]> solutions = new ArrayList<>();
    private int nodes;
    private boolean capped;

    /** @param regions the region of each cell, row by row, numbered from 0 */
    StarBattleSolver(int size, int stars, int[] regions) {
        this.size = size;
        this.stars = stars;
        this.regions = regions;
        List<Integer> found = new ArrayList<>();
        enumerate(0, stars, 0, found);
        patterns = found.stream().mapToInt(Integer::intValue).toArray();
        int[] lastRow = new int[size];
        for (int cell = 0; cell < size * size; cell++) {
            lastRow[regions[cell]] = Math.max(lastRow[regions[cell]], cell / size);
        }
        closing = new int[size][];
        for (int row = 0; row < size; row++) {
            List<Integer> done = new ArrayList<>();
            for (int region = 0; region < size; region++) {
                if (lastRow[region] == row) {
                    done.add(region);
                }
            }
            closing[row] = done.stream().mapToInt(Integer::intValue).toArray();
        }
        chosen = new int[size];
        columnTotals = new int[size];
        regionTotals = new int[size];
    }

    /** Solves again from scratch: solutions found, at most 2 (2 also when the search runs past its cap). */
    int countUpToTwo() {
        solutions.clear();
        nodes = 0;
        capped = false;
        search(0);
        return capped ? 2 : solutions.size();
    }

    /** The solutions found by the last count (row bitmasks), at most two; empty of the second when capped. */
    List<int[]> solutions() {
        return solutions;
    }

    /** Search nodes of the last count. */
    int nodes() {
        return nodes;
    }

    private void enumerate(int from, int left, int pattern, List<Integer> found) {
        if (left == 0) {
            found.add(pattern);
            return;
        }
        for (int column = from; column < size; column++) {
            enumerate(column + 2, left - 1, pattern | 1 << column, found);
        }
    }

    private void search(int row) {
        if (++nodes > NODE_CAP) {
            capped = true;
            return;
        }
        if (row == size) {
            solutions.add(chosen.clone());
            return;
        }
        int previous = row > 0 ? chosen[row - 1] : 0;
        int blocked = previous | previous << 1 | previous >>> 1;
        int rowsLeft = size - row - 1;
        for (int pattern : patterns) {
            if ((pattern & blocked) != 0) {
                continue;
            }
            boolean fits = true;
            for (int column = 0; column < size; column++) {
                if ((pattern >>> column & 1) != 0) {
                    fits &= ++columnTotals[column] <= stars;
                    fits &= ++regionTotals[regions[row * size + column]] <= stars;
                }
            }
            for (int region : closing[row]) {
                fits &= regionTotals[region] == stars;
            }
            for (int column = 0; column < size && fits; column++) {
                fits = stars - columnTotals[column] <= (rowsLeft + 1) / 2;
            }
            if (fits) {
                chosen[row] = pattern;
                search(row + 1);
            }
            for (int column = 0; column < size; column++) {
                if ((pattern >>> column & 1) != 0) {
                    columnTotals[column]--;
                    regionTotals[regions[row * size + column]]--;
                }
            }
            if (capped || solutions.size() >= 2) {
                return;
            }
        }
    }
}
