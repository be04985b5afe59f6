package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts Hashiwokakero solutions island by island: the unfinished island with the fewest open connections takes every
 * way of sharing what it still needs among them (0, 1 or 2 bridges each), and bridges mark the water cells they pass,
 * so a bridge may not cross a cell another bridge runs through the other way. It finds its own connections on the
 * grid and shares nothing with {@link BridgesSolver}, which decides connections one by one.
 */
final class BridgesCounter {
    private final int[] numbers;
    private final int[] left;
    /** Each connection as {first island, second island, first water cell, step, second island's cell}. */
    private final List<int[]> connections = new ArrayList<>();
    private final List<List<Integer>> touching = new ArrayList<>();
    private final int[] value;
    private final int[] across;
    private final int[] down;
    private long count;
    private long limit;

    private BridgesCounter(int rows, int columns, int[][] islands) {
        int[] at = new int[rows * columns];
        Arrays.fill(at, -1);
        numbers = new int[islands.length];
        left = new int[islands.length];
        for (int i = 0; i < islands.length; i++) {
            at[islands[i][0] * columns + islands[i][1]] = i;
            numbers[i] = islands[i][2];
            left[i] = islands[i][2];
            touching.add(new ArrayList<>());
        }
        for (int cell = 0; cell < at.length; cell++) {
            if (at[cell] < 0) {
                continue;
            }
            int right = cell + 1;
            while (right % columns != 0 && at[right] < 0) {
                right++;
            }
            if (right % columns != 0) {
                connect(at[cell], at[right], cell + 1, 1, right);
            }
            int below = cell + columns;
            while (below < at.length && at[below] < 0) {
                below += columns;
            }
            if (below < at.length) {
                connect(at[cell], at[below], cell + columns, columns, below);
            }
        }
        value = new int[connections.size()];
        Arrays.fill(value, -1);
        across = new int[rows * columns];
        down = new int[rows * columns];
    }

    private void connect(int first, int second, int start, int step, int end) {
        touching.get(first).add(connections.size());
        touching.get(second).add(connections.size());
        connections.add(new int[] {first, second, start, step, end});
    }

    /** Solutions up to {@code limit}; each island is {row, column, number}. */
    static long count(int rows, int columns, int[][] islands, long limit) {
        BridgesCounter counter = new BridgesCounter(rows, columns, islands);
        counter.limit = limit;
        counter.search();
        return Math.min(counter.count, limit);
    }

    private void search() {
        int chosen = -1;
        int fewest = Integer.MAX_VALUE;
        for (int island = 0; island < numbers.length; island++) {
            if (left[island] == 0) {
                continue;
            }
            int open = 0;
            for (int connection : touching.get(island)) {
                open += value[connection] < 0 ? 1 : 0;
            }
            if (open < fewest) {
                fewest = open;
                chosen = island;
            }
        }
        if (chosen < 0) {
            if (connected()) {
                count++;
            }
            return;
        }
        List<Integer> open = new ArrayList<>();
        for (int connection : touching.get(chosen)) {
            if (value[connection] < 0) {
                open.add(connection);
            }
        }
        share(chosen, open, 0);
    }

    /** Gives the open connections of {@code island} from index {@code from} on their bridges, then searches on. */
    private void share(int island, List<Integer> open, int from) {
        if (from == open.size()) {
            if (left[island] == 0) {
                search();
            }
            return;
        }
        int connection = open.get(from);
        int[] link = connections.get(connection);
        int other = link[0] == island ? link[1] : link[0];
        int most = Math.min(2, Math.min(left[island], left[other]));
        if (!clear(link)) {
            most = 0;
        }
        for (int bridges = 0; bridges <= most && count < limit; bridges++) {
            value[connection] = bridges;
            left[island] -= bridges;
            left[other] -= bridges;
            mark(link, bridges > 0 ? 1 : 0);
            share(island, open, from + 1);
            mark(link, bridges > 0 ? -1 : 0);
            left[island] += bridges;
            left[other] += bridges;
        }
        value[connection] = -1;
    }

    /** Whether no bridge runs the other way through any cell of this connection. */
    private boolean clear(int[] link) {
        int[] crossing = link[3] == 1 ? down : across;
        for (int cell = link[2]; cell != link[4]; cell += link[3]) {
            if (crossing[cell] > 0) {
                return false;
            }
        }
        return true;
    }

    private void mark(int[] link, int delta) {
        int[] mine = link[3] == 1 ? across : down;
        for (int cell = link[2]; cell != link[4]; cell += link[3]) {
            mine[cell] += delta;
        }
    }

    private boolean connected() {
        int[] group = new int[numbers.length];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        int groups = numbers.length;
        for (int connection = 0; connection < value.length; connection++) {
            if (value[connection] > 0) {
                int a = root(group, connections.get(connection)[0]);
                int b = root(group, connections.get(connection)[1]);
                if (a != b) {
                    group[a] = b;
                    groups--;
                }
            }
        }
        return groups == 1;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }
}
