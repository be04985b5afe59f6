package dev.bootcamp.camps.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Breadth-first search over every state of the jugs from a start state, in a fixed action order. A state is encoded with
 * one mixed-radix digit per jug; each state keeps its distance, predecessor and the action reaching it (16 * kind +
 * 4 * first jug + second jug; kinds 0 fill, 1 empty, 2 pour).
 */
final class WaterJugsSearch {
    private static final String JUGS = "ABCD";

    private final int[] capacity;
    private final int[] radix;
    private final int[] distance;
    private final int[] parent;
    private final int[] action;
    private final int origin;

    private WaterJugsSearch(List<Integer> capacities, List<Integer> start) {
        int jugs = capacities.size();
        capacity = capacities.stream().mapToInt(Integer::intValue).toArray();
        radix = new int[jugs + 1];
        radix[0] = 1;
        for (int jug = 0; jug < jugs; jug++) {
            radix[jug + 1] = radix[jug] * (capacity[jug] + 1);
        }
        distance = new int[radix[jugs]];
        parent = new int[radix[jugs]];
        action = new int[radix[jugs]];
        int code0 = 0;
        for (int jug = 0; jug < jugs; jug++) {
            code0 += start.get(jug) * radix[jug];
        }
        origin = code0;
        Arrays.fill(distance, -1);
        distance[origin] = 0;
        int[] queue = new int[radix[jugs]];
        int head = 0;
        int tail = 0;
        queue[tail++] = origin;
        int[] state = new int[jugs];
        while (head < tail) {
            int code = queue[head++];
            for (int jug = 0; jug < jugs; jug++) {
                state[jug] = amount(code, jug);
            }
            for (int first = 0; first < jugs; first++) {
                tail = visit(code + (capacity[first] - state[first]) * radix[first], code, 4 * first, queue, tail);
            }
            for (int first = 0; first < jugs; first++) {
                tail = visit(code - state[first] * radix[first], code, 16 + 4 * first, queue, tail);
            }
            for (int first = 0; first < jugs; first++) {
                for (int second = 0; second < jugs; second++) {
                    if (second != first) {
                        int poured = Math.min(state[first], capacity[second] - state[second]);
                        tail = visit(code - poured * radix[first] + poured * radix[second], code, 32 + 4 * first + second, queue, tail);
                    }
                }
            }
        }
    }

    /** The search from the given amounts in each jug. */
    static WaterJugsSearch of(List<Integer> capacities, List<Integer> start) {
        return new WaterJugsSearch(capacities, start);
    }

    /** How many states the jugs have, reachable or not. */
    int states() {
        return distance.length;
    }

    /**
     * For each amount 0..largest capacity, the fewest actions after which some jug holds it (0 when unreachable or
     * already in a jug at the start).
     */
    int[] fewestPerAmount() {
        int[] fewest = new int[Arrays.stream(capacity).max().orElse(0) + 1];
        Arrays.fill(fewest, -1);
        for (int code = 0; code < distance.length; code++) {
            for (int jug = 0; jug < capacity.length && distance[code] >= 0; jug++) {
                int amount = amount(code, jug);
                if (amount > 0 && (fewest[amount] < 0 || distance[code] < fewest[amount])) {
                    fewest[amount] = distance[code];
                }
            }
        }
        for (int amount = 0; amount < fewest.length; amount++) {
            fewest[amount] = Math.max(0, fewest[amount]);
        }
        return fewest;
    }

    /** A shortest list of actions after which some jug holds {@code target}, written fill A, empty B, pour A B. */
    List<String> shortest(int target) {
        int best = -1;
        for (int code = 0; code < distance.length; code++) {
            if (distance[code] >= 0 && (best < 0 || distance[code] < distance[best]) && holds(code, target)) {
                best = code;
            }
        }
        if (best < 0) {
            throw new IllegalStateException(target + " litres cannot be measured with " + Arrays.toString(capacity));
        }
        List<String> actions = new ArrayList<>();
        for (int at = best; at != origin; at = parent[at]) {
            int first = action[at] / 4 % 4;
            int second = action[at] % 4;
            actions.add(switch (action[at] / 16) {
                case 0 -> "fill " + JUGS.charAt(first);
                case 1 -> "empty " + JUGS.charAt(first);
                default -> "pour " + JUGS.charAt(first) + " " + JUGS.charAt(second);
            });
        }
        Collections.reverse(actions);
        return actions;
    }

    private boolean holds(int code, int target) {
        for (int jug = 0; jug < capacity.length; jug++) {
            if (amount(code, jug) == target) {
                return true;
            }
        }
        return false;
    }

    private int amount(int code, int jug) {
        return code / radix[jug] % (capacity[jug] + 1);
    }

    private int visit(int next, int from, int reaching, int[] queue, int tail) {
        if (distance[next] >= 0) {
            return tail;
        }
        distance[next] = distance[from] + 1;
        parent[next] = from;
        action[next] = reaching;
        queue[tail] = next;
        return tail + 1;
    }
}
