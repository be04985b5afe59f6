package dev.bootcamp.camps.kit;

import java.util.ArrayList;
import java.util.List;

/** Exhaustive lists of arrangements, for generators that prove a puzzle has one solution by filtering all of them. */
public final class Permutations {
    /** The most arrangements a list may hold, to keep generators bounded. */
    public static final int MAX_ARRANGEMENTS = 5_000_000;

    private Permutations() {}

    /** Every permutation of 0..n-1, as arrays {@code a} where {@code a[i]} is the value given to item i. */
    public static List<int[]> all(int n) {
        return arrangements(n, n);
    }

    /**
     * Every way to give {@code items} items distinct values from 0..values-1, as arrays indexed by item, in
     * lexicographic order.
     */
    public static List<int[]> arrangements(int values, int items) {
        if (items < 0 || items > values) {
            throw new IllegalArgumentException("cannot give " + items + " items distinct values from " + values);
        }
        long count = 1;
        for (int i = 0; i < items; i++) {
            count *= values - i;
            if (count > MAX_ARRANGEMENTS) {
                throw new IllegalArgumentException("more than " + MAX_ARRANGEMENTS + " arrangements of " + items + " items over "
                        + values + " values");
            }
        }
        List<int[]> out = new ArrayList<>((int) count);
        fill(new int[items], new boolean[values], 0, out);
        return out;
    }

    private static void fill(int[] current, boolean[] used, int item, List<int[]> out) {
        if (item == current.length) {
            out.add(current.clone());
            return;
        }
        for (int value = 0; value < used.length; value++) {
            if (!used[value]) {
                used[value] = true;
                current[item] = value;
                fill(current, used, item + 1, out);
                used[value] = false;
            }
        }
    }
}
