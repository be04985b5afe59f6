package dev.bootcamp.camps.kit.playboards;

import java.util.List;

/** Boards printed for a player who names cells as a column letter and a row number ("B3"), as kit.episodes.Actions reads them. */
public final class BoardText {
    private BoardText() {}

    /**
     * The rows with column letters above and row numbers from 1 on the left, cells separated by spaces:
     * <pre>
     *    A B C
     *  1 . # .
     *  2 . . *
     * </pre>
     */
    public static String lettered(List<String> rows) {
        int width = String.valueOf(rows.size()).length();
        StringBuilder text = new StringBuilder(" ".repeat(width));
        int columns = rows.isEmpty() ? 0 : rows.get(0).length();
        for (int column = 0; column < columns; column++) {
            text.append(' ').append((char) ('A' + column));
        }
        for (int row = 0; row < rows.size(); row++) {
            String number = String.valueOf(row + 1);
            text.append('\n').append(" ".repeat(width - number.length())).append(number);
            for (int column = 0; column < columns; column++) {
                text.append(' ').append(rows.get(row).charAt(column));
            }
        }
        return text.toString();
    }

    /** Cells of a rows x columns board as strings of one row each, from a row-major char array. */
    public static List<String> rows(char[] cells, int rows, int columns) {
        String[] lines = new String[rows];
        for (int row = 0; row < rows; row++) {
            lines[row] = new String(cells, row * columns, columns);
        }
        return List.of(lines);
    }
}
