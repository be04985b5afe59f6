package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts Kakuro solutions from each run's digit combinations: every set of distinct digits of the run's length with
 * the run's sum is listed up front, and the white cells are filled in reading order, a digit being allowed when both
 * of the cell's runs still have a combination that holds it together with the digits they already have. A full run
 * then holds exactly one combination, so its sum is right. It shares nothing with {@link KakuroSolver}, which bounds
 * sums and picks the most constrained cell.
 */
final class KakuroCounter {
    private final int[] whites;
    private final int[][] runsOf;
    /** {@code combinations[run]}: bitmasks (digit d is bit d) of the digit sets that fit the run. */
    private final int[][] combinations;
    private final int[] usedMask;
    private final int[] fixed;
    private long count;
    private long limit;

    private KakuroCounter(int cells, int[][] runs, int[] sums, int[] givens) {
        runsOf = new int[cells][];
        for (int run = 0; run < runs.length; run++) {
            for (int cell : runs[run]) {
                runsOf[cell] = runsOf[cell] == null ? new int[] {run} : new int[] {runsOf[cell][0], run};
            }
        }
        List<Integer> white = new ArrayList<>();
        for (int cell = 0; cell < cells; cell++) {
            if (runsOf[cell] != null) {
                white.add(cell);
            }
        }
        whites = white.stream().mapToInt(Integer::intValue).toArray();
        combinations = new int[runs.length][];
        for (int run = 0; run < runs.length; run++) {
            List<Integer> fitting = new ArrayList<>();
            for (int mask = 0; mask < 1 << 10; mask += 2) {
                if (Integer.bitCount(mask) == runs[run].length && digitSum(mask) == sums[run]) {
                    fitting.add(mask);
                }
            }
            combinations[run] = fitting.stream().mapToInt(Integer::intValue).toArray();
        }
        usedMask = new int[runs.length];
        fixed = givens;
    }

    /** Fillings that satisfy every run, up to {@code limit}; {@code givens} holds a digit or 0 per cell. */
    static long count(int cells, int[][] runs, int[] sums, int[] givens, long limit) {
        KakuroCounter counter = new KakuroCounter(cells, runs, sums, givens);
        counter.limit = limit;
        counter.search(0);
        return Math.min(counter.count, limit);
    }

    private void search(int index) {
        if (index == whites.length) {
            count++;
            return;
        }
        int cell = whites[index];
        int low = fixed[cell] > 0 ? fixed[cell] : 1;
        int high = fixed[cell] > 0 ? fixed[cell] : 9;
        for (int value = low; value <= high && count < limit; value++) {
            int bit = 1 << value;
            boolean allowed = true;
            for (int run : runsOf[cell]) {
                allowed &= (usedMask[run] & bit) == 0 && extendable(run, usedMask[run] | bit);
            }
            if (!allowed) {
                continue;
            }
            for (int run : runsOf[cell]) {
                usedMask[run] |= bit;
            }
            search(index + 1);
            for (int run : runsOf[cell]) {
                usedMask[run] &= ~bit;
            }
        }
    }

    private boolean extendable(int run, int digits) {
        for (int combination : combinations[run]) {
            if ((combination & digits) == digits) {
                return true;
            }
        }
        return false;
    }

    private static int digitSum(int mask) {
        int sum = 0;
        for (int value = 1; value <= 9; value++) {
            sum += (mask >>> value & 1) != 0 ? value : 0;
        }
        return sum;
    }
}
