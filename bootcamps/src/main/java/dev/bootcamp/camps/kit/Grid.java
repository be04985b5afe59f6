package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Grids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one grid type of the kit: an immutable rectangle of one-character cells (digits, letters, '.', '#').
 *
 * <p>Puzzle records keep their grids as {@code List<String>} rows (that is their JSON shape and so part of the golden
 * bytes); a bootcamp wraps them with {@link #of} to read cells and neighbours, and turns a result back with
 * {@link #lines}. Answers are read with {@link #parse}: one row per line, cells written together or separated by
 * spaces, commas or bars, brackets and border lines such as {@code ---+---} ignored.
 */
public final class Grid {
    private static final String BORDER_CHARACTERS = "-+=_|";
    private static final int[][] SIDES = {{-1, 0}, {0, -1}, {0, 1}, {1, 0}};
    private static final int[][] AROUND = {{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}};

    private final List<String> lines;
    private final int columns;

    private Grid(List<String> lines) {
        this.lines = List.copyOf(lines);
        this.columns = lines.isEmpty() ? 0 : lines.get(0).length();
    }

    /** One cell, numbered from 0. */
    public record Cell(int row, int column) {
        /** "row 2, column 3", numbered from 1 as prompts number them. */
        public String where() {
            return "row " + (row + 1) + ", column " + (column + 1);
        }
    }

    /** Wraps rows of equal length. */
    public static Grid of(List<String> rows) {
        for (String row : rows) {
            if (row.length() != rows.get(0).length()) {
                throw new IllegalArgumentException("rows of different lengths: " + rows);
            }
        }
        return new Grid(rows);
    }

    /** A grid of {@code rows} x {@code columns} cells, all {@code fill}. */
    public static Grid filled(int rows, int columns, char fill) {
        char[] row = new char[columns];
        Arrays.fill(row, fill);
        return new Grid(java.util.Collections.nCopies(rows, new String(row)));
    }

    /**
     * Reads a grid whose cells are each one of {@code alphabet}, leniently about separators, brackets and border lines.
     * Rows may come out ragged; use {@link #parse(String, String, int, int)} when the shape is known.
     */
    public static List<String> parseRows(String text, String alphabet) {
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!isBorder(line)) {
                kept.append(line).append('\n');
            }
        }
        List<String> rows = new ArrayList<>();
        for (char[] row : Grids.charRows(kept.toString(), alphabet)) {
            rows.add(new String(row));
        }
        return List.copyOf(rows);
    }

    /** Reads a grid of exactly {@code rows} x {@code columns} cells from {@code alphabet}. */
    public static Grid parse(String text, String alphabet, int rows, int columns) {
        List<String> found = parseRows(text, alphabet);
        if (found.size() != rows) {
            throw new AnswerFormatException("expected " + rows + " rows, found " + found.size());
        }
        for (int row = 0; row < rows; row++) {
            if (found.get(row).length() != columns) {
                throw new AnswerFormatException("expected " + columns + " cells in row " + (row + 1) + ", found "
                        + found.get(row).length());
            }
        }
        return new Grid(found);
    }

    public int rows() {
        return lines.size();
    }

    public int columns() {
        return columns;
    }

    /** The rows as text, one string a row: the form puzzle records store. */
    public List<String> lines() {
        return lines;
    }

    public char at(int row, int column) {
        return lines.get(row).charAt(column);
    }

    public char at(Cell cell) {
        return at(cell.row(), cell.column());
    }

    public boolean inside(int row, int column) {
        return row >= 0 && row < rows() && column >= 0 && column < columns;
    }

    /** A copy with one cell replaced. */
    public Grid with(int row, int column, char value) {
        List<String> copy = new ArrayList<>(lines);
        StringBuilder line = new StringBuilder(copy.get(row));
        line.setCharAt(column, value);
        copy.set(row, line.toString());
        return new Grid(copy);
    }

    /** A copy with the values of two cells exchanged. */
    public Grid swap(Cell first, Cell second) {
        char kept = at(first);
        return with(first.row(), first.column(), at(second)).with(second.row(), second.column(), kept);
    }

    /** Every cell, row by row. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>(rows() * columns);
        for (int row = 0; row < rows(); row++) {
            for (int column = 0; column < columns; column++) {
                cells.add(new Cell(row, column));
            }
        }
        return cells;
    }

    /** The cells holding {@code value}, row by row. */
    public List<Cell> cells(char value) {
        return cells().stream().filter(cell -> at(cell) == value).toList();
    }

    public int count(char value) {
        int count = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                count += line.charAt(i) == value ? 1 : 0;
            }
        }
        return count;
    }

    /** The cells next to {@code cell} inside the grid: the four sides, or all eight around it with {@code diagonal}. */
    public List<Cell> neighbours(Cell cell, boolean diagonal) {
        List<Cell> next = new ArrayList<>(8);
        for (int[] step : diagonal ? AROUND : SIDES) {
            int row = cell.row() + step[0];
            int column = cell.column() + step[1];
            if (inside(row, column)) {
                next.add(new Cell(row, column));
            }
        }
        return next;
    }

    /** Rows as lines of cells separated by single spaces: {@code 1 2 .}. */
    public String render() {
        StringBuilder text = new StringBuilder();
        for (String row : lines) {
            if (text.length() > 0) {
                text.append('\n');
            }
            for (int i = 0; i < row.length(); i++) {
                text.append(i == 0 ? "" : " ").append(row.charAt(i));
            }
        }
        return text.toString();
    }

    /** Rows as lines of cells written together: {@code 12.}. */
    public String compact() {
        return String.join("\n", lines);
    }

    /**
     * The grid with column numbers above and row numbers to the left, each numbered from 1, for prompts that name cells
     * by row and column.
     */
    public String numbered() {
        int width = String.valueOf(Math.max(rows(), columns)).length();
        StringBuilder text = new StringBuilder(" ".repeat(width));
        for (int column = 1; column <= columns; column++) {
            text.append(' ').append(pad(column, width));
        }
        for (int row = 0; row < rows(); row++) {
            text.append('\n').append(pad(row + 1, width));
            for (int column = 0; column < columns; column++) {
                text.append(' ').append(pad(at(row, column), width));
            }
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Grid grid && grid.lines.equals(lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return compact();
    }

    private static String pad(Object value, int width) {
        String text = String.valueOf(value);
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static boolean isBorder(String line) {
        return !line.isBlank() && line.chars().allMatch(c -> Character.isWhitespace(c) || BORDER_CHARACTERS.indexOf(c) >= 0
                || c >= '\u2500' && c <= '\u257f');
    }
}
