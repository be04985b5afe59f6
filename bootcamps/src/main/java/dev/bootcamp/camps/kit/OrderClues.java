package dev.bootcamp.camps.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/**
 * Clue puzzles over one hidden arrangement of people or things (a ranking, a seating, a row of houses, a schedule):
 * draw true clues until the arrangement is the only one left, then drop every clue it does not need. Arrangements are
 * {@code int[]} giving each item's place (from 0; -1 while a search has not placed it).
 */
public final class OrderClues {
    private OrderClues() {}

    /**
     * Clues from {@code draw} (given the clues so far; null skips a draw) until one of {@code candidates} satisfies them
     * all; a clue already chosen, or one that rules out no remaining candidate, is skipped.
     */
    public static <C> List<C> narrowing(List<int[]> candidates, Function<List<C>, C> draw, BiPredicate<C, int[]> holds) {
        List<C> clues = new ArrayList<>();
        List<int[]> left = candidates;
        while (left.size() > 1) {
            C clue = draw.apply(clues);
            if (clue == null || clues.contains(clue)) {
                continue;
            }
            List<int[]> kept = left.stream().filter(place -> holds.test(clue, place)).toList();
            if (kept.size() < left.size()) {
                clues.add(clue);
                left = kept;
            }
        }
        return clues;
    }

    /** The clues shuffled, then each (from the last) dropped when the rest are still {@code unique}: every clue left is needed. */
    public static <C> List<C> minimal(List<C> clues, Predicate<List<C>> unique, RandomGenerator random) {
        List<C> kept = new ArrayList<>(clues);
        Draw.shuffle(kept, random);
        for (int i = kept.size() - 1; i >= 0; i--) {
            List<C> without = new ArrayList<>(kept);
            without.remove(i);
            if (unique.test(without)) {
                kept = without;
            }
        }
        return kept;
    }

    /** How many of {@code candidates} satisfy every clue, stopping at 2. */
    public static <C> int consistent(List<int[]> candidates, List<C> clues, BiPredicate<C, int[]> holds) {
        int count = 0;
        for (int[] place : candidates) {
            if (clues.stream().allMatch(clue -> holds.test(clue, place)) && ++count > 1) {
                return count;
            }
        }
        return count;
    }

    /**
     * Arrangements satisfying every clue, up to {@code limit}, by plain backtracking (independent of a generator's
     * filter): places {@code next, next + 1, ...} are filled in turn with an unplaced item, and each clue is tested once
     * its items ({@code first}, and {@code second} unless it is -1) are placed. {@code place} holds items placed in
     * advance (an anchor), -1 elsewhere.
     */
    public static <C> long count(int[] place, int next, List<C> clues, ToIntFunction<C> first, ToIntFunction<C> second,
            BiPredicate<C, int[]> holds, long limit) {
        if (next == place.length) {
            return 1;
        }
        long found = 0;
        for (int item = 0; item < place.length && found < limit; item++) {
            if (place[item] >= 0) {
                continue;
            }
            place[item] = next;
            boolean consistent = clues.stream().allMatch(clue -> place[first.applyAsInt(clue)] < 0
                    || second.applyAsInt(clue) >= 0 && place[second.applyAsInt(clue)] < 0 || holds.test(clue, place));
            if (consistent) {
                found += count(place, next + 1, clues, first, second, holds, limit - found);
            }
            place[item] = -1;
        }
        return found;
    }

    /** An arrangement with nothing placed: {@code items} places of -1. */
    public static int[] unplaced(int items) {
        int[] place = new int[items];
        Arrays.fill(place, -1);
        return place;
    }
}
