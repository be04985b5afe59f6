package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.List;

/**
 * The generator's Battleships solver: places the ships longest first, each on one of its positions (ships of the same
 * length in increasing position order, so no fleet is found twice), never on or beside another ship or on revealed
 * water, never over a row or column count, and never leaving a row, a column or a revealed ship cell without the room
 * it still needs. Cell sets are bitsets of four longs (up to 256 cells, row by row). It keeps the first two solutions
 * found, so the generator can reveal a cell that tells them apart.
 */
final class BattleshipsSolver {
    /** Bounds one count; past it the puzzle counts as ambiguous, so a hard one is rejected, never accepted. */
    private static final int NODE_CAP = 40_000;
    private static final int WORDS = 4;

    private final int size;
    private final int[] ships;
    private final int[] rowCounts;
    private final int[] columnCounts;
    /** {@code cells[length][p]}: the cells of position p; {@code rings[length][p]}: those cells and all around them. */
    private final long[][][] cells;
    private final long[][][] rings;
    private final int[][][] cellLists;
    private final long[][] rowMasks;
    private final long[][] columnMasks;
    private final long[] water = new long[WORDS];
    private final long[] shown = new long[WORDS];
    /** Per depth: cells on or beside a placed ship, and the placed ship cells. */
    private final long[][] blocked;
    private final long[][] placed;
    private final int[] rowTotals;
    private final int[] columnTotals;
    private final List<boolean[]> solutions = new ArrayList<>();
    private int nodes;
    private boolean capped;

    /** @param revealed per cell: 1 revealed ship, 0 revealed water, -1 hidden */
    BattleshipsSolver(int size, int[] ships, int[] rowCounts, int[] columnCounts, int[] revealed) {
        if (size * size > WORDS * Long.SIZE) {
            throw new IllegalArgumentException("at most " + WORDS * Long.SIZE + " cells, found " + size * size);
        }
        this.size = size;
        this.ships = ships;
        this.rowCounts = rowCounts;
        this.columnCounts = columnCounts;
        int longest = 0;
        for (int length : ships) {
            longest = Math.max(longest, length);
        }
        cells = new long[longest + 1][][];
        rings = new long[longest + 1][][];
        cellLists = new int[longest + 1][][];
        for (int length = 1; length <= longest; length++) {
            List<int[]> found = new ArrayList<>();
            for (int vertical = 0; vertical < (length == 1 ? 1 : 2); vertical++) {
                for (int row = 0; row + (vertical == 1 ? length : 1) <= size; row++) {
                    for (int column = 0; column + (vertical == 1 ? 1 : length) <= size; column++) {
                        int[] line = new int[length];
                        for (int i = 0; i < length; i++) {
                            line[i] = (row + (vertical == 1 ? i : 0)) * size + column + (vertical == 1 ? 0 : i);
                        }
                        found.add(line);
                    }
                }
            }
            cellLists[length] = found.toArray(new int[0][]);
            cells[length] = new long[found.size()][WORDS];
            rings[length] = new long[found.size()][WORDS];
            for (int p = 0; p < found.size(); p++) {
                for (int cell : found.get(p)) {
                    add(cells[length][p], cell);
                    for (int r = Math.max(0, cell / size - 1); r <= Math.min(size - 1, cell / size + 1); r++) {
                        for (int c = Math.max(0, cell % size - 1); c <= Math.min(size - 1, cell % size + 1); c++) {
                            add(rings[length][p], r * size + c);
                        }
                    }
                }
            }
        }
        rowMasks = new long[size][WORDS];
        columnMasks = new long[size][WORDS];
        for (int cell = 0; cell < size * size; cell++) {
            add(rowMasks[cell / size], cell);
            add(columnMasks[cell % size], cell);
            if (revealed[cell] == 0) {
                add(water, cell);
            } else if (revealed[cell] == 1) {
                add(shown, cell);
            }
        }
        blocked = new long[ships.length + 1][WORDS];
        placed = new long[ships.length + 1][WORDS];
        rowTotals = new int[size];
        columnTotals = new int[size];
    }

    /** Solutions up to 2 (2 also when the search runs past its cap, with fewer than two kept). */
    int countUpToTwo() {
        solutions.clear();
        nodes = 0;
        capped = false;
        search(0, 0);
        return capped ? 2 : solutions.size();
    }

    /** The ship cells of the solutions the last count found, at most two. */
    List<boolean[]> solutions() {
        return solutions;
    }

    private void search(int index, int from) {
        if (++nodes > NODE_CAP) {
            capped = true;
            return;
        }
        long[] blockedNow = blocked[index];
        long[] placedNow = placed[index];
        for (int word = 0; word < WORDS; word++) {
            if ((shown[word] & blockedNow[word] & ~placedNow[word]) != 0) {
                return;
            }
        }
        if (index == ships.length) {
            boolean[] ship = new boolean[size * size];
            for (int cell = 0; cell < ship.length; cell++) {
                ship[cell] = (placedNow[cell / Long.SIZE] >>> (cell % Long.SIZE) & 1) != 0;
            }
            solutions.add(ship);
            return;
        }
        for (int i = 0; i < size; i++) {
            if (rowCounts[i] - rowTotals[i] > free(rowMasks[i], blockedNow) || columnCounts[i] - columnTotals[i] > free(columnMasks[i], blockedNow)) {
                return;
            }
        }
        int length = ships[index];
        long[][] options = cells[length];
        for (int p = from; p < options.length && !capped && solutions.size() < 2; p++) {
            if (!fits(options[p], cellLists[length][p], blockedNow)) {
                continue;
            }
            for (int word = 0; word < WORDS; word++) {
                blocked[index + 1][word] = blockedNow[word] | rings[length][p][word];
                placed[index + 1][word] = placedNow[word] | options[p][word];
            }
            count(cellLists[length][p], 1);
            int next = index + 1 < ships.length && ships[index + 1] == length ? p + 1 : 0;
            search(index + 1, next);
            count(cellLists[length][p], -1);
        }
    }

    private boolean fits(long[] position, int[] line, long[] blockedNow) {
        for (int word = 0; word < WORDS; word++) {
            if ((position[word] & (blockedNow[word] | water[word])) != 0) {
                return false;
            }
        }
        for (int cell : line) {
            rowTotals[cell / size]++;
            columnTotals[cell % size]++;
        }
        boolean within = true;
        for (int cell : line) {
            within &= rowTotals[cell / size] <= rowCounts[cell / size] && columnTotals[cell % size] <= columnCounts[cell % size];
        }
        for (int cell : line) {
            rowTotals[cell / size]--;
            columnTotals[cell % size]--;
        }
        return within;
    }

    private void count(int[] line, int delta) {
        for (int cell : line) {
            rowTotals[cell / size] += delta;
            columnTotals[cell % size] += delta;
        }
    }

    /** Cells of the line a ship could still use: not on or beside a placed ship and not revealed water. */
    private int free(long[] line, long[] blockedNow) {
        int count = 0;
        for (int word = 0; word < WORDS; word++) {
            count += Long.bitCount(line[word] & ~blockedNow[word] & ~water[word]);
        }
        return count;
    }

    private static void add(long[] set, int cell) {
        set[cell / Long.SIZE] |= 1L << (cell % Long.SIZE);
    }
}
