package dev.bootcamp.camps.kit.planning;

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
            if (domain.unmet(node.state()) == null) {
                return new Found(path(links, node.state()), node.cost(), expanded);
            }
            for (String step : domain.steps(node.state())) {
                Outcome<S> outcome = domain.apply(node.state(), step);
                if (!outcome.legal()) {
                    continue;
                }
                int cost = node.cost() + domain.cost(node.state(), step);
                Link<S> known = links.get(outcome.state());
                if (known == null && links.size() >= maxStates) {
                    continue;
                }
                if (known == null || cost < known.cost()) {
                    links.put(outcome.state(), new Link<>(node.state(), step, cost));
                    queue.add(new Node<>(outcome.state(), cost, order++));
                }
            }
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
