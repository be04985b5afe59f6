package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.MarkGrids;
import dev.bootcamp.camps.puzzles.BinairoBootcamp.Puzzle;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes Binairo puzzles: a random valid grid from {@link BinairoSolver}, then cells emptied in random order while no
 * solution puts the other digit in the emptied cell.
 */
final class BinairoGenerator {
    private static final long FILL_NODE_CAP = 10_000;
    /** Bounds one uniqueness test; a test that gives up keeps the cell, so uniqueness is never assumed. */
    private static final long REMOVE_NODE_CAP = 5_000;

    private BinairoGenerator() {}

    static Puzzle generate(int size, double holes, RandomGenerator random) {
        BinairoSolver solver = new BinairoSolver(size);
        int[] empty = new int[size];
        int[] solution = null;
        while (solution == null) {
            solution = solver.solve(empty, empty, FILL_NODE_CAP, random);
        }
        int full = (1 << size) - 1;
        int[] ones = solution.clone();
        int[] zeros = new int[size];
        for (int row = 0; row < size; row++) {
            zeros[row] = ~solution[row] & full;
        }
        int[] solutionZeros = zeros.clone();
        int cells = size * size;
        int target = Math.max(1, Math.min(cells - 1, (int) Math.round(holes * cells)));
        int removed = 0;
        for (int cell : Draw.permutation(cells, random)) {
            if (removed == target) {
                break;
            }
            int row = cell / size;
            int bit = 1 << (cell % size);
            int[] forcedOnes = ones.clone();
            int[] forcedZeros = zeros.clone();
            boolean one = (solution[row] & bit) != 0;
            forcedOnes[row] = one ? ones[row] & ~bit : ones[row] | bit;
            forcedZeros[row] = one ? zeros[row] | bit : zeros[row] & ~bit;
            if (solver.solve(forcedOnes, forcedZeros, REMOVE_NODE_CAP, null) == null && !solver.gaveUp()) {
                ones[row] &= ~bit;
                zeros[row] &= ~bit;
                removed++;
            }
        }
        return new Puzzle(size, rows(ones, zeros, size), rows(solution, solutionZeros, size));
    }

    /** Rows of '0', '1' and '.' from masks of the known 1s and 0s. */
    private static List<String> rows(int[] ones, int[] zeros, int size) {
        return MarkGrids.draw(size, size, cell -> (ones[cell / size] >>> cell % size & 1) != 0 ? '1'
                : (zeros[cell / size] >>> cell % size & 1) != 0 ? '0' : '.');
    }
}
