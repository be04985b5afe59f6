package dev.bootcamp.camps.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Makes a cage puzzle's solution unique (KenKen, Killer Sudoku): while a search finds other solutions, cages are split,
 * choosing among a few random splits of every cage the one that rules out the most of them; when no split rules one
 * out, the cage of a cell where they differ loses that cell.
 *
 * @param <C> a cage with its clue
 */
public interface CageSplits<C> {
    /** The search over the grid's groups narrowed by these cages' clues. */
    GridSearch search(List<C> cages);

    /**
     * The cage cut into connected parts with their clues taken from the solution: with {@code cell} below 0 a random
     * split (null allowed when none is found), otherwise that cell alone and the rest in as many pieces as it falls into.
     */
    List<C> split(C cage, int cell, RandomGenerator random);

    /** Whether a grid (row-major digits) meets the clues of all these cages. */
    boolean holds(List<C> cages, int[] grid);

    /** The cage's cells, row-major from 0. */
    int[] cells(C cage);

    /**
     * Splits {@code cages} in place until the search proves {@code solution} the only one, for at most one round per
     * cell ({@link UniqueClues}); false when the rounds run out or no cage is left to split.
     */
    default boolean makeUnique(int[] solution, List<C> cages, int splitTries, long nodeCap, RandomGenerator random) {
        return UniqueClues.run(solution.length, solution, new UniqueClues.Moves() {
            @Override
            public GridSearch.Result search(int limit) {
                GridSearch search = CageSplits.this.search(cages);
                return search.solve(search.open(), limit, nodeCap, null);
            }

            @Override
            public boolean addAny() {
                List<C> splittable = cages.stream().filter(cage -> cells(cage).length > 1).toList();
                if (splittable.isEmpty()) {
                    return false;
                }
                C chosen = Draw.pick(splittable, random);
                List<C> parts = split(chosen, -1, random);
                replace(cages, chosen, parts != null ? parts : split(chosen, cells(chosen)[0], random));
                return true;
            }

            @Override
            public Predicate<int[]> addBest(List<int[]> others) {
                List<C> best = null;
                C bestCage = null;
                int bestKills = 0;
                for (C cage : List.copyOf(cages)) {
                    for (int attempt = 0; attempt < splitTries && cells(cage).length > 1; attempt++) {
                        List<C> parts = split(cage, -1, random);
                        if (parts == null) {
                            break;
                        }
                        int kills = (int) others.stream().filter(other -> !holds(parts, other)).count();
                        if (kills > bestKills) {
                            best = parts;
                            bestCage = cage;
                            bestKills = kills;
                        }
                    }
                }
                if (best == null) {
                    int cell = UniqueClues.differingCell(solution, others.get(0), random);
                    bestCage = cages.stream().filter(cage -> Arrays.stream(cells(cage)).anyMatch(member -> member == cell))
                            .findFirst().orElseThrow();
                    best = split(bestCage, cell, random);
                }
                replace(cages, bestCage, best);
                List<C> parts = best;
                return other -> holds(parts, other);
            }
        });
    }

    private static <C> void replace(List<C> cages, C old, List<C> parts) {
        cages.remove(old);
        cages.addAll(parts);
    }

    /** The cells in as many pieces connected through shared edges as they fall into, each sorted. */
    static List<int[]> pieces(int[] cells, int size) {
        List<int[]> pieces = new ArrayList<>();
        List<Integer> left = new ArrayList<>(Arrays.stream(cells).boxed().toList());
        while (!left.isEmpty()) {
            List<Integer> piece = new ArrayList<>(List.of(left.remove(0)));
            for (int i = 0; i < piece.size(); i++) {
                for (int next : Cages.neighbours(piece.get(i), size)) {
                    if (left.remove(Integer.valueOf(next))) {
                        piece.add(next);
                    }
                }
            }
            pieces.add(piece.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        return pieces;
    }
}
