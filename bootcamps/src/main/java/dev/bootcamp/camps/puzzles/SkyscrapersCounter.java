package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.DancingLinks;
import java.util.List;

/**
 * Counts Skyscrapers solutions with dancing links over the Latin-square cover. A row (a height in a cell) is allowed
 * when, with it placed, the run of placed buildings next to each clue of its row and column neither shows too many
 * buildings nor leaves too few taller heights to reach the clue, and a line with few empty cells can still be
 * completed to show exactly its clues.
 * Shares nothing with the generator's search, so the two check each other.
 */
final class SkyscrapersCounter implements DancingLinks.Filter {
    /** A line with at most this many empty cells is checked by trying every order of its missing heights. */
    private static final int COMPLETION_LIMIT = 4;

    private final int size;
    private final int[] grid;
    private final int[] clues;
    /** For each line (columns, then rows), its cells from the top or left, and its near and far clue slots. */
    private final int[][] lines;
    private final int[] nearSlot;
    private final int[] farSlot;
    private final int[] heights;
    private final int[] emptyPositions;

    SkyscrapersCounter(int size, List<Integer> clues) {
        this.size = size;
        grid = new int[size * size];
        this.clues = clues.stream().mapToInt(Integer::intValue).toArray();
        lines = new int[2 * size][];
        nearSlot = new int[2 * size];
        farSlot = new int[2 * size];
        heights = new int[size];
        emptyPositions = new int[size];
        for (int i = 0; i < size; i++) {
            lines[i] = SkyscrapersBootcamp.line(size, i);
            nearSlot[i] = i;
            farSlot[i] = size + i;
            lines[size + i] = SkyscrapersBootcamp.line(size, 2 * size + i);
            nearSlot[size + i] = 2 * size + i;
            farSlot[size + i] = 3 * size + i;
        }
    }

    @Override
    public boolean allows(int row) {
        int cell = row / size;
        int height = row % size + 1;
        grid[cell] = height;
        boolean allowed = fits(cell % size) && fits(size + cell / size);
        grid[cell] = 0;
        return allowed;
    }

    private boolean fits(int lineIndex) {
        int[] line = lines[lineIndex];
        int near = clues[nearSlot[lineIndex]];
        int far = clues[farSlot[lineIndex]];
        if (!fitsFrom(line, near, 0, 1) || !fitsFrom(line, far, size - 1, -1)) {
            return false;
        }
        if (near == 0 && far == 0) {
            return true;
        }
        int open = 0;
        int missing = (1 << (size + 1)) - 2;
        for (int k = 0; k < size; k++) {
            int height = grid[line[k]];
            if (height == 0) {
                emptyPositions[open++] = k;
            } else {
                missing &= ~(1 << height);
            }
        }
        if (open == 0 || open > COMPLETION_LIMIT) {
            return true;
        }
        for (int k = 0; k < size; k++) {
            heights[k] = grid[line[k]];
        }
        return completes(0, open, missing, near, far);
    }

    /** Whether the missing heights fit the open positions of {@code heights} in some order that meets both clues. */
    private boolean completes(int index, int open, int missing, int near, int far) {
        if (index == open) {
            return (near == 0 || seen(0, 1) == near) && (far == 0 || seen(size - 1, -1) == far);
        }
        for (int mask = missing; mask != 0; mask &= mask - 1) {
            heights[emptyPositions[index]] = Integer.numberOfTrailingZeros(mask);
            if (completes(index + 1, open, missing & ~Integer.lowestOneBit(mask), near, far)) {
                return true;
            }
        }
        return false;
    }

    private int seen(int start, int step) {
        int tallest = 0;
        int seen = 0;
        for (int k = start; k >= 0 && k < size; k += step) {
            if (heights[k] > tallest) {
                tallest = heights[k];
                seen++;
            }
        }
        return seen;
    }

    /** Walks the placed run from one end: too many visible, or too few taller heights left to reach the clue, fails. */
    private boolean fitsFrom(int[] line, int clue, int start, int step) {
        if (clue == 0) {
            return true;
        }
        int tallest = 0;
        int seen = 0;
        for (int k = start; k >= 0 && k < size; k += step) {
            int height = grid[line[k]];
            if (height == 0) {
                return seen + size - tallest >= clue;
            }
            if (height > tallest) {
                tallest = height;
                if (++seen > clue) {
                    return false;
                }
            }
        }
        return seen == clue;
    }

    @Override
    public void push(int row) {
        grid[row / size] = row % size + 1;
    }

    @Override
    public void pop(int row) {
        grid[row / size] = 0;
    }
}
