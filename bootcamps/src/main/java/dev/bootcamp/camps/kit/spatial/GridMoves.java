package dev.bootcamp.camps.kit.spatial;

import java.util.ArrayList;
import java.util.List;

/** Whole-grid rotations, flips and transposes of rectangular grids kept as rows of one-character cells. */
public final class GridMoves {
    private GridMoves() {}

    /** A quarter turn clockwise: the left column, read bottom to top, becomes the top row. */
    public static List<String> rotateClockwise(List<String> rows) {
        int height = rows.size();
        int width = rows.get(0).length();
        List<String> result = new ArrayList<>(width);
        for (int column = 0; column < width; column++) {
            StringBuilder line = new StringBuilder(height);
            for (int row = height - 1; row >= 0; row--) {
                line.append(rows.get(row).charAt(column));
            }
            result.add(line.toString());
        }
        return List.copyOf(result);
    }

    /** Each row reversed: the mirror image in a vertical mirror. */
    public static List<String> flipLeftRight(List<String> rows) {
        return rows.stream().map(row -> new StringBuilder(row).reverse().toString()).toList();
    }

    /** The rows in reverse order: the mirror image in a horizontal mirror. */
    public static List<String> flipUpDown(List<String> rows) {
        List<String> result = new ArrayList<>(rows);
        java.util.Collections.reverse(result);
        return List.copyOf(result);
    }

    /** Rows become columns: the cell at (r, c) moves to (c, r), a reflection in the main diagonal. */
    public static List<String> transpose(List<String> rows) {
        return flipLeftRight(rotateClockwise(rows));
    }
}
