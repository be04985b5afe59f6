package dev.bootcamp.camps.arc;

import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.ArcGrids;
import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Input grids for {@link ArcObjectExtractionBootcamp}: objects of distinct sizes and stray cells. */
final class ArcObjectExtractionGenerator {
    private static final int PLACEMENT_TRIES = 30;
    private static final int MIN_CELLS = 3;

    private ArcObjectExtractionGenerator() {}

    /**
     * Objects of distinct sizes that never touch side by side (nor corner to corner unless allowed), then, when the
     * largest object is wanted, stray single cells that touch nothing.
     */
    static int[][] drawInput(Knobs knobs, int[] palette, boolean largest, RandomGenerator random) {
        int size = knobs.get(ArcObjectExtractionBootcamp.SIZE);
        int rows = Draw.between(Math.max(5, (2 * size + 2) / 3), size, random);
        int columns = Draw.between(Math.max(5, (2 * size + 2) / 3), size, random);
        int[][] grid = new int[rows][columns];
        int biggest = Math.min(knobs.get(ArcObjectExtractionBootcamp.OBJECT_SIZE), rows * columns / 4);
        List<Integer> sizes = new ArrayList<>();
        // Objects of two cells are dominoes, few enough in shape and colour for a constant answer to hit when the
        // smallest object is wanted; three cells or more give trominoes and up.
        for (int cells = Math.max(MIN_CELLS, biggest / 3); cells <= Math.max(MIN_CELLS, biggest); cells++) {
            sizes.add(cells);
        }
        boolean touching = knobs.get(ArcObjectExtractionBootcamp.TOUCHING);
        for (int cells : Draw.sample(sizes, knobs.get(ArcObjectExtractionBootcamp.OBJECTS), random)) {
            List<int[]> shape = ArcGrids.shape(cells, knobs.get(ArcObjectExtractionBootcamp.DIAGONAL) && random.nextBoolean(), random);
            int[] colours = {palette[random.nextInt(palette.length)], palette[random.nextInt(palette.length)]};
            boolean mixed = knobs.get(ArcObjectExtractionBootcamp.MULTICOLOUR) && cells > 1 && colours[0] != colours[1] && random.nextBoolean();
            place(grid, shape, colours, mixed, touching, random);
        }
        if (largest) {
            int stray = (int) Math.round(knobs.get(ArcObjectExtractionBootcamp.NOISE) * rows * columns);
            for (int i = 0; i < stray; i++) {
                place(grid, List.of(new int[] {0, 0}), new int[] {palette[random.nextInt(palette.length)], 0}, false, false, random);
            }
        }
        return grid;
    }

    private static void place(int[][] grid, List<int[]> shape, int[] colours, boolean mixed, boolean touching, RandomGenerator random) {
        int height = 0;
        int width = 0;
        for (int[] cell : shape) {
            height = Math.max(height, cell[0] + 1);
            width = Math.max(width, cell[1] + 1);
        }
        if (height > grid.length || width > grid[0].length) {
            return;
        }
        for (int attempt = 0; attempt < PLACEMENT_TRIES; attempt++) {
            int top = random.nextInt(grid.length - height + 1);
            int left = random.nextInt(grid[0].length - width + 1);
            if (clear(grid, shape, top, left, touching)) {
                for (int i = 0; i < shape.size(); i++) {
                    int[] cell = shape.get(i);
                    grid[top + cell[0]][left + cell[1]] = mixed ? colours[i % 2] : colours[0];
                }
                return;
            }
        }
    }

    private static boolean clear(int[][] grid, List<int[]> shape, int top, int left, boolean touching) {
        for (int[] cell : shape) {
            if (!clear(grid, top + cell[0], left + cell[1], touching)) {
                return false;
            }
        }
        return true;
    }

    /** Whether nothing is on or beside a cell (side by side, and corner to corner unless touching is allowed). */
    private static boolean clear(int[][] grid, int r, int c, boolean touching) {
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int nr = r + dr;
                int nc = c + dc;
                boolean corner = dr != 0 && dc != 0;
                if (corner && touching || nr < 0 || nc < 0 || nr >= grid.length || nc >= grid[0].length) {
                    continue;
                }
                if (grid[nr][nc] != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
