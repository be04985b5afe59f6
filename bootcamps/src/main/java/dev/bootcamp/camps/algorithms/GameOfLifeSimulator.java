package dev.bootcamp.camps.algorithms;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The Game of Life rules on boolean grids, and the conversion to and from rows of '#' and '.'. */
final class GameOfLifeSimulator {
    static final char LIVE = '#';
    static final char DEAD = '.';

    private GameOfLifeSimulator() {}

    static boolean[][] run(boolean[][] start, int steps, boolean wrap) {
        boolean[][] grid = start;
        for (int i = 0; i < steps; i++) {
            grid = step(grid, wrap);
        }
        return grid;
    }

    /** One generation; with at least 3 rows and columns a wrapped neighbour is never counted twice. */
    private static boolean[][] step(boolean[][] grid, boolean wrap) {
        int rows = grid.length;
        int columns = grid[0].length;
        boolean[][] next = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int live = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int nr = wrap ? Math.floorMod(r + dr, rows) : r + dr;
                        int nc = wrap ? Math.floorMod(c + dc, columns) : c + dc;
                        if ((dr != 0 || dc != 0) && nr >= 0 && nr < rows && nc >= 0 && nc < columns && grid[nr][nc]) {
                            live++;
                        }
                    }
                }
                next[r][c] = live == 3 || live == 2 && grid[r][c];
            }
        }
        return next;
    }

    static boolean[][] randomGrid(int rows, int columns, double density, RandomGenerator random) {
        boolean[][] grid = new boolean[rows][columns];
        for (boolean[] row : grid) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextDouble() < density;
            }
        }
        return grid;
    }

    static boolean isEmpty(boolean[][] grid) {
        for (boolean[] row : grid) {
            for (boolean cell : row) {
                if (cell) {
                    return false;
                }
            }
        }
        return true;
    }

    static List<String> toRows(boolean[][] grid) {
        List<String> rows = new ArrayList<>();
        for (boolean[] row : grid) {
            StringBuilder line = new StringBuilder(row.length);
            for (boolean cell : row) {
                line.append(cell ? LIVE : DEAD);
            }
            rows.add(line.toString());
        }
        return rows;
    }

    static boolean[][] toGrid(List<String> rows) {
        boolean[][] grid = new boolean[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            grid[r] = new boolean[rows.get(r).length()];
            for (int c = 0; c < grid[r].length; c++) {
                grid[r][c] = rows.get(r).charAt(c) == LIVE;
            }
        }
        return grid;
    }
}
