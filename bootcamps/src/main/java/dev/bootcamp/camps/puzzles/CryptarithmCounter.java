package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Counts cryptarithm solutions by the weight method: the sum is correct exactly when the letters' digits, each
 * multiplied by its place values in the addends minus those in the sum, add up to zero. Letters are tried heaviest
 * weight first, and a branch stops when the rest cannot bring the running total back to zero. It shares nothing with
 * {@link CryptarithmSolver}, which adds column by column.
 */
final class CryptarithmCounter {
    private final char[] letters;
    private final long[] weights;
    /** {@code reach[i]}: the most that letters i.. can add or take away (nine times their weights). */
    private final long[] reach;
    private final boolean[] leading;
    private final int[] fixed;
    private final boolean[] used = new boolean[10];
    private long count;
    private long limit;

    private CryptarithmCounter(List<String> addends, String sum, Map<Character, Integer> hints) {
        long[] weight = new long[26];
        boolean[] present = new boolean[26];
        boolean[] first = new boolean[26];
        for (String word : addends) {
            weigh(word, 1, weight, present, first);
        }
        weigh(sum, -1, weight, present, first);
        List<Character> order = new ArrayList<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            if (present[letter - 'A']) {
                order.add(letter);
            }
        }
        order.sort(Comparator.comparingLong((Character letter) -> -Math.abs(weight[letter - 'A'])).thenComparing(letter -> letter));
        int n = order.size();
        letters = new char[n];
        weights = new long[n];
        leading = new boolean[n];
        fixed = new int[n];
        reach = new long[n + 1];
        for (int i = 0; i < n; i++) {
            letters[i] = order.get(i);
            weights[i] = weight[letters[i] - 'A'];
            leading[i] = first[letters[i] - 'A'];
            fixed[i] = hints.getOrDefault(letters[i], -1);
        }
        for (int i = n - 1; i >= 0; i--) {
            reach[i] = reach[i + 1] + 9 * Math.abs(weights[i]);
        }
        for (int value : fixed) {
            if (value >= 0) {
                used[value] = true;
            }
        }
    }

    /** Digit assignments that make the sum correct, up to {@code limit}; letters are upper case. */
    static long count(List<String> addends, String sum, Map<Character, Integer> hints, long limit) {
        CryptarithmCounter counter = new CryptarithmCounter(addends, sum, hints);
        if (counter.letters.length > 10) {
            return 0;
        }
        counter.limit = limit;
        counter.search(0, 0);
        return Math.min(counter.count, limit);
    }

    private static void weigh(String word, int sign, long[] weight, boolean[] present, boolean[] first) {
        long place = 1;
        for (int i = word.length() - 1; i >= 0; i--) {
            int letter = word.charAt(i) - 'A';
            weight[letter] += sign * place;
            present[letter] = true;
            place *= 10;
        }
        first[word.charAt(0) - 'A'] |= word.length() > 1;
    }

    private void search(int index, long total) {
        if (Math.abs(total) > reach[index]) {
            return;
        }
        if (index == letters.length) {
            count++;
            return;
        }
        if (fixed[index] >= 0) {
            if (fixed[index] > 0 || !leading[index]) {
                search(index + 1, total + weights[index] * fixed[index]);
            }
            return;
        }
        for (int value = leading[index] ? 1 : 0; value <= 9 && count < limit; value++) {
            if (used[value]) {
                continue;
            }
            used[value] = true;
            search(index + 1, total + weights[index] * value);
            used[value] = false;
        }
    }
}
