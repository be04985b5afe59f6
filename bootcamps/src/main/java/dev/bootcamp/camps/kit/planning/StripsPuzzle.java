package dev.bootcamp.camps.kit.planning;

import java.util.List;

/**
 * A generated STRIPS puzzle: the problem, a shortest plan found by search (the gold plan), the states the search took
 * from its queue (the cost measure), and the most steps a plan may have (the shortest length where the optimum is asked).
 */
public record StripsPuzzle(StripsProblem problem, List<String> plan, int explored, int bound) {
    public StripsPuzzle {
        plan = List.copyOf(plan);
    }
}
