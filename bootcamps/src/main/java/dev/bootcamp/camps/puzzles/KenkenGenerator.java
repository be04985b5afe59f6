package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.CageSplits;
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
            Splits splits = new Splits(latin, size, solution, operations);
            if (splits.makeUnique(solution, cages, SPLIT_TRIES, NODE_CAP, random) && cages.size() <= Cages.LABELS.length()) {
                cages.sort((first, second) -> Integer.compare(first.cells().get(0), second.cells().get(0)));
                return new Puzzle(size, cages, DigitGrids.rows(solution, size));
            }
        }
    }

    /** Cages narrowed by {@link KenkenCageRule}; every part of a split gets a fresh operation. */
    private record Splits(GridSearch latin, int size, int[] solution, int operations) implements CageSplits<Cage> {
        @Override
        public GridSearch search(List<Cage> cages) {
            return latin.withRule(new KenkenCageRule(size, cages));
        }

        /** A random split in two, or when none is found (or {@code cell} is at least 0) one cell alone and the rest. */
        @Override
        public List<Cage> split(Cage cage, int cell, RandomGenerator random) {
            int[] cells = cells(cage);
            List<int[]> pieces = new ArrayList<>();
            int[][] halves = cell < 0 ? Cages.split(cells, size, random) : null;
            if (halves != null) {
                pieces.addAll(List.of(halves));
            } else {
                int alone = cell >= 0 ? cell : cells[random.nextInt(cells.length)];
                pieces.add(new int[] {alone});
                pieces.addAll(CageSplits.pieces(Arrays.stream(cells).filter(other -> other != alone).toArray(), size));
            }
            List<Cage> parts = new ArrayList<>();
            for (int[] piece : pieces) {
                parts.add(cage(piece, solution, operations, random));
            }
            return parts;
        }

        @Override
        public boolean holds(List<Cage> cages, int[] grid) {
            return cages.stream().allMatch(cage -> KenkenBootcamp.meets(cage.operation(), cage.target(),
                    cage.cells().stream().mapToInt(cell -> grid[cell]).toArray(), cage.cells().size()));
        }

        @Override
        public int[] cells(Cage cage) {
            return cage.cells().stream().mapToInt(Integer::intValue).toArray();
        }
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
