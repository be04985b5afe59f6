package dev.bootcamp.camps.logic;

import dev.bootcamp.camps.logic.ZebraPuzzleBootcamp.Clue;
import dev.bootcamp.camps.logic.ZebraPuzzleBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts zebra-puzzle solutions by plain backtracking, independent of the generator's propagating solver: items are
 * placed one at a time into free houses (items linked by many clues to those already placed go first), and each clue
 * is tested once both its items are placed.
 */
final class ZebraPuzzleCounter {
    private ZebraPuzzleCounter() {}

    /** Solutions up to {@code limit}. */
    static long count(Puzzle puzzle, long limit) {
        int houses = puzzle.houses();
        int items = houses * puzzle.attributes().size();
        List<List<Clue>> touching = new ArrayList<>();
        for (int item = 0; item < items; item++) {
            touching.add(new ArrayList<>());
        }
        for (Clue clue : puzzle.clues()) {
            touching.get(clue.attribute() * houses + clue.value()).add(clue);
            if (clue.otherAttribute() >= 0) {
                touching.get(clue.otherAttribute() * houses + clue.otherValue()).add(clue);
            }
        }
        int[] order = new int[items];
        boolean[] ordered = new boolean[items];
        for (int step = 0; step < items; step++) {
            int best = -1;
            int bestLinks = -1;
            for (int item = 0; item < items; item++) {
                if (ordered[item]) {
                    continue;
                }
                int links = 0;
                for (Clue clue : touching.get(item)) {
                    int other = clue.otherAttribute() < 0 ? item : partner(clue, item, houses);
                    links += other == item || ordered[other] ? 2 : 1;
                }
                if (links > bestLinks) {
                    best = item;
                    bestLinks = links;
                }
            }
            order[step] = best;
            ordered[best] = true;
        }
        int[] place = new int[items];
        Arrays.fill(place, -1);
        return count(0, order, place, new int[puzzle.attributes().size()], touching, houses, limit);
    }

    private static long count(int step, int[] order, int[] place, int[] used, List<List<Clue>> touching, int houses, long limit) {
        if (step == order.length) {
            return 1;
        }
        int item = order[step];
        int attribute = item / houses;
        long found = 0;
        for (int house = 0; house < houses && found < limit; house++) {
            if ((used[attribute] >> house & 1) == 1) {
                continue;
            }
            place[item] = house;
            used[attribute] |= 1 << house;
            boolean consistent = true;
            for (Clue clue : touching.get(item)) {
                int first = place[clue.attribute() * houses + clue.value()];
                int second = clue.otherAttribute() < 0 ? -1 : place[clue.otherAttribute() * houses + clue.otherValue()];
                if (first >= 0 && (clue.otherAttribute() < 0 || second >= 0) && !clue.holds(first, second)) {
                    consistent = false;
                    break;
                }
            }
            if (consistent) {
                found += count(step + 1, order, place, used, touching, houses, limit - found);
            }
            used[attribute] &= ~(1 << house);
            place[item] = -1;
        }
        return found;
    }

    private static int partner(Clue clue, int item, int houses) {
        int first = clue.attribute() * houses + clue.value();
        return first == item ? clue.otherAttribute() * houses + clue.otherValue() : first;
    }
}
