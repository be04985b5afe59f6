package dev.bootcamp.camps.puzzles;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts mine placements by plain backtracking over the hidden cells beside a number (in an order that keeps
 * neighbouring cells together), keeping for every number how many of its neighbours are mines and how many are still
 * open, and pruning as soon as a number or the total can no longer be met. Hidden cells beside no number are only
 * bound by the total, so each placement of the others adds a binomial coefficient. No deduction rules, so it shares
 * nothing with {@link MinesweeperSolver}.
 */
final class MinesweeperCounter {
    private final int[] frontier;
    /** {@code touching[i]}: the numbered cells beside {@code frontier[i]}. */
    private final int[][] touching;
    private final int isolated;
    private final int[] need;
    private final int[] open;
    private final int mines;
    private int placed;
    private long count;
    private long limit;

    private MinesweeperCounter(int[][] neighbours, int[] numbers, boolean[] revealed, int mines) {
        int cells = numbers.length;
        boolean[] beside = new boolean[cells];
        int alone = 0;
        for (int cell = 0; cell < cells; cell++) {
            for (int neighbour : neighbours[cell]) {
                beside[cell] |= !revealed[cell] && revealed[neighbour];
            }
            alone += !revealed[cell] && !beside[cell] ? 1 : 0;
        }
        isolated = alone;
        List<Integer> order = new ArrayList<>();
        boolean[] queued = new boolean[cells];
        for (int start = 0; start < cells; start++) {
            if (!beside[start] || queued[start]) {
                continue;
            }
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(start);
            queued[start] = true;
            while (!queue.isEmpty()) {
                int cell = queue.poll();
                order.add(cell);
                for (int neighbour : neighbours[cell]) {
                    if (beside[neighbour] && !queued[neighbour]) {
                        queued[neighbour] = true;
                        queue.add(neighbour);
                    }
                }
            }
        }
        frontier = order.stream().mapToInt(Integer::intValue).toArray();
        touching = new int[frontier.length][];
        need = new int[cells];
        open = new int[cells];
        for (int cell = 0; cell < cells; cell++) {
            need[cell] = revealed[cell] ? numbers[cell] : 0;
        }
        for (int i = 0; i < frontier.length; i++) {
            List<Integer> numbered = new ArrayList<>();
            for (int neighbour : neighbours[frontier[i]]) {
                if (revealed[neighbour]) {
                    numbered.add(neighbour);
                    open[neighbour]++;
                }
            }
            touching[i] = numbered.stream().mapToInt(Integer::intValue).toArray();
        }
        this.mines = mines;
    }

    /** Placements of {@code mines} mines on the unrevealed cells that match every revealed number, up to {@code limit}. */
    static long count(int[][] neighbours, int[] numbers, boolean[] revealed, int mines, long limit) {
        MinesweeperCounter counter = new MinesweeperCounter(neighbours, numbers, revealed, mines);
        for (int cell = 0; cell < numbers.length; cell++) {
            if (revealed[cell] && numbers[cell] > counter.open[cell]) {
                return 0;
            }
        }
        counter.limit = limit;
        counter.search(0);
        return Math.min(counter.count, limit);
    }

    private void search(int index) {
        if (index == frontier.length) {
            count = Math.min(limit, count + binomial(isolated, mines - placed));
            return;
        }
        int left = frontier.length - index - 1;
        int[] touched = touching[index];
        for (int number : touched) {
            open[number]--;
        }
        if (placed < mines && fits(touched, 1)) {
            add(touched, -1);
            placed++;
            search(index + 1);
            placed--;
            add(touched, 1);
        }
        if (count < limit && placed + left + isolated >= mines && fits(touched, 0)) {
            search(index + 1);
        }
        for (int number : touched) {
            open[number]++;
        }
    }

    /** Whether every touched number can still be met after this cell takes {@code mine} (1 or 0). */
    private boolean fits(int[] touched, int mine) {
        for (int number : touched) {
            int still = need[number] - mine;
            if (still < 0 || still > open[number]) {
                return false;
            }
        }
        return true;
    }

    private void add(int[] touched, int delta) {
        for (int number : touched) {
            need[number] += delta;
        }
    }

    /** n choose k, capped at the limit (so it never overflows); 0 when k is out of range. */
    private long binomial(int n, int k) {
        if (k < 0 || k > n) {
            return 0;
        }
        double value = 1;
        for (int i = 1; i <= Math.min(k, n - k) && value < limit; i++) {
            value = value * (n - Math.min(k, n - k) + i) / i;
        }
        return value >= limit ? limit : Math.round(value);
    }
}
