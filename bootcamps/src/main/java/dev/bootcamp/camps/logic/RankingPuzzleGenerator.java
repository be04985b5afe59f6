package dev.bootcamp.camps.logic;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Permutations;
import dev.bootcamp.camps.kit.PersonNames;
import dev.bootcamp.camps.logic.RankingPuzzleBootcamp.Clue;
import dev.bootcamp.camps.logic.RankingPuzzleBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes ranking puzzles: adds random true clues until filtering every permutation leaves only the hidden order, then
 * drops each clue that is not needed.
 */
final class RankingPuzzleGenerator {
    private RankingPuzzleGenerator() {}

    static Puzzle generate(int people, int kinds, RandomGenerator random) {
        int[] hidden = Draw.permutation(people, random);
        int[] rank = new int[people];
        for (int place = 0; place < people; place++) {
            rank[hidden[place]] = place;
        }
        List<int[]> orders = Permutations.all(people);
        List<Clue> clues = new ArrayList<>();
        List<int[]> left = orders;
        while (left.size() > 1) {
            Clue clue = trueClue(rank, kinds, random);
            if (clues.contains(clue)) {
                continue;
            }
            List<int[]> kept = left.stream().filter(clue::holds).toList();
            if (kept.size() < left.size()) {
                clues.add(clue);
                left = kept;
            }
        }
        Draw.shuffle(clues, random);
        for (int i = clues.size() - 1; i >= 0; i--) {
            List<Clue> without = new ArrayList<>(clues);
            without.remove(i);
            if (consistent(orders, without) == 1) {
                clues = without;
            }
        }
        List<String> names = PersonNames.sorted(people, random);
        List<String> order = new ArrayList<>();
        for (int place = 0; place < people; place++) {
            order.add(names.get(hidden[place]));
        }
        return new Puzzle(names, random.nextInt(RankingPuzzleBootcamp.SCALES.size()), clues, order);
    }

    /** How many orders satisfy every clue, stopping at 2. */
    private static int consistent(List<int[]> orders, List<Clue> clues) {
        int count = 0;
        for (int[] rank : orders) {
            if (clues.stream().allMatch(clue -> clue.holds(rank)) && ++count > 1) {
                return count;
            }
        }
        return count;
    }

    /** A random clue that holds for the hidden ranks, drawn from the kinds the level allows. */
    private static Clue trueClue(int[] rank, int kinds, RandomGenerator random) {
        int people = rank.length;
        while (true) {
            int first = random.nextInt(people);
            int second = (first + 1 + random.nextInt(people - 1)) % people;
            int kind = random.nextInt(kinds == 1 ? 1 : kinds == 2 ? 3 : 5);
            Clue clue = switch (kind) {
                case 0 -> rank[first] < rank[second] ? new Clue("above", first, second, -1, random.nextBoolean())
                        : new Clue("above", second, first, -1, random.nextBoolean());
                case 1 -> rank[first] == 0 ? new Clue("top", first, -1, -1, false)
                        : rank[first] == people - 1 ? new Clue("bottom", first, -1, -1, false) : null;
                case 2 -> random.nextBoolean() ? rank[first] != 0 ? new Clue("not-top", first, -1, -1, false) : null
                        : rank[first] != people - 1 ? new Clue("not-bottom", first, -1, -1, false) : null;
                case 3 -> rank[first] != 0 && rank[first] != people - 1
                        ? new Clue("place", first, -1, rank[first], rank[first] > (people - 1) / 2) : null;
                default -> new Clue("between", Math.min(first, second), Math.max(first, second),
                        Math.abs(rank[first] - rank[second]) - 1, false);
            };
            if (clue != null) {
                return clue;
            }
        }
    }
}
