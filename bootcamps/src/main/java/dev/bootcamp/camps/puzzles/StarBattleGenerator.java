package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes Star Battle puzzles: a random solution, regions grown around its stars (for two stars per region, grown around
 * each star and then joined in adjacent pairs), then repairs: while the solver finds a second solution, a cell that is
 * a star only in that second solution moves to a neighbouring region, which keeps the intended solution valid and
 * usually breaks the other.
 */
final class StarBattleGenerator {
    private static final int[][] SIDES = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
    private static final int FILL_NODE_CAP = 5_000;
    private static final int REPAIRS = 60;
    /** Solver nodes one generation may spend in all; past it the caller falls back to a simpler puzzle. */
    private static final long NODE_BUDGET = 1_000_000;

    private final int size;
    private final int stars;
    private final RandomGenerator random;
    private long spent;

    /** A puzzle: the region of each cell (row by row, numbered in reading order of first appearance) and its stars. */
    record Made(int[] regions, int[] solution) {}

    private StarBattleGenerator(int size, int stars, RandomGenerator random) {
        this.size = size;
        this.stars = stars;
        this.random = random;
    }

    /** A puzzle with exactly one solution, or null when every attempt failed (the caller falls back). */
    static Made generate(int size, int stars, RandomGenerator random, int attempts) {
        StarBattleGenerator generator = new StarBattleGenerator(size, stars, random);
        for (int attempt = 0; attempt < attempts && generator.spent < NODE_BUDGET; attempt++) {
            int[] solution = generator.randomSolution();
            int[] regions = solution == null ? null : generator.grow(solution);
            if (regions == null) {
                continue;
            }
            int[] repaired = generator.repair(canonical(regions), solution);
            if (repaired != null) {
                return new Made(canonical(repaired), solution);
            }
        }
        return null;
    }

    private int[] randomSolution() {
        int[] rows = new int[size];
        int[] columnTotals = new int[size];
        int[] budget = {FILL_NODE_CAP};
        return place(0, rows, columnTotals, budget) ? rows : null;
    }

    private boolean place(int row, int[] rows, int[] columnTotals, int[] budget) {
        if (row == size) {
            return true;
        }
        if (--budget[0] < 0) {
            return false;
        }
        List<Integer> options = new ArrayList<>();
        collect(0, stars, 0, options);
        Draw.shuffle(options, random);
        int previous = row > 0 ? rows[row - 1] : 0;
        int blocked = previous | previous << 1 | previous >>> 1;
        int rowsLeft = size - row - 1;
        for (int pattern : options) {
            if ((pattern & blocked) != 0) {
                continue;
            }
            boolean fits = true;
            for (int column = 0; column < size; column++) {
                columnTotals[column] += pattern >>> column & 1;
                fits &= columnTotals[column] <= stars && stars - columnTotals[column] <= (rowsLeft + 1) / 2;
            }
            rows[row] = pattern;
            if (fits && place(row + 1, rows, columnTotals, budget)) {
                return true;
            }
            for (int column = 0; column < size; column++) {
                columnTotals[column] -= pattern >>> column & 1;
            }
        }
        return false;
    }

    private void collect(int from, int left, int pattern, List<Integer> found) {
        if (left == 0) {
            found.add(pattern);
            return;
        }
        for (int column = from; column < size; column++) {
            collect(column + 2, left - 1, pattern | 1 << column, found);
        }
    }

    /** Regions grown at random from the stars; with two stars per region, grown pieces joined in pairs. */
    private int[] grow(int[] solution) {
        int cells = size * size;
        int[] piece = new int[cells];
        Arrays.fill(piece, -1);
        List<int[]> frontier = new ArrayList<>();
        int pieces = 0;
        for (int cell = 0; cell < cells; cell++) {
            if ((solution[cell / size] >>> (cell % size) & 1) != 0) {
                piece[cell] = pieces++;
                frontier.add(new int[] {cell, piece[cell]});
            }
        }
        while (!frontier.isEmpty()) {
            int pick = random.nextInt(frontier.size());
            int[] entry = frontier.get(pick);
            frontier.set(pick, frontier.get(frontier.size() - 1));
            frontier.remove(frontier.size() - 1);
            for (int neighbour : sides(entry[0])) {
                if (piece[neighbour] < 0) {
                    piece[neighbour] = entry[1];
                    frontier.add(new int[] {neighbour, entry[1]});
                }
            }
        }
        if (stars == 1) {
            return piece;
        }
        boolean[][] adjacent = new boolean[pieces][pieces];
        for (int cell = 0; cell < cells; cell++) {
            for (int neighbour : sides(cell)) {
                if (piece[cell] != piece[neighbour]) {
                    adjacent[piece[cell]][piece[neighbour]] = true;
                    adjacent[piece[neighbour]][piece[cell]] = true;
                }
            }
        }
        int[] partner = new int[pieces];
        Arrays.fill(partner, -1);
        int[] budget = {FILL_NODE_CAP};
        if (!pair(adjacent, partner, budget)) {
            return null;
        }
        int[] regions = new int[cells];
        for (int cell = 0; cell < cells; cell++) {
            regions[cell] = Math.min(piece[cell], partner[piece[cell]]);
        }
        return regions;
    }

    /** A perfect matching of the pieces along adjacency, by randomised backtracking. */
    private boolean pair(boolean[][] adjacent, int[] partner, int[] budget) {
        int first = -1;
        for (int piece = 0; piece < partner.length && first < 0; piece++) {
            if (partner[piece] < 0) {
                first = piece;
            }
        }
        if (first < 0) {
            return true;
        }
        if (--budget[0] < 0) {
            return false;
        }
        for (int other : Draw.permutation(partner.length, random)) {
            if (partner[other] < 0 && adjacent[first][other]) {
                partner[first] = other;
                partner[other] = first;
                if (pair(adjacent, partner, budget)) {
                    return true;
                }
                partner[first] = -1;
                partner[other] = -1;
            }
        }
        return false;
    }

    /** The regions changed until the solution is unique, or null when a repair finds no move. */
    private int[] repair(int[] regions, int[] solution) {
        for (int round = 0; round < REPAIRS && spent < NODE_BUDGET; round++) {
            StarBattleSolver solver = new StarBattleSolver(size, stars, regions);
            int count = solver.countUpToTwo();
            spent += solver.nodes();
            if (count == 1) {
                return regions;
            }
            if (solver.solutions().size() < 2) {
                return null;
            }
            int[] other = Arrays.equals(solver.solutions().get(0), solution) ? solver.solutions().get(1) : solver.solutions().get(0);
            List<Integer> candidates = new ArrayList<>();
            for (int cell = 0; cell < size * size; cell++) {
                int bit = 1 << (cell % size);
                if ((other[cell / size] & bit) != 0 && (solution[cell / size] & bit) == 0) {
                    candidates.add(cell);
                }
            }
            Draw.shuffle(candidates, random);
            if (!moveOne(regions, candidates)) {
                return null;
            }
        }
        return null;
    }

    private boolean moveOne(int[] regions, List<Integer> candidates) {
        for (int cell : candidates) {
            List<Integer> targets = new ArrayList<>();
            for (int neighbour : sides(cell)) {
                if (regions[neighbour] != regions[cell] && !targets.contains(regions[neighbour])) {
                    targets.add(regions[neighbour]);
                }
            }
            if (targets.isEmpty() || !connectedWithout(regions, cell)) {
                continue;
            }
            regions[cell] = Draw.pick(targets, random);
            return true;
        }
        return false;
    }

    /** Whether the region of {@code cell} stays connected (and non-empty) without it. */
    private boolean connectedWithout(int[] regions, int cell) {
        int region = regions[cell];
        int total = 0;
        int start = -1;
        for (int other = 0; other < regions.length; other++) {
            if (regions[other] == region && other != cell) {
                total++;
                start = other;
            }
        }
        if (start < 0) {
            return false;
        }
        boolean[] seen = new boolean[regions.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        int reached = 0;
        while (!queue.isEmpty()) {
            int current = queue.poll();
            reached++;
            for (int neighbour : sides(current)) {
                if (!seen[neighbour] && neighbour != cell && regions[neighbour] == region) {
                    seen[neighbour] = true;
                    queue.add(neighbour);
                }
            }
        }
        return reached == total;
    }

    private List<Integer> sides(int cell) {
        List<Integer> sides = new ArrayList<>(4);
        int row = cell / size;
        int column = cell % size;
        for (int[] side : SIDES) {
            int r = row + side[0];
            int c = column + side[1];
            if (r >= 0 && r < size && c >= 0 && c < size) {
                sides.add(r * size + c);
            }
        }
        return sides;
    }

    /** Regions renumbered 0, 1, 2, ... in reading order of their first cell. */
    static int[] canonical(int[] regions) {
        int[] names = new int[regions.length];
        Arrays.fill(names, -1);
        int next = 0;
        int[] renamed = new int[regions.length];
        for (int cell = 0; cell < regions.length; cell++) {
            if (names[regions[cell]] < 0) {
                names[regions[cell]] = next++;
            }
            renamed[cell] = names[regions[cell]];
        }
        return renamed;
    }
}
