package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Cages;
import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.GridSearch;
import dev.bootcamp.camps.puzzles.KillerSudokuBootcamp.Cage;
import dev.bootcamp.camps.puzzles.KillerSudokuBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes Killer Sudoku puzzles: a random full Sudoku grid, a random partition into cages, then cages split in two until
 * {@link GridSearch} finds one solution only. In the search each cage is a group of distinct digits, and a rule keeps
 * only the digits of the sets of digits that reach the cage's sum.
 */
final class KillerSudokuGenerator {
    private static final long FILL_NODE_CAP = 20_000;
    private static final long NODE_CAP = 5_000;
    /** Other solutions sought per round; the splits made rule all of them out. */
    private static final int ALTERNATIVES = 6;
    private static final int SPLIT_TRIES = 4;

    private KillerSudokuGenerator() {}

    static Puzzle generate(int size, int cageSize, RandomGenerator random) {
        int boxRows = size == 9 ? 3 : 2;
        int boxColumns = size / boxRows;
        List<int[]> sudoku = GridSearch.latinGroups(size, boxRows, boxColumns);
        GridSearch filler = new GridSearch(size, size * size, sudoku, null);
        while (true) {
            int[] solution = filler.fillRandomly(FILL_NODE_CAP, random);
            if (solution == null) {
                continue;
            }
            List<int[]> cages = new ArrayList<>(Cages.partition(size, Math.min(2, cageSize), cageSize, solution, random));
            if (makeUnique(size, sudoku, solution, cages, random)) {
                cages.sort((first, second) -> Integer.compare(first[0], second[0]));
                if (cages.size() <= Cages.LABELS.length()) {
                    List<Cage> shown = cages.stream().map(cells -> cage(cells, solution)).toList();
                    return new Puzzle(size, boxRows, boxColumns, shown, DigitGrids.rows(solution, size));
                }
            }
        }
    }

    /** Splits cages until the solution is unique; false when that fails within the round limit. */
    private static boolean makeUnique(int size, List<int[]> sudoku, int[] solution, List<int[]> cages, RandomGenerator random) {
        int cells = size * size;
        for (int round = 0; round < cells; round++) {
            List<int[]> groups = new ArrayList<>(sudoku);
            groups.addAll(cages);
            GridSearch search = new GridSearch(size, cells, groups, new SumRule(size, cages, solution));
            GridSearch.Result result = search.solve(search.open(), ALTERNATIVES + 1, NODE_CAP, null);
            if (result.unique()) {
                return true;
            }
            List<int[]> others = new ArrayList<>(result.solutions());
            others.removeIf(found -> Arrays.equals(found, solution));
            if (others.isEmpty()) {
                List<int[]> splittable = cages.stream().filter(cage -> cage.length > 1).toList();
                if (splittable.isEmpty()) {
                    return false;
                }
                int[] chosen = Draw.pick(splittable, random);
                int[][] halves = Cages.split(chosen, size, random);
                replace(cages, chosen, halves != null ? List.of(halves) : single(chosen, chosen[0], size));
                continue;
            }
            while (!others.isEmpty()) {
                List<int[]> best = null;
                int[] bestCage = null;
                int bestKills = 0;
                for (int[] cage : List.copyOf(cages)) {
                    for (int attempt = 0; attempt < SPLIT_TRIES && cage.length > 1; attempt++) {
                        int[][] halves = Cages.split(cage, size, random);
                        if (halves == null) {
                            break;
                        }
                        int kills = (int) others.stream().filter(other -> !sumsMatch(halves, other, solution)).count();
                        if (kills > bestKills) {
                            best = List.of(halves);
                            bestCage = cage;
                            bestKills = kills;
                        }
                    }
                }
                if (best == null) {
                    int[] other = others.get(0);
                    List<Integer> differing = new ArrayList<>();
                    for (int cell = 0; cell < cells; cell++) {
                        if (other[cell] != solution[cell]) {
                            differing.add(cell);
                        }
                    }
                    int cell = Draw.pick(differing, random);
                    bestCage = cages.stream().filter(cage -> Arrays.stream(cage).anyMatch(member -> member == cell))
                            .findFirst().orElseThrow();
                    best = single(bestCage, cell, size);
                }
                replace(cages, bestCage, best);
                int[][] parts = best.toArray(new int[0][]);
                others.removeIf(other -> !sumsMatch(parts, other, solution));
            }
        }
        return false;
    }

    private static void replace(List<int[]> cages, int[] old, List<int[]> parts) {
        cages.remove(old);
        cages.addAll(parts);
    }

    /** The cell alone, and the rest of the cage in as many connected pieces as it falls into. */
    private static List<int[]> single(int[] cage, int cell, int size) {
        List<int[]> parts = new ArrayList<>();
        parts.add(new int[] {cell});
        List<Integer> left = new ArrayList<>(Arrays.stream(cage).filter(other -> other != cell).boxed().toList());
        while (!left.isEmpty()) {
            List<Integer> piece = new ArrayList<>(List.of(left.remove(0)));
            for (int i = 0; i < piece.size(); i++) {
                for (int next : Cages.neighbours(piece.get(i), size)) {
                    if (left.remove(Integer.valueOf(next))) {
                        piece.add(next);
                    }
                }
            }
            parts.add(piece.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        return parts;
    }

    /** Whether the grid gives every part the sum the solution gives it. */
    private static boolean sumsMatch(int[][] parts, int[] grid, int[] solution) {
        for (int[] part : parts) {
            int sum = 0;
            int expected = 0;
            for (int cell : part) {
                sum += grid[cell];
                expected += solution[cell];
            }
            if (sum != expected) {
                return false;
            }
        }
        return true;
    }

    private static Cage cage(int[] cells, int[] solution) {
        return new Cage(Arrays.stream(cells).map(cell -> solution[cell]).sum(), Arrays.stream(cells).boxed().toList());
    }

    /**
     * Keeps, in each cage, the digits of the digit sets that reach its sum and could fill it: every digit of the set is
     * still a candidate somewhere in the cage and every cell still has a candidate in the set.
     */
    private static final class SumRule implements GridSearch.Rule {
        private final int[][] cages;
        private final int[][] sets;

        SumRule(int size, List<int[]> cages, int[] solution) {
            this.cages = cages.toArray(new int[0][]);
            sets = new int[this.cages.length][];
            for (int index = 0; index < this.cages.length; index++) {
                int sum = Arrays.stream(this.cages[index]).map(cell -> solution[cell]).sum();
                int cells = this.cages[index].length;
                List<Integer> reaching = new ArrayList<>();
                for (int set = 1; set < 1 << size; set++) {
                    if (Integer.bitCount(set) == cells && digitSum(set) == sum) {
                        reaching.add(set);
                    }
                }
                sets[index] = reaching.stream().mapToInt(Integer::intValue).toArray();
            }
        }

        private static int digitSum(int set) {
            int sum = 0;
            for (int mask = set; mask != 0; mask &= mask - 1) {
                sum += Integer.numberOfTrailingZeros(mask) + 1;
            }
            return sum;
        }

        @Override
        public boolean narrow(int[] candidates) {
            for (int index = 0; index < cages.length; index++) {
                int[] cells = cages[index];
                int union = 0;
                for (int cell : cells) {
                    union |= candidates[cell];
                }
                int allowed = 0;
                for (int set : sets[index]) {
                    if ((set & ~union) != 0) {
                        continue;
                    }
                    boolean fills = true;
                    for (int cell : cells) {
                        if ((candidates[cell] & set) == 0) {
                            fills = false;
                            break;
                        }
                    }
                    if (fills) {
                        allowed |= set;
                    }
                }
                for (int cell : cells) {
                    candidates[cell] &= allowed;
                    if (candidates[cell] == 0) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
