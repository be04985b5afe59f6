package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.List;

/**
 * The generator's Hashiwokakero solver: decides the possible connections one at a time (0, 1 or 2 bridges), in the
 * order of a walk from island to island, checking that no island overflows, that an island whose connections are all
 * decided is complete, that the bridges still possible can complete it, and that no two bridges cross; the islands
 * must be connected at the end.
 */
final class BridgesSolver {
    /** Bounds one count; past it the puzzle counts as ambiguous, so a hard one is rejected, never accepted. */
    private static final int NODE_CAP = 20_000;

    private final BridgesLayout layout;
    private final int[] order;
    private final int[] value;
    private final int[] left;
    private final int[] undecided;
    private int nodes;
    private int count;

    BridgesSolver(BridgesLayout layout) {
        this.layout = layout;
        int edges = layout.edges().size();
        List<Integer> walk = new ArrayList<>();
        boolean[] taken = new boolean[edges];
        boolean[] reached = new boolean[layout.islands()];
        List<Integer> islandQueue = new ArrayList<>();
        for (int start = 0; start < layout.islands(); start++) {
            if (reached[start]) {
                continue;
            }
            reached[start] = true;
            islandQueue.add(start);
            for (int head = islandQueue.size() - 1; head < islandQueue.size(); head++) {
                int island = islandQueue.get(head);
                for (int edge : layout.incident(island)) {
                    if (!taken[edge]) {
                        taken[edge] = true;
                        walk.add(edge);
                    }
                    int other = layout.other(edge, island);
                    if (!reached[other]) {
                        reached[other] = true;
                        islandQueue.add(other);
                    }
                }
            }
        }
        order = walk.stream().mapToInt(Integer::intValue).toArray();
        value = new int[edges];
        left = new int[layout.islands()];
        undecided = new int[layout.islands()];
    }

    /** Solutions up to 2 (2 also when the search runs past its cap). */
    int countUpToTwo() {
        nodes = 0;
        count = 0;
        for (int island = 0; island < layout.islands(); island++) {
            left[island] = layout.number(island);
            undecided[island] = layout.incident(island).length;
        }
        search(0);
        return Math.min(count, 2);
    }

    int nodes() {
        return nodes;
    }

    private void search(int index) {
        if (++nodes > NODE_CAP) {
            count = 2;
            return;
        }
        if (index == order.length) {
            if (layout.connected(value)) {
                count++;
            }
            return;
        }
        int edge = order[index];
        int first = layout.first(edge);
        int second = layout.second(edge);
        boolean crossed = false;
        for (int other : layout.crossings(edge)) {
            crossed |= value[other] > 0;
        }
        int most = crossed ? 0 : Math.min(2, Math.min(left[first], left[second]));
        undecided[first]--;
        undecided[second]--;
        for (int bridges = most; bridges >= 0 && count < 2; bridges--) {
            value[edge] = bridges;
            left[first] -= bridges;
            left[second] -= bridges;
            if (canFinish(first) && canFinish(second)) {
                search(index + 1);
            }
            left[first] += bridges;
            left[second] += bridges;
        }
        value[edge] = 0;
        undecided[first]++;
        undecided[second]++;
    }

    /** Whether the island's open connections can still carry what it lacks (two bridges each at most). */
    private boolean canFinish(int island) {
        if (undecided[island] == 0) {
            return left[island] == 0;
        }
        return left[island] <= 2 * undecided[island];
    }
}
