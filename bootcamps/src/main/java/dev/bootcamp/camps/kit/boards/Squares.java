package dev.bootcamp.camps.kit.boards;

import java.util.List;

/**
 * Board squares named as a column letter and a row number, "c2": columns a, b, c... from the left, rows 1, 2, 3... from
 * the top. A square is numbered {@code row * columns + column} inside the code.
 */
public final class Squares {
    private Squares() {}

    /** The name of the square in {@code row} and {@code column} (both from 0). */
    public static String name(int row, int column) {
        return (char) ('a' + column) + String.valueOf(row + 1);
    }

    /** The name of square number {@code square} on a board {@code columns} wide. */
    public static String of(int square, int columns) {
        return name(square / columns, square % columns);
    }

    /**
     * The number of the square named by {@code word} (letter then digits, any case) on a {@code rows} x {@code columns}
     * board, or -1 when it names no square of the board.
     */
    public static int parse(String word, int rows, int columns) {
        if (word.length() < 2 || word.length() > 3) {
            return -1;
        }
        int column = Character.toLowerCase(word.charAt(0)) - 'a';
        int row = 0;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            row = row * 10 + (c - '0');
        }
        if (column < 0 || column >= columns || row < 1 || row > rows) {
            return -1;
        }
        return (row - 1) * columns + column;
    }

    /**
     * The rows with column letters above and row numbers on the left, cells separated by spaces:
     * <pre>
     *    a b c
     *  1 . X .
     *  2 # . o
     * </pre>
     */
    public static String labelled(List<String> rows) {
        int width = String.valueOf(rows.size()).length();
        StringBuilder text = new StringBuilder(" ".repeat(width));
        for (int column = 0; column < rows.get(0).length(); column++) {
            text.append(' ').append((char) ('a' + column));
        }
        for (int row = 0; row < rows.size(); row++) {
            String number = String.valueOf(row + 1);
            text.append('\n').append(" ".repeat(width - number.length())).append(number);
            for (char cell : rows.get(row).toCharArray()) {
                text.append(' ').append(cell);
            }
        }
        return text.toString();
    }
}
