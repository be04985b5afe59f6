package dev.bootcamp.camps.kit.opponents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Exhaustive solving of small impartial games, where the side that cannot move loses. */
public final class Positions {
    private Positions() {}

    /**
     * The lost positions (for the side to move) among all positions reachable from {@code start}, found by a memoised
     * search without recursion. Throws when more than {@code limit} positions are reachable, so a caller's bound is kept.
     *
     * @param successors the positions one move leads to; empty when the side to move has no move (and so has lost)
     */
    public static <P> Set<P> lost(P start, Function<P, List<P>> successors, int limit) {
        Map<P, Boolean> lost = new HashMap<>();
        Map<P, List<P>> children = new HashMap<>();
        Deque<P> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            P position = stack.peek();
            if (lost.containsKey(position)) {
                stack.pop();
                continue;
            }
            List<P> next = children.get(position);
            if (next == null) {
                next = successors.apply(position);
                children.put(position, next);
                if (children.size() > limit) {
                    throw new IllegalArgumentException("more than " + limit + " positions are reachable from " + start);
                }
                boolean waiting = false;
                for (P child : next) {
                    if (!lost.containsKey(child)) {
                        stack.push(child);
                        waiting = true;
                    }
                }
                if (waiting) {
                    continue;
                }
            }
            boolean anyLost = false;
            for (P child : next) {
                anyLost |= lost.get(child);
            }
            lost.put(position, !anyLost);
            children.remove(position);
            stack.pop();
        }
        Set<P> result = new HashSet<>();
        lost.forEach((position, isLost) -> {
            if (isLost) {
                result.add(position);
            }
        });
        return Set.copyOf(result);
    }

    /** The distinct positions reachable from {@code start} (itself included), up to {@code limit}. */
    public static <P> int reachable(P start, Function<P, List<P>> successors, int limit) {
        Set<P> seen = new HashSet<>(List.of(start));
        List<P> frontier = new ArrayList<>(List.of(start));
        while (!frontier.isEmpty() && seen.size() < limit) {
            List<P> next = new ArrayList<>();
            for (P position : frontier) {
                for (P child : successors.apply(position)) {
                    if (seen.add(child)) {
                        next.add(child);
                    }
                }
            }
            frontier = next;
        }
        return Math.min(seen.size(), limit);
    }
}
