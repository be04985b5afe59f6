package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.puzzles.ShikakuBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes Shikaku puzzles: a random division of the grid into rectangles, each given its area as a number in a random
 * cell; the numbers are placed anew a few times, and then the division drawn anew, until the division is unique.
 */
final class ShikakuGenerator {
    private static final int ATTEMPTS = 400;
    private static final int PLACEMENTS = 6;

    private ShikakuGenerator() {}

    /** A puzzle with exactly one solution whose hidden rectangles have areas up to {@code maxArea}. */
    static Puzzle generate(int rows, int columns, int maxArea, RandomGenerator random) {
        int[] owner = new int[rows * columns];
        List<int[]> rectangles = new ArrayList<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            divide(rows, columns, maxArea, owner, rectangles, random);
            for (int placement = 0; placement < PLACEMENTS; placement++) {
                List<int[]> clues = new ArrayList<>();
                for (int[] rectangle : rectangles) {
                    clues.add(new int[] {rectangle[0] + random.nextInt(rectangle[2]), rectangle[1] + random.nextInt(rectangle[3]),
                            rectangle[2] * rectangle[3]});
                }
                ShikakuSolver solver = new ShikakuSolver(rows, columns, clues);
                if (solver.countUpToTwo() == 1) {
                    return puzzle(rows, columns, owner, clues, solver.options());
                }
            }
        }
        // the whole grid as one rectangle
        Arrays.fill(owner, 0);
        return puzzle(rows, columns, owner, List.<int[]>of(new int[] {0, 0, rows * columns}), 1);
    }

    /** A random division: the first uncovered cell becomes the top-left corner of a random rectangle that fits. */
    private static void divide(int rows, int columns, int maxArea, int[] owner, List<int[]> rectangles, RandomGenerator random) {
        Arrays.fill(owner, -1);
        rectangles.clear();
        for (int cell = 0; cell < owner.length; cell++) {
            if (owner[cell] >= 0) {
                continue;
            }
            int row = cell / columns;
            int column = cell % columns;
            List<int[]> shapes = new ArrayList<>();
            for (int height = 1; row + height <= rows; height++) {
                for (int width = 1; column + width <= columns && height * width <= maxArea; width++) {
                    if (owner[row * columns + column + width - 1] >= 0 || owner[(row + height - 1) * columns + column] >= 0) {
                        break;
                    }
                    if (height * width >= 2 && empty(owner, columns, row, column, height, width)) {
                        shapes.add(new int[] {height, width});
                    }
                }
            }
            int[] shape = shapes.isEmpty() ? new int[] {1, 1} : Draw.pick(shapes, random);
            for (int r = row; r < row + shape[0]; r++) {
                for (int c = column; c < column + shape[1]; c++) {
                    owner[r * columns + c] = rectangles.size();
                }
            }
            rectangles.add(new int[] {row, column, shape[0], shape[1]});
        }
    }

    private static boolean empty(int[] owner, int columns, int row, int column, int height, int width) {
        for (int r = row; r < row + height; r++) {
            for (int c = column; c < column + width; c++) {
                if (owner[r * columns + c] >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Puzzle puzzle(int rows, int columns, int[] owner, List<int[]> clues, int options) {
        List<List<String>> grid = new ArrayList<>();
        List<List<String>> solution = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            List<String> cells = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int column = 0; column < columns; column++) {
                cells.add(".");
                labels.add(String.valueOf(owner[row * columns + column]));
            }
            grid.add(cells);
            solution.add(labels);
        }
        for (int[] clue : clues) {
            grid.get(clue[0]).set(clue[1], String.valueOf(clue[2]));
        }
        return new Puzzle(grid, ShikakuBootcamp.canonical(solution), options);
    }
}
