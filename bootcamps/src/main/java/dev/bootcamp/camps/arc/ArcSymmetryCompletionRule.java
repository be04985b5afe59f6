package dev.bootcamp.camps.arc;

import dev.bootcamp.camps.kit.ArcGrids;
import java.util.Arrays;

/** The rule of {@link ArcSymmetryCompletionBootcamp}: symmetry groups, their orbits of cells, and completion. */
final class ArcSymmetryCompletionRule {
    private static final int MIRROR_LEFT_RIGHT = 0;
    private static final int MIRROR_TOP_BOTTOM = 1;
    private static final int HALF_TURN = 2;
    private static final int MAIN_DIAGONAL = 3;
    private static final int OTHER_DIAGONAL = 4;
    private static final int QUARTER_TURN = 5;
    /** Each symmetry group by its generating moves, easiest first; groups from index {@link #FIRST_SQUARE} need a square. */
    static final int[][] GROUPS = {{MIRROR_LEFT_RIGHT}, {MIRROR_TOP_BOTTOM}, {HALF_TURN}, {MIRROR_LEFT_RIGHT, MIRROR_TOP_BOTTOM},
            {MAIN_DIAGONAL}, {OTHER_DIAGONAL}, {QUARTER_TURN}, {MAIN_DIAGONAL, OTHER_DIAGONAL}, {MIRROR_LEFT_RIGHT, QUARTER_TURN}};
    static final int FIRST_SQUARE = 4;

    private ArcSymmetryCompletionRule() {}

    /** Each cell's orbit under the group, named by its smallest cell index ({@code row * columns + column}). */
    static int[] orbits(int rows, int columns, int group) {
        int[] parent = new int[rows * columns];
        Arrays.setAll(parent, cell -> cell);
        for (int move : GROUPS[group]) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int image = switch (move) {
                        case MIRROR_LEFT_RIGHT -> r * columns + columns - 1 - c;
                        case MIRROR_TOP_BOTTOM -> (rows - 1 - r) * columns + c;
                        case HALF_TURN -> (rows - 1 - r) * columns + columns - 1 - c;
                        case MAIN_DIAGONAL -> c * columns + r;
                        case OTHER_DIAGONAL -> (columns - 1 - c) * columns + rows - 1 - r;
                        case QUARTER_TURN -> c * columns + rows - 1 - r;
                        default -> throw new IllegalStateException("unknown move " + move);
                    };
                    union(parent, r * columns + c, image);
                }
            }
        }
        int[] orbit = new int[rows * columns];
        for (int cell = 0; cell < orbit.length; cell++) {
            orbit[cell] = find(parent, cell);
        }
        return orbit;
    }

    private static int find(int[] parent, int cell) {
        int root = cell;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[cell] != root) {
            int next = parent[cell];
            parent[cell] = root;
            cell = next;
        }
        return root;
    }

    private static void union(int[] parent, int first, int second) {
        int a = find(parent, first);
        int b = find(parent, second);
        parent[Math.max(a, b)] = Math.min(a, b);
    }

    /**
     * The grid with each cell of the mask colour replaced by the colour its visible orbit partners share. When
     * {@code strict}, null if the visible cells of an orbit disagree or a hidden cell has no visible partner; otherwise
     * the first visible colour wins and unrecoverable cells keep the mask. Null when the group needs a square grid and
     * this one is not.
     */
    static int[][] complete(int[][] grid, int group, int mask, boolean strict) {
        int rows = grid.length;
        int columns = grid[0].length;
        if (group >= FIRST_SQUARE && rows != columns) {
            return null;
        }
        int[] orbit = orbits(rows, columns, group);
        int[] seen = new int[rows * columns];
        Arrays.fill(seen, -1);
        for (int cell = 0; cell < rows * columns; cell++) {
            int colour = grid[cell / columns][cell % columns];
            if (colour == mask) {
                continue;
            }
            if (seen[orbit[cell]] >= 0 && seen[orbit[cell]] != colour && strict) {
                return null;
            }
            if (seen[orbit[cell]] < 0) {
                seen[orbit[cell]] = colour;
            }
        }
        int[][] result = ArcGrids.copy(grid);
        for (int cell = 0; cell < rows * columns; cell++) {
            if (grid[cell / columns][cell % columns] != mask) {
                continue;
            }
            if (seen[orbit[cell]] < 0 && strict) {
                return null;
            }
            result[cell / columns][cell % columns] = seen[orbit[cell]] < 0 ? mask : seen[orbit[cell]];
        }
        return result;
    }
}
