package dev.bootcamp.camps.kit;

import dev.bootcamp.api.Score;
import dev.bootcamp.verify.Grids;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;

/**
 * Answers that mark objects on a puzzle's grid (ships, stars, tents, bulbs, mines, filled cells) as rows of one-character
 * marks: the codec, the shape check, the row and column counts, the no-touching rule and the usual slips.
 */
public final class MarkGrids {
    private MarkGrids() {}

    /**
     * Rows of marks written together, one row a line. Each group lists the characters read as one mark, the mark written
     * first: {@code codec("*Ss", ".-_")} reads S as a star and - as an empty cell. Separators between cells are allowed.
     */
    public static Codec<List<String>> codec(String... groups) {
        String allowed = String.join("", groups);
        return Codec.of(rows -> String.join("\n", rows), text -> {
            List<String> rows = new ArrayList<>();
            for (char[] row : Grids.charRows(text, allowed)) {
                StringBuilder line = new StringBuilder();
                for (char cell : row) {
                    for (String group : groups) {
                        if (group.indexOf(cell) >= 0) {
                            line.append(group.charAt(0));
                            break;
                        }
                    }
                }
                rows.add(line.toString());
            }
            return List.copyOf(rows);
        });
    }

    /** Rows of {@code rows} x {@code columns} marks drawn in reading order, {@code mark} given each cell's number from 0. */
    public static List<String> draw(int rows, int columns, IntFunction<Character> mark) {
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < columns; column++) {
                line.append(mark.apply(row * columns + column));
            }
            lines.add(line.toString());
        }
        return List.copyOf(lines);
    }

    /** MALFORMED when {@code rows} is not {@code height} rows of {@code width} cells; null when it is. */
    public static Score shape(List<String> rows, int height, int width) {
        if (rows.size() != height) {
            return Score.malformed("expected " + height + " rows, found " + rows.size());
        }
        for (int row = 0; row < height; row++) {
            if (rows.get(row).length() != width) {
                return Score.malformed("expected " + width + " cells in row " + (row + 1) + ", found " + rows.get(row).length());
            }
        }
        return null;
    }

    /** How many cells of each row hold {@code mark}. */
    public static int[] rowCounts(List<String> rows, char mark) {
        return rows.stream().mapToInt(row -> (int) row.chars().filter(cell -> cell == mark).count()).toArray();
    }

    /** How many cells of each column hold {@code mark}. */
    public static int[] columnCounts(List<String> rows, char mark) {
        int[] counts = new int[rows.isEmpty() ? 0 : rows.get(0).length()];
        for (String row : rows) {
            for (int column = 0; column < counts.length; column++) {
                counts[column] += row.charAt(column) == mark ? 1 : 0;
            }
        }
        return counts;
    }

    /**
     * WRONG for the first row, then the first column, whose count of {@code mark} differs from the one wanted, as
     * "row 3 has 2 tents, expected 1" with {@code noun} "tents"; null when every count matches.
     */
    public static Score counts(List<String> rows, char mark, List<Integer> rowCounts, List<Integer> columnCounts, String noun) {
        Score wrong = counts("row", rowCounts(rows, mark), rowCounts, noun);
        return wrong != null ? wrong : counts("column", columnCounts(rows, mark), columnCounts, noun);
    }

    /**
     * The first two cells holding {@code mark} that touch, in reading order of the first; with {@code sides} false only
     * diagonal contact counts (for objects that may run on along a row or column). Empty when none touch.
     */
    public static Optional<List<Grid.Cell>> touching(List<String> rows, char mark, boolean sides) {
        Grid grid = Grid.of(rows);
        for (Grid.Cell cell : grid.cells(mark)) {
            for (Grid.Cell next : grid.neighbours(cell, true)) {
                boolean diagonal = next.row() != cell.row() && next.column() != cell.column();
                if (grid.at(next) == mark && (sides || diagonal)) {
                    return Optional.of(List.of(cell, next));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Three slips on a solved grid: one {@code mark} taken away (its cell set to {@code blank}), one added on a cell of
     * {@code open}, and the one taken moved to that cell. Wrong where the marks are exactly determined. Fewer when
     * there is no mark or no open cell.
     */
    public static List<List<String>> slips(List<String> gold, char mark, char blank, List<Grid.Cell> open, RandomGenerator random) {
        Grid solved = Grid.of(gold);
        List<Grid.Cell> marks = solved.cells(mark);
        List<List<String>> misses = new ArrayList<>();
        if (marks.isEmpty()) {
            return misses;
        }
        Grid.Cell taken = Draw.pick(marks, random);
        Grid without = solved.with(taken.row(), taken.column(), blank);
        misses.add(without.lines());
        if (!open.isEmpty()) {
            Grid.Cell added = Draw.pick(open, random);
            misses.add(solved.with(added.row(), added.column(), mark).lines());
            misses.add(without.with(added.row(), added.column(), mark).lines());
        }
        return misses;
    }

    /** The rows with rows {@code first} and {@code second} exchanged. */
    public static List<String> swapRows(List<String> rows, int first, int second) {
        List<String> swapped = new ArrayList<>(rows);
        swapped.set(first, rows.get(second));
        swapped.set(second, rows.get(first));
        return List.copyOf(swapped);
    }

    private static Score counts(String line, int[] found, List<Integer> wanted, String noun) {
        for (int i = 0; i < found.length; i++) {
            if (found[i] != wanted.get(i)) {
                return Score.wrong(line + " " + (i + 1) + " has " + found[i] + " " + noun + ", expected " + wanted.get(i));
            }
        }
        return null;
    }
}
