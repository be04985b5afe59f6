package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.CageSplits;
import dev.bootcamp.camps.kit.Cages;
import dev.bootcamp.camps.kit.DigitGrids;
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
            if (new Splits(size, sudoku, solution).makeUnique(solution, cages, SPLIT_TRIES, NODE_CAP, random)) {
                cages.sort((first, second) -> Integer.compare(first[0], second[0]));
                if (cages.size() <= Cages.LABELS.length()) {
                    List<Cage> shown = cages.stream().map(cells -> cage(cells, solution)).toList();
                    return new Puzzle(size, boxRows, boxColumns, shown, DigitGrids.rows(solution, size));
                }
            }
        }
    }

    /** Cages as cells whose clue is their sum in the solution; a split keeps a grid when every part keeps its sum. */
    private record Splits(int size, List<int[]> sudoku, int[] solution) implements CageSplits<int[]> {
        @Override
        public GridSearch search(List<int[]> cages) {
            List<int[]> groups = new ArrayList<>(sudoku);
            groups.addAll(cages);
            return new GridSearch(size, size * size, groups, new SumRule(size, cages, solution));
        }

        @Override
        public List<int[]> split(int[] cage, int cell, RandomGenerator random) {
            if (cell < 0) {
                int[][] halves = Cages.split(cage, size, random);
                return halves == null ? null : List.of(halves);
            }
            List<int[]> parts = new ArrayList<>(List.of(new int[] {cell}));
            parts.addAll(CageSplits.pieces(Arrays.stream(cage).filter(other -> other != cell).toArray(), size));
            return parts;
        }

        @Override
        public boolean holds(List<int[]> parts, int[] grid) {
            return parts.stream().allMatch(part -> Arrays.stream(part).map(cell -> grid[cell]).sum()
                    == Arrays.stream(part).map(cell -> solution[cell]).sum());
        }

        @Override
        public int[] cells(int[] cage) {
            return cage;
        }
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
