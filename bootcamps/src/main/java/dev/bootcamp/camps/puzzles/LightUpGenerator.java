package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.MarkGrids;
import dev.bootcamp.camps.puzzles.LightUpBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes Light Up puzzles: random walls, bulbs put on unlit cells in random order, every wall numbered; while another
 * bulb layout fits, a cell where only that one has a bulb becomes a wall (bulbs are then added where light was cut
 * off); finally numbers are removed in random order while the solution stays unique.
 */
final class LightUpGenerator {
    private static final int ATTEMPTS = 300;
    private static final int REPAIRS = 12;
    private static final int[][] SIDES = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};

    private LightUpGenerator() {}

    /** A puzzle with exactly one solution; {@code wallFraction} is the walls knob and {@code hide} the hide knob. */
    static Puzzle generate(int rows, int columns, double wallFraction, double hide, RandomGenerator random) {
        int cells = rows * columns;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int[] clue = new int[cells];
            for (int cell = 0; cell < cells; cell++) {
                clue[cell] = random.nextDouble() < wallFraction ? LightUpSolver.WALL : LightUpSolver.WHITE;
            }
            boolean[] bulb = new boolean[cells];
            int count = 0;
            for (int round = 0; round < REPAIRS && count != 1; round++) {
                light(clue, bulb, rows, columns, random);
                LightUpSolver solver = new LightUpSolver(rows, columns, clue);
                count = solver.countUpToTwo();
                if (count == 2 && solver.solutions().size() == 2) {
                    wallOff(clue, bulb, solver.solutions(), random);
                } else if (count != 1) {
                    break;
                }
            }
            List<Integer> walls = new ArrayList<>();
            for (int cell = 0; cell < cells; cell++) {
                if (clue[cell] != LightUpSolver.WHITE) {
                    walls.add(cell);
                }
            }
            LightUpSolver solver = new LightUpSolver(rows, columns, clue);
            if (count != 1 || walls.size() == cells) {
                continue;
            }
            int target = (int) Math.round(hide * walls.size());
            int removed = 0;
            Draw.shuffle(walls, random);
            for (int wall : walls) {
                if (removed == target) {
                    break;
                }
                int number = clue[wall];
                clue[wall] = LightUpSolver.WALL;
                if (solver.countUpToTwo() == 1) {
                    removed++;
                } else {
                    clue[wall] = number;
                }
            }
            return puzzle(clue, bulb, rows, columns, solver.work());
        }
        // walls everywhere but the top-left cell, whose bulb is then forced
        int[] clue = new int[cells];
        Arrays.fill(clue, LightUpSolver.WALL);
        clue[0] = LightUpSolver.WHITE;
        boolean[] bulb = new boolean[cells];
        bulb[0] = true;
        return puzzle(clue, bulb, rows, columns, 0);
    }

    private static Puzzle puzzle(int[] clue, boolean[] bulb, int rows, int columns, long work) {
        List<String> grid = MarkGrids.draw(rows, columns,
                cell -> clue[cell] == LightUpSolver.WHITE ? '.' : clue[cell] == LightUpSolver.WALL ? '#' : (char) ('0' + clue[cell]));
        return new Puzzle(grid, MarkGrids.draw(rows, columns, cell -> clue[cell] != LightUpSolver.WHITE ? '#' : bulb[cell] ? '*' : '.'), work);
    }

    /**
     * Numbers every wall after adding bulbs, in random order, on the white cells left unlit by the bulbs already placed
     * (a wall added by a repair may have cut some light off).
     */
    private static void light(int[] clue, boolean[] bulb, int rows, int columns, RandomGenerator random) {
        int cells = clue.length;
        boolean[] lit = new boolean[cells];
        for (int cell = 0; cell < cells; cell++) {
            if (bulb[cell]) {
                shine(clue, rows, columns, cell, lit);
            }
        }
        for (int cell : Draw.permutation(cells, random)) {
            if (clue[cell] == LightUpSolver.WHITE && !lit[cell]) {
                bulb[cell] = true;
                shine(clue, rows, columns, cell, lit);
            }
        }
        for (int cell = 0; cell < cells; cell++) {
            if (clue[cell] != LightUpSolver.WHITE) {
                clue[cell] = bulbsBeside(bulb, clue, rows, columns, cell);
            }
        }
    }

    /** Turns into a wall a cell where the other solution has a bulb and the intended one has none. */
    private static void wallOff(int[] clue, boolean[] bulb, List<byte[]> solutions, RandomGenerator random) {
        boolean firstIsIntended = true;
        for (int cell = 0; cell < clue.length; cell++) {
            firstIsIntended &= (solutions.get(0)[cell] == 1) == bulb[cell];
        }
        byte[] other = solutions.get(firstIsIntended ? 1 : 0);
        List<Integer> choices = new ArrayList<>();
        for (int cell = 0; cell < clue.length; cell++) {
            if (other[cell] == 1 && !bulb[cell]) {
                choices.add(cell);
            }
        }
        if (!choices.isEmpty()) {
            clue[Draw.pick(choices, random)] = LightUpSolver.WALL;
        }
    }

    private static void shine(int[] clue, int rows, int columns, int cell, boolean[] lit) {
        lit[cell] = true;
        for (int[] side : SIDES) {
            for (int r = cell / columns + side[0], c = cell % columns + side[1]; r >= 0 && r < rows && c >= 0 && c < columns
                    && clue[r * columns + c] == LightUpSolver.WHITE; r += side[0], c += side[1]) {
                lit[r * columns + c] = true;
            }
        }
    }

    private static int bulbsBeside(boolean[] bulb, int[] clue, int rows, int columns, int cell) {
        int count = 0;
        for (int[] side : SIDES) {
            int r = cell / columns + side[0];
            int c = cell % columns + side[1];
            count += r >= 0 && r < rows && c >= 0 && c < columns && bulb[r * columns + c] ? 1 : 0;
        }
        return count;
    }
}
