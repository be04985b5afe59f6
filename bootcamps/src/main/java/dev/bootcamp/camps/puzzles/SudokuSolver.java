package dev.bootcamp.camps.puzzles;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The generator's solver: depth-first search over bitmasks of used digits, always branching on the empty cell with
 * the fewest candidates. It holds one grid and edits it in place, so a generation allocates it once. Digit d is bit
 * d - 1; cells are numbered row by row from 0.
 */
final class SudokuSolver {
    /** A random fill from an empty grid almost never needs more; past it the fill restarts with fresh choices. */
    private static final int FILL_NODE_CAP = 20_000;
    /** Bounds a uniqueness test; a test that gives up keeps the cell filled, so uniqueness is never assumed. */
    private static final int REMOVE_NODE_CAP = 200_000;

    private final int size;
    private final int full;
    private final int[] rowOf;
    private final int[] columnOf;
    private final int[] boxOf;
    private final int[] rowUsed;
    private final int[] columnUsed;
    private final int[] boxUsed;
    private final int[] grid;
    private final int[] empties;
    private final int[] found;
    private final int[] choices;
    private int emptyCount;
    private int forbiddenCell = -1;
    private int forbiddenBit;
    private RandomGenerator random;
    private int nodes;
    private int nodeCap;
    private boolean aborted;

    SudokuSolver(int size, int boxRows, int boxColumns) {
        this.size = size;
        this.full = (1 << size) - 1;
        int cells = size * size;
        rowOf = new int[cells];
        columnOf = new int[cells];
        boxOf = new int[cells];
        for (int cell = 0; cell < cells; cell++) {
            int row = cell / size;
            int column = cell % size;
            rowOf[cell] = row;
            columnOf[cell] = column;
            boxOf[cell] = row / boxRows * (size / boxColumns) + column / boxColumns;
        }
        rowUsed = new int[size];
        columnUsed = new int[size];
        boxUsed = new int[size];
        grid = new int[cells];
        empties = new int[cells];
        found = new int[cells];
        choices = new int[cells * size];
    }

    /** Replaces the grid with a random complete one. */
    void fillRandomly(RandomGenerator random) {
        while (!tryFill(random)) {
            // the search ran past its cap, which is rare; the next try draws fresh choices
        }
    }

    private boolean tryFill(RandomGenerator random) {
        Arrays.fill(rowUsed, 0);
        Arrays.fill(columnUsed, 0);
        Arrays.fill(boxUsed, 0);
        Arrays.fill(grid, 0);
        emptyCount = grid.length;
        for (int cell = 0; cell < grid.length; cell++) {
            empties[cell] = cell;
        }
        for (int i = emptyCount - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = empties[i];
            empties[i] = empties[j];
            empties[j] = swap;
        }
        this.random = random;
        boolean solved = run(FILL_NODE_CAP);
        this.random = null;
        if (!solved) {
            return false;
        }
        for (int cell = 0; cell < grid.length; cell++) {
            place(cell, found[cell]);
        }
        emptyCount = 0;
        return true;
    }

    /**
     * Empties a filled cell if the grid keeps exactly one solution, and reports whether it did. The grid had one
     * solution before, so it keeps one exactly when no solution puts a different digit in this cell.
     */
    boolean removeIfUnique(int cell) {
        int digit = grid[cell];
        if (digit == 0) {
            return false;
        }
        clear(cell);
        empties[emptyCount++] = cell;
        forbiddenCell = cell;
        forbiddenBit = 1 << (digit - 1);
        boolean another = run(REMOVE_NODE_CAP) || aborted;
        forbiddenCell = -1;
        if (!another) {
            return true;
        }
        for (int i = 0; i < emptyCount; i++) {
            if (empties[i] == cell) {
                empties[i] = empties[--emptyCount];
                break;
            }
        }
        place(cell, digit);
        return false;
    }

    /** The grid, row by row: digits 1..size, 0 for empty. */
    int[] grid() {
        return grid.clone();
    }

    private boolean run(int cap) {
        nodes = 0;
        nodeCap = cap;
        aborted = false;
        return search(0);
    }

    /** Finds one completion of the empty cells from {@code depth} on, copies it to {@code found}, and undoes itself. */
    private boolean search(int depth) {
        if (depth == emptyCount) {
            System.arraycopy(grid, 0, found, 0, grid.length);
            return true;
        }
        if (++nodes > nodeCap) {
            aborted = true;
            return false;
        }
        int best = depth;
        int bestMask = 0;
        int bestCount = Integer.MAX_VALUE;
        for (int i = depth; i < emptyCount; i++) {
            int mask = candidates(empties[i]);
            int count = Integer.bitCount(mask);
            if (count < bestCount) {
                best = i;
                bestMask = mask;
                bestCount = count;
                if (count <= 1) {
                    break;
                }
            }
        }
        if (bestCount == 0) {
            return false;
        }
        int cell = empties[best];
        empties[best] = empties[depth];
        empties[depth] = cell;
        int count = 0;
        int base = depth * size;
        for (int mask = bestMask; mask != 0; mask &= mask - 1) {
            choices[base + count++] = Integer.numberOfTrailingZeros(mask) + 1;
        }
        if (random != null) {
            for (int i = count - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = choices[base + i];
                choices[base + i] = choices[base + j];
                choices[base + j] = swap;
            }
        }
        for (int i = 0; i < count; i++) {
            place(cell, choices[base + i]);
            boolean solved = search(depth + 1);
            clear(cell);
            if (solved) {
                return true;
            }
            if (aborted) {
                return false;
            }
        }
        return false;
    }

    private int candidates(int cell) {
        int mask = full & ~(rowUsed[rowOf[cell]] | columnUsed[columnOf[cell]] | boxUsed[boxOf[cell]]);
        return cell == forbiddenCell ? mask & ~forbiddenBit : mask;
    }

    private void place(int cell, int digit) {
        int bit = 1 << (digit - 1);
        grid[cell] = digit;
        rowUsed[rowOf[cell]] |= bit;
        columnUsed[columnOf[cell]] |= bit;
        boxUsed[boxOf[cell]] |= bit;
    }

    private void clear(int cell) {
        int bit = ~(1 << (grid[cell] - 1));
        grid[cell] = 0;
        rowUsed[rowOf[cell]] &= bit;
        columnUsed[columnOf[cell]] &= bit;
        boxUsed[boxOf[cell]] &= bit;
    }
}
