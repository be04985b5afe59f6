package dev.bootcamp.camps.kit.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A small table: its name, column names, column types ({@code INT} or {@code VARCHAR}) and rows of cells, each cell a
 * number or word as text, or {@link #NULL} for a missing value.
 */
public record SqlTable(String name, List<String> columns, List<String> types, List<List<String>> rows) {
    /** The cell text of a missing value. */
    public static final String NULL = "NULL";

    public SqlTable {
        requireNonNull(name, "name is null");
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        rows = rows.stream().map(List::copyOf).toList();
        if (columns.size() != types.size()) {
            throw new IllegalArgumentException("columns and types differ in number: " + columns + " " + types);
        }
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + row + " does not have " + columns.size() + " cells");
            }
        }
    }

    /** The index of a column by name. */
    public int column(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + name);
        }
        return index;
    }

    /** The text form: the name, then the column names and each row in columns padded with spaces. */
    public String listing() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder("Table ").append(name).append(":\n");
        line(text, columns, widths);
        line(text, columns.stream().map(column -> "-".repeat(column.length())).toList(), widths);
        rows.forEach(row -> line(text, row, widths));
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length() + 2));
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
