package dev.bootcamp.camps.kit.boards;

import dev.bootcamp.camps.kit.planning.PlanDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/**
 * Breadth-first search of every state a {@link PlanDomain} reaches from its start, up to a bound on the number of
 * states, keeping the depth and a shortest way to each. Generators use it to pick a goal at a chosen distance: any
 * state first reached at depth d needs exactly d steps, because the search is breadth-first.
 *
 * @param <S> the domain's state
 */
public final class Explore<S> {
    private final List<S> order = new ArrayList<>();
    private final Map<S, Integer> depth = new HashMap<>();
    private final Map<S, S> parent = new HashMap<>();
    private final Map<S, String> step = new HashMap<>();
    private final boolean complete;

    private Explore(PlanDomain<S> domain, int maxStates) {
        S start = domain.start();
        order.add(start);
        depth.put(start, 0);
        boolean cut = false;
        for (int head = 0; head < order.size(); head++) {
            S state = order.get(head);
            int next = depth.get(state) + 1;
            boolean[] full = {false};
            domain.successors(state, (move, reached) -> {
                if (depth.containsKey(reached)) {
                    return;
                }
                if (order.size() >= maxStates) {
                    full[0] = true;
                    return;
                }
                order.add(reached);
                depth.put(reached, next);
                parent.put(reached, state);
                step.put(reached, move);
            });
            cut |= full[0];
        }
        this.complete = !cut;
    }

    /** Every state reachable from the domain's start, or the first {@code maxStates} of them in breadth-first order. */
    public static <S> Explore<S> from(PlanDomain<S> domain, int maxStates) {
        return new Explore<>(domain, maxStates);
    }

    /** The states in the order they were reached (so by depth). */
    public List<S> states() {
        return Collections.unmodifiableList(order);
    }

    /** The fewest steps to {@code state}, or -1 when it was not reached. */
    public int depth(S state) {
        return depth.getOrDefault(state, -1);
    }

    /** Whether every reachable state was found (the bound was not hit). */
    public boolean complete() {
        return complete;
    }

    /** A goal drawn by {@link #pick}: its key (a square), a shortest plan to it and the number of states searched. */
    public record Target(int key, List<String> plan, int explored) {}

    /**
     * Searches from the domain's start and draws a goal "the key of the state is k" (say, the square of the marked
     * piece) whose first state in breadth-first order lies at depth d, d the largest depth from 2 to {@code want} that
     * some key first appears at; keys in {@code excluded} (the start squares) are skipped. A shortest plan to such a goal
     * has exactly d steps. Null when no key first appears at depth 2 or more.
     */
    public static <S> Target pick(PlanDomain<S> domain, ToIntFunction<S> key, Set<Integer> excluded, int want, int maxStates,
            RandomGenerator random) {
        Explore<S> explore = from(domain, maxStates);
        Map<Integer, S> first = new TreeMap<>();
        for (S state : explore.states()) {
            int k = key.applyAsInt(state);
            if (!excluded.contains(k)) {
                first.putIfAbsent(k, state);
            }
        }
        int depth = first.values().stream().mapToInt(explore::depth).filter(d -> d <= want).max().orElse(0);
        if (depth < 2) {
            return null;
        }
        List<Integer> keys = first.keySet().stream().filter(k -> explore.depth(first.get(k)) == depth).toList();
        int chosen = keys.get(random.nextInt(keys.size()));
        return new Target(chosen, explore.plan(first.get(chosen)), explore.states().size());
    }

    /** A shortest list of steps from the start to a reached {@code state}. */
    public List<String> plan(S state) {
        List<String> steps = new ArrayList<>();
        for (S at = state; parent.containsKey(at); at = parent.get(at)) {
            steps.add(step.get(at));
        }
        Collections.reverse(steps);
        return steps;
    }
}
