package dev.bootcamp.verify;

import dev.bootcamp.api.AnswerFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Grid answers: one row per line; cells separated by spaces, commas or bars, or written without separators when
 * every cell is one character. Brackets around rows or the whole grid are ignored.
 */
public final class Grids {
    /** Largest side accepted. */
    public static final int MAX_SIDE = 200;

    private Grids() {}

    /** The cells of each row as strings, with the row and column counts checked. */
    public static List<List<String>> cells(String text, int rows, int columns) {
        List<List<String>> grid = new ArrayList<>();
        for (String line : rowLines(text)) {
            List<String> row = splitRow(line, columns);
            if (row.isEmpty()) {
                continue;
            }
            grid.add(row);
            if (grid.size() > MAX_SIDE) {
                throw new AnswerFormatException("more than " + MAX_SIDE + " rows");
            }
        }
        if (grid.size() != rows) {
            throw new AnswerFormatException("expected " + rows + " rows, found " + grid.size());
        }
        for (int r = 0; r < grid.size(); r++) {
            if (grid.get(r).size() != columns) {
                throw new AnswerFormatException("expected " + columns + " cells in row " + (r + 1) + ", found " + grid.get(r).size());
            }
        }
        return grid;
    }

    /** A grid of integers. */
    public static int[][] integers(String text, int rows, int columns) {
        List<List<String>> cells = cells(text, rows, columns);
        int[][] grid = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = Answers.intValue(cells.get(r).get(c));
            }
        }
        return grid;
    }

    /** A grid of single characters, each one of {@code allowed}. */
    public static char[][] characters(String text, int rows, int columns, String allowed) {
        List<List<String>> cells = cells(text, rows, columns);
        char[][] grid = new char[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                String cell = cells.get(r).get(c);
                if (cell.length() != 1 || allowed.indexOf(cell.charAt(0)) < 0) {
                    throw new AnswerFormatException("cell (" + (r + 1) + ", " + (c + 1) + ") is '" + Answers.abbreviate(cell)
                            + "'; allowed: " + allowed);
                }
                grid[r][c] = cell.charAt(0);
            }
        }
        return grid;
    }

    /**
     * The rows of a grid whose shape is not known to the reader (a parser does not see the puzzle): each line's cells,
     * split on spaces, commas, bars and semicolons, brackets removed. Rows may be ragged; the checker decides whether
     * the shape is right.
     */
    public static List<List<String>> tokenRows(String text) {
        List<List<String>> grid = new ArrayList<>();
        for (String line : rowLines(text)) {
            List<String> row = splitRow(line, 0);
            if (!row.isEmpty()) {
                grid.add(row);
            }
            if (grid.size() > MAX_SIDE) {
                throw new AnswerFormatException("more than " + MAX_SIDE + " rows");
            }
        }
        if (grid.isEmpty()) {
            throw new AnswerFormatException("no grid rows found");
        }
        return grid;
    }

    /**
     * The rows of a grid of one-character cells whose shape is not known to the reader: separators between cells are
     * optional ({@code #.#}, {@code # . #} and {@code #,.,#} read alike); every cell must be one of {@code allowed}.
     * Rows may be ragged.
     */
    public static char[][] charRows(String text, String allowed) {
        List<List<String>> rows = tokenRows(text);
        char[][] grid = new char[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder cells = new StringBuilder();
            rows.get(r).forEach(cells::append);
            if (cells.length() > MAX_SIDE) {
                throw new AnswerFormatException("more than " + MAX_SIDE + " cells in row " + (r + 1));
            }
            for (int c = 0; c < cells.length(); c++) {
                if (allowed.indexOf(cells.charAt(c)) < 0) {
                    throw new AnswerFormatException("row " + (r + 1) + " has '" + cells.charAt(c) + "'; allowed: " + allowed);
                }
            }
            grid[r] = cells.toString().toCharArray();
        }
        return grid;
    }

    /** Rows as lines of cells separated by single spaces. */
    public static String render(int[][] grid) {
        StringBuilder text = new StringBuilder();
        for (int[] row : grid) {
            for (int c = 0; c < row.length; c++) {
                text.append(c == 0 ? "" : " ").append(row[c]);
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    public static String render(char[][] grid) {
        StringBuilder text = new StringBuilder();
        for (char[] row : grid) {
            text.append(row).append('\n');
        }
        return text.toString().strip();
    }

    private static List<String> rowLines(String text) {
        String body = text.strip();
        if (body.startsWith("[[") && body.endsWith("]]")) {
            body = body.substring(1, body.length() - 1);
            return List.of(body.replace("],", "]\n").split("\\R"));
        }
        return Answers.lines(body);
    }

    private static List<String> splitRow(String line, int columns) {
        String row = line.strip();
        if (row.endsWith(",")) {
            row = row.substring(0, row.length() - 1).strip();
        }
        if (row.startsWith("[") && row.endsWith("]") || row.startsWith("(") && row.endsWith(")")) {
            row = row.substring(1, row.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= row.length(); i++) {
            boolean separator = i == row.length() || Character.isWhitespace(row.charAt(i)) || row.charAt(i) == ','
                    || row.charAt(i) == '|' || row.charAt(i) == ';';
            if (separator) {
                if (start >= 0) {
                    cells.add(row.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            if (cells.size() > MAX_SIDE) {
                throw new AnswerFormatException("more than " + MAX_SIDE + " cells in a row");
            }
        }
        if (cells.size() == 1 && columns > 1 && cells.get(0).length() > 1) {
            String packed = cells.get(0);
            cells.clear();
            for (int i = 0; i < packed.length(); i++) {
                cells.add(String.valueOf(packed.charAt(i)));
            }
        }
        return cells;
    }
}
