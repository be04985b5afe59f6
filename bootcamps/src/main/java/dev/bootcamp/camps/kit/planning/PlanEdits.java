package dev.bootcamp.camps.kit.planning;

import java.util.List;

/** Edits between two plans, where one edit inserts a step, deletes a step or replaces a step by another. */
public final class PlanEdits {
    private PlanEdits() {}

    /** The fewest edits that turn {@code from} into {@code to} (Levenshtein distance over whole steps). */
    public static int distance(List<String> from, List<String> to) {
        int[] previous = new int[to.size() + 1];
        int[] current = new int[to.size() + 1];
        for (int j = 0; j <= to.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= from.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= to.size(); j++) {
                int replace = previous[j - 1] + (from.get(i - 1).equals(to.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[to.size()];
    }
}
