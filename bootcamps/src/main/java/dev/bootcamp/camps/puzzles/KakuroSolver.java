package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The generator's Kakuro solver over bitmasks (digit d is bit d): always fills the open white cell with the fewest
 * candidates, where a digit is a candidate when neither of the cell's runs uses it and each run can still reach its
 * sum with distinct unused digits in its remaining cells. With no sums it fills a grid at random instead. Cells are
 * numbered row by row; each run is a list of cells with a sum (0 while filling).
 */
final class KakuroSolver {
    /** Bounds one search; past it the count reports "at least two", so a hard grid is rejected, never accepted. */
    private static final int NODE_CAP = 4_000;

    private final int[][] runs;
    private final int[] sums;
    /** {@code runsOf[c]}: the two runs through white cell c (across, down), or null for a black cell. */
    private final int[][] runsOf;
    private final int[] digit;
    private final int[] usedMask;
    private final int[] total;
    private final int[] open;
    private final int[] allowed;
    private final List<int[]> solutions = new ArrayList<>();
    private RandomGenerator random;
    private int nodes;
    private boolean capped;

    KakuroSolver(int cells, int[][] runs, int[] sums, int[] givens) {
        this.runs = runs;
        this.sums = sums;
        runsOf = new int[cells][];
        for (int run = 0; run < runs.length; run++) {
            for (int cell : runs[run]) {
                if (runsOf[cell] == null) {
                    runsOf[cell] = new int[] {run, -1};
                } else {
                    runsOf[cell][1] = run;
                }
            }
        }
        digit = new int[cells];
        usedMask = new int[runs.length];
        total = new int[runs.length];
        open = new int[runs.length];
        allowed = new int[runs.length];
        for (int run = 0; run < runs.length; run++) {
            open[run] = runs[run].length;
        }
        for (int cell = 0; cell < cells; cell++) {
            if (givens[cell] > 0) {
                set(cell, givens[cell]);
            }
        }
    }

    /** A random filling with distinct digits in every run, or null when the search ran past its cap. */
    int[] fillRandomly(RandomGenerator random) {
        this.random = random;
        refreshAll();
        solutions.clear();
        nodes = 0;
        capped = false;
        search(1);
        return solutions.isEmpty() ? null : solutions.get(0);
    }

    /** Solutions up to 2 (2 also past the cap, with fewer than two kept in {@link #solutions()}). */
    int countUpToTwo() {
        random = null;
        refreshAll();
        solutions.clear();
        nodes = 0;
        capped = false;
        search(2);
        return capped ? 2 : solutions.size();
    }

    List<int[]> solutions() {
        return solutions;
    }

    private void search(int wanted) {
        if (++nodes > NODE_CAP) {
            capped = true;
            return;
        }
        int best = -1;
        int bestMask = 0;
        int fewest = Integer.MAX_VALUE;
        for (int cell = 0; cell < digit.length; cell++) {
            if (runsOf[cell] == null || digit[cell] != 0) {
                continue;
            }
            int mask = allowed[runsOf[cell][0]] & allowed[runsOf[cell][1]];
            int count = Integer.bitCount(mask);
            if (count < fewest) {
                fewest = count;
                best = cell;
                bestMask = mask;
                if (count == 0) {
                    return;
                }
            }
        }
        if (best < 0) {
            solutions.add(digit.clone());
            return;
        }
        int[] order = new int[fewest];
        int size = 0;
        for (int value = 1; value <= 9; value++) {
            if ((bestMask >>> value & 1) != 0) {
                order[size++] = value;
            }
        }
        if (random != null) {
            // random order, leaning towards digits far from 5: sums of extreme digits have fewer ways to be made,
            // which makes unique puzzles more likely
            double[] keys = new double[10];
            for (int i = 0; i < size; i++) {
                keys[order[i]] = Math.abs(order[i] - 5) + 3 * random.nextDouble();
            }
            for (int i = 1; i < size; i++) {
                for (int j = i; j > 0 && keys[order[j]] > keys[order[j - 1]]; j--) {
                    int swap = order[j];
                    order[j] = order[j - 1];
                    order[j - 1] = swap;
                }
            }
        }
        for (int i = 0; i < size && !capped && solutions.size() < wanted; i++) {
            set(best, order[i]);
            search(wanted);
            unset(best);
        }
    }

    /** The digits a cell of this run may take: unused ones, and (when solving) ones that leave the sum reachable. */
    private int allowedDigits(int run) {
        int mask = ~usedMask[run] & 0b11_1111_1110;
        if (random != null || open[run] == 0) {
            return mask;
        }
        int allowed = 0;
        for (int value = 1; value <= 9; value++) {
            if ((mask >>> value & 1) != 0 && reachable(run, value)) {
                allowed |= 1 << value;
            }
        }
        return allowed;
    }

    /** Whether the run can still reach its sum if this cell takes {@code value}. */
    private boolean reachable(int run, int value) {
        int need = sums[run] - total[run] - value;
        int cells = open[run] - 1;
        int free = ~usedMask[run] & ~(1 << value) & 0b11_1111_1110;
        int low = 0;
        int high = 0;
        int taken = 0;
        for (int d = 1; d <= 9 && taken < cells; d++) {
            if ((free >>> d & 1) != 0) {
                low += d;
                taken++;
            }
        }
        if (taken < cells) {
            return false;
        }
        taken = 0;
        for (int d = 9; d >= 1 && taken < cells; d--) {
            if ((free >>> d & 1) != 0) {
                high += d;
                taken++;
            }
        }
        return need >= low && need <= high;
    }

    private void set(int cell, int value) {
        digit[cell] = value;
        for (int run : runsOf[cell]) {
            usedMask[run] |= 1 << value;
            total[run] += value;
            open[run]--;
            allowed[run] = allowedDigits(run);
        }
    }

    private void unset(int cell) {
        int value = digit[cell];
        digit[cell] = 0;
        for (int run : runsOf[cell]) {
            usedMask[run] &= ~(1 << value);
            total[run] -= value;
            open[run]++;
            allowed[run] = allowedDigits(run);
        }
    }

    private void refreshAll() {
        for (int run = 0; run < runs.length; run++) {
            allowed[run] = allowedDigits(run);
        }
    }
}
