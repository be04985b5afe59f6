package dev.bootcamp.camps.arc;

import static dev.bootcamp.camps.arc.ArcFillEnclosedRule.ALL_NEIGHBOURS;
import static dev.bootcamp.camps.arc.ArcFillEnclosedRule.ORTHOGONAL;

import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.ArcGrids;
import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Input grids for {@link ArcFillEnclosedBootcamp}: outlined shapes, some with a gap, among stray cells. */
final class ArcFillEnclosedGenerator {
    private static final int PLACEMENT_TRIES = 30;

    private ArcFillEnclosedGenerator() {}

    /** Outlines of random shapes placed apart from each other, some with a gap, then stray cells away from them. */
    static int[][] drawInput(Knobs knobs, int[] walls, RandomGenerator random) {
        int size = knobs.get(ArcFillEnclosedBootcamp.SIZE);
        int rows = Draw.between(Math.max(5, (2 * size + 2) / 3), size, random);
        int columns = Draw.between(Math.max(5, (2 * size + 2) / 3), size, random);
        int[][] grid = new int[rows][columns];
        boolean[][] reserved = new boolean[rows][columns];
        for (int shape = 0; shape < knobs.get(ArcFillEnclosedBootcamp.SHAPES); shape++) {
            placeShape(grid, reserved, knobs, walls, random);
        }
        int stray = (int) Math.round(knobs.get(ArcFillEnclosedBootcamp.NOISE) * rows * columns);
        for (int i = 0; i < stray; i++) {
            int r = random.nextInt(rows);
            int c = random.nextInt(columns);
            if (!reserved[r][c]) {
                grid[r][c] = walls[random.nextInt(walls.length)];
            }
        }
        return grid;
    }

    private static void placeShape(int[][] grid, boolean[][] reserved, Knobs knobs, int[] walls, RandomGenerator random) {
        int largest = Math.min(knobs.get(ArcFillEnclosedBootcamp.INTERIOR), (grid.length - 2) * (grid[0].length - 2) / 2);
        List<int[]> inside = ArcGrids.shape(Draw.between(1, Math.max(1, largest), random), false, random);
        int height = inside.stream().mapToInt(cell -> cell[0]).max().orElse(0) + 3;
        int width = inside.stream().mapToInt(cell -> cell[1]).max().orElse(0) + 3;
        int rows = grid.length;
        int columns = grid[0].length;
        if (height > rows || width > columns) {
            return;
        }
        for (int attempt = 0; attempt < PLACEMENT_TRIES; attempt++) {
            int top = random.nextInt(rows - height + 1);
            int left = random.nextInt(columns - width + 1);
            if (!free(reserved, top - 1, left - 1, height + 2, width + 2)) {
                continue;
            }
            boolean[][] interior = new boolean[height][width];
            inside.forEach(cell -> interior[cell[0] + 1][cell[1] + 1] = true);
            int colour = walls[random.nextInt(walls.length)];
            List<int[]> ring = new ArrayList<>();
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    reserved[top + r][left + c] = true;
                    if (!interior[r][c] && touches(interior, r, c, ALL_NEIGHBOURS)) {
                        grid[top + r][left + c] = colour;
                        ring.add(new int[] {r, c});
                    }
                }
            }
            if (random.nextDouble() < knobs.get(ArcFillEnclosedBootcamp.LEAKS)) {
                openGap(grid, interior, ring, top, left, knobs.get(ArcFillEnclosedBootcamp.DIAGONAL) && random.nextBoolean(), random);
            }
            return;
        }
    }

    /**
     * Removes one wall cell on the outer side of an outline: one beside an inside cell (an open gap), or when
     * {@code corner} one that only touches the inside corner to corner, which lets the background through diagonally.
     */
    private static void openGap(int[][] grid, boolean[][] interior, List<int[]> ring, int top, int left, boolean corner, RandomGenerator random) {
        List<int[]> options = new ArrayList<>();
        for (int[] cell : ring) {
            boolean beside = touches(interior, cell[0], cell[1], ORTHOGONAL);
            if (beside != corner && onOutside(interior, cell)) {
                options.add(cell);
            }
        }
        if (!options.isEmpty()) {
            int[] gap = Draw.pick(options, random);
            grid[top + gap[0]][left + gap[1]] = 0;
        }
    }

    /** Whether a cell of the shape's box lies on the box's edge, so that the outside background is next to it. */
    private static boolean onOutside(boolean[][] interior, int[] cell) {
        return cell[0] == 0 || cell[1] == 0 || cell[0] == interior.length - 1 || cell[1] == interior[0].length - 1;
    }

    private static boolean touches(boolean[][] interior, int r, int c, int[][] steps) {
        for (int[] step : steps) {
            int nr = r + step[0];
            int nc = c + step[1];
            if (nr >= 0 && nc >= 0 && nr < interior.length && nc < interior[0].length && interior[nr][nc]) {
                return true;
            }
        }
        return false;
    }

    private static boolean free(boolean[][] reserved, int top, int left, int height, int width) {
        for (int r = Math.max(0, top); r < Math.min(reserved.length, top + height); r++) {
            for (int c = Math.max(0, left); c < Math.min(reserved[0].length, left + width); c++) {
                if (reserved[r][c]) {
                    return false;
                }
            }
        }
        return true;
    }
}
