package dev.bootcamp.camps.logic;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Permutations;
import dev.bootcamp.camps.kit.PersonNames;
import dev.bootcamp.camps.logic.SeatingBootcamp.Clue;
import dev.bootcamp.camps.logic.SeatingBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes seating puzzles: adds random true clues until filtering every arrangement (at a table, every one with the
 * first person in seat 1) leaves only the hidden one, then drops each clue that is not needed.
 */
final class SeatingGenerator {
    private static final List<List<String>> ROW_KINDS = List.of(
            List.of("next", "left", "end"),
            List.of("next", "left", "end", "not-next", "not-end", "before"),
            List.of("next", "left", "end", "not-next", "not-end", "before", "seat", "between", "between"));
    private static final List<List<String>> CIRCLE_KINDS = List.of(
            List.of("next", "left"),
            List.of("next", "left", "not-next", "opposite"),
            List.of("next", "left", "not-next", "opposite", "seat", "clockwise", "clockwise"));

    private SeatingGenerator() {}

    static Puzzle generate(int people, boolean circle, int kinds, RandomGenerator random) {
        int[] hidden = Draw.permutation(people, random);
        int anchor = hidden[0];
        int[] seat = new int[people];
        for (int place = 0; place < people; place++) {
            seat[hidden[place]] = place;
        }
        List<int[]> arrangements = Permutations.all(people);
        if (circle) {
            arrangements = arrangements.stream().filter(arrangement -> arrangement[anchor] == 0).toList();
        }
        List<String> allowed = (circle ? CIRCLE_KINDS : ROW_KINDS).get(kinds - 1);
        List<Clue> clues = new ArrayList<>();
        List<int[]> left = arrangements;
        while (left.size() > 1) {
            Clue clue = trueClue(seat, circle, allowed, random);
            boolean secondSeat = clue != null && clue.kind().equals("seat") && clues.stream().anyMatch(other -> other.kind().equals("seat"));
            if (clue == null || clues.contains(clue) || secondSeat) {
                continue;
            }
            List<int[]> kept = left.stream().filter(arrangement -> clue.holds(arrangement, circle)).toList();
            if (kept.size() < left.size()) {
                clues.add(clue);
                left = kept;
            }
        }
        Draw.shuffle(clues, random);
        for (int i = clues.size() - 1; i >= 0; i--) {
            List<Clue> without = new ArrayList<>(clues);
            without.remove(i);
            if (consistent(arrangements, without, circle) == 1) {
                clues = without;
            }
        }
        List<String> names = PersonNames.sorted(people, random);
        List<String> seats = new ArrayList<>();
        for (int place = 0; place < people; place++) {
            seats.add(names.get(hidden[place]));
        }
        return new Puzzle(circle ? "circle" : "row", names, clues, seats);
    }

    private static int consistent(List<int[]> arrangements, List<Clue> clues, boolean circle) {
        int count = 0;
        for (int[] arrangement : arrangements) {
            if (clues.stream().allMatch(clue -> clue.holds(arrangement, circle)) && ++count > 1) {
                return count;
            }
        }
        return count;
    }

    /** A random clue of an allowed kind that holds for the hidden seats, or null when the drawn kind does not fit. */
    private static Clue trueClue(int[] seat, boolean circle, List<String> allowed, RandomGenerator random) {
        int people = seat.length;
        int first = random.nextInt(people);
        int second = (first + 1 + random.nextInt(people - 1)) % people;
        String kind = Draw.pick(allowed, random);
        Clue clue = switch (kind) {
            case "next", "not-next", "opposite" -> new Clue(kind, Math.min(first, second), Math.max(first, second), -1);
            case "left", "before" -> seat[first] < seat[second] || circle
                    ? new Clue(kind, first, second, -1) : new Clue(kind, second, first, -1);
            case "end", "not-end", "seat" -> new Clue(kind, first, -1, kind.equals("seat") ? seat[first] : -1);
            case "between" -> new Clue(kind, Math.min(first, second), Math.max(first, second), Math.abs(seat[first] - seat[second]) - 1);
            default -> new Clue(kind, first, second, Math.floorMod(seat[second] - seat[first], people));
        };
        if (kind.equals("clockwise") && (clue.count() < 2 || clue.count() > people - 2)) {
            return null;
        }
        if (kind.equals("between") && clue.count() < 1) {
            return null;
        }
        return clue.holds(seat, circle) ? clue : null;
    }
}
