package dev.bootcamp.camps.kit;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import dev.bootcamp.verify.Grids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Colour grids for ARC-style puzzles (digits 0-9, 0 the background): drawing grids and shapes, the eight symmetries of
 * the square, connected objects, and the prompt, answer reading and checking that every such puzzle shares.
 */
public final class ArcGrids {
    /** The colours a cell may have. */
    public static final String DIGITS = "0123456789";
    /** The number of symmetries of the square; see {@link #transform}. */
    public static final int SYMMETRIES = 8;
    /** Longest first line, such as {@code Test output:}, that {@link #parse} drops before the rows. */
    private static final int LABEL_LENGTH = 40;
    private static final int[][] ORTHOGONAL = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
    private static final int[][] ALL_NEIGHBOURS = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {-1, 1}, {1, -1}, {1, 1}};

    private ArcGrids() {}

    /** One demonstration of the hidden rule: an input grid and the grid the rule makes of it, as rows of digits. */
    public record Example(List<String> input, List<String> output) {
        public Example {
            input = List.copyOf(input);
            output = List.copyOf(output);
        }
    }

    /** The cells of rows of digits. */
    public static int[][] grid(List<String> rows) {
        int[][] grid = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            String row = rows.get(r);
            grid[r] = new int[row.length()];
            for (int c = 0; c < row.length(); c++) {
                grid[r][c] = row.charAt(c) - '0';
            }
        }
        return grid;
    }

    /** A grid as rows of digits. */
    public static List<String> rows(int[][] grid) {
        List<String> rows = new ArrayList<>(grid.length);
        for (int[] row : grid) {
            StringBuilder line = new StringBuilder(row.length);
            for (int cell : row) {
                line.append((char) ('0' + cell));
            }
            rows.add(line.toString());
        }
        return List.copyOf(rows);
    }

    public static int[][] copy(int[][] grid) {
        int[][] copy = new int[grid.length][];
        for (int r = 0; r < grid.length; r++) {
            copy[r] = grid[r].clone();
        }
        return copy;
    }

    public static boolean same(int[][] first, int[][] second) {
        return Arrays.deepEquals(first, second);
    }

    /**
     * One of the eight symmetries of the square applied to a rectangular grid: 0 identity, 1 mirror left-right, 2 mirror
     * top-bottom, 3 turn half way, 4 mirror in the main diagonal (transpose), 5 turn a quarter clockwise, 6 turn a
     * quarter anticlockwise, 7 mirror in the other diagonal. Symmetries 4-7 swap the numbers of rows and columns.
     */
    public static int[][] transform(int[][] grid, int symmetry) {
        int rows = grid.length;
        int columns = grid[0].length;
        boolean swaps = symmetry >= 4;
        int[][] result = swaps ? new int[columns][rows] : new int[rows][columns];
        for (int r = 0; r < result.length; r++) {
            for (int c = 0; c < result[0].length; c++) {
                result[r][c] = switch (symmetry) {
                    case 0 -> grid[r][c];
                    case 1 -> grid[r][columns - 1 - c];
                    case 2 -> grid[rows - 1 - r][c];
                    case 3 -> grid[rows - 1 - r][columns - 1 - c];
                    case 4 -> grid[c][r];
                    case 5 -> grid[rows - 1 - c][r];
                    case 6 -> grid[c][columns - 1 - r];
                    case 7 -> grid[rows - 1 - c][columns - 1 - r];
                    default -> throw new IllegalArgumentException("symmetry must be in 0..7, found " + symmetry);
                };
            }
        }
        return result;
    }

    /** {@code count} distinct colours from 1..9, in random order. */
    public static int[] palette(int count, RandomGenerator random) {
        if (count < 0 || count > 9) {
            throw new IllegalArgumentException("a palette has 0..9 colours, found " + count);
        }
        return shifted(Draw.permutation(9, random), count);
    }

    private static int[] shifted(int[] order, int count) {
        int[] colours = new int[count];
        for (int i = 0; i < count; i++) {
            colours[i] = order[i] + 1;
        }
        return colours;
    }

    /** A grid whose cells are each, with chance {@code density}, one of {@code colours} drawn uniformly, else 0. */
    public static int[][] scatter(int rows, int columns, double density, int[] colours, RandomGenerator random) {
        int[][] grid = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (random.nextDouble() < density) {
                    grid[r][c] = colours[random.nextInt(colours.length)];
                }
            }
        }
        return grid;
    }

    /**
     * The objects of a grid: groups of non-background cells joined side by side (and corner to corner when
     * {@code diagonal}), of one colour unless {@code anyColour}. Each object is its cells as {@code row * columns +
     * column}, ascending; objects come in the order of their first cell.
     */
    public static List<int[]> objects(int[][] grid, boolean diagonal, boolean anyColour) {
        int rows = grid.length;
        int columns = grid[0].length;
        boolean[] seen = new boolean[rows * columns];
        int[] queue = new int[rows * columns];
        List<int[]> objects = new ArrayList<>();
        int[][] steps = diagonal ? ALL_NEIGHBOURS : ORTHOGONAL;
        for (int start = 0; start < rows * columns; start++) {
            int colour = grid[start / columns][start % columns];
            if (colour == 0 || seen[start]) {
                continue;
            }
            seen[start] = true;
            queue[0] = start;
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                int r = queue[head] / columns;
                int c = queue[head] % columns;
                for (int[] step : steps) {
                    int nr = r + step[0];
                    int nc = c + step[1];
                    if (nr < 0 || nc < 0 || nr >= rows || nc >= columns || seen[nr * columns + nc]) {
                        continue;
                    }
                    int next = grid[nr][nc];
                    if (next != 0 && (anyColour || next == colour)) {
                        seen[nr * columns + nc] = true;
                        queue[tail++] = nr * columns + nc;
                    }
                }
            }
            int[] cells = Arrays.copyOf(queue, tail);
            Arrays.sort(cells);
            objects.add(cells);
        }
        return objects;
    }

    /**
     * A random shape of {@code size} cells, grown from one cell by adding neighbours (side by side, or also corner to
     * corner when {@code diagonal}); cells as {row, column} with the smallest row and column 0.
     */
    public static List<int[]> shape(int size, boolean diagonal, RandomGenerator random) {
        int side = 2 * size + 1;
        boolean[] taken = new boolean[side * side];
        List<int[]> cells = new ArrayList<>();
        cells.add(new int[] {size, size});
        taken[size * side + size] = true;
        int[][] steps = diagonal ? ALL_NEIGHBOURS : ORTHOGONAL;
        while (cells.size() < size) {
            int[] from = cells.get(random.nextInt(cells.size()));
            int[] step = steps[random.nextInt(steps.length)];
            int row = from[0] + step[0];
            int column = from[1] + step[1];
            if (!taken[row * side + column]) {
                taken[row * side + column] = true;
                cells.add(new int[] {row, column});
            }
        }
        int top = side;
        int left = side;
        for (int[] cell : cells) {
            top = Math.min(top, cell[0]);
            left = Math.min(left, cell[1]);
        }
        for (int[] cell : cells) {
            cell[0] -= top;
            cell[1] -= left;
        }
        return cells;
    }

    /** The number of cells of a grid given as rows. */
    public static int area(List<String> rows) {
        return rows.size() * rows.get(0).length();
    }

    /** The shared prompt: how grids are written, the examples, the test input and the answer format; never the rule. */
    public static String question(List<Example> examples, List<String> test) {
        StringBuilder text = new StringBuilder();
        text.append("This is a grid puzzle. Each grid is written one row per line, with one digit per cell separated by spaces;")
                .append(" each digit 0-9 stands for a colour, and 0 is the empty background. Every example input below is")
                .append(" turned into its output by the same hidden rule. Work out the rule from the examples and apply it")
                .append(" to the test input. An output grid may have a different number of rows or columns from its input.\n");
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            text.append("\nExample ").append(i + 1).append('\n');
            appendGrid(text, "Input", example.input());
            appendGrid(text, "Output", example.output());
        }
        text.append('\n');
        appendGrid(text, "Test input", test);
        text.append("\nWhat is the output grid for the test input? Write it one row per line, one digit per cell.");
        return text.toString();
    }

    private static void appendGrid(StringBuilder text, String label, List<String> rows) {
        text.append(label).append(" (").append(rows.size()).append(rows.size() == 1 ? " row, " : " rows, ")
                .append(rows.get(0).length()).append(rows.get(0).length() == 1 ? " column" : " columns").append("):\n");
        for (String row : rows) {
            for (int c = 0; c < row.length(); c++) {
                text.append(c == 0 ? "" : " ").append(row.charAt(c));
            }
            text.append('\n');
        }
    }

    /**
     * Reads a grid of digits whose shape the reader does not know: one row per line, cells separated by spaces, commas
     * or bars or written together, brackets allowed ({@code [[1,0],[0,2]]}). A first line that is only a label ending in
     * a colon, such as {@code Output:}, and a final full stop are dropped.
     */
    public static List<String> parse(String text) {
        requireNonNull(text, "text is null");
        String body = text.strip();
        if (body.endsWith(".")) {
            body = body.substring(0, body.length() - 1);
        }
        int newline = body.indexOf('\n');
        if (newline > 0 && newline <= LABEL_LENGTH) {
            String first = body.substring(0, newline).strip();
            if (first.endsWith(":") && first.chars().noneMatch(Character::isDigit)) {
                body = body.substring(newline + 1);
            }
        }
        List<String> rows = new ArrayList<>();
        for (char[] row : Grids.charRows(body, DIGITS)) {
            if (row.length == 0) {
                throw new AnswerFormatException("a row has no cells");
            }
            rows.add(new String(row));
        }
        return List.copyOf(rows);
    }

    /** Rows of digits written together, one row per line (the prompt spaces its cells, so no grid there can match). */
    public static String render(List<String> rows) {
        return String.join("\n", rows);
    }

    /** WRONG with the shape or the differing cells unless every cell matches. */
    public static Score check(List<String> expected, List<String> found) {
        int rows = expected.size();
        int columns = expected.get(0).length();
        if (found.size() != rows) {
            return Score.wrong("expected " + rows + (rows == 1 ? " row" : " rows") + ", found " + found.size());
        }
        for (int r = 0; r < rows; r++) {
            if (found.get(r).length() != columns) {
                return Score.wrong("expected " + columns + " cells in each row, found " + found.get(r).length() + " in row " + (r + 1));
            }
        }
        int differing = 0;
        int firstRow = -1;
        int firstColumn = -1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (expected.get(r).charAt(c) != found.get(r).charAt(c) && differing++ == 0) {
                    firstRow = r;
                    firstColumn = c;
                }
            }
        }
        int cells = rows * columns;
        if (differing == 0) {
            return Score.correct("all " + cells + " cells match");
        }
        String first = "row " + (firstRow + 1) + ", column " + (firstColumn + 1) + ", which should be " + expected.get(firstRow).charAt(firstColumn);
        if (differing == 1) {
            return Score.wrong("1 of " + cells + " cells differs: " + first);
        }
        return Score.wrong(differing + " of " + cells + " cells differ; the first is at " + first);
    }

    /**
     * Plausible wrong grids, each different from {@code gold}: one cell recoloured, the last row dropped, the test input
     * copied unchanged, and the given alternatives (outputs of neighbouring rules).
     */
    public static List<List<String>> nearMisses(List<String> gold, List<String> test, List<List<String>> alternatives, RandomGenerator random) {
        List<List<String>> candidates = new ArrayList<>();
        int[][] recoloured = grid(gold);
        int r = random.nextInt(recoloured.length);
        int c = random.nextInt(recoloured[0].length);
        recoloured[r][c] = (recoloured[r][c] + 1 + random.nextInt(9)) % 10;
        candidates.add(rows(recoloured));
        if (gold.size() > 1) {
            candidates.add(gold.subList(0, gold.size() - 1));
        }
        candidates.add(test);
        candidates.addAll(alternatives);
        List<List<String>> misses = new ArrayList<>();
        for (List<String> candidate : candidates) {
            if (!candidate.equals(gold) && !misses.contains(candidate)) {
                misses.add(List.copyOf(candidate));
            }
        }
        return misses;
    }
}
