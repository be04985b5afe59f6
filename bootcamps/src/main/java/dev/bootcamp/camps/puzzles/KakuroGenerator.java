package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.puzzles.KakuroBootcamp.Puzzle;
import dev.bootcamp.camps.puzzles.KakuroBootcamp.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes Kakuro puzzles: a random pattern of runs, filled with random digits (leaning to extreme ones) to make the
 * clues; while the clues allow another filling, a cell where the two differ turns black, and what ambiguity is left
 * after a few tries is settled by giving digits.
 */
final class KakuroGenerator {
    private static final int ATTEMPTS = 200;
    private static final int REPAIRS = 6;
    /** Patterns tried for a puzzle without given digits before digits are given to settle what is left. */
    private static final int CLUE_ONLY_ATTEMPTS = 4;

    private KakuroGenerator() {}

    /** A puzzle with exactly one solution on a grid of side {@code size} (clue row and column included). */
    static Puzzle generate(int size, double black, RandomGenerator random) {
        int cells = size * size;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            boolean[] white = pattern(size, black, random);
            if (white == null) {
                continue;
            }
            int[] givens = new int[cells];
            int[][] shape = runCells(runs(white, size, null), size);
            int[] digits = new KakuroSolver(cells, shape, new int[shape.length], givens).fillRandomly(random);
            if (digits == null) {
                continue;
            }
            // while the clues allow another filling, a cell where the two differ turns black (with any run it leaves
            // too short); the digits stay valid, so only the sums change
            for (int repair = 0; repair < REPAIRS; repair++) {
                List<Run> runs = runs(white, size, digits);
                KakuroSolver solver = new KakuroSolver(cells, runCells(runs, size), runs.stream().mapToInt(Run::sum).toArray(), givens);
                if (solver.countUpToTwo() == 1) {
                    return puzzle(white, size, runs, digits, givens);
                }
                List<Integer> telling = telling(solver, white, digits);
                if (telling.isEmpty()) {
                    break;
                }
                boolean[] before = white.clone();
                white[Draw.pick(telling, random)] = false;
                tidy(white, size);
                if (!enough(white, size)) {
                    System.arraycopy(before, 0, white, 0, cells);
                    break;
                }
            }
            if (attempt < CLUE_ONLY_ATTEMPTS) {
                continue;
            }
            // what ambiguity is left is settled by giving digits
            List<Run> runs = runs(white, size, digits);
            int[] sums = runs.stream().mapToInt(Run::sum).toArray();
            while (true) {
                KakuroSolver solver = new KakuroSolver(cells, runCells(runs, size), sums, givens);
                if (solver.countUpToTwo() == 1) {
                    return puzzle(white, size, runs, digits, givens);
                }
                List<Integer> telling = telling(solver, white, digits);
                for (int cell = 0; cell < cells && telling.isEmpty(); cell++) {
                    if (white[cell] && givens[cell] == 0) {
                        telling.add(cell);
                    }
                }
                int cell = Draw.pick(telling, random);
                givens[cell] = digits[cell];
            }
        }
        // a single 2x2 block of white cells, every digit given
        boolean[] white = new boolean[cells];
        int[] digits = new int[cells];
        int[] square = {1 * size + 1, 1 * size + 2, 2 * size + 1, 2 * size + 2};
        int[] values = {1, 2, 2, 1};
        for (int i = 0; i < 4; i++) {
            white[square[i]] = true;
            digits[square[i]] = values[i];
        }
        return puzzle(white, size, runs(white, size, digits), digits, digits.clone());
    }

    /**
     * A random pattern of white cells below the top row and right of the left column, tidied until every run has 2 to
     * 9 cells; null when too few white cells are left.
     */
    private static boolean[] pattern(int size, double black, RandomGenerator random) {
        boolean[] white = new boolean[size * size];
        for (int cell = 0; cell < white.length; cell++) {
            white[cell] = cell / size > 0 && cell % size > 0 && random.nextDouble() >= black;
        }
        tidy(white, size);
        return enough(white, size) ? white : null;
    }

    /** Blackens white cells until every run has 2 to 9 cells. */
    private static void tidy(boolean[] white, int size) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int cell = 0; cell < white.length; cell++) {
                if (white[cell] && (length(white, size, cell, 1) < 2 || length(white, size, cell, size) < 2
                        || length(white, size, cell, 1) > 9 || length(white, size, cell, size) > 9)) {
                    white[cell] = false;
                    changed = true;
                }
            }
        }
    }

    /** Whether at least two fifths of the inner cells are white. */
    private static boolean enough(boolean[] white, int size) {
        int count = 0;
        for (boolean cell : white) {
            count += cell ? 1 : 0;
        }
        return count > 0 && count * 5 >= (size - 1) * (size - 1) * 2;
    }

    /** The white cells where another solution the solver found differs from {@code digits}. */
    private static List<Integer> telling(KakuroSolver solver, boolean[] white, int[] digits) {
        List<Integer> telling = new ArrayList<>();
        for (int[] other : solver.solutions()) {
            for (int cell = 0; cell < white.length; cell++) {
                if (white[cell] && other[cell] != digits[cell] && !telling.contains(cell)) {
                    telling.add(cell);
                }
            }
        }
        return telling;
    }

    /** The length of the run through {@code cell} in the direction {@code step} (1 across, size down). */
    private static int length(boolean[] white, int size, int cell, int step) {
        int start = cell;
        while (start - step >= 0 && (step != 1 || start % size > 0) && white[start - step]) {
            start -= step;
        }
        int length = 0;
        for (int at = start; at < white.length && white[at] && (step != 1 || at / size == start / size); at += step) {
            length++;
        }
        return length;
    }

    /** The runs of the pattern, across runs first, each with the sum of {@code digits} (0 when null). */
    private static List<Run> runs(boolean[] white, int size, int[] digits) {
        List<Run> runs = new ArrayList<>();
        for (int step : new int[] {1, size}) {
            for (int cell = 0; cell < white.length; cell++) {
                boolean starts = white[cell] && !(step == 1 ? cell % size > 0 && white[cell - 1] : cell >= size && white[cell - size]);
                if (!starts) {
                    continue;
                }
                int length = length(white, size, cell, step);
                int sum = 0;
                for (int i = 0; i < length && digits != null; i++) {
                    sum += digits[cell + i * step];
                }
                runs.add(new Run(step == 1, cell / size + 1, cell % size + 1, length, sum));
            }
        }
        return runs;
    }

    static int[][] runCells(List<Run> runs, int size) {
        int[][] cells = new int[runs.size()][];
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            cells[i] = new int[run.length()];
            for (int j = 0; j < run.length(); j++) {
                cells[i][j] = (run.row() - 1 + (run.across() ? 0 : j)) * size + run.column() - 1 + (run.across() ? j : 0);
            }
        }
        return cells;
    }

    private static Puzzle puzzle(boolean[] white, int size, List<Run> runs, int[] digits, int[] givens) {
        List<String> grid = new ArrayList<>();
        List<String> solution = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            StringBuilder shown = new StringBuilder();
            StringBuilder solved = new StringBuilder();
            for (int column = 0; column < size; column++) {
                int cell = row * size + column;
                shown.append(!white[cell] ? '#' : givens[cell] > 0 ? (char) ('0' + givens[cell]) : '.');
                solved.append(!white[cell] ? '#' : (char) ('0' + digits[cell]));
            }
            grid.add(shown.toString());
            solution.add(solved.toString());
        }
        return new Puzzle(grid, runs, solution);
    }
}
