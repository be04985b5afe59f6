package dev.bootcamp.camps.games;

import dev.bootcamp.camps.kit.StateSearch;
import java.util.Arrays;
import java.util.List;

/**
 * Breadth-first search over every state of the jugs from a start state, in a fixed action order. A state is encoded with
 * one mixed-radix digit per jug; an action is numbered 16 * kind + 4 * first jug + second jug (kinds 0 fill, 1 empty,
 * 2 pour).
 */
final class WaterJugsSearch {
    private static final String JUGS = "ABCD";

    private final int[] capacity;
    private final int[] radix;
    private final StateSearch search;

    private WaterJugsSearch(List<Integer> capacities, List<Integer> start) {
        int jugs = capacities.size();
        capacity = capacities.stream().mapToInt(Integer::intValue).toArray();
        radix = new int[jugs + 1];
        radix[0] = 1;
        for (int jug = 0; jug < jugs; jug++) {
            radix[jug + 1] = radix[jug] * (capacity[jug] + 1);
        }
        int origin = 0;
        for (int jug = 0; jug < jugs; jug++) {
            origin += start.get(jug) * radix[jug];
        }
        int[] state = new int[jugs];
        search = StateSearch.all(radix[jugs], origin, (code, step) -> {
            for (int jug = 0; jug < jugs; jug++) {
                state[jug] = amount(code, jug);
            }
            for (int first = 0; first < jugs; first++) {
                step.to(code + (capacity[first] - state[first]) * radix[first], 4 * first);
            }
            for (int first = 0; first < jugs; first++) {
                step.to(code - state[first] * radix[first], 16 + 4 * first);
            }
            for (int first = 0; first < jugs; first++) {
                for (int second = 0; second < jugs; second++) {
                    if (second != first) {
                        int poured = Math.min(state[first], capacity[second] - state[second]);
                        step.to(code - poured * radix[first] + poured * radix[second], 32 + 4 * first + second);
                    }
                }
            }
        });
    }

    /** The search from the given amounts in each jug. */
    static WaterJugsSearch of(List<Integer> capacities, List<Integer> start) {
        return new WaterJugsSearch(capacities, start);
    }

    /** How many states the jugs have, reachable or not. */
    int states() {
        return search.states();
    }

    /**
     * For each amount 0..largest capacity, the fewest actions after which some jug holds it (0 when unreachable or
     * already in a jug at the start).
     */
    int[] fewestPerAmount() {
        int[] fewest = new int[Arrays.stream(capacity).max().orElse(0) + 1];
        Arrays.fill(fewest, -1);
        for (int code = 0; code < search.states(); code++) {
            for (int jug = 0; jug < capacity.length && search.distance(code) >= 0; jug++) {
                int amount = amount(code, jug);
                if (amount > 0 && (fewest[amount] < 0 || search.distance(code) < fewest[amount])) {
                    fewest[amount] = search.distance(code);
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
        for (int code = 0; code < search.states(); code++) {
            if (search.distance(code) >= 0 && (best < 0 || search.distance(code) < search.distance(best)) && holds(code, target)) {
                best = code;
            }
        }
        if (best < 0) {
            throw new IllegalStateException(target + " litres cannot be measured with " + Arrays.toString(capacity));
        }
        return search.path(best).stream().map(step -> {
            int first = step[1] / 4 % 4;
            return switch (step[1] / 16) {
                case 0 -> "fill " + JUGS.charAt(first);
                case 1 -> "empty " + JUGS.charAt(first);
                default -> "pour " + JUGS.charAt(first) + " " + JUGS.charAt(step[1] % 4);
            };
        }).toList();
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
}
