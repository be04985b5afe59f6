package dev.bootcamp.camps.kit.tools;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small hidden table of text cells with named columns: the sheet or database a player queries through a tool.
 * Immutable; rows are numbered from 0 here (a bootcamp shows them as it likes).
 *
 * @param columns the column names, distinct ignoring case
 * @param rows each row's cells, one per column
 */
public record Table(List<String> columns, List<List<String>> rows) {
    public Table {
        requireNonNull(columns, "columns is null");
        requireNonNull(rows, "rows is null");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, the table " + columns.size() + " columns");
            }
        }
    }

    /** The index of the column named {@code name} ignoring case, or -1. */
    public int column(String name) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).equalsIgnoreCase(name)) {
                return c;
            }
        }
        return -1;
    }

    /** The text of one cell. */
    public String cell(int row, int column) {
        return rows.get(row).get(column);
    }

    /** The cell as a whole number, or 0 when it is not one. */
    public long number(int row, int column) {
        String text = cell(row, column);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether a cell's text is a whole number. */
    public boolean isNumber(int row, int column) {
        String text = cell(row, column);
        if (text.isEmpty() || text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(i == 0 && c == '-' && text.length() > 1)) {
                return false;
            }
        }
        return true;
    }

    /** The rows (from 0, in order) whose cell in {@code column} equals {@code text} ignoring case. */
    public List<Integer> rowsWhere(int column, String text) {
        List<Integer> found = new ArrayList<>();
        String wanted = text.toLowerCase(Locale.ROOT);
        for (int r = 0; r < rows.size(); r++) {
            if (cell(r, column).toLowerCase(Locale.ROOT).equals(wanted)) {
                found.add(r);
            }
        }
        return found;
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }
}
