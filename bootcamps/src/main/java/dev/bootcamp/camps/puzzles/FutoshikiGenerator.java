package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.GridSearch;
import dev.bootcamp.camps.kit.UniqueClues;
import dev.bootcamp.camps.puzzles.FutoshikiBootcamp.Puzzle;
import dev.bootcamp.camps.puzzles.FutoshikiBootcamp.Sign;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Makes Futoshiki puzzles: a random Latin square, then clues until {@link GridSearch} finds one solution only. */
final class FutoshikiGenerator {
    private static final long NODE_CAP = 3_000;

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
        boolean unique = UniqueClues.run(2 * cells, solution, new UniqueClues.Moves() {
            @Override
            public GridSearch.Result search(int limit) {
                return search.solve(search.candidates(givens), limit, NODE_CAP, null);
            }

            @Override
            public boolean addAny() {
                List<Integer> hidden = IntStream.range(0, cells).filter(cell -> givens[cell] == 0).boxed().toList();
                int cell = Draw.pick(hidden, random);
                givens[cell] = solution[cell];
                return true;
            }

            /** The sign that rules out the most others, or when none does, the given of a cell where one differs. */
            @Override
            public Predicate<int[]> addBest(List<int[]> others) {
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
                    int cell = UniqueClues.differingCell(solution, others.get(0), random);
                    givens[cell] = solution[cell];
                    return other -> other[cell] == solution[cell];
                }
                Sign added = best;
                unused.remove(added);
                signs.add(added);
                pairs.add(ordered(added, size));
                return other -> FutoshikiBootcamp.holds(added, other, size);
            }
        });
        if (!unique) {
            return null;
        }
        signs.sort(Comparator.comparingInt(Sign::row).thenComparingInt(Sign::column).thenComparing(Sign::down));
        return new Puzzle(size, DigitGrids.rows(givens, size), signs, DigitGrids.rows(solution, size));
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
