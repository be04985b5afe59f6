package dev.bootcamp.camps.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Breadth-first search over the states of a puzzle numbered 0 to {@code states - 1} (a disk-per-digit code, a mixed
 * radix of jug amounts): each reached state keeps its distance, its predecessor and the move that reached it. The first
 * move to reach a state wins, so a fixed move order gives a fixed shortest path.
 */
public final class StateSearch {
    /** The moves out of a state, offered in a fixed order. */
    public interface Moves {
        void from(int state, Step step);
    }

    /** Offers the state {@code next}, reached by the move numbered {@code move}. */
    public interface Step {
        void to(int next, int move);
    }

    private final int[] distance;
    private final int[] parent;
    private final int[] move;
    private final int origin;

    private StateSearch(int states, int origin, Moves moves, int target) {
        this.origin = origin;
        distance = new int[states];
        parent = new int[states];
        move = new int[states];
        Arrays.fill(distance, -1);
        distance[origin] = 0;
        int[] queue = new int[states];
        int[] tail = {0};
        int head = 0;
        queue[tail[0]++] = origin;
        while (head < tail[0] && (target < 0 || distance[target] < 0)) {
            int from = queue[head++];
            moves.from(from, (next, by) -> {
                if (distance[next] < 0) {
                    distance[next] = distance[from] + 1;
                    parent[next] = from;
                    move[next] = by;
                    queue[tail[0]++] = next;
                }
            });
        }
    }

    /** Every state reachable from {@code origin}. */
    public static StateSearch all(int states, int origin, Moves moves) {
        return new StateSearch(states, origin, moves, -1);
    }

    /** The states up to and including the distance at which {@code target} is reached. */
    public static StateSearch until(int states, int origin, int target, Moves moves) {
        return new StateSearch(states, origin, moves, target);
    }

    /** How many states there are, reached or not. */
    public int states() {
        return distance.length;
    }

    /** The fewest moves from the origin to {@code state}, or -1 when it was not reached. */
    public int distance(int state) {
        return distance[state];
    }

    /** The moves of a shortest way from the origin to a reached {@code state}, in order, with the state before each. */
    public List<int[]> path(int state) {
        List<int[]> steps = new ArrayList<>();
        for (int at = state; at != origin; at = parent[at]) {
            steps.add(new int[] {parent[at], move[at]});
        }
        Collections.reverse(steps);
        return steps;
    }
}
