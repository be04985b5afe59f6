package dev.bootcamp.camps.kit;

import dev.bootcamp.api.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The constraint set of the Latin-square family: a square grid of the digits 1 to {@code size}, givens kept, and named
 * groups of {@code size} cells (rows, columns, boxes, diagonals, regions) that each hold every digit once. A bootcamp
 * holds one and adds its own clues (cages, signs, edge clues) through a {@link DancingLinks.Filter} and its own checks.
 * Grids are rows of text with '.' for an empty cell, as puzzle records keep them.
 *
 * @param size the side of the grid and the number of digits
 * @param groups the groups as row-major cell indices, rows and columns interleaved first (row 1, column 1, row 2, ...)
 * @param names what a check calls each group, in the same order
 */
public record LatinRules(int size, List<int[]> groups, List<String> names) {
    public LatinRules {
        groups = List.copyOf(groups);
        names = List.copyOf(names);
        if (groups.size() != names.size()) {
            throw new IllegalArgumentException(groups.size() + " groups but " + names.size() + " names");
        }
    }

    /** A givens grid and the full grid it was dug from. */
    public record Dug(List<String> givens, List<String> solution) {}

    /** Rows and columns of a {@code size} x {@code size} grid, and boxes of boxRows x boxColumns when both are positive. */
    public static LatinRules of(int size, int boxRows, int boxColumns) {
        List<String> names = new ArrayList<>();
        for (int line = 1; line <= size; line++) {
            names.add("row " + line);
            names.add("column " + line);
        }
        for (int box = 0; boxRows > 0 && boxColumns > 0 && box < size; box++) {
            int top = box / (size / boxColumns) * boxRows;
            int left = box % (size / boxColumns) * boxColumns;
            names.add("the box in rows " + (top + 1) + "-" + (top + boxRows) + ", columns " + (left + 1) + "-" + (left + boxColumns));
        }
        return new LatinRules(size, GridSearch.latinGroups(size, boxRows, boxColumns), names);
    }

    /** These rules with one more group. */
    public LatinRules plus(int[] group, String name) {
        List<int[]> moreGroups = new ArrayList<>(groups);
        moreGroups.add(group);
        List<String> moreNames = new ArrayList<>(names);
        moreNames.add(name);
        return new LatinRules(size, moreGroups, moreNames);
    }

    /** These rules with the two main diagonals added, from the top left and from the top right. */
    public LatinRules withDiagonals() {
        int[] diagonal = new int[size];
        int[] antiDiagonal = new int[size];
        for (int i = 0; i < size; i++) {
            diagonal[i] = i * size + i;
            antiDiagonal[i] = i * size + size - 1 - i;
        }
        return plus(diagonal, "the diagonal from the top left").plus(antiDiagonal, "the diagonal from the top right");
    }

    /** The digits 1 to size as text: the symbols a filled grid may hold. */
    public String digits() {
        return "123456789".substring(0, size);
    }

    /**
     * The first broken rule as a score: the shape, a cell outside 1..size, a changed given ({@code givens} may be null
     * when nothing is given), then a repeat in a group in order; null when the grid keeps every rule.
     */
    public Score check(List<String> rows, List<String> givens) {
        Score failed = DigitGrids.checkFilled(rows, givens == null ? empty() : givens, size, 1, size);
        for (int index = 0; failed == null && index < groups.size(); index++) {
            failed = DigitGrids.checkDistinct(rows, groups.get(index), names.get(index));
        }
        return failed;
    }

    /**
     * Completions of {@code givens} (null for none) counted up to {@code limit} by dancing links over the groups, with
     * {@code filter} (may be null) for the puzzle's other rules; the filter is told of each given first.
     */
    public long count(List<String> givens, long limit, DancingLinks.Filter filter) {
        DancingLinks links = DancingLinks.forGroups(size, size * size, groups);
        int[] cells = givens == null ? new int[size * size] : DigitGrids.cells(givens);
        for (int cell = 0; cell < cells.length; cell++) {
            if (cells[cell] != 0) {
                int row = cell * size + cells[cell] - 1;
                if (filter != null && !filter.allows(row) || !links.select(row)) {
                    return 0;
                }
                if (filter != null) {
                    filter.push(row);
                }
            }
        }
        return links.count(limit, filter);
    }

    /** {@link NearMisses#latin} over the empty cells of {@code givens} (every cell when null). */
    public List<List<String>> nearMisses(List<String> gold, List<String> givens, RandomGenerator random) {
        return NearMisses.latin(gold, givens == null ? empty() : givens, '.', digits(), random);
    }

    /** A search over these groups, for generators. */
    public GridSearch search() {
        return new GridSearch(size, size * size, groups, null);
    }

    /**
     * A random full grid (a search that passes {@code fillCap} nodes starts again), then {@link #dig} over these
     * groups.
     */
    public Dug generate(double holes, long fillCap, long digCap, RandomGenerator random) {
        GridSearch search = search();
        int[] solution = null;
        while (solution == null) {
            solution = search.fillRandomly(fillCap, random);
        }
        return dig(search, solution, holes, digCap, random);
    }

    /**
     * Empties about {@code holes} of the cells of {@code solution} (at least one, never all) in random order while the
     * solution stays unique, each uniqueness test bounded by {@code nodeCap} (a test that gives up keeps the cell).
     */
    public Dug dig(GridSearch search, int[] solution, double holes, long nodeCap, RandomGenerator random) {
        int[] givens = search.dig(solution, solution, holeCount(holes, size * size), nodeCap, random);
        return new Dug(DigitGrids.rows(givens, size), DigitGrids.rows(solution, size));
    }

    /** The number of cells to empty for a fraction {@code holes}: at least one, never all. */
    public static int holeCount(double holes, int cells) {
        return Math.max(1, Math.min(cells - 1, (int) Math.round(holes * cells)));
    }

    /** A fresh {@link Board} over these groups, for a clue filter to follow the count. */
    public Board board() {
        return new Board(this);
    }

    /**
     * The partial grid a {@link DancingLinks.Filter} sees while {@link #count} runs: the digits placed so far and, per
     * group, the digits used (bit d for digit d). A filter forwards its push and pop here and asks what is still free.
     */
    public static final class Board {
        private final int size;
        private final int full;
        private final int[] grid;
        private final int[][] groupsOf;
        private final int[] used;

        private Board(LatinRules rules) {
            size = rules.size();
            full = (1 << (size + 1)) - 2;
            grid = new int[size * size];
            used = new int[rules.groups().size()];
            List<List<Integer>> groupsOfCell = new ArrayList<>();
            for (int cell = 0; cell < grid.length; cell++) {
                groupsOfCell.add(new ArrayList<>());
            }
            for (int group = 0; group < rules.groups().size(); group++) {
                for (int cell : rules.groups().get(group)) {
                    groupsOfCell.get(cell).add(group);
                }
            }
            groupsOf = groupsOfCell.stream().map(groups -> groups.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        }

        /** The digit in a cell, 0 while it is empty. */
        public int at(int cell) {
            return grid[cell];
        }

        /** Places the digit of a dancing-links row, {@code cell * size + digit - 1}. */
        public void push(int row) {
            grid[row / size] = row % size + 1;
            for (int group : groupsOf[row / size]) {
                used[group] |= 1 << (row % size + 1);
            }
        }

        /** Takes back the digit of a row placed by {@link #push}. */
        public void pop(int row) {
            grid[row / size] = 0;
            for (int group : groupsOf[row / size]) {
                used[group] &= ~(1 << (row % size + 1));
            }
        }

        /** Whether two cells share a group, so that they cannot hold the same digit. */
        public boolean peers(int first, int second) {
            for (int group : groupsOf[first]) {
                for (int other : groupsOf[second]) {
                    if (group == other) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The digits (bit d for digit d) that no group of the cell uses yet. */
        public int free(int cell) {
            int taken = 0;
            for (int group : groupsOf[cell]) {
                taken |= used[group];
            }
            return full & ~taken;
        }

        /** The digits still free in {@code other} once {@code cell} takes {@code digit}. */
        public int freeAfter(int other, int cell, int digit) {
            return free(other) & (peers(other, cell) ? ~(1 << digit) : -1);
        }
    }

    private List<String> empty() {
        return DigitGrids.rows(new int[size * size], size);
    }
}
