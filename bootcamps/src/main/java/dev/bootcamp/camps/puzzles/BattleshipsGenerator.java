package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.MarkGrids;
import dev.bootcamp.camps.puzzles.BattleshipsBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes Battleships puzzles: a random fleet for the grid's size, a few random cells revealed, then, while the solver
 * finds another fleet that fits, a cell where the two differ is revealed.
 */
final class BattleshipsGenerator {
    /** Ship lengths for sides 5 to 12, longest first: about a fifth of the cells. */
    private static final int[][] FLEETS = {
        {3, 2, 1},
        {3, 2, 2, 1, 1},
        {4, 3, 2, 1, 1},
        {4, 3, 2, 2, 1, 1},
        {4, 3, 3, 2, 2, 1, 1},
        {4, 3, 3, 2, 2, 2, 1, 1, 1, 1},
        {5, 4, 3, 3, 2, 2, 2, 1, 1, 1},
        {5, 4, 3, 3, 2, 2, 2, 1, 1, 1, 1}};
    private static final int PLACEMENT_TRIES = 200;

    private BattleshipsGenerator() {}

    /** A puzzle with exactly one solution on a grid of side {@code size}, with a fraction {@code reveal} shown first. */
    static Puzzle generate(int size, double reveal, RandomGenerator random) {
        List<Integer> placed = new ArrayList<>();
        boolean[] ship = place(size, FLEETS[size - 5], random, placed);
        int[] ships = toArray(placed);
        int cells = size * size;
        int[] rowCounts = new int[size];
        int[] columnCounts = new int[size];
        for (int cell = 0; cell < cells; cell++) {
            rowCounts[cell / size] += ship[cell] ? 1 : 0;
            columnCounts[cell % size] += ship[cell] ? 1 : 0;
        }
        int[] revealed = new int[cells];
        Arrays.fill(revealed, -1);
        int[] order = Draw.permutation(cells, random);
        int extra = (int) Math.round(reveal * cells);
        for (int i = 0; i < extra; i++) {
            revealed[order[i]] = ship[order[i]] ? 1 : 0;
        }
        while (true) {
            BattleshipsSolver solver = new BattleshipsSolver(size, ships, rowCounts, columnCounts, revealed);
            if (solver.countUpToTwo() == 1) {
                break;
            }
            List<Integer> telling = new ArrayList<>();
            for (boolean[] solution : solver.solutions()) {
                for (int cell = 0; cell < cells; cell++) {
                    if (solution[cell] != ship[cell] && !telling.contains(cell)) {
                        telling.add(cell);
                    }
                }
            }
            if (telling.isEmpty()) {
                // the search gave up: a hidden ship cell (or, failing that, any hidden cell) narrows it most
                for (int cell = 0; cell < cells; cell++) {
                    if (revealed[cell] < 0 && ship[cell]) {
                        telling.add(cell);
                    }
                }
                for (int cell = 0; cell < cells && telling.isEmpty(); cell++) {
                    if (revealed[cell] < 0) {
                        telling.add(cell);
                    }
                }
            }
            int cell = Draw.pick(telling, random);
            revealed[cell] = ship[cell] ? 1 : 0;
        }
        List<String> grid = MarkGrids.draw(size, size, cell -> revealed[cell] < 0 ? '?' : revealed[cell] == 1 ? '#' : '~');
        List<String> solution = MarkGrids.draw(size, size, cell -> ship[cell] ? '#' : '.');
        return new Puzzle(grid, placed, toList(rowCounts), toList(columnCounts), solution);
    }

    /**
     * A random fleet, longest ship first, each on a random free position; restarts when a ship finds no room, and after
     * many restarts keeps the ships that fit ({@code placed} receives their lengths).
     */
    private static boolean[] place(int size, int[] ships, RandomGenerator random, List<Integer> placed) {
        for (int attempt = 0; ; attempt++) {
            boolean[] ship = new boolean[size * size];
            boolean placedAll = true;
            placed.clear();
            for (int length : ships) {
                List<int[]> options = new ArrayList<>();
                for (int vertical = 0; vertical < (length == 1 ? 1 : 2); vertical++) {
                    for (int cell = 0; cell < size * size; cell++) {
                        int[] cells = line(size, cell, length, vertical == 1);
                        if (cells != null && clear(size, ship, cells)) {
                            options.add(cells);
                        }
                    }
                }
                if (options.isEmpty()) {
                    placedAll = false;
                    continue;
                }
                for (int cell : Draw.pick(options, random)) {
                    ship[cell] = true;
                }
                placed.add(length);
            }
            if (placedAll || attempt >= PLACEMENT_TRIES) {
                return ship;
            }
        }
    }

    private static int[] line(int size, int start, int length, boolean vertical) {
        int row = start / size;
        int column = start % size;
        if (vertical ? row + length > size : column + length > size) {
            return null;
        }
        int[] cells = new int[length];
        for (int i = 0; i < length; i++) {
            cells[i] = vertical ? start + i * size : start + i;
        }
        return cells;
    }

    private static boolean clear(int size, boolean[] ship, int[] cells) {
        for (int cell : cells) {
            for (int r = Math.max(0, cell / size - 1); r <= Math.min(size - 1, cell / size + 1); r++) {
                for (int c = Math.max(0, cell % size - 1); c <= Math.min(size - 1, cell % size + 1); c++) {
                    if (ship[r * size + c]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static List<Integer> toList(int[] values) {
        List<Integer> list = new ArrayList<>();
        for (int value : values) {
            list.add(value);
        }
        return list;
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
