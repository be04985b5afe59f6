package dev.bootcamp.camps.kit.playboards;

import java.util.OptionalLong;

/**
 * Lights Out on a rows x columns board of at most 64 cells, as bit sets (bit row * columns + column): pressing a cell
 * toggles it and its orthogonal neighbours. Solving is Gaussian elimination over GF(2); the press order never matters
 * and pressing a cell twice undoes it.
 */
public final class LightsAlgebra {
    /** The most cells a board may have. */
    public static final int MAX_CELLS = 64;

    private LightsAlgebra() {}

    /** The cells toggled by pressing {@code cell}. */
    public static long press(int rows, int columns, int cell) {
        int row = cell / columns;
        int column = cell % columns;
        long mask = 1L << cell;
        for (int d = 0; d < 4; d++) {
            int r = row + Directions.ROW_STEP[d];
            int c = column + Directions.COLUMN_STEP[d];
            if (r >= 0 && r < rows && c >= 0 && c < columns) {
                mask |= 1L << (r * columns + c);
            }
        }
        return mask;
    }

    /**
     * The one set of presses that turns every light of {@code lit} off, when the board's press matrix is invertible;
     * empty when it is not (then some boards have several solutions and some none).
     */
    public static OptionalLong solve(int rows, int columns, long lit) {
        int cells = checkSize(rows, columns);
        long[] equations = new long[cells];
        boolean[] right = new boolean[cells];
        for (int i = 0; i < cells; i++) {
            equations[i] = press(rows, columns, i);
            right[i] = (lit >>> i & 1) != 0;
        }
        for (int column = 0; column < cells; column++) {
            int pivot = column;
            while (pivot < cells && (equations[pivot] >>> column & 1) == 0) {
                pivot++;
            }
            if (pivot == cells) {
                return OptionalLong.empty();
            }
            long swap = equations[pivot];
            equations[pivot] = equations[column];
            equations[column] = swap;
            boolean swapRight = right[pivot];
            right[pivot] = right[column];
            right[column] = swapRight;
            for (int i = 0; i < cells; i++) {
                if (i != column && (equations[i] >>> column & 1) != 0) {
                    equations[i] ^= equations[column];
                    right[i] ^= right[column];
                }
            }
        }
        long presses = 0;
        for (int i = 0; i < cells; i++) {
            if (right[i]) {
                presses |= 1L << i;
            }
        }
        return OptionalLong.of(presses);
    }

    /** Whether every board of this shape has exactly one solution. */
    public static boolean invertible(int rows, int columns) {
        return solve(rows, columns, 0).isPresent();
    }

    private static int checkSize(int rows, int columns) {
        if (rows < 1 || columns < 1 || rows * columns > MAX_CELLS) {
            throw new IllegalArgumentException("a lights board has 1 to " + MAX_CELLS + " cells, found " + rows + " x " + columns);
        }
        return rows * columns;
    }
}
