package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.DancingLinks;
import dev.bootcamp.camps.puzzles.FutoshikiBootcamp.Sign;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts Futoshiki solutions with dancing links over the Latin-square cover. A row (a digit in a cell) is allowed only
 * within the bounds that chains of signs impose and when every neighbour across a sign can still take a digit on the
 * right side of it. Shares nothing with the generator's search, so the two check each other.
 */
final class FutoshikiCounter implements DancingLinks.Filter {
    private final int size;
    private final int[] grid;
    private final int[][] smallerThan;
    private final int[][] largerThan;
    private final int[] ranges;
    private final int[] rowUsed;
    private final int[] columnUsed;

    FutoshikiCounter(int size, List<Sign> signs) {
        this.size = size;
        int cells = size * size;
        grid = new int[cells];
        List<List<Integer>> below = new ArrayList<>();
        List<List<Integer>> above = new ArrayList<>();
        for (int cell = 0; cell < cells; cell++) {
            below.add(new ArrayList<>());
            above.add(new ArrayList<>());
        }
        for (Sign sign : signs) {
            int first = sign.row() * size + sign.column();
            int other = FutoshikiBootcamp.second(sign, size);
            int small = sign.less() ? first : other;
            int large = sign.less() ? other : first;
            below.get(large).add(small);
            above.get(small).add(large);
        }
        smallerThan = below.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        largerThan = above.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        ranges = new int[cells];
        for (int cell = 0; cell < cells; cell++) {
            int lowest = 1 + chain(cell, smallerThan, new int[cells]);
            int highest = size - chain(cell, largerThan, new int[cells]);
            ranges[cell] = lowest > highest ? 0 : (1 << (highest + 1)) - (1 << lowest);
        }
        rowUsed = new int[size];
        columnUsed = new int[size];
    }

    /** The longest chain of cells each beyond the last along {@code next}, memoised in {@code memo} (plus one). */
    private static int chain(int cell, int[][] next, int[] memo) {
        if (memo[cell] != 0) {
            return memo[cell] - 1;
        }
        int longest = 0;
        for (int other : next[cell]) {
            longest = Math.max(longest, 1 + chain(other, next, memo));
        }
        memo[cell] = longest + 1;
        return longest;
    }

    @Override
    public boolean allows(int row) {
        int cell = row / size;
        int digit = row % size + 1;
        int bit = 1 << digit;
        if ((ranges[cell] & bit) == 0) {
            return false;
        }
        for (int other : smallerThan[cell]) {
            int below = grid[other] != 0 ? 1 << grid[other] : free(other, cell, bit);
            if ((below & (bit - 1)) == 0) {
                return false;
            }
        }
        for (int other : largerThan[cell]) {
            int above = grid[other] != 0 ? 1 << grid[other] : free(other, cell, bit);
            if ((above & -(bit << 1)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The digits (bit d for digit d) still open to an empty cell once {@code cell} takes the digit {@code bit}. */
    private int free(int other, int cell, int bit) {
        int used = rowUsed[other / size] | columnUsed[other % size];
        if (other / size == cell / size || other % size == cell % size) {
            used |= bit;
        }
        return ranges[other] & ~used;
    }

    @Override
    public void push(int row) {
        int cell = row / size;
        int digit = row % size + 1;
        grid[cell] = digit;
        rowUsed[cell / size] |= 1 << digit;
        columnUsed[cell % size] |= 1 << digit;
    }

    @Override
    public void pop(int row) {
        int cell = row / size;
        int digit = row % size + 1;
        grid[cell] = 0;
        rowUsed[cell / size] &= ~(1 << digit);
        columnUsed[cell % size] &= ~(1 << digit);
    }
}
