package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A Hashiwokakero solution grown at random: from one island, a new island is put at the end of a straight run of free
 * water from an existing island and joined to it, until enough islands stand; then extra bridges join islands that see
 * each other across free water. Islands never touch side by side, and no bridge crosses another, so the bridges are a
 * valid, connected solution of the numbers they add up to. Coordinates are 0-based.
 */
final class BridgesSketch {
    private static final int[][] STEPS = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};

    private final int rows;
    private final int columns;
    private final RandomGenerator random;
    private final int[] islandAt;
    /** Water cells a bridge runs through. */
    private final boolean[] bridged;
    private final List<int[]> islands = new ArrayList<>();
    private final List<int[]> bridges = new ArrayList<>();

    BridgesSketch(int rows, int columns, RandomGenerator random) {
        this.rows = rows;
        this.columns = columns;
        this.random = random;
        islandAt = new int[rows * columns];
        Arrays.fill(islandAt, -1);
        bridged = new boolean[rows * columns];
        addIsland(random.nextInt(rows), random.nextInt(columns));
    }

    /** Adds islands until there are {@code target} or many tries in a row found no room. */
    void grow(int target) {
        int failures = 0;
        while (islands.size() < target && failures < 200) {
            int[] from = islands.get(random.nextInt(islands.size()));
            int[] step = STEPS[random.nextInt(4)];
            int length = 2 + random.nextInt(random.nextInt(4) == 0 ? Math.max(rows, columns) / 2 : 2);
            if (!roomFor(from, step, length)) {
                failures++;
                continue;
            }
            failures = 0;
            int row = from[0] + step[0] * length;
            int column = from[1] + step[1] * length;
            int island = addIsland(row, column);
            join(islandAt[from[0] * columns + from[1]], island, step, length);
        }
    }

    /** Joins each pair of islands that see each other across unbridged water with probability {@code chance}. */
    void addLoops(double chance) {
        for (int island = 0; island < islands.size(); island++) {
            for (int[] step : new int[][] {{0, 1}, {1, 0}}) {
                int[] from = islands.get(island);
                int length = 1;
                int row = from[0] + step[0];
                int column = from[1] + step[1];
                boolean free = true;
                while (row < rows && column < columns && islandAt[row * columns + column] < 0) {
                    free &= !bridged[row * columns + column];
                    row += step[0];
                    column += step[1];
                    length++;
                }
                if (row < rows && column < columns && free && length > 1 && !joined(island, islandAt[row * columns + column])
                        && random.nextDouble() < chance) {
                    join(island, islandAt[row * columns + column], step, length);
                }
            }
        }
    }

    /** Each island as {row, column, number}, in reading order. */
    List<int[]> islands() {
        List<int[]> sorted = new ArrayList<>();
        for (int cell = 0; cell < islandAt.length; cell++) {
            if (islandAt[cell] >= 0) {
                sorted.add(islands.get(islandAt[cell]).clone());
            }
        }
        return sorted;
    }

    /** Each bridge as {row1, column1, row2, column2, count}. */
    List<int[]> bridges() {
        List<int[]> result = new ArrayList<>();
        for (int[] bridge : bridges) {
            int[] a = islands.get(bridge[0]);
            int[] b = islands.get(bridge[1]);
            result.add(new int[] {a[0], a[1], b[0], b[1], bridge[2]});
        }
        return result;
    }

    private int addIsland(int row, int column) {
        islands.add(new int[] {row, column, 0});
        islandAt[row * columns + column] = islands.size() - 1;
        return islands.size() - 1;
    }

    /** Whether water runs free for {@code length - 1} cells and the end cell can take an island no other touches. */
    private boolean roomFor(int[] from, int[] step, int length) {
        for (int i = 1; i <= length; i++) {
            int row = from[0] + step[0] * i;
            int column = from[1] + step[1] * i;
            if (row < 0 || row >= rows || column < 0 || column >= columns) {
                return false;
            }
            int cell = row * columns + column;
            if (islandAt[cell] >= 0 || bridged[cell]) {
                return false;
            }
        }
        int row = from[0] + step[0] * length;
        int column = from[1] + step[1] * length;
        for (int[] side : STEPS) {
            int r = row + side[0];
            int c = column + side[1];
            if (r >= 0 && r < rows && c >= 0 && c < columns && islandAt[r * columns + c] >= 0) {
                return false;
            }
        }
        return true;
    }

    private void join(int first, int second, int[] step, int length) {
        int count = 1 + random.nextInt(2);
        int[] from = islands.get(first);
        for (int i = 1; i < length; i++) {
            bridged[(from[0] + step[0] * i) * columns + from[1] + step[1] * i] = true;
        }
        bridges.add(new int[] {first, second, count});
        islands.get(first)[2] += count;
        islands.get(second)[2] += count;
    }

    private boolean joined(int first, int second) {
        for (int[] bridge : bridges) {
            if (bridge[0] == first && bridge[1] == second || bridge[0] == second && bridge[1] == first) {
                return true;
            }
        }
        return false;
    }
}
