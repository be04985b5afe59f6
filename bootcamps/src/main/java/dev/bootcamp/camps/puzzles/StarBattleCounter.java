package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts Star Battle solutions region by region, smallest region first: each region takes {@code stars} of its cells,
 * none touching a star already placed and no row or column over {@code stars}. With every region full, the rows and
 * columns are full too (there are as many regions as rows). It searches regions, not rows, so it shares nothing with
 * {@link StarBattleSolver}.
 */
final class StarBattleCounter {
    private final int size;
    private final int stars;
    private final int[][] regionCells;
    private final boolean[] star;
    private final int[] rowTotals;
    private final int[] columnTotals;
    private long count;
    private long limit;

    private StarBattleCounter(int size, int stars, int[] regions) {
        this.size = size;
        this.stars = stars;
        List<List<Integer>> cells = new ArrayList<>();
        for (int region = 0; region < size; region++) {
            cells.add(new ArrayList<>());
        }
        for (int cell = 0; cell < size * size; cell++) {
            cells.get(regions[cell]).add(cell);
        }
        cells.sort(Comparator.comparingInt(List::size));
        regionCells = new int[size][];
        for (int region = 0; region < size; region++) {
            regionCells[region] = cells.get(region).stream().mapToInt(Integer::intValue).toArray();
        }
        star = new boolean[size * size];
        rowTotals = new int[size];
        columnTotals = new int[size];
    }

    /** Star placements that satisfy every rule, up to {@code limit}; {@code regions} numbers the cells row by row from 0. */
    static long count(int size, int stars, int[] regions, long limit) {
        StarBattleCounter counter = new StarBattleCounter(size, stars, regions);
        counter.limit = limit;
        counter.fill(0, 0, 0);
        return Math.min(counter.count, limit);
    }

    /** Places the remaining stars of region {@code region}, {@code placed} so far, from its cell index {@code from}. */
    private void fill(int region, int placed, int from) {
        if (placed == stars) {
            if (region + 1 == size) {
                count++;
                return;
            }
            fill(region + 1, 0, 0);
            return;
        }
        int[] cells = regionCells[region];
        for (int i = from; i < cells.length && count < limit; i++) {
            int cell = cells[i];
            int row = cell / size;
            int column = cell % size;
            if (rowTotals[row] == stars || columnTotals[column] == stars || touches(row, column)) {
                continue;
            }
            star[cell] = true;
            rowTotals[row]++;
            columnTotals[column]++;
            fill(region, placed + 1, i + 1);
            star[cell] = false;
            rowTotals[row]--;
            columnTotals[column]--;
        }
    }

    /** Whether a star stands on this cell or one of the eight around it. */
    private boolean touches(int row, int column) {
        for (int r = Math.max(0, row - 1); r <= Math.min(size - 1, row + 1); r++) {
            for (int c = Math.max(0, column - 1); c <= Math.min(size - 1, column + 1); c++) {
                if (star[r * size + c]) {
                    return true;
                }
            }
        }
        return false;
    }
}
