package dev.bootcamp.camps.kit.spatial;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Stacks of unit cubes on a grid, kept as a height map: rows of digits, row 1 at the back (far from the viewer) and
 * column 1 on the left, each digit the number of cubes stacked on that cell.
 */
public final class HeightMaps {
    private HeightMaps() {}

    /** The digits as numbers, {@code [row][column]}. */
    public static int[][] heights(List<String> rows) {
        int[][] heights = new int[rows.size()][];
        for (int row = 0; row < rows.size(); row++) {
            heights[row] = rows.get(row).chars().map(digit -> digit - '0').toArray();
        }
        return heights;
    }

    /** Numbers back to rows of digits (each 0..9). */
    public static List<String> rows(int[][] heights) {
        List<String> rows = new ArrayList<>(heights.length);
        for (int[] row : heights) {
            StringBuilder line = new StringBuilder(row.length);
            for (int value : row) {
                line.append((char) ('0' + value));
            }
            rows.add(line.toString());
        }
        return List.copyOf(rows);
    }

    /** A random height map: each cell empty with probability {@code emptyShare}, else 1..tallest. */
    public static int[][] random(int rows, int columns, int tallest, double emptyShare, RandomGenerator random) {
        int[][] heights = new int[rows][columns];
        for (int[] row : heights) {
            for (int column = 0; column < columns; column++) {
                row[column] = random.nextDouble() < emptyShare ? 0 : 1 + random.nextInt(tallest);
            }
        }
        return heights;
    }

    /**
     * A random height map whose side views vary: each column and each row gets a random cap 1..tallest, and each cell
     * a height up to the lesser of its two caps (that height itself half the time, so most caps show in the views).
     */
    public static int[][] capped(int rows, int columns, int tallest, RandomGenerator random) {
        int[] rowCaps = new int[rows];
        int[] columnCaps = new int[columns];
        for (int row = 0; row < rows; row++) {
            rowCaps[row] = 1 + random.nextInt(tallest);
        }
        for (int column = 0; column < columns; column++) {
            columnCaps[column] = 1 + random.nextInt(tallest);
        }
        int[][] heights = new int[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int cap = Math.min(rowCaps[row], columnCaps[column]);
                heights[row][column] = random.nextBoolean() ? cap : random.nextInt(cap + 1);
            }
        }
        return heights;
    }

    /** The tallest stack of each column: what a viewer in front (looking toward the back) sees, left to right. */
    public static int[] front(int[][] heights) {
        int[] view = new int[heights[0].length];
        for (int[] row : heights) {
            for (int column = 0; column < row.length; column++) {
                view[column] = Math.max(view[column], row[column]);
            }
        }
        return view;
    }

    /** The tallest stack of each row, back row first: what a viewer on the left side sees, from their left to right. */
    public static int[] side(int[][] heights) {
        int[] view = new int[heights.length];
        for (int row = 0; row < heights.length; row++) {
            for (int value : heights[row]) {
                view[row] = Math.max(view[row], value);
            }
        }
        return view;
    }

    /** Which cells hold at least one cube: '#' for a stack, '.' for an empty cell, as seen from above. */
    public static List<String> top(int[][] heights) {
        List<String> rows = new ArrayList<>(heights.length);
        for (int[] row : heights) {
            StringBuilder line = new StringBuilder(row.length);
            for (int value : row) {
                line.append(value > 0 ? '#' : '.');
            }
            rows.add(line.toString());
        }
        return List.copyOf(rows);
    }

    /** The total number of cubes. */
    public static int cubes(int[][] heights) {
        int total = 0;
        for (int[] row : heights) {
            for (int value : row) {
                total += value;
            }
        }
        return total;
    }

    /**
     * A silhouette drawn as rows of '#' (a filled unit square) and '.', {@code levels} rows from the highest level down
     * to the ground: column k is filled up to {@code view[k]}.
     */
    public static List<String> picture(int[] view, int levels) {
        List<String> rows = new ArrayList<>(levels);
        for (int level = levels; level >= 1; level--) {
            StringBuilder line = new StringBuilder(view.length);
            for (int value : view) {
                line.append(value >= level ? '#' : '.');
            }
            rows.add(line.toString());
        }
        return List.copyOf(rows);
    }
}
