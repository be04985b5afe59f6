package dev.bootcamp.camps.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Counts the ways to mark cells of a grid (a star, a mine, a tent, a bulb, a 1) under counting rules: each rule names a
 * group of cells and how many of them may be marked, from {@code min} to {@code max}. The search marks one cell at a
 * time, always in the group with the fewest open cells, and after each step fills every group whose count leaves no
 * choice. A rule may also name a cell as {@link #not}, counting it when it is unmarked (so "at most one of b and not a"
 * says b needs a). It knows nothing of any one puzzle, so a bootcamp that states its rules here gets a solution counter
 * independent of its own generator.
 *
 * <pre>{@code
 * CellSearch search = new CellSearch(rows * columns);
 * search.exactly(rowCells, 2).atMost(blockCells, 1).fix(given, true);
 * long solutions = search.count(2, marked -> true);
 * }</pre>
 */
public final class CellSearch {
    private final int cells;
    private final List<int[]> members = new ArrayList<>();
    private final List<int[]> limits = new ArrayList<>();
    private final int[] fixed;

    /** A search over cells numbered 0 to {@code cells - 1}, none fixed and no rules yet. */
    public CellSearch(int cells) {
        this.cells = cells;
        this.fixed = new int[cells];
        Arrays.fill(fixed, -1);
    }

    /** Adds the rule that from {@code min} to {@code max} of {@code group} are marked (a {@link #not} cell: unmarked). */
    public CellSearch between(int[] group, int min, int max) {
        members.add(Arrays.stream(group).distinct().toArray());
        limits.add(new int[] {min, max});
        return this;
    }

    /** Adds the rule that exactly {@code count} of {@code group} are marked. */
    public CellSearch exactly(int[] group, int count) {
        return between(group, count, count);
    }

    /** Adds the rule that at most {@code count} of {@code group} are marked. */
    public CellSearch atMost(int[] group, int count) {
        return between(group, 0, count);
    }

    /**
     * Adds the rules of a {@code rows} x {@code columns} grid, cells numbered row by row, that row r holds exactly
     * {@code rowCounts.get(r)} marks and column c exactly {@code columnCounts.get(c)}.
     */
    public CellSearch lines(int rows, int columns, List<Integer> rowCounts, List<Integer> columnCounts) {
        for (int row = 0; row < rows; row++) {
            exactly(line(row * columns, 1, columns), rowCounts.get(row));
        }
        for (int column = 0; column < columns; column++) {
            exactly(line(column, columns, rows), columnCounts.get(column));
        }
        return this;
    }

    /** Adds the rule that no two marks of a {@code rows} x {@code columns} grid touch, not even diagonally. */
    public CellSearch apart(int rows, int columns) {
        for (int row = 0; row + 1 < rows; row++) {
            for (int column = 0; column + 1 < columns; column++) {
                int cell = row * columns + column;
                atMost(new int[] {cell, cell + 1, cell + columns, cell + columns + 1}, 1);
            }
        }
        return this;
    }

    /** Fixes one cell as marked or unmarked. */
    public CellSearch fix(int cell, boolean marked) {
        fixed[cell] = marked ? 1 : 0;
        return this;
    }

    /**
     * The number of markings that keep every rule and pass {@code accept} (given the marked cells), counting up to
     * {@code limit}. Cells in no rule and not fixed are free, each doubling the count.
     */
    public long count(long limit, Predicate<boolean[]> accept) {
        return new Run(limit, accept).start();
    }

    /** A cell counted by a rule when it is unmarked. */
    public static int not(int cell) {
        return ~cell;
    }

    /** The cells {@code first}, {@code first + step}, ... ({@code length} of them). */
    public static int[] line(int first, int step, int length) {
        int[] line = new int[length];
        for (int i = 0; i < length; i++) {
            line[i] = first + i * step;
        }
        return line;
    }

    /** The numbers of {@code cells} in a grid of {@code columns} columns, counted row by row from 0. */
    public static int[] indices(List<Grid.Cell> cells, int columns) {
        return cells.stream().mapToInt(cell -> cell.row() * columns + cell.column()).toArray();
    }

    private final class Run {
        private final long limit;
        private final Predicate<boolean[]> accept;
        private final int[][] groupsOf;
        private final int[] value = new int[cells];
        private final int[] ones = new int[members.size()];
        private final int[] open = new int[members.size()];
        private final int[] trail = new int[cells];
        private int top;
        private long count;

        Run(long limit, Predicate<boolean[]> accept) {
            this.limit = limit;
            this.accept = accept;
            Arrays.fill(value, -1);
            List<List<Integer>> groups = new ArrayList<>();
            for (int cell = 0; cell < cells; cell++) {
                groups.add(new ArrayList<>());
            }
            for (int group = 0; group < members.size(); group++) {
                open[group] = members.get(group).length;
                for (int literal : members.get(group)) {
                    // each entry is the group and whether the cell counts when unmarked
                    groups.get(literal < 0 ? ~literal : literal).add(2 * group + (literal < 0 ? 1 : 0));
                }
            }
            groupsOf = groups.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        }

        long start() {
            boolean consistent = true;
            for (int cell = 0; cell < cells && consistent; cell++) {
                consistent = fixed[cell] < 0 || set(cell, fixed[cell]);
            }
            for (int group = 0; group < members.size() && consistent; group++) {
                consistent = settle(group);
            }
            if (consistent) {
                search();
            }
            return count;
        }

        private void search() {
            int cell = choose();
            if (cell < 0) {
                boolean[] marked = new boolean[cells];
                for (int i = 0; i < cells; i++) {
                    marked[i] = value[i] == 1;
                }
                count += accept.test(marked) ? 1 : 0;
                return;
            }
            for (int mark = 1; mark >= 0 && count < limit; mark--) {
                int saved = top;
                if (set(cell, mark)) {
                    search();
                }
                undo(saved);
            }
        }

        /** The first open cell of the group with the fewest open cells, else any open cell, else -1. */
        private int choose() {
            int best = -1;
            for (int group = 0; group < open.length; group++) {
                if (open[group] > 0 && (best < 0 || open[group] < open[best])) {
                    best = group;
                }
            }
            for (int literal : best < 0 ? new int[0] : members.get(best)) {
                int cell = literal < 0 ? ~literal : literal;
                if (value[cell] < 0) {
                    return cell;
                }
            }
            for (int cell = 0; cell < cells; cell++) {
                if (value[cell] < 0) {
                    return cell;
                }
            }
            return -1;
        }

        private boolean set(int cell, int mark) {
            if (value[cell] >= 0) {
                return value[cell] == mark;
            }
            value[cell] = mark;
            trail[top++] = cell;
            for (int entry : groupsOf[cell]) {
                open[entry / 2]--;
                ones[entry / 2] += mark ^ entry % 2;
            }
            for (int entry : groupsOf[cell]) {
                if (!settle(entry / 2)) {
                    return false;
                }
            }
            return true;
        }

        /** False when the group's rule is broken; otherwise fills its open cells when the count leaves no choice. */
        private boolean settle(int group) {
            int min = limits.get(group)[0];
            int max = limits.get(group)[1];
            if (ones[group] > max || ones[group] + open[group] < min) {
                return false;
            }
            int forced = open[group] == 0 ? -1 : ones[group] == max ? 0 : ones[group] + open[group] == min ? 1 : -1;
            for (int literal : forced < 0 ? new int[0] : members.get(group)) {
                int cell = literal < 0 ? ~literal : literal;
                if (value[cell] < 0 && !set(cell, literal < 0 ? 1 - forced : forced)) {
                    return false;
                }
            }
            return true;
        }

        private void undo(int saved) {
            while (top > saved) {
                int cell = trail[--top];
                for (int entry : groupsOf[cell]) {
                    open[entry / 2]++;
                    ones[entry / 2] -= value[cell] ^ entry % 2;
                }
                value[cell] = -1;
            }
        }
    }
}
