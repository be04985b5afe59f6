package dev.bootcamp.camps.logic;

import static dev.bootcamp.camps.logic.ZebraPuzzleBootcamp.ATTRIBUTES;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.OrderClues;
import dev.bootcamp.camps.logic.ZebraPuzzleBootcamp.Clue;
import dev.bootcamp.camps.logic.ZebraPuzzleBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Makes zebra puzzles with a unique solution and a clue set from which no clue can be dropped. */
final class ZebraPuzzleGenerator {
    private ZebraPuzzleGenerator() {}

    /**
     * A random solution; random true clues, each chosen to rule out a second solution the solver found, until the
     * solution is unique; then every clue whose removal keeps it unique is removed, so each clue left is needed.
     */
    static Puzzle generate(int houses, int count, RandomGenerator random) {
        List<Integer> chosen = new ArrayList<>(Draw.sample(IntStream.range(0, ATTRIBUTES.size()).boxed().toList(), count, random));
        chosen.sort(Comparator.naturalOrder());
        int[][] occupant = new int[count][];
        for (int attribute = 0; attribute < count; attribute++) {
            occupant[attribute] = Draw.permutation(houses, random);
        }
        List<Clue> clues = new ArrayList<>();
        while (true) {
            int[] other = otherSolution(houses, count, clues, occupant);
            if (other == null) {
                break;
            }
            Clue clue = randomClue(houses, count, occupant, random);
            while (clue.holds(other[clue.attribute() * houses + clue.value()],
                    clue.otherAttribute() < 0 ? -1 : other[clue.otherAttribute() * houses + clue.otherValue()])) {
                clue = randomClue(houses, count, occupant, random);
            }
            clues.add(clue);
        }
        List<Clue> needed = OrderClues.minimal(clues, fewer -> new ZebraPuzzleSolver(houses, count, fewer).solve(2).size() == 1, random);
        List<String> names = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (int attribute : chosen) {
            List<String> all = ATTRIBUTES.get(attribute).values();
            List<String> picked = Draw.sample(all, houses, random).stream().sorted(Comparator.comparingInt(all::indexOf)).toList();
            names.add(ATTRIBUTES.get(attribute).name());
            values.add(picked);
        }
        List<List<String>> solution = new ArrayList<>();
        for (int house = 0; house < houses; house++) {
            List<String> row = new ArrayList<>();
            for (int attribute = 0; attribute < count; attribute++) {
                row.add(values.get(attribute).get(occupant[attribute][house]));
            }
            solution.add(row);
        }
        return new Puzzle(houses, names, values, needed, solution);
    }

    /** A solution of the clues other than the hidden one (item to house, from 0), or null when the hidden one is unique. */
    private static int[] otherSolution(int houses, int attributes, List<Clue> clues, int[][] occupant) {
        for (int[] solution : new ZebraPuzzleSolver(houses, attributes, clues).solve(2)) {
            for (int item = 0; item < solution.length; item++) {
                if (occupant[item / houses][solution[item]] != item % houses) {
                    return solution;
                }
            }
        }
        return null;
    }

    /** A clue true of the hidden solution; relations between houses are favoured over plain positions. */
    private static Clue randomClue(int houses, int attributes, int[][] occupant, RandomGenerator random) {
        int a = random.nextInt(attributes);
        int b = random.nextInt(attributes);
        int differentB = (a + 1 + random.nextInt(attributes - 1)) % attributes;
        int house = random.nextInt(houses);
        int otherHouse = (house + 1 + random.nextInt(houses - 1)) % houses;
        int low = Math.min(house, otherHouse);
        int high = Math.max(house, otherHouse);
        int kind = random.nextInt(13);
        if (kind == 12 && houses < 3) {
            kind = 0;
        }
        return switch (kind) {
            case 0, 1, 2 -> new Clue("same", a, occupant[a][house], differentB, occupant[differentB][house], 0);
            case 3, 4 -> new Clue("not-same", a, occupant[a][house], differentB, occupant[differentB][otherHouse], 0);
            case 5 -> new Clue("at", a, occupant[a][house], -1, -1, house + 1);
            case 6 -> new Clue("not-at", a, occupant[a][house], -1, -1, otherHouse + 1);
            case 7, 8 -> {
                int left = random.nextInt(houses - 1);
                yield random.nextBoolean()
                        ? new Clue("next-to", a, occupant[a][left], b, occupant[b][left + 1], 0)
                        : new Clue("next-to", a, occupant[a][left + 1], b, occupant[b][left], 0);
            }
            case 9 -> {
                int left = random.nextInt(houses - 1);
                yield new Clue("directly-left", a, occupant[a][left], b, occupant[b][left + 1], 0);
            }
            case 10, 11 -> new Clue("somewhere-left", a, occupant[a][low], b, occupant[b][high], 0);
            default -> {
                int left = random.nextInt(houses - 2);
                yield random.nextBoolean()
                        ? new Clue("one-between", a, occupant[a][left], b, occupant[b][left + 2], 0)
                        : new Clue("one-between", a, occupant[a][left + 2], b, occupant[b][left], 0);
            }
        };
    }
}
