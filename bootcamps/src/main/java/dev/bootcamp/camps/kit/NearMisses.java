package dev.bootcamp.camps.kit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Families of plausible wrong answers for {@code Bootcamp.nearMisses}: each result differs from the gold answer by one
 * small slip of the kind a solver makes. They are wrong for the puzzle types named, where the slip always breaks a rule;
 * the contract checks that every near miss scores below 1.
 */
public final class NearMisses {
    private NearMisses() {}

    /**
     * A filled grid with one free cell changed to another symbol, and one with two free cells of a row exchanged (when
     * a row has two free cells holding different symbols). Free cells are those {@code givens} marks with {@code free}.
     * Wrong for Latin-square puzzles: a changed cell repeats a symbol in its row, an exchange breaks a column.
     */
    public static List<List<String>> latin(List<String> gold, List<String> givens, char free, String symbols, RandomGenerator random) {
        Grid solved = Grid.of(gold);
        List<Grid.Cell> open = new ArrayList<>(Grid.of(givens).cells(free));
        List<List<String>> misses = new ArrayList<>();
        if (open.isEmpty()) {
            return misses;
        }
        Draw.shuffle(open, random);
        Grid.Cell changed = open.get(0);
        int at = symbols.indexOf(solved.at(changed));
        char other = symbols.charAt((at + 1 + random.nextInt(symbols.length() - 1)) % symbols.length());
        misses.add(solved.with(changed.row(), changed.column(), other).lines());
        for (Grid.Cell first : open) {
            for (Grid.Cell second : open) {
                if (first.row() == second.row() && solved.at(first) != solved.at(second)) {
                    misses.add(solved.swap(first, second).lines());
                    return misses;
                }
            }
        }
        return misses;
    }

    /**
     * An ordering with two neighbours exchanged, and one with the first item moved to the end. Wrong where the order is
     * forced (a sorted list, a unique schedule).
     */
    public static <T> List<List<T>> permutation(List<T> gold, RandomGenerator random) {
        List<List<T>> misses = new ArrayList<>();
        if (gold.size() < 2) {
            return misses;
        }
        List<T> swapped = new ArrayList<>(gold);
        int at = random.nextInt(gold.size() - 1);
        Collections.swap(swapped, at, at + 1);
        if (!swapped.equals(gold)) {
            misses.add(List.copyOf(swapped));
        }
        List<T> rotated = new ArrayList<>(gold.subList(1, gold.size()));
        rotated.add(gold.get(0));
        if (!rotated.equals(gold)) {
            misses.add(List.copyOf(rotated));
        }
        return misses;
    }

    /**
     * A choice of items with one left out, and one with an item of {@code universe} not chosen added. Wrong where the
     * chosen set is exact (a cover, an optimum, all items with a property).
     */
    public static <T> List<List<T>> subset(List<T> gold, List<T> universe, RandomGenerator random) {
        List<List<T>> misses = new ArrayList<>();
        if (!gold.isEmpty()) {
            List<T> fewer = new ArrayList<>(gold);
            fewer.remove(random.nextInt(fewer.size()));
            misses.add(List.copyOf(fewer));
        }
        List<T> outside = universe.stream().filter(item -> !gold.contains(item)).toList();
        if (!outside.isEmpty()) {
            List<T> more = new ArrayList<>(gold);
            more.add(outside.get(random.nextInt(outside.size())));
            misses.add(List.copyOf(more));
        }
        return misses;
    }

    /**
     * A path without its last step, without its first, with one inner node skipped, and with a step back added at the
     * end. Wrong where a path must join two given ends along edges, or be longest or shortest.
     */
    public static <T> List<List<T>> path(List<T> gold, RandomGenerator random) {
        List<List<T>> misses = new ArrayList<>();
        if (gold.size() < 2) {
            return misses;
        }
        misses.add(List.copyOf(gold.subList(0, gold.size() - 1)));
        misses.add(List.copyOf(gold.subList(1, gold.size())));
        if (gold.size() > 2) {
            List<T> skipped = new ArrayList<>(gold);
            skipped.remove(1 + random.nextInt(gold.size() - 2));
            misses.add(List.copyOf(skipped));
        }
        List<T> back = new ArrayList<>(gold);
        back.add(gold.get(gold.size() - 2));
        misses.add(List.copyOf(back));
        return misses;
    }

    /** The numbers next to an exact numeric answer: one more, one less, and the negation when it differs. */
    public static List<Long> number(long gold) {
        List<Long> misses = new ArrayList<>(List.of(gold + 1, gold - 1));
        if (gold != 0) {
            misses.add(-gold);
        }
        return misses;
    }

    /**
     * A several-item answer with one item replaced by one of its wrong values ({@code wrong.get(i)} for item i), once
     * per wrong value that differs from the gold item. Wrong for all-or-nothing answers (several counts, several
     * probabilities).
     */
    public static <T> List<List<T>> oneItem(List<T> gold, List<? extends List<T>> wrong) {
        List<List<T>> misses = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            misses.addAll(replaced(gold, i, wrong.get(i)));
        }
        return misses;
    }

    /**
     * The gold list of several results with the result at {@code at} replaced by each of {@code replacements} in turn
     * (those equal to the gold result skipped): one wrong item among right ones, for all-or-nothing answers.
     */
    public static <T> List<List<T>> replaced(List<T> gold, int at, List<T> replacements) {
        List<List<T>> misses = new ArrayList<>();
        for (T replacement : replacements) {
            if (!replacement.equals(gold.get(at))) {
                List<T> miss = new ArrayList<>(gold);
                miss.set(at, replacement);
                misses.add(List.copyOf(miss));
            }
        }
        return misses;
    }

    /**
     * For each item of {@code universe}, the chosen items with that one's membership flipped (left out when chosen,
     * added at the end when not). Wrong where the chosen set is exact (all liars, all equivalent candidates).
     */
    public static <T> List<List<T>> toggled(List<T> gold, List<T> universe) {
        List<List<T>> misses = new ArrayList<>();
        for (T item : universe) {
            List<T> flipped = new ArrayList<>(gold);
            if (!flipped.remove(item)) {
                flipped.add(item);
            }
            misses.add(List.copyOf(flipped));
        }
        return misses;
    }

    /**
     * A run of 1s and 0s with one value flipped, and, when it is longer than one, with every value flipped. Wrong where
     * every value is determined (a truth-table column, a circuit's outputs).
     */
    public static List<String> bits(String gold, RandomGenerator random) {
        int at = random.nextInt(gold.length());
        String one = gold.substring(0, at) + (gold.charAt(at) == '1' ? '0' : '1') + gold.substring(at + 1);
        String all = gold.replace('1', 'x').replace('0', '1').replace('x', '0');
        return gold.length() == 1 ? List.of(one) : List.of(one, all);
    }
}
