package dev.bootcamp.camps.kit.spatial;

import dev.bootcamp.camps.kit.Grid.Cell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Polyominoes as lists of cells (row down, column right), normalised to touch row 0 and column 0 and sorted row by row,
 * so that two shapes are equal exactly when their normal forms are equal lists.
 */
public final class Shapes {
    private static final Comparator<Cell> ORDER = Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column);
    /** Names of the eight symmetries of the square, indexed like {@link #transform}'s argument. */
    public static final List<String> TRANSFORMS = List.of("identity", "rotate 90 clockwise", "rotate 180", "rotate 90 anticlockwise",
            "mirror left-right", "mirror then rotate 90 clockwise", "mirror then rotate 180", "mirror then rotate 90 anticlockwise");

    private Shapes() {}

    /** The cells shifted to touch row 0 and column 0, sorted row by row. */
    public static List<Cell> normalise(Collection<Cell> cells) {
        int top = cells.stream().mapToInt(Cell::row).min().orElse(0);
        int left = cells.stream().mapToInt(Cell::column).min().orElse(0);
        return cells.stream().map(cell -> new Cell(cell.row() - top, cell.column() - left)).sorted(ORDER).distinct().toList();
    }

    /**
     * One of the eight symmetries of the square applied to a shape, normalised: {@code t} in 0..7, where t mod 4 is the
     * number of quarter turns clockwise and t >= 4 mirrors left-right first.
     */
    public static List<Cell> transform(Collection<Cell> cells, int t) {
        List<Cell> result = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            int row = cell.row();
            int column = t >= 4 ? -cell.column() : cell.column();
            for (int turn = 0; turn < t % 4; turn++) {
                int kept = row;
                row = column;
                column = -kept;
            }
            result.add(new Cell(row, column));
        }
        return normalise(result);
    }

    /** Whether some rotation (or, with {@code reflections}, some rotation or reflection) maps one shape onto the other. */
    public static boolean congruent(Collection<Cell> first, Collection<Cell> second, boolean reflections) {
        List<Cell> target = normalise(second);
        for (int t = 0; t < (reflections ? 8 : 4); t++) {
            if (transform(first, t).equals(target)) {
                return true;
            }
        }
        return false;
    }

    /** The least of the normal forms of all eight images: one name for a free polyomino. */
    public static String freeKey(Collection<Cell> cells) {
        String best = null;
        for (int t = 0; t < 8; t++) {
            String key = transform(cells, t).toString();
            best = best == null || key.compareTo(best) < 0 ? key : best;
        }
        return best;
    }

    /** Whether the cells form one piece through shared sides. */
    public static boolean connected(Collection<Cell> cells) {
        List<Cell> all = new ArrayList<>(cells);
        if (all.isEmpty()) {
            return false;
        }
        List<Cell> reached = new ArrayList<>(List.of(all.get(0)));
        for (int next = 0; next < reached.size(); next++) {
            Cell cell = reached.get(next);
            for (Cell other : all) {
                if (Math.abs(other.row() - cell.row()) + Math.abs(other.column() - cell.column()) == 1 && !reached.contains(other)) {
                    reached.add(other);
                }
            }
        }
        return reached.size() == all.size();
    }

    /** A random polyomino of {@code size} cells grown one side-neighbour at a time, normalised. */
    public static List<Cell> random(int size, RandomGenerator random) {
        List<Cell> cells = new ArrayList<>(List.of(new Cell(0, 0)));
        int[][] sides = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        while (cells.size() < size) {
            Cell from = cells.get(random.nextInt(cells.size()));
            int[] side = sides[random.nextInt(4)];
            Cell next = new Cell(from.row() + side[0], from.column() + side[1]);
            if (!cells.contains(next)) {
                cells.add(next);
            }
        }
        return normalise(cells);
    }

    /** The shape drawn in its bounding box: {@code fill} on its cells and {@code empty} elsewhere, one string a row. */
    public static List<String> draw(Collection<Cell> cells, char fill, char empty) {
        List<Cell> shape = normalise(cells);
        int rows = shape.stream().mapToInt(Cell::row).max().orElse(-1) + 1;
        int columns = shape.stream().mapToInt(Cell::column).max().orElse(-1) + 1;
        char[][] picture = new char[rows][columns];
        for (char[] row : picture) {
            Arrays.fill(row, empty);
        }
        for (Cell cell : shape) {
            picture[cell.row()][cell.column()] = fill;
        }
        return Arrays.stream(picture).map(String::new).toList();
    }
}
