package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.puzzles.TentsBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes Tents puzzles: tents placed at random where they touch no other, each given a tree on a free side, and the
 * layout kept when its tents are unique.
 */
final class TentsGenerator {
    private static final int ATTEMPTS = 500;

    private TentsGenerator() {}

    /** A puzzle with exactly one solution and about {@code density} tents per cell. */
    static Puzzle generate(int rows, int columns, double density, RandomGenerator random) {
        int cells = rows * columns;
        int target = Math.max(1, (int) Math.round(density * cells));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            char[][] grid = new char[rows][columns];
            for (char[] row : grid) {
                Arrays.fill(row, '.');
            }
            List<Integer> tents = new ArrayList<>();
            for (int cell : Draw.permutation(cells, random)) {
                if (tents.size() == target) {
                    break;
                }
                if (!touchesTent(grid, cell / columns, cell % columns)) {
                    grid[cell / columns][cell % columns] = 'A';
                    tents.add(cell);
                }
            }
            for (int tent : tents) {
                List<Integer> free = new ArrayList<>();
                for (int side : sides(tent / columns, tent % columns, rows, columns)) {
                    if (grid[side / columns][side % columns] == '.') {
                        free.add(side);
                    }
                }
                if (free.isEmpty()) {
                    grid[tent / columns][tent % columns] = '.';
                    continue;
                }
                int tree = Draw.pick(free, random);
                grid[tree / columns][tree % columns] = 'T';
            }
            Puzzle puzzle = puzzle(grid);
            TentsSolver solver = solver(puzzle);
            if (solver.countUpToTwo() == 1) {
                return new Puzzle(puzzle.trees(), puzzle.rowCounts(), puzzle.columnCounts(), puzzle.solution(), solver.nodes());
            }
        }
        // a lone tree with its tent to its right: the counts leave one place for the tent
        char[][] grid = new char[rows][columns];
        for (char[] row : grid) {
            Arrays.fill(row, '.');
        }
        grid[0][0] = 'T';
        grid[0][1] = 'A';
        return puzzle(grid);
    }

    /** The puzzle for a solved grid of 'T', 'A' and '.', with no search nodes recorded. */
    private static Puzzle puzzle(char[][] grid) {
        int columns = grid[0].length;
        List<String> trees = new ArrayList<>();
        List<String> solution = new ArrayList<>();
        List<Integer> rowCounts = new ArrayList<>();
        int[] columnCounts = new int[columns];
        for (char[] row : grid) {
            String line = new String(row);
            solution.add(line);
            trees.add(line.replace('A', '.'));
            int count = 0;
            for (int column = 0; column < columns; column++) {
                if (row[column] == 'A') {
                    count++;
                    columnCounts[column]++;
                }
            }
            rowCounts.add(count);
        }
        List<Integer> columnList = new ArrayList<>();
        for (int count : columnCounts) {
            columnList.add(count);
        }
        return new Puzzle(trees, rowCounts, columnList, solution, 0);
    }

    private static TentsSolver solver(Puzzle puzzle) {
        int columns = puzzle.columnCounts().size();
        int[] trees = new int[puzzle.trees().size()];
        for (int row = 0; row < trees.length; row++) {
            for (int column = 0; column < columns; column++) {
                trees[row] |= puzzle.trees().get(row).charAt(column) == 'T' ? 1 << column : 0;
            }
        }
        return new TentsSolver(trees, columns, toArray(puzzle.rowCounts()), toArray(puzzle.columnCounts()));
    }

    private static boolean touchesTent(char[][] grid, int row, int column) {
        for (int r = Math.max(0, row - 1); r <= Math.min(grid.length - 1, row + 1); r++) {
            for (int c = Math.max(0, column - 1); c <= Math.min(grid[0].length - 1, column + 1); c++) {
                if ((r != row || c != column) && grid[r][c] == 'A') {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Integer> sides(int row, int column, int rows, int columns) {
        List<Integer> sides = new ArrayList<>();
        int[][] steps = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        for (int[] step : steps) {
            int r = row + step[0];
            int c = column + step[1];
            if (r >= 0 && r < rows && c >= 0 && c < columns) {
                sides.add(r * columns + c);
            }
        }
        return sides;
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
