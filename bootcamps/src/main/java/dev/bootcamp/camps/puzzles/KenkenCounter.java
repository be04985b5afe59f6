package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.DancingLinks;
import dev.bootcamp.camps.kit.LatinRules;
import dev.bootcamp.camps.puzzles.KenkenBootcamp.Cage;
import java.util.List;

/**
 * Counts KenKen solutions with dancing links over the Latin-square cover. A row (a digit in a cell) is allowed when
 * its cage can still be met: with at most two empty cells left, by some digits still free in their rows and columns;
 * with more, when the sum stays within reach of the target or the product so far divides it. Shares nothing with the
 * generator's search, so the two check each other.
 */
final class KenkenCounter implements DancingLinks.Filter {
    /** A cage with at most this many empty cells is checked by trying the digits still free in them. */
    private static final int ENUMERATION_OPEN = 2;

    private final int size;
    private final LatinRules.Board board;
    private final int[] cageOf;
    private final Cage[] cages;
    private final int[][] cellsOf;
    private final int[] values;
    private final int[] openPositions;
    private final int[] openMasks;

    KenkenCounter(int size, List<Cage> cages) {
        this.size = size;
        board = LatinRules.of(size, 0, 0).board();
        cageOf = new int[size * size];
        this.cages = cages.toArray(new Cage[0]);
        cellsOf = new int[cages.size()][];
        int largest = cages.stream().mapToInt(cage -> cage.cells().size()).max().orElse(1);
        values = new int[largest];
        openPositions = new int[largest];
        openMasks = new int[largest];
        for (int index = 0; index < cages.size(); index++) {
            cellsOf[index] = cages.get(index).cells().stream().mapToInt(Integer::intValue).toArray();
            for (int cell : cellsOf[index]) {
                cageOf[cell] = index;
            }
        }
    }

    @Override
    public boolean allows(int row) {
        int cell = row / size;
        int digit = row % size + 1;
        int index = cageOf[cell];
        Cage cage = cages[index];
        int open = 0;
        int[] cells = cellsOf[index];
        for (int k = 0; k < cells.length; k++) {
            int other = cells[k];
            values[k] = other == cell ? digit : board.at(other);
            if (values[k] == 0) {
                openPositions[open] = k;
                openMasks[open++] = board.freeAfter(other, cell, digit);
            }
        }
        if (open <= ENUMERATION_OPEN) {
            return completes(cage, cells, 0, open);
        }
        long sum = 0;
        long product = 1;
        long lowest = 0;
        long highest = 0;
        for (int k = 0; k < cells.length; k++) {
            sum += values[k];
            product *= Math.max(1, values[k]);
        }
        for (int k = 0; k < open; k++) {
            if (openMasks[k] == 0) {
                return false;
            }
            lowest += Integer.numberOfTrailingZeros(openMasks[k]);
            highest += 31 - Integer.numberOfLeadingZeros(openMasks[k]);
        }
        return switch (cage.operation()) {
            case "+" -> sum + lowest <= cage.target() && sum + highest >= cage.target();
            case "x" -> cage.target() % product == 0;
            default -> true;
        };
    }

    /** Whether the open positions of {@code values}, from {@code index} on, can take free digits that meet the cage. */
    private boolean completes(Cage cage, int[] cells, int index, int open) {
        if (index == open) {
            return KenkenBootcamp.meets(cage.operation(), cage.target(), values, cells.length);
        }
        int position = openPositions[index];
        for (int mask = openMasks[index]; mask != 0; mask &= mask - 1) {
            int digit = Integer.numberOfTrailingZeros(mask);
            boolean clash = false;
            for (int k = 0; k < index; k++) {
                int earlier = openPositions[k];
                clash |= values[earlier] == digit && board.peers(cells[earlier], cells[position]);
            }
            if (clash) {
                continue;
            }
            values[position] = digit;
            boolean done = completes(cage, cells, index + 1, open);
            values[position] = 0;
            if (done) {
                return true;
            }
        }
        return false;
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
