package dev.bootcamp.camps.kit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts exact covers with Knuth's dancing links: choose rows so that every column is covered exactly once. An
 * optional {@link Filter} rejects rows that break a puzzle rule given the rows chosen so far; the search then branches
 * on the column with the fewest rows the filter allows. Puzzle counters use it as an algorithm independent of the
 * generators' {@link GridSearch}.
 */
public final class DancingLinks {
    /** A rule beyond exact cover, told of every row chosen and withdrawn by the search. */
    public interface Filter {
        /** Whether the row may be chosen now. */
        boolean allows(int row);

        /** The row is chosen. */
        void push(int row);

        /** The row, the last one pushed, is withdrawn. */
        void pop(int row);
    }

    private final int[] left;
    private final int[] right;
    private final int[] up;
    private final int[] down;
    private final int[] column;
    private final int[] rowOf;
    private final int[] firstNode;
    private final int[] columnSize;
    private final boolean[] covered;
    private final long[] askedAt;
    private final boolean[] allowedNow;
    private long stamp;
    private Filter filter;
    private long count;
    private long limit;

    /** A matrix of {@code columns} columns and one row per entry of {@code rows}, each listing its columns (0-based). */
    public DancingLinks(int columns, List<int[]> rows) {
        requireNonNull(rows, "rows is null");
        int entries = 0;
        for (int[] row : rows) {
            entries += row.length;
        }
        int nodes = 1 + columns + entries;
        left = new int[nodes];
        right = new int[nodes];
        up = new int[nodes];
        down = new int[nodes];
        column = new int[nodes];
        rowOf = new int[nodes];
        firstNode = new int[rows.size()];
        askedAt = new long[rows.size()];
        allowedNow = new boolean[rows.size()];
        columnSize = new int[columns + 1];
        covered = new boolean[columns + 1];
        for (int header = 0; header <= columns; header++) {
            left[header] = header == 0 ? columns : header - 1;
            right[header] = header == columns ? 0 : header + 1;
            up[header] = header;
            down[header] = header;
        }
        int next = columns + 1;
        for (int r = 0; r < rows.size(); r++) {
            int[] row = rows.get(r);
            int first = next;
            firstNode[r] = row.length == 0 ? -1 : first;
            for (int k = 0; k < row.length; k++) {
                if (row[k] < 0 || row[k] >= columns) {
                    throw new IllegalArgumentException("row " + r + " names column " + row[k] + "; columns are 0.."
                            + (columns - 1));
                }
                int node = next++;
                int header = row[k] + 1;
                column[node] = header;
                rowOf[node] = r;
                up[node] = up[header];
                down[node] = header;
                down[up[header]] = node;
                up[header] = node;
                columnSize[header]++;
                left[node] = k == 0 ? first + row.length - 1 : node - 1;
                right[node] = k == row.length - 1 ? first : node + 1;
            }
        }
    }

    /**
     * The standard matrix of a grid whose cells take digits 1..n and whose groups of n cells each hold every digit
     * once: row {@code cell * n + digit - 1} places the digit in the cell.
     */
    public static DancingLinks forGroups(int digits, int cells, List<int[]> groups) {
        int[][] groupsOfCell = new int[cells][];
        int[] counts = new int[cells];
        for (int[] group : groups) {
            if (group.length != digits) {
                throw new IllegalArgumentException("every group must have " + digits + " cells, found " + group.length);
            }
            for (int cell : group) {
                counts[cell]++;
            }
        }
        for (int cell = 0; cell < cells; cell++) {
            groupsOfCell[cell] = new int[counts[cell]];
            counts[cell] = 0;
        }
        for (int g = 0; g < groups.size(); g++) {
            for (int cell : groups.get(g)) {
                groupsOfCell[cell][counts[cell]++] = g;
            }
        }
        List<int[]> rows = new ArrayList<>();
        for (int cell = 0; cell < cells; cell++) {
            for (int digit = 0; digit < digits; digit++) {
                int[] row = new int[1 + groupsOfCell[cell].length];
                row[0] = cell;
                for (int k = 0; k < groupsOfCell[cell].length; k++) {
                    row[k + 1] = cells + groupsOfCell[cell][k] * digits + digit;
                }
                rows.add(row);
            }
        }
        return new DancingLinks(cells + groups.size() * digits, rows);
    }

    /** Puts a row into every cover (a given); false when one of its columns is already covered. */
    public boolean select(int row) {
        int first = firstNode[row];
        if (first < 0) {
            return true;
        }
        int node = first;
        do {
            if (covered[column[node]]) {
                return false;
            }
            node = right[node];
        } while (node != first);
        do {
            cover(column[node]);
            node = right[node];
        } while (node != first);
        return true;
    }

    /** The number of exact covers that extend the selected rows and pass the filter (may be null), at most {@code limit}. */
    public long count(long limit, Filter filter) {
        this.limit = limit;
        this.filter = filter;
        count = 0;
        search();
        this.filter = null;
        return Math.min(count, limit);
    }

    private void search() {
        if (right[0] == 0) {
            count++;
            return;
        }
        int chosen = choose();
        if (chosen < 0) {
            return;
        }
        cover(chosen);
        for (int node = down[chosen]; node != chosen && count < limit; node = down[node]) {
            int row = rowOf[node];
            if (filter != null && !filter.allows(row)) {
                continue;
            }
            for (int other = right[node]; other != node; other = right[other]) {
                cover(column[other]);
            }
            if (filter != null) {
                filter.push(row);
            }
            search();
            if (filter != null) {
                filter.pop(row);
            }
            for (int other = left[node]; other != node; other = left[other]) {
                uncover(column[other]);
            }
        }
        uncover(chosen);
    }

    /**
     * The open column with the fewest allowed rows, or -1 when some column has none; the first column with a single
     * allowed row is taken at once (its row is forced). The filter is asked about each row at most once per call, as a
     * row sits in several columns.
     */
    private int choose() {
        stamp++;
        int chosen = -1;
        int fewest = Integer.MAX_VALUE;
        for (int header = right[0]; header != 0; header = right[header]) {
            int size = filter == null ? columnSize[header] : allowedRows(header, fewest);
            if (size < fewest) {
                chosen = header;
                fewest = size;
                if (size == 0) {
                    return -1;
                }
                if (size == 1) {
                    return chosen;
                }
            }
        }
        return chosen;
    }

    private int allowedRows(int header, int stopAt) {
        int allowed = 0;
        for (int node = down[header]; node != header && allowed < stopAt; node = down[node]) {
            int row = rowOf[node];
            if (askedAt[row] != stamp) {
                askedAt[row] = stamp;
                allowedNow[row] = filter.allows(row);
            }
            if (allowedNow[row]) {
                allowed++;
            }
        }
        return allowed;
    }

    private void cover(int header) {
        covered[header] = true;
        right[left[header]] = right[header];
        left[right[header]] = left[header];
        for (int row = down[header]; row != header; row = down[row]) {
            for (int node = right[row]; node != row; node = right[node]) {
                up[down[node]] = up[node];
                down[up[node]] = down[node];
                columnSize[column[node]]--;
            }
        }
    }

    private void uncover(int header) {
        for (int row = up[header]; row != header; row = up[row]) {
            for (int node = left[row]; node != row; node = left[node]) {
                columnSize[column[node]]++;
                up[down[node]] = node;
                down[up[node]] = node;
            }
        }
        right[left[header]] = header;
        left[right[header]] = header;
        covered[header] = false;
    }
}
