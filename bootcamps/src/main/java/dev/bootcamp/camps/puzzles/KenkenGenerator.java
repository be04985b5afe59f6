package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Cages;
import dev.bootcamp.camps.kit.DigitGrids;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.GridSearch;
import dev.bootcamp.camps.puzzles.KenkenBootcamp.Cage;
import dev.bootcamp.camps.puzzles.KenkenBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes KenKen puzzles: a random Latin square, a random partition into cages with random operations, then cages split
 * in two until {@link GridSearch} finds one solution only. The search's rule keeps, in each cage with few enough
 * candidate combinations, only the digits that some way of meeting the cage uses; in larger cages, only divisors of a
 * product and digits within reach of a sum.
 */
final class KenkenGenerator {
    private static final long NODE_CAP = 5_000;
    /** Other solutions sought per round; the splits made rule all of them out. */
    private static final int ALTERNATIVES = 6;
    /** A cage is enumerated only when the product of its candidate counts is at most this. */
    private static final long ENUMERATION_LIMIT = 2_000;
    private static final int SPLIT_TRIES = 6;
    /** More cells than any cage can have: the cage-size knob allows 6, and a leftover cell may join a full cage. */
    private static final int MAX_CAGE = 16;

    private KenkenGenerator() {}

    static Puzzle generate(int size, int cageSize, int operations, RandomGenerator random) {
        GridSearch latin = new GridSearch(size, size * size, GridSearch.latinGroups(size, 0, 0), null);
        while (true) {
            GridSearch.Result filled = latin.solve(latin.open(), 1, NODE_CAP, random);
            if (filled.solutions().isEmpty()) {
                continue;
            }
            int[] solution = filled.solutions().get(0);
            List<Cage> cages = new ArrayList<>();
            for (int[] cells : Cages.partition(size, Math.min(2, cageSize), cageSize, random)) {
                cages.add(cage(cells, solution, operations, random));
            }
            Puzzle puzzle = makeUnique(latin, size, solution, cages, operations, random);
            if (puzzle != null && puzzle.cages().size() <= Cages.LABELS.length()) {
                return puzzle;
            }
        }
    }

    private static Puzzle makeUnique(GridSearch latin, int size, int[] solution, List<Cage> cages, int operations,
            RandomGenerator random) {
        int cells = size * size;
        for (int round = 0; round < cells; round++) {
            GridSearch search = latin.withRule(new CageRule(size, cages));
            GridSearch.Result result = search.solve(search.open(), ALTERNATIVES + 1, NODE_CAP, null);
            if (result.unique()) {
                cages.sort((first, second) -> Integer.compare(first.cells().get(0), second.cells().get(0)));
                return new Puzzle(size, cages, DigitGrids.rows(solution, size));
            }
            List<int[]> others = new ArrayList<>(result.solutions());
            others.removeIf(found -> Arrays.equals(found, solution));
            if (others.isEmpty()) {
                List<Cage> splittable = cages.stream().filter(cage -> cage.cells().size() > 1).toList();
                if (splittable.isEmpty()) {
                    return null;
                }
                Cage chosen = Draw.pick(splittable, random);
                replace(cages, chosen, splitAt(chosen, -1, size, solution, operations, random));
                continue;
            }
            while (!others.isEmpty()) {
                List<Cage> best = null;
                Cage bestCage = null;
                int bestKills = 0;
                for (Cage cage : List.copyOf(cages)) {
                    for (int attempt = 0; attempt < SPLIT_TRIES && cage.cells().size() > 1; attempt++) {
                        List<Cage> parts = splitAt(cage, -1, size, solution, operations, random);
                        int kills = (int) others.stream().filter(other -> !all(parts, other)).count();
                        if (kills > bestKills) {
                            best = parts;
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
                    bestCage = cages.stream().filter(cage -> cage.cells().contains(cell)).findFirst().orElseThrow();
                    best = splitAt(bestCage, cell, size, solution, operations, random);
                }
                replace(cages, bestCage, best);
                List<Cage> parts = best;
                others.removeIf(other -> !all(parts, other));
            }
        }
        return null;
    }

    private static void replace(List<Cage> cages, Cage old, List<Cage> parts) {
        cages.remove(old);
        cages.addAll(parts);
    }

    private static boolean all(List<Cage> cages, int[] grid) {
        for (Cage cage : cages) {
            int[] values = cage.cells().stream().mapToInt(cell -> grid[cell]).toArray();
            if (!KenkenBootcamp.meets(cage.operation(), cage.target(), values, values.length)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cage cut in two connected parts with fresh operations; with {@code cell} at least 0, that cell alone and the
     * rest (in as many connected pieces as it falls into).
     */
    private static List<Cage> splitAt(Cage cage, int cell, int size, int[] solution, int operations, RandomGenerator random) {
        int[] cells = cage.cells().stream().mapToInt(Integer::intValue).toArray();
        List<int[]> pieces = new ArrayList<>();
        int[][] halves = cell < 0 ? Cages.split(cells, size, random) : null;
        if (halves != null) {
            pieces.addAll(List.of(halves));
        } else {
            int alone = cell >= 0 ? cell : cells[random.nextInt(cells.length)];
            pieces.add(new int[] {alone});
            int[] rest = Arrays.stream(cells).filter(other -> other != alone).toArray();
            pieces.addAll(components(rest, size));
        }
        List<Cage> parts = new ArrayList<>();
        for (int[] piece : pieces) {
            parts.add(cage(piece, solution, operations, random));
        }
        return parts;
    }

    private static List<int[]> components(int[] cells, int size) {
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

    /** A cage over the cells with a random operation among those allowed, its target taken from the solution. */
    private static Cage cage(int[] cells, int[] solution, int operations, RandomGenerator random) {
        List<Integer> members = Arrays.stream(cells).sorted().boxed().toList();
        int[] values = Arrays.stream(cells).map(cell -> solution[cell]).toArray();
        if (cells.length == 1) {
            return new Cage("=", values[0], members);
        }
        List<String> choices = new ArrayList<>(List.of("+"));
        if (operations >= 3) {
            choices.add("x");
        }
        if (cells.length == 2) {
            int larger = Math.max(values[0], values[1]);
            int smaller = Math.min(values[0], values[1]);
            if (operations >= 2) {
                choices.add("-");
                choices.add("-");
            }
            if (operations >= 4 && larger % smaller == 0) {
                choices.add("/");
                choices.add("/");
                choices.add("/");
            }
        }
        String operation = Draw.pick(choices, random);
        int target = switch (operation) {
            case "+" -> Arrays.stream(values).sum();
            case "x" -> Arrays.stream(values).reduce(1, (a, b) -> a * b);
            case "-" -> Math.abs(values[0] - values[1]);
            default -> Math.max(values[0], values[1]) / Math.min(values[0], values[1]);
        };
        return new Cage(operation, target, members);
    }

    /** Keeps, in each cage with few combinations left, only the digits some way of meeting the cage uses. */
    private static final class CageRule implements GridSearch.Rule {
        private final List<Cage> cages;
        private final int[][] cellsOf;
        private final int size;
        private final int[] values = new int[MAX_CAGE];
        private final int[] support = new int[MAX_CAGE];
        private final int[][] lastInput;
        private final int[][] lastOutput;
        /** For each cage and cell position, the earlier positions in the same row or column, as bits. */
        private final int[][] lineMatesOf;
        private int[] candidates;
        private int[] cells;
        private Cage cage;
        private int currentIndex;
        private int[] lineMates;
        private boolean adds;
        private boolean multiplies;

        CageRule(int size, List<Cage> cages) {
            this.size = size;
            this.cages = List.copyOf(cages);
            cellsOf = this.cages.stream().map(each -> each.cells().stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            lastInput = new int[cellsOf.length][];
            lastOutput = new int[cellsOf.length][];
            lineMatesOf = new int[cellsOf.length][];
            for (int index = 0; index < cellsOf.length; index++) {
                int[] members = cellsOf[index];
                lastInput[index] = new int[members.length];
                lastOutput[index] = new int[members.length];
                lineMatesOf[index] = new int[members.length];
                for (int k = 0; k < members.length; k++) {
                    for (int earlier = 0; earlier < k; earlier++) {
                        boolean sameRow = members[earlier] / size == members[k] / size;
                        boolean sameColumn = members[earlier] % size == members[k] % size;
                        lineMatesOf[index][k] |= sameRow || sameColumn ? 1 << earlier : 0;
                    }
                }
            }
        }

        /**
         * Narrows each cage in turn. A cage's result depends only on its cells' candidates, so a cage whose candidates
         * are those it last saw gets its last result again without enumerating.
         */
        @Override
        public boolean narrow(int[] candidates) {
            this.candidates = candidates;
            for (int index = 0; index < cellsOf.length; index++) {
                cells = cellsOf[index];
                cage = cages.get(index);
                int[] seen = lastInput[index];
                boolean same = seen[0] != 0;
                for (int k = 0; k < cells.length && same; k++) {
                    same = seen[k] == candidates[cells[k]];
                }
                if (same) {
                    for (int k = 0; k < cells.length; k++) {
                        candidates[cells[k]] = lastOutput[index][k];
                        if (candidates[cells[k]] == 0) {
                            return false;
                        }
                    }
                    continue;
                }
                for (int k = 0; k < cells.length; k++) {
                    seen[k] = candidates[cells[k]];
                }
                currentIndex = index;
                boolean possible = narrowCage(candidates);
                for (int k = 0; k < cells.length; k++) {
                    lastOutput[index][k] = possible ? candidates[cells[k]] : 0;
                }
                if (!possible) {
                    return false;
                }
            }
            return true;
        }

        private boolean narrowCage(int[] candidates) {
            long combinations = 1;
            for (int cell : cells) {
                combinations *= Integer.bitCount(candidates[cell]);
            }
            if (combinations > ENUMERATION_LIMIT) {
                return bound(candidates);
            }
            Arrays.fill(support, 0);
            lineMates = lineMatesOf[currentIndex];
            adds = cage.operation().equals("+");
            multiplies = cage.operation().equals("x");
            extend(0, 0, 1);
            for (int k = 0; k < cells.length; k++) {
                candidates[cells[k]] &= support[k];
                if (candidates[cells[k]] == 0) {
                    return false;
                }
            }
            return true;
        }

        /** For a cage too large to enumerate: a sum keeps each cell within reach of the target, a product keeps divisors. */
        private boolean bound(int[] candidates) {
            if (cage.operation().equals("x")) {
                int divisors = 0;
                for (int digit = 1; digit <= size; digit++) {
                    divisors |= cage.target() % digit == 0 ? 1 << (digit - 1) : 0;
                }
                for (int cell : cells) {
                    candidates[cell] &= divisors;
                    if (candidates[cell] == 0) {
                        return false;
                    }
                }
                return true;
            }
            if (!cage.operation().equals("+")) {
                return true;
            }
            int lowest = 0;
            int highest = 0;
            for (int cell : cells) {
                lowest += Integer.numberOfTrailingZeros(candidates[cell]) + 1;
                highest += 32 - Integer.numberOfLeadingZeros(candidates[cell]);
            }
            for (int cell : cells) {
                int low = Integer.numberOfTrailingZeros(candidates[cell]) + 1;
                int high = 32 - Integer.numberOfLeadingZeros(candidates[cell]);
                int floor = Math.max(1, cage.target() - (highest - high));
                int ceiling = Math.min(size, cage.target() - (lowest - low));
                candidates[cell] &= floor > ceiling ? 0 : (1 << ceiling) - (1 << (floor - 1));
                if (candidates[cell] == 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Tries digits from {@code position} on, each unlike the digits of earlier cells of the cage in its row or
         * column; a sum out of reach or a product not dividing the target stops early.
         */
        private void extend(int position, int sum, int product) {
            int target = cage.target();
            int left = cells.length - position;
            if (adds && (sum + left > target || sum + left * size < target) || multiplies && target % product != 0) {
                return;
            }
            if (position == cells.length) {
                if (!adds && !multiplies && !KenkenBootcamp.meets(cage.operation(), target, values, cells.length)) {
                    return;
                }
                if (adds && sum != target || multiplies && product != target) {
                    return;
                }
                for (int k = 0; k < cells.length; k++) {
                    support[k] |= 1 << (values[k] - 1);
                }
                return;
            }
            int blocked = 0;
            for (int mates = lineMates[position]; mates != 0; mates &= mates - 1) {
                blocked |= 1 << values[Integer.numberOfTrailingZeros(mates)];
            }
            for (int mask = candidates[cells[position]] & ~(blocked >>> 1); mask != 0; mask &= mask - 1) {
                int digit = Integer.numberOfTrailingZeros(mask) + 1;
                values[position] = digit;
                extend(position + 1, sum + digit, product * digit);
            }
        }
    }
}
