package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.GridSearch;
import dev.bootcamp.camps.puzzles.FutoshikiBootcamp.Puzzle;
import dev.bootcamp.camps.puzzles.FutoshikiBootcamp.Sign;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/** Makes Futoshiki puzzles: a random Latin square, then clues until {@link GridSearch} finds one solution only. */
final class FutoshikiGenerator {
    private static final long NODE_CAP = 3_000;
    /** Other solutions sought per round; the clues added rule all of them out. */
    private static final int ALTERNATIVES = 6;

    private FutoshikiGenerator() {}

    static Puzzle generate(int size, double givenDensity, double signDensity, RandomGenerator random) {
        GridSearch latin = new GridSearch(size, size * size, GridSearch.latinGroups(size, 0, 0), null);
        while (true) {
            GridSearch.Result filled = latin.solve(latin.open(), 1, NODE_CAP, random);
            if (filled.solutions().isEmpty()) {
                continue;
            }
            Puzzle puzzle = withClues(latin, size, filled.solutions().get(0), givenDensity, signDensity, random);
            if (puzzle != null) {
                return puzzle;
            }
        }
    }

    /**
     * Draws clues at the knobs' densities, then, while a second solution exists, adds the sign (or, when no sign
     * separates them, the given) that rules out the most of a few other solutions found; a search that gives up without
     * finding another solution adds a random given.
     */
    private static Puzzle withClues(GridSearch latin, int size, int[] solution, double givenDensity, double signDensity,
            RandomGenerator random) {
        int cells = size * size;
        int[] givens = new int[cells];
        for (int cell = 0; cell < cells; cell++) {
            if (random.nextDouble() < givenDensity) {
                givens[cell] = solution[cell];
            }
        }
        List<Sign> unused = allSigns(size, solution);
        Draw.shuffle(unused, random);
        List<Sign> signs = new ArrayList<>();
        for (int i = unused.size() - 1; i >= 0; i--) {
            if (random.nextDouble() < signDensity) {
                signs.add(unused.remove(i));
            }
        }
        List<int[]> pairs = new ArrayList<>();
        signs.forEach(sign -> pairs.add(ordered(sign, size)));
        GridSearch search = latin.withRule(narrowing(pairs));
        for (int round = 0; round < 2 * cells; round++) {
            GridSearch.Result result = search.solve(search.candidates(givens), ALTERNATIVES + 1, NODE_CAP, null);
            if (result.unique()) {
                signs.sort(Comparator.comparingInt(Sign::row).thenComparingInt(Sign::column).thenComparing(Sign::down));
                return new Puzzle(size, DigitGrids.rows(givens, size), signs, DigitGrids.rows(solution, size));
            }
            List<int[]> others = new ArrayList<>(result.solutions());
            others.removeIf(found -> Arrays.equals(found, solution));
            if (others.isEmpty()) {
                List<Integer> hidden = new ArrayList<>();
                for (int cell = 0; cell < cells; cell++) {
                    if (givens[cell] == 0) {
                        hidden.add(cell);
                    }
                }
                int cell = Draw.pick(hidden, random);
                givens[cell] = solution[cell];
                continue;
            }
            while (!others.isEmpty()) {
                Sign best = null;
                int bestKills = 0;
                for (Sign sign : unused) {
                    int kills = (int) others.stream().filter(other -> !FutoshikiBootcamp.holds(sign, other, size)).count();
                    if (kills > bestKills) {
                        best = sign;
                        bestKills = kills;
                    }
                }
                if (best == null) {
                    int cell = Draw.pick(differences(solution, others.get(0)), random);
                    givens[cell] = solution[cell];
                    others.removeIf(other -> other[cell] != solution[cell]);
                    continue;
                }
                Sign added = best;
                unused.remove(added);
                signs.add(added);
                pairs.add(ordered(added, size));
                others.removeIf(other -> !FutoshikiBootcamp.holds(added, other, size));
            }
        }
        return null;
    }

    private static List<Integer> differences(int[] solution, int[] other) {
        List<Integer> cells = new ArrayList<>();
        for (int cell = 0; cell < solution.length; cell++) {
            if (solution[cell] != other[cell]) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** Every sign the solution satisfies, one per pair of neighbouring cells. */
    private static List<Sign> allSigns(int size, int[] solution) {
        List<Sign> signs = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                int here = solution[row * size + column];
                if (column + 1 < size) {
                    signs.add(new Sign(row, column, false, here < solution[row * size + column + 1]));
                }
                if (row + 1 < size) {
                    signs.add(new Sign(row, column, true, here < solution[(row + 1) * size + column]));
                }
            }
        }
        return signs;
    }

    /** The sign's cells as {smaller, larger}. */
    private static int[] ordered(Sign sign, int size) {
        int first = sign.row() * size + sign.column();
        int other = FutoshikiBootcamp.second(sign, size);
        return sign.less() ? new int[] {first, other} : new int[] {other, first};
    }

    /** Bounds propagation: the smaller cell stays below the larger one's highest candidate, and the reverse. */
    private static GridSearch.Rule narrowing(List<int[]> pairs) {
        return candidates -> {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[] pair : pairs) {
                    int smaller = candidates[pair[0]];
                    int larger = candidates[pair[1]];
                    int newSmaller = smaller & (Integer.highestOneBit(larger) - 1);
                    int newLarger = larger & -(Integer.lowestOneBit(smaller) << 1);
                    if (newSmaller == 0 || newLarger == 0) {
                        return false;
                    }
                    if (newSmaller != smaller || newLarger != larger) {
                        candidates[pair[0]] = newSmaller;
                        candidates[pair[1]] = newLarger;
                        changed = true;
                    }
                }
            }
            return true;
        };
    }
}
