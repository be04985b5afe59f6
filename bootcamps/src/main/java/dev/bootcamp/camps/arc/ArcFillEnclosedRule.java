package dev.bootcamp.camps.arc;

import dev.bootcamp.camps.kit.ArcGrids;

/** The rule of {@link ArcFillEnclosedBootcamp}: which background cells are shut in, and what fills them. */
final class ArcFillEnclosedRule {
    /** The fill that means "the colour of the surrounding wall". */
    static final int WALL_FILL = 0;
    static final int[][] ORTHOGONAL = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
    static final int[][] ALL_NEIGHBOURS = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {-1, 1}, {1, -1}, {1, 1}};

    private ArcFillEnclosedRule() {}

    /** Background cells that no path of background cells (side by side, or also corner to corner) joins to the edge. */
    static boolean[][] enclosed(int[][] grid, boolean diagonal) {
        int rows = grid.length;
        int columns = grid[0].length;
        boolean[][] reached = new boolean[rows][columns];
        int[] queue = new int[rows * columns];
        int tail = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if ((r == 0 || c == 0 || r == rows - 1 || c == columns - 1) && grid[r][c] == 0) {
                    reached[r][c] = true;
                    queue[tail++] = r * columns + c;
                }
            }
        }
        int[][] steps = diagonal ? ALL_NEIGHBOURS : ORTHOGONAL;
        for (int head = 0; head < tail; head++) {
            int r = queue[head] / columns;
            int c = queue[head] % columns;
            for (int[] step : steps) {
                int nr = r + step[0];
                int nc = c + step[1];
                if (nr >= 0 && nc >= 0 && nr < rows && nc < columns && !reached[nr][nc] && grid[nr][nc] == 0) {
                    reached[nr][nc] = true;
                    queue[tail++] = nr * columns + nc;
                }
            }
        }
        boolean[][] enclosed = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                enclosed[r][c] = grid[r][c] == 0 && !reached[r][c];
            }
        }
        return enclosed;
    }

    /**
     * The grid with its enclosed background cells filled with {@code fill}, or with the colour of the walls around each
     * enclosed region when {@code fill} is 0; null when such a region touches walls of more than one colour.
     */
    static int[][] fill(int[][] grid, boolean[][] enclosed, int fill) {
        int[][] result = ArcGrids.copy(grid);
        if (fill != WALL_FILL) {
            for (int r = 0; r < grid.length; r++) {
                for (int c = 0; c < grid[0].length; c++) {
                    if (enclosed[r][c]) {
                        result[r][c] = fill;
                    }
                }
            }
            return result;
        }
        int[][] marked = new int[grid.length][grid[0].length];
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[0].length; c++) {
                if (enclosed[r][c]) {
                    marked[r][c] = 1;
                }
            }
        }
        for (int[] region : ArcGrids.objects(marked, true, false)) {
            int colour = wallColour(grid, region);
            if (colour < 0) {
                return null;
            }
            for (int cell : region) {
                result[cell / grid[0].length][cell % grid[0].length] = colour;
            }
        }
        return result;
    }

    /** The one colour of the cells around a region (side by side or corner to corner), or -1 when there are several. */
    private static int wallColour(int[][] grid, int[] region) {
        int columns = grid[0].length;
        int colour = -1;
        for (int cell : region) {
            for (int[] step : ALL_NEIGHBOURS) {
                int nr = cell / columns + step[0];
                int nc = cell % columns + step[1];
                if (nr < 0 || nc < 0 || nr >= grid.length || nc >= columns || grid[nr][nc] == 0) {
                    continue;
                }
                if (colour >= 0 && colour != grid[nr][nc]) {
                    return -1;
                }
                colour = grid[nr][nc];
            }
        }
        return colour;
    }
}
