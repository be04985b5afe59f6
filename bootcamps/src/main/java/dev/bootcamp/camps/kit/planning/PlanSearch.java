package dev.bootcamp.camps.kit.planning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Uniform-cost search over the states of a {@link PlanDomain}, bounded by a number of states: with unit step costs it
 * is breadth-first search, so the plan found is a shortest one. Ties are broken by the order in which states were
 * first reached and the order of {@link PlanDomain#steps}, so the plan found is always the same.
 */
public final class PlanSearch {
    private PlanSearch() {}

    /**
     * The outcome of a search: a cheapest plan (null when the goal was not reached within the budget), its cost, and the
     * number of states taken from the queue (the work done, a fair measure of difficulty).
     */
    public record Found(List<String> plan, int cost, int expanded) {
        public boolean solved() {
            return plan != null;
        }
    }

    private record Node<S>(S state, int cost, long order) {}

    private record Link<S>(S parent, String step, int cost) {}

    /** A cheapest plan from the domain's start, looking at no more than {@code maxStates} distinct states. */
    public static <S> Found cheapest(PlanDomain<S> domain, int maxStates) {
        if (domain.unitCosts()) {
            return shortest(domain, maxStates);
        }
        S start = domain.start();
        Map<S, Link<S>> links = new HashMap<>();
        links.put(start, new Link<>(null, null, 0));
        PriorityQueue<Node<S>> queue = new PriorityQueue<>((a, b) -> a.cost() != b.cost() ? Integer.compare(a.cost(), b.cost())
                : Long.compare(a.order(), b.order()));
        long order = 0;
        queue.add(new Node<>(start, 0, order++));
        int expanded = 0;
        while (!queue.isEmpty()) {
            Node<S> node = queue.poll();
            Link<S> link = links.get(node.state());
            if (link.cost() < node.cost()) {
                continue;
            }
            expanded++;
            if (domain.reached(node.state())) {
                return new Found(path(links, node.state()), node.cost(), expanded);
            }
            long[] counter = {order};
            domain.successors(node.state(), (step, next) -> {
                int cost = node.cost() + domain.cost(node.state(), step);
                Link<S> known = links.get(next);
                if (known == null && links.size() >= maxStates) {
                    return;
                }
                if (known == null || cost < known.cost()) {
                    links.put(next, new Link<>(node.state(), step, cost));
                    queue.add(new Node<>(next, cost, counter[0]++));
                }
            });
            order = counter[0];
        }
        return new Found(null, -1, expanded);
    }

    /** Breadth-first search for unit step costs. */
    private static <S> Found shortest(PlanDomain<S> domain, int maxStates) {
        S start = domain.start();
        Map<S, Link<S>> links = new HashMap<>();
        links.put(start, new Link<>(null, null, 0));
        if (domain.reached(start)) {
            return new Found(List.of(), 0, 0);
        }
        ArrayDeque<S> queue = new ArrayDeque<>();
        queue.add(start);
        int expanded = 0;
        List<S> goal = new ArrayList<>();
        while (!queue.isEmpty() && goal.isEmpty()) {
            S state = queue.poll();
            expanded++;
            int depth = links.get(state).cost() + 1;
            // The goal is tested when a state is first reached, so the last layer need not be expanded.
            domain.successors(state, (step, next) -> {
                if (goal.isEmpty() && links.size() < maxStates && !links.containsKey(next)) {
                    links.put(next, new Link<>(state, step, depth));
                    queue.add(next);
                    if (domain.reached(next)) {
                        goal.add(next);
                    }
                }
            });
        }
        if (!goal.isEmpty()) {
            List<String> plan = path(links, goal.get(0));
            return new Found(plan, plan.size(), expanded);
        }
        return new Found(null, -1, expanded);
    }

    private static <S> List<String> path(Map<S, Link<S>> links, S end) {
        List<String> steps = new ArrayList<>();
        for (Link<S> link = links.get(end); link.step() != null; link = links.get(link.parent())) {
            steps.add(link.step());
        }
        Collections.reverse(steps);
        return steps;
    }
}
