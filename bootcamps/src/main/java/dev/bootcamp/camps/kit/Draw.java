package dev.bootcamp.camps.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random choices every generator needs, drawing only from the case's random source. */
public final class Draw {
    private Draw() {}

    /** Fisher-Yates, in place. */
    public static <T> void shuffle(List<T> items, RandomGenerator random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }

    public static void shuffle(int[] items, RandomGenerator random) {
        for (int i = items.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = items[i];
            items[i] = items[j];
            items[j] = swap;
        }
    }

    /** 0..n-1 in random order. */
    public static int[] permutation(int n, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, random);
        return order;
    }

    public static <T> T pick(List<T> items, RandomGenerator random) {
        return items.get(random.nextInt(items.size()));
    }

    /** An integer in {@code [low, high]}, both inclusive. */
    public static int between(int low, int high, RandomGenerator random) {
        return random.nextInt(low, high + 1);
    }

    /** {@code count} distinct items in random order. */
    public static <T> List<T> sample(List<T> items, int count, RandomGenerator random) {
        List<T> copy = new ArrayList<>(items);
        shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }

    /** A level in 1..10 mapped linearly onto {@code [atOne, atTen]}, rounded. */
    public static int scale(int level, int atOne, int atTen) {
        return (int) Math.round(atOne + (atTen - atOne) * (level - 1) / 9.0);
    }

    /** A value in 1..limit (at least 1), then given a random sign: never zero. */
    public static long nonZero(int limit, RandomGenerator random) {
        long value = between(1, Math.max(1, limit), random);
        return random.nextBoolean() ? value : -value;
    }

    /** {@code length} letters each drawn from the first {@code alphabet} letters starting at {@code first} ('a' or 'A'). */
    public static String letters(int length, int alphabet, char first, RandomGenerator random) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) (first + random.nextInt(alphabet)));
        }
        return word.toString();
    }
}
