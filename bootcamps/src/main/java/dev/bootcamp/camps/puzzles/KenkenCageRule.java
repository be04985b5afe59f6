package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.GridSearch;
import dev.bootcamp.camps.puzzles.KenkenBootcamp.Cage;
import java.util.Arrays;
import java.util.List;

/**
 * The KenKen generator's rule for {@link GridSearch}: keeps, in each cage with few candidate combinations left, only
 * the digits some way of meeting the cage uses; in larger cages, only divisors of a product and digits within reach of
 * a sum.
 */
final class KenkenCageRule implements GridSearch.Rule {
    /** A cage is enumerated only when the product of its candidate counts is at most this. */
    private static final long ENUMERATION_LIMIT = 2_000;
    /** More cells than any cage can have: the cage-size knob allows 6, and a leftover cell may join a full cage. */
    private static final int MAX_CAGE = 16;

    private final List<Cage> cages;
    private final int[][] cellsOf;
    private final int size;
    private final int[] values = new int[MAX_CAGE];
    private final int[] support = new int[MAX_CAGE];
    private final int[][] lastInput;
    private final int[][] lastOutput;
    /** For each cage and cell position, the earlier positions in the same row or column, as bits. */
    private final int[][] lineMatesOf;
    private int[] candidates;
    private int[] cells;
    private Cage cage;
    private int currentIndex;
    private int[] lineMates;
    private boolean adds;
    private boolean multiplies;

    KenkenCageRule(int size, List<Cage> cages) {
        this.size = size;
        this.cages = List.copyOf(cages);
        cellsOf = this.cages.stream().map(each -> each.cells().stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        lastInput = new int[cellsOf.length][];
        lastOutput = new int[cellsOf.length][];
        lineMatesOf = new int[cellsOf.length][];
        for (int index = 0; index < cellsOf.length; index++) {
            int[] members = cellsOf[index];
            lastInput[index] = new int[members.length];
            lastOutput[index] = new int[members.length];
            lineMatesOf[index] = new int[members.length];
            for (int k = 0; k < members.length; k++) {
                for (int earlier = 0; earlier < k; earlier++) {
                    boolean sameRow = members[earlier] / size == members[k] / size;
                    boolean sameColumn = members[earlier] % size == members[k] % size;
                    lineMatesOf[index][k] |= sameRow || sameColumn ? 1 << earlier : 0;
                }
            }
        }
    }

    /**
     * Narrows each cage in turn. A cage's result depends only on its cells' candidates, so a cage whose candidates
     * are those it last saw gets its last result again without enumerating.
     */
    @Override
    public boolean narrow(int[] candidates) {
        this.candidates = candidates;
        for (int index = 0; index < cellsOf.length; index++) {
            cells = cellsOf[index];
            cage = cages.get(index);
            int[] seen = lastInput[index];
            boolean same = seen[0] != 0;
            for (int k = 0; k < cells.length && same; k++) {
                same = seen[k] == candidates[cells[k]];
            }
            if (same) {
                for (int k = 0; k < cells.length; k++) {
                    candidates[cells[k]] = lastOutput[index][k];
                    if (candidates[cells[k]] == 0) {
                        return false;
                    }
                }
                continue;
            }
            for (int k = 0; k < cells.length; k++) {
                seen[k] = candidates[cells[k]];
            }
            currentIndex = index;
            boolean possible = narrowCage(candidates);
            for (int k = 0; k < cells.length; k++) {
                lastOutput[index][k] = possible ? candidates[cells[k]] : 0;
            }
            if (!possible) {
                return false;
            }
        }
        return true;
    }

    private boolean narrowCage(int[] candidates) {
        long combinations = 1;
        for (int cell : cells) {
            combinations *= Integer.bitCount(candidates[cell]);
        }
        if (combinations > ENUMERATION_LIMIT) {
            return bound(candidates);
        }
        Arrays.fill(support, 0);
        lineMates = lineMatesOf[currentIndex];
        adds = cage.operation().equals("+");
        multiplies = cage.operation().equals("x");
        extend(0, 0, 1);
        for (int k = 0; k < cells.length; k++) {
            candidates[cells[k]] &= support[k];
            if (candidates[cells[k]] == 0) {
                return false;
            }
        }
        return true;
    }

    /** For a cage too large to enumerate: a sum keeps each cell within reach of the target, a product keeps divisors. */
    private boolean bound(int[] candidates) {
        if (cage.operation().equals("x")) {
            int divisors = 0;
            for (int digit = 1; digit <= size; digit++) {
                divisors |= cage.target() % digit == 0 ? 1 << (digit - 1) : 0;
            }
            for (int cell : cells) {
                candidates[cell] &= divisors;
                if (candidates[cell] == 0) {
                    return false;
                }
            }
            return true;
        }
        if (!cage.operation().equals("+")) {
            return true;
        }
        int lowest = 0;
        int highest = 0;
        for (int cell : cells) {
            lowest += Integer.numberOfTrailingZeros(candidates[cell]) + 1;
            highest += 32 - Integer.numberOfLeadingZeros(candidates[cell]);
        }
        for (int cell : cells) {
            int low = Integer.numberOfTrailingZeros(candidates[cell]) + 1;
            int high = 32 - Integer.numberOfLeadingZeros(candidates[cell]);
            int floor = Math.max(1, cage.target() - (highest - high));
            int ceiling = Math.min(size, cage.target() - (lowest - low));
            candidates[cell] &= floor > ceiling ? 0 : (1 << ceiling) - (1 << (floor - 1));
            if (candidates[cell] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tries digits from {@code position} on, each unlike the digits of earlier cells of the cage in its row or
     * column; a sum out of reach or a product not dividing the target stops early.
     */
    private void extend(int position, int sum, int product) {
        int target = cage.target();
        int left = cells.length - position;
        if (adds && (sum + left > target || sum + left * size < target) || multiplies && target % product != 0) {
            return;
        }
        if (position == cells.length) {
            if (!adds && !multiplies && !KenkenBootcamp.meets(cage.operation(), target, values, cells.length)) {
                return;
            }
            if (adds && sum != target || multiplies && product != target) {
                return;
            }
            for (int k = 0; k < cells.length; k++) {
                support[k] |= 1 << (values[k] - 1);
            }
            return;
        }
        int blocked = 0;
        for (int mates = lineMates[position]; mates != 0; mates &= mates - 1) {
            blocked |= 1 << values[Integer.numberOfTrailingZeros(mates)];
        }
        for (int mask = candidates[cells[position]] & ~(blocked >>> 1); mask != 0; mask &= mask - 1) {
            int digit = Integer.numberOfTrailingZeros(mask) + 1;
            values[position] = digit;
            extend(position + 1, sum + digit, product * digit);
        }
    }
}
