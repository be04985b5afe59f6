package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The generator's Shikaku solver: covers the first uncovered cell in reading order with each fitting rectangle in turn
 * (that cell must be its top-left corner), checking that every clue keeps a possible rectangle. A rectangle is {row,
 * column, height, width}.
 */
final class ShikakuSolver {
    /** Bounds one generator count; past it the puzzle counts as ambiguous, so a hard one is rejected. */
    private static final int NODE_CAP = 20_000;

    private final int rows;
    private final int columns;
    /** {@code options[i]}: the rectangles of clue i's area that contain it and no other clue. */
    private final List<int[]>[] options;
    private final int[] owner;
    private final boolean[] placed;
    private int nodes;
    private long count;
    private long limit;

    /** @param clues each clue as {row, column, area} */
    @SuppressWarnings("unchecked")
    ShikakuSolver(int rows, int columns, List<int[]> clues) {
        this.rows = rows;
        this.columns = columns;
        int[] clueAt = new int[rows * columns];
        Arrays.fill(clueAt, -1);
        for (int i = 0; i < clues.size(); i++) {
            clueAt[clues.get(i)[0] * columns + clues.get(i)[1]] = i;
        }
        options = new List[clues.size()];
        for (int i = 0; i < clues.size(); i++) {
            int[] clue = clues.get(i);
            options[i] = new ArrayList<>();
            for (int height = 1; height <= clue[2]; height++) {
                if (clue[2] % height != 0) {
                    continue;
                }
                int width = clue[2] / height;
                for (int top = clue[0] - height + 1; top <= clue[0]; top++) {
                    for (int left = clue[1] - width + 1; left <= clue[1]; left++) {
                        if (top >= 0 && left >= 0 && top + height <= rows && left + width <= columns
                                && onlyClue(clueAt, top, left, height, width, i)) {
                            options[i].add(new int[] {top, left, height, width});
                        }
                    }
                }
            }
        }
        owner = new int[rows * columns];
        placed = new boolean[clues.size()];
    }

    /** Solutions, at most 2 (2 also past the node cap). */
    int countUpToTwo() {
        reset(2);
        nodes = 0;
        coverFirst();
        return (int) Math.min(count, 2);
    }

    int nodes() {
        return nodes;
    }

    private void reset(long limit) {
        Arrays.fill(owner, -1);
        Arrays.fill(placed, false);
        count = 0;
        this.limit = limit;
    }

    /** The fitting rectangles of every clue, as a measure of the puzzle's freedom. */
    int options() {
        int total = 0;
        for (List<int[]> clueOptions : options) {
            total += clueOptions.size();
        }
        return total;
    }

    private void coverFirst() {
        if (++nodes > NODE_CAP) {
            count = limit;
            return;
        }
        int first = -1;
        for (int cell = 0; cell < owner.length && first < 0; cell++) {
            if (owner[cell] < 0) {
                first = cell;
            }
        }
        if (first < 0) {
            count++;
            return;
        }
        for (int clue = 0; clue < options.length; clue++) {
            if (!placed[clue] && !stillPossible(clue)) {
                return;
            }
        }
        int row = first / columns;
        int column = first % columns;
        for (int clue = 0; clue < options.length && count < limit; clue++) {
            if (placed[clue]) {
                continue;
            }
            for (int[] rectangle : options[clue]) {
                // the first uncovered cell is the top-left corner of whatever covers it
                if (rectangle[0] == row && rectangle[1] == column && free(rectangle)) {
                    fill(rectangle, clue, true);
                    coverFirst();
                    fill(rectangle, clue, false);
                    if (count >= limit) {
                        return;
                    }
                }
            }
        }
    }

    private boolean stillPossible(int clue) {
        for (int[] rectangle : options[clue]) {
            if (free(rectangle)) {
                return true;
            }
        }
        return false;
    }

    private boolean free(int[] rectangle) {
        for (int r = rectangle[0]; r < rectangle[0] + rectangle[2]; r++) {
            for (int c = rectangle[1]; c < rectangle[1] + rectangle[3]; c++) {
                if (owner[r * columns + c] >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Marks the rectangle as {@code clue}'s when {@code on}, or clears it. */
    private void fill(int[] rectangle, int clue, boolean on) {
        for (int r = rectangle[0]; r < rectangle[0] + rectangle[2]; r++) {
            for (int c = rectangle[1]; c < rectangle[1] + rectangle[3]; c++) {
                owner[r * columns + c] = on ? clue : -1;
            }
        }
        placed[clue] = on;
    }

    private boolean onlyClue(int[] clueAt, int top, int left, int height, int width, int clue) {
        for (int r = top; r < top + height; r++) {
            for (int c = left; c < left + width; c++) {
                int other = clueAt[r * columns + c];
                if (other >= 0 && other != clue) {
                    return false;
                }
            }
        }
        return true;
    }
}
