package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.DancingLinks;
import dev.bootcamp.camps.kit.LatinRules;
import dev.bootcamp.camps.puzzles.KillerSudokuBootcamp.Cage;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Counts Killer Sudoku solutions with dancing links over the Sudoku cover. A row (a digit in a cell) is allowed when
 * no cage lying wholly in one of the cell's rows, columns or boxes must hold that digit, the digit is new to its cage,
 * and some set of distinct digits with the cage's sum holds the cage's placed digits and offers each of its empty
 * cells a digit still free there (in its row, column and box). Shares nothing with the generator's
 * search, so the two check each other.
 */
final class KillerSudokuCounter implements DancingLinks.Filter {
    private final int size;
    private final LatinRules.Board board;
    private final int[] cageOf;
    private final int[] sums;
    private final int[][] cellsOf;
    private final int full;
    private final int[] boxOf;
    private final int[] openCells;
    private final int[] openMasks;
    /** For each cage, the sets of distinct digits (bit d for digit d) of its size that add up to its sum. */
    private final int[][] sets;
    /**
     * For each cell, digits it cannot hold because a cage outside it, lying wholly in one of its rows, columns or boxes,
     * holds that digit in every set that reaches its sum.
     */
    private final int[] locked;

    KillerSudokuCounter(int size, int boxRows, int boxColumns, List<Cage> cages) {
        this.size = size;
        board = LatinRules.of(size, boxRows, boxColumns).board();
        cageOf = new int[size * size];
        sums = new int[cages.size()];
        cellsOf = new int[cages.size()][];
        for (int index = 0; index < cages.size(); index++) {
            sums[index] = cages.get(index).sum();
            cellsOf[index] = cages.get(index).cells().stream().mapToInt(Integer::intValue).toArray();
            for (int cell : cellsOf[index]) {
                cageOf[cell] = index;
            }
        }
        full = (1 << (size + 1)) - 2;
        boxOf = new int[size * size];
        for (int cell = 0; cell < boxOf.length; cell++) {
            boxOf[cell] = cell / size / boxRows * (size / boxColumns) + cell % size / boxColumns;
        }
        int largest = cages.stream().mapToInt(cage -> cage.cells().size()).max().orElse(1);
        openCells = new int[largest];
        openMasks = new int[largest];
        sets = new int[cages.size()][];
        for (int index = 0; index < cages.size(); index++) {
            int cells = cages.get(index).cells().size();
            int sum = cages.get(index).sum();
            sets[index] = IntStream.range(0, 1 << size).map(set -> set << 1)
                    .filter(set -> Integer.bitCount(set) == cells && digitSum(set) == sum).toArray();
        }
        locked = new int[size * size];
        for (int index = 0; index < cages.size(); index++) {
            int required = full;
            for (int set : sets[index]) {
                required &= set;
            }
            if (sets[index].length == 0 || required == 0) {
                continue;
            }
            for (int cell = 0; cell < size * size; cell++) {
                if (cageOf[cell] != index && sharesUnitWithAll(cell, cellsOf[index])) {
                    locked[cell] |= required;
                }
            }
        }
    }

    @Override
    public boolean allows(int row) {
        int cell = row / size;
        int digit = row % size + 1;
        if ((locked[cell] >>> digit & 1) != 0) {
            return false;
        }
        int index = cageOf[cell];
        int total = digit;
        int used = 1 << digit;
        int open = 0;
        for (int other : cellsOf[index]) {
            if (other == cell) {
                continue;
            }
            int value = board.at(other);
            if (value == 0) {
                openCells[open++] = other;
            } else if (value == digit) {
                return false;
            } else {
                total += value;
                used |= 1 << value;
            }
        }
        int remaining = sums[index] - total;
        if (open == 0) {
            return remaining == 0;
        }
        int least = 0;
        int most = 0;
        for (int k = 0; k < open; k++) {
            int other = openCells[k];
            int free = board.freeAfter(other, cell, digit) & ~used;
            if (free == 0) {
                return false;
            }
            openMasks[k] = free;
            least += Integer.numberOfTrailingZeros(free);
            most += 31 - Integer.numberOfLeadingZeros(free);
        }
        if (remaining < least || remaining > most) {
            return false;
        }
        return someSetFits(index, used, open);
    }

    /** Whether a set of digits reaching the cage's sum holds the placed digits and can give each open cell a free one. */
    private boolean someSetFits(int index, int used, int open) {
        for (int set : sets[index]) {
            if ((set & used) != used) {
                continue;
            }
            int rest = set & ~used;
            int union = 0;
            boolean fits = true;
            for (int k = 0; k < open && fits; k++) {
                int free = openMasks[k] & rest;
                fits = free != 0;
                union |= free;
            }
            if (fits && union == rest) {
                return true;
            }
        }
        return false;
    }

    private static int digitSum(int set) {
        int sum = 0;
        for (int mask = set; mask != 0; mask &= mask - 1) {
            sum += Integer.numberOfTrailingZeros(mask);
        }
        return sum;
    }

    /** Whether all the cells lie in one row, column or box with the cell. */
    private boolean sharesUnitWithAll(int cell, int[] cells) {
        boolean row = true;
        boolean column = true;
        boolean box = true;
        for (int other : cells) {
            row &= other / size == cell / size;
            column &= other % size == cell % size;
            box &= boxOf[other] == boxOf[cell];
        }
        return row || column || box;
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
