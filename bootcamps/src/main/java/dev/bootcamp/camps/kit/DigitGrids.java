package dev.bootcamp.camps.kit;

import dev.bootcamp.api.Score;
import java.util.ArrayList;
import java.util.List;

/**
 * Square grids of one-character cells (digits, or '.' for an empty cell) as rows of text: reading and writing answers,
 * and the checks every Latin-square puzzle shares (shape, digit range, givens kept, rows and columns without repeats).
 */
public final class DigitGrids {
    private DigitGrids() {}

    /**
     * Reads one row per line; cells may be separated by spaces, commas or bars, or written together. Lines made only of
     * border characters, such as {@code ---+---} copied from a prompt, are skipped. Every cell must be in {@code allowed}.
     */
    public static List<String> parse(String text, String allowed) {
        return Grid.parseRows(text, allowed);
    }

    /** Rows as lines of cells separated by single spaces. */
    public static String render(List<String> rows) {
        return Grid.of(rows).render();
    }

    /**
     * Rows drawn with spaces between cells, a bar between boxes and a line of dashes between bands of boxes, as in
     * {@code 5 3 . | . 7 .}; no bars or lines where the box side is the whole grid.
     */
    public static String picture(List<String> rows, int boxRows, int boxColumns) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < rows.size(); row++) {
            StringBuilder line = new StringBuilder();
            String cells = rows.get(row);
            for (int column = 0; column < cells.length(); column++) {
                if (column > 0) {
                    line.append(column % boxColumns == 0 ? " | " : " ");
                }
                line.append(cells.charAt(column));
            }
            if (row > 0 && row % boxRows == 0) {
                text.append(line.toString().replaceAll("[^|]", "-").replace('|', '+')).append('\n');
            }
            text.append(line).append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** A grid of digits, row by row (0 for an empty cell), as rows of text with '.' for empty cells. */
    public static List<String> rows(int[] grid, int size) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < size; column++) {
                int digit = grid[row * size + column];
                line.append(digit == 0 ? '.' : Character.forDigit(digit, 36));
            }
            rows.add(line.toString());
        }
        return List.copyOf(rows);
    }

    /** The digits of rows of text, row by row; '.' and anything else that is not a digit become 0. */
    public static int[] cells(List<String> rows) {
        int size = rows.size();
        int[] grid = new int[size * size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                char cell = rows.get(row).charAt(column);
                grid[row * size + column] = cell >= '0' && cell <= '9' ? cell - '0' : 0;
            }
        }
        return grid;
    }

    /**
     * Checks that an answer is a full {@code size} x {@code size} grid of the digits {@code lowest}..{@code highest} that
     * keeps every given (a '.' in {@code givens} is free); null when it does, otherwise the failing score.
     */
    public static Score checkFilled(List<String> rows, List<String> givens, int size, int lowest, int highest) {
        if (rows.size() != size || rows.stream().anyMatch(row -> row.length() != size)) {
            String found = rows.size() == size ? "a row of a different length" : rows.size() + " rows";
            return Score.malformed("expected " + size + " rows of " + size + " cells, found " + found);
        }
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                char cell = rows.get(row).charAt(column);
                char given = givens.get(row).charAt(column);
                int digit = cell - '0';
                if (digit < lowest || digit > highest) {
                    return Score.wrong(where(row, column) + " holds '" + cell + "'; allowed are " + lowest + " to " + highest);
                }
                if (given != '.' && given != cell) {
                    return Score.wrong(where(row, column) + " changes the given " + given + " to " + cell);
                }
            }
        }
        return null;
    }

    /** Checks that no digit repeats within a group of cells (row-major indices); null when none does. */
    public static Score checkDistinct(List<String> rows, int[] group, String name) {
        int size = rows.size();
        long seen = 0;
        for (int cell : group) {
            int digit = rows.get(cell / size).charAt(cell % size) - '0';
            long bit = 1L << digit;
            if ((seen & bit) != 0) {
                return Score.wrong(name + " has two " + digit + "s");
            }
            seen |= bit;
        }
        return null;
    }

    /** Checks rows and columns for repeats; null when neither has any. */
    public static Score checkLatin(List<String> rows) {
        int size = rows.size();
        for (int line = 0; line < size; line++) {
            int[] row = new int[size];
            int[] column = new int[size];
            for (int i = 0; i < size; i++) {
                row[i] = line * size + i;
                column[i] = i * size + line;
            }
            Score score = checkDistinct(rows, row, "row " + (line + 1));
            if (score == null) {
                score = checkDistinct(rows, column, "column " + (line + 1));
            }
            if (score != null) {
                return score;
            }
        }
        return null;
    }

    /** "the cell at row 2, column 3", numbered from 1. */
    public static String where(int row, int column) {
        return "the cell at row " + (row + 1) + ", column " + (column + 1);
    }

    /** A copy of the rows with one cell replaced. */
    public static List<String> withCell(List<String> rows, int row, int column, char cell) {
        return Grid.of(rows).with(row, column, cell).lines();
    }
}
