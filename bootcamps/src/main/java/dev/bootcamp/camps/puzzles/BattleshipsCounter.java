package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts Battleships solutions row by row over bitmasks of ship cells. With no two ship cells touching diagonally,
 * every group of touching cells is a straight ship, so the search only tracks runs: a run of two or more in a row is a
 * finished horizontal ship, and a column's run grows downwards until a row without it ends a vertical ship. Finished
 * ships of each length may not outnumber the fleet's. It shares nothing with {@link BattleshipsSolver}, which places
 * whole ships.
 */
final class BattleshipsCounter {
    private final int size;
    private final int[] columnCounts;
    private final int[] fleet;
    private final int longest;
    private final int[][] patterns;
    private final int[] columnTotals;
    /** {@code run[c]}: the length of the vertical run in column c ending at the row above, 0 if none. */
    private final int[] run;
    private final int[] finished;
    private long count;
    private long limit;

    private BattleshipsCounter(int size, int[] ships, int[] rowCounts, int[] columnCounts, int[] revealed) {
        this.size = size;
        this.columnCounts = columnCounts;
        int most = 0;
        for (int length : ships) {
            most = Math.max(most, length);
        }
        longest = most;
        fleet = new int[longest + 2];
        for (int length : ships) {
            fleet[length]++;
        }
        patterns = new int[size][];
        for (int row = 0; row < size; row++) {
            int must = 0;
            int never = 0;
            for (int column = 0; column < size; column++) {
                must |= revealed[row * size + column] == 1 ? 1 << column : 0;
                never |= revealed[row * size + column] == 0 ? 1 << column : 0;
            }
            List<Integer> found = new ArrayList<>();
            for (int pattern = 0; pattern < 1 << size; pattern++) {
                if (Integer.bitCount(pattern) == rowCounts[row] && (pattern & must) == must && (pattern & never) == 0
                        && longestRun(pattern) <= longest) {
                    found.add(pattern);
                }
            }
            patterns[row] = found.stream().mapToInt(Integer::intValue).toArray();
        }
        columnTotals = new int[size];
        run = new int[size];
        finished = new int[longest + 2];
    }

    /** Fleets that satisfy every rule, up to {@code limit}; {@code revealed} is 1 ship, 0 water, -1 hidden per cell. */
    static long count(int size, int[] ships, int[] rowCounts, int[] columnCounts, int[] revealed, long limit) {
        BattleshipsCounter counter = new BattleshipsCounter(size, ships, rowCounts, columnCounts, revealed);
        counter.limit = limit;
        counter.search(0, 0);
        return Math.min(counter.count, limit);
    }

    private void search(int row, int previous) {
        if (row == size) {
            int[] savedRun = run.clone();
            int[] savedFinished = finished.clone();
            if (close(previous, 0) && Arrays.equals(finished, fleet)) {
                count++;
            }
            System.arraycopy(savedRun, 0, run, 0, size);
            System.arraycopy(savedFinished, 0, finished, 0, finished.length);
            return;
        }
        int touching = previous << 1 | previous >>> 1;
        for (int pattern : patterns[row]) {
            if ((pattern & touching) != 0) {
                continue;
            }
            int[] savedRun = run.clone();
            int[] savedFinished = finished.clone();
            boolean fits = close(previous, pattern);
            for (int column = 0; column < size; column++) {
                columnTotals[column] += pattern >>> column & 1;
                fits &= columnTotals[column] <= columnCounts[column];
            }
            if (fits) {
                search(row + 1, pattern);
            }
            for (int column = 0; column < size; column++) {
                columnTotals[column] -= pattern >>> column & 1;
            }
            System.arraycopy(savedRun, 0, run, 0, size);
            System.arraycopy(savedFinished, 0, finished, 0, finished.length);
            if (count >= limit) {
                return;
            }
        }
    }

    /**
     * Moves from the row {@code previous} to the row {@code pattern}: ends the vertical runs that stop, records the
     * horizontal ships of the new row, and extends the runs that go on; false when a ship is too long or one length
     * is used more often than the fleet allows.
     */
    private boolean close(int previous, int pattern) {
        for (int column = 0; column < size; column++) {
            boolean above = (previous >>> column & 1) != 0;
            boolean here = (pattern >>> column & 1) != 0;
            if (above && !here && run[column] > 0 && !finish(run[column])) {
                return false;
            }
            if (!here) {
                run[column] = 0;
            }
        }
        for (int column = 0; column < size; column++) {
            if ((pattern >>> column & 1) == 0) {
                continue;
            }
            int length = 1;
            while (column + length < size && (pattern >>> (column + length) & 1) != 0) {
                length++;
            }
            if (length > 1) {
                if (!finish(length)) {
                    return false;
                }
            } else {
                run[column]++;
                if (run[column] > longest) {
                    return false;
                }
            }
            column += length - 1;
        }
        return true;
    }

    private boolean finish(int length) {
        return length <= longest && ++finished[length] <= fleet[length];
    }

    private static int longestRun(int pattern) {
        int best = 0;
        int current = 0;
        for (int bits = pattern; bits != 0; bits >>>= 1) {
            current = (bits & 1) != 0 ? current + 1 : 0;
            best = Math.max(best, current);
        }
        return best;
    }
}
