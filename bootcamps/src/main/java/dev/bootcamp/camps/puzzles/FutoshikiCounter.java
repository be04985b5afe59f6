package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.DancingLinks;
import dev.bootcamp.camps.kit.LatinRules;
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
    private final LatinRules.Board board;
    private final int[][] smallerThan;
    private final int[][] largerThan;
    private final int[] ranges;

    FutoshikiCounter(int size, List<Sign> signs) {
        this.size = size;
        int cells = size * size;
        board = LatinRules.of(size, 0, 0).board();
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
            int below = board.at(other) != 0 ? 1 << board.at(other) : ranges[other] & board.freeAfter(other, cell, digit);
            if ((below & (bit - 1)) == 0) {
                return false;
            }
        }
        for (int other : largerThan[cell]) {
            int above = board.at(other) != 0 ? 1 << board.at(other) : ranges[other] & board.freeAfter(other, cell, digit);
            if ((above & -(bit << 1)) == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void push(int row) {
        board.push(row);
    }

    @Override
    public void pop(int row) {
        board.pop(row);
    }
}
