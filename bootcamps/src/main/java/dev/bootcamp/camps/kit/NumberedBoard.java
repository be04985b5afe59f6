package dev.bootcamp.camps.kit;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A puzzle board for a prompt in three-character columns: column numbers on top, a label before each row (such as
 * {@code "%3d "} or {@code "Row %3d:"}), the cells, and optionally a clue after each row and a line of column clues.
 *
 * <pre>
 *       1  2  3
 *   1   .  #  .   2
 *   2   .  .  #   1
 *       0  1  2
 * </pre>
 */
public final class NumberedBoard {
    private NumberedBoard() {}

    /** The header and the rows, each line ending in a newline, with nothing after a row. */
    public static String rows(List<String> rows, String label) {
        return rows(rows, label, row -> "");
    }

    /** The header and the rows, each line ending in a newline; {@code after} gives the text after each row (from 0). */
    public static String rows(List<String> rows, String label, IntFunction<String> after) {
        StringBuilder text = new StringBuilder(" ".repeat(String.format(label, 1).length()));
        for (int column = 0; column < rows.get(0).length(); column++) {
            text.append(String.format("%3d", column + 1));
        }
        text.append('\n');
        for (int row = 0; row < rows.size(); row++) {
            text.append(String.format(label, row + 1));
            for (char cell : rows.get(row).toCharArray()) {
                text.append("  ").append(cell);
            }
            text.append(after.apply(row)).append('\n');
        }
        return text.toString();
    }

    /** A line of column clues under {@link #rows}: {@code label}, then each value in three characters; no newline. */
    public static String footer(String label, List<Integer> values) {
        StringBuilder text = new StringBuilder(label);
        values.forEach(value -> text.append(String.format("%3d", value)));
        return text.toString();
    }
}
