package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts Shikaku solutions clue by clue: rectangles are found by scanning every corner and shape of the grid, held as
 * bitsets of cells, and the search always places the clue with the fewest rectangles still free, until every clue has
 * one (the areas add up to the grid, so no cell is left over). It shares nothing with {@link ShikakuSolver}, which
 * covers cells in reading order.
 */
final class ShikakuCounter {
    private final long[][][] rectangles;
    private final long[] used;
    private final boolean[] placed;
    private long count;
    private long limit;

    private ShikakuCounter(int rows, int columns, int[][] clues) {
        int words = (rows * columns + Long.SIZE - 1) / Long.SIZE;
        rectangles = new long[clues.length][][];
        for (int i = 0; i < clues.length; i++) {
            List<long[]> found = new ArrayList<>();
            int area = clues[i][2];
            for (int top = 0; top < rows; top++) {
                for (int left = 0; left < columns; left++) {
                    for (int height = 1; height <= area && top + height <= rows; height++) {
                        int width = area / height;
                        if (height * width != area || left + width > columns) {
                            continue;
                        }
                        long[] cells = new long[words];
                        int clueCount = 0;
                        boolean mine = false;
                        for (int r = top; r < top + height; r++) {
                            for (int c = left; c < left + width; c++) {
                                int cell = r * columns + c;
                                cells[cell / Long.SIZE] |= 1L << (cell % Long.SIZE);
                                for (int j = 0; j < clues.length; j++) {
                                    if (clues[j][0] == r && clues[j][1] == c) {
                                        clueCount++;
                                        mine |= j == i;
                                    }
                                }
                            }
                        }
                        if (mine && clueCount == 1) {
                            found.add(cells);
                        }
                    }
                }
            }
            rectangles[i] = found.toArray(new long[0][]);
        }
        used = new long[words];
        placed = new boolean[clues.length];
    }

    /** Solutions up to {@code limit}; each clue is {row, column, area}. */
    static long count(int rows, int columns, int[][] clues, long limit) {
        int total = 0;
        for (int[] clue : clues) {
            total += clue[2];
        }
        if (total != rows * columns) {
            return 0;
        }
        ShikakuCounter counter = new ShikakuCounter(rows, columns, clues);
        counter.limit = limit;
        counter.search(0);
        return Math.min(counter.count, limit);
    }

    private void search(int done) {
        if (done == rectangles.length) {
            count++;
            return;
        }
        int best = -1;
        int fewest = Integer.MAX_VALUE;
        for (int clue = 0; clue < rectangles.length; clue++) {
            if (placed[clue]) {
                continue;
            }
            int free = 0;
            for (long[] rectangle : rectangles[clue]) {
                free += fits(rectangle) ? 1 : 0;
            }
            if (free < fewest) {
                fewest = free;
                best = clue;
            }
        }
        placed[best] = true;
        for (long[] rectangle : rectangles[best]) {
            if (count < limit && fits(rectangle)) {
                toggle(rectangle);
                search(done + 1);
                toggle(rectangle);
            }
        }
        placed[best] = false;
    }

    private boolean fits(long[] rectangle) {
        for (int word = 0; word < used.length; word++) {
            if ((used[word] & rectangle[word]) != 0) {
                return false;
            }
        }
        return true;
    }

    private void toggle(long[] rectangle) {
        for (int word = 0; word < used.length; word++) {
            used[word] ^= rectangle[word];
        }
    }
}
