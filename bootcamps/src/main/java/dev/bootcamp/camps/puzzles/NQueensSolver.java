package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Draw;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Random n-queens solutions by depth-first search that always fills the row with the fewest safe squares next,
 * trying them in random order. Squares of a row are the bits of an int, so boards go up to 32 squares wide.
 */
final class NQueensSolver {
    private final int size;
    private final int full;
    private final int[] columns;
    /** {@code attacked[depth][row]}: the squares of that row attacked by the first {@code depth} queens placed. */
    private final int[][] attacked;
    private final RandomGenerator random;
    private int budget;

    private NQueensSolver(int size, RandomGenerator random) {
        this.size = size;
        this.full = size == Integer.SIZE ? -1 : (1 << size) - 1;
        this.columns = new int[size];
        this.attacked = new int[size + 1][size];
        this.random = random;
    }

    /** One random solution: the column of the queen in each row, from 0. */
    static int[] randomSolution(int size, RandomGenerator random) {
        if (size < 4 || size > Integer.SIZE) {
            throw new IllegalArgumentException("the board size must be in 4..32, found " + size);
        }
        NQueensSolver solver = new NQueensSolver(size, random);
        while (!solver.tryOnce()) {
            // the search ran long, which is rare (about 1 try in 50); the next try draws fresh choices
        }
        return solver.columns.clone();
    }

    private boolean tryOnce() {
        Arrays.fill(columns, -1);
        Arrays.fill(attacked[0], 0);
        budget = 20 * size + 200;
        return place(0);
    }

    private boolean place(int depth) {
        if (depth == size) {
            return true;
        }
        if (--budget < 0) {
            return false;
        }
        int[] current = attacked[depth];
        int best = -1;
        int bestSafe = 0;
        for (int row = 0; row < size; row++) {
            int safe = full & ~current[row];
            if (columns[row] < 0 && (best < 0 || Integer.bitCount(safe) < Integer.bitCount(bestSafe))) {
                best = row;
                bestSafe = safe;
            }
        }
        int[] options = new int[Integer.bitCount(bestSafe)];
        int count = 0;
        for (int safe = bestSafe; safe != 0; safe &= safe - 1) {
            options[count++] = Integer.numberOfTrailingZeros(safe);
        }
        Draw.shuffle(options, random);
        int[] next = attacked[depth + 1];
        for (int column : options) {
            for (int row = 0; row < size; row++) {
                int distance = Math.abs(row - best);
                int squares = 1 << column;
                squares |= column + distance < size ? 1 << (column + distance) : 0;
                squares |= column - distance >= 0 ? 1 << (column - distance) : 0;
                next[row] = current[row] | squares;
            }
            columns[best] = column;
            if (place(depth + 1)) {
                return true;
            }
            columns[best] = -1;
            if (budget < 0) {
                return false;
            }
        }
        return false;
    }
}
