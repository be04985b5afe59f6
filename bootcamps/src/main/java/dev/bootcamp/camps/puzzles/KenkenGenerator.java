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
 * in two until {@link GridSearch}, narrowed by {@link KenkenCageRule}, finds one solution only.
 */
final class KenkenGenerator {
    private static final long NODE_CAP = 5_000;
    /** Other solutions sought per round; the splits made rule all of them out. */
    private static final int ALTERNATIVES = 6;
    private static final int SPLIT_TRIES = 6;

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
            GridSearch search = latin.withRule(new KenkenCageRule(size, cages));
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
}
