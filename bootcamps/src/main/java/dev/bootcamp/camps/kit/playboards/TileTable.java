package dev.bootcamp.camps.kit.playboards;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Exact distances of every position of a small sliding-tile board (at most nine cells: 2x3, 2x4, 3x3) to the goal, by
 * one breadth-first search from the goal, built once per shape on first use. A position is a string of digits, row by
 * row, with '0' for the gap; the goal is 1, 2, 3, ... in order with the gap last. Moving the gap is the only move.
 */
public final class TileTable {
    /** The distance of a position that cannot reach the goal. */
    public static final int UNREACHABLE = -1;

    private final int rows;
    private final int columns;
    private final byte[] distances;
    private final int[] byDistance;
    private final int[] firstAt;

    private TileTable(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
        int cells = rows * columns;
        int states = factorial(cells);
        distances = new byte[states];
        Arrays.fill(distances, (byte) UNREACHABLE);
        int[] order = new int[states / 2];
        int goal = rank(goal(cells));
        distances[goal] = 0;
        order[0] = goal;
        int reached = 1;
        for (int head = 0; head < reached; head++) {
            int[] tiles = unrank(order[head], cells);
            int gap = indexOf(tiles, 0);
            for (int d = 0; d < 4; d++) {
                int to = neighbour(gap, d);
                if (to < 0) {
                    continue;
                }
                swap(tiles, gap, to);
                int next = rank(tiles);
                swap(tiles, gap, to);
                if (distances[next] == UNREACHABLE) {
                    distances[next] = (byte) (distances[order[head]] + 1);
                    order[reached++] = next;
                }
            }
        }
        byDistance = Arrays.copyOf(order, reached);
        int most = distances[byDistance[reached - 1]];
        firstAt = new int[most + 2];
        for (int i = reached - 1; i >= 0; i--) {
            firstAt[distances[byDistance[i]]] = i;
        }
        firstAt[most + 1] = reached;
    }

    /** The table of a rows x columns board: 2x3, 2x4, 3x3 (or their transposes' row counts: 3x2, 4x2). */
    public static TileTable of(int rows, int columns) {
        if (rows == 3 && columns == 3) {
            return Square.TABLE;
        }
        if (rows * columns == 8 && Math.min(rows, columns) == 2) {
            return rows == 2 ? Wide.TABLE : Tall.TABLE;
        }
        if (rows * columns == 6 && Math.min(rows, columns) == 2) {
            return rows == 2 ? Small.TABLE : SmallTall.TABLE;
        }
        throw new IllegalArgumentException("tile tables exist for 2x3, 3x2, 2x4, 4x2 and 3x3 boards, not " + rows + "x" + columns);
    }

    /** The goal position: tiles in order, the gap last. */
    public String goal() {
        return text(goal(rows * columns));
    }

    /** The fewest moves from {@code position} to the goal, or {@link #UNREACHABLE}. */
    public int distance(String position) {
        return distances[rank(tiles(position))];
    }

    /** The largest distance of any position. */
    public int maxDistance() {
        return firstAt.length - 2;
    }

    /** How many positions lie at exactly {@code distance} moves. */
    public int count(int distance) {
        return distance < 0 || distance > maxDistance() ? 0 : firstAt[distance + 1] - firstAt[distance];
    }

    /** A position drawn uniformly from those at exactly {@code distance} moves (0 to {@link #maxDistance}). */
    public String random(int distance, RandomGenerator random) {
        int index = firstAt[distance] + random.nextInt(count(distance));
        return text(unrank(byDistance[index], rows * columns));
    }

    /**
     * The position after moving the gap one step in direction {@code d} (0 up, 1 right, 2 down, 3 left), or null when
     * that leaves the board.
     */
    public String moveGap(String position, int d) {
        int[] tiles = tiles(position);
        int gap = indexOf(tiles, 0);
        int to = neighbour(gap, d);
        if (to < 0) {
            return null;
        }
        swap(tiles, gap, to);
        return text(tiles);
    }

    private int neighbour(int cell, int d) {
        int row = cell / columns + Directions.ROW_STEP[d];
        int column = cell % columns + Directions.COLUMN_STEP[d];
        return row >= 0 && row < rows && column >= 0 && column < columns ? row * columns + column : -1;
    }

    private static int[] goal(int cells) {
        int[] tiles = new int[cells];
        for (int i = 0; i < cells - 1; i++) {
            tiles[i] = i + 1;
        }
        return tiles;
    }

    private static int[] tiles(String position) {
        int[] tiles = new int[position.length()];
        for (int i = 0; i < tiles.length; i++) {
            tiles[i] = position.charAt(i) - '0';
        }
        return tiles;
    }

    private static String text(int[] tiles) {
        StringBuilder text = new StringBuilder();
        for (int tile : tiles) {
            text.append((char) ('0' + tile));
        }
        return text.toString();
    }

    /** The Lehmer rank of a permutation of 0..n-1. */
    private static int rank(int[] tiles) {
        int rank = 0;
        for (int i = 0; i < tiles.length; i++) {
            int smaller = 0;
            for (int j = i + 1; j < tiles.length; j++) {
                smaller += tiles[j] < tiles[i] ? 1 : 0;
            }
            rank = rank * (tiles.length - i) + smaller;
        }
        return rank;
    }

    private static int[] unrank(int rank, int n) {
        int[] digits = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            digits[i] = rank % (n - i);
            rank /= n - i;
        }
        boolean[] used = new boolean[n];
        int[] tiles = new int[n];
        for (int i = 0; i < n; i++) {
            int skip = digits[i];
            int value = 0;
            while (used[value] || skip > 0) {
                if (!used[value]) {
                    skip--;
                }
                value++;
            }
            used[value] = true;
            tiles[i] = value;
        }
        return tiles;
    }

    private static int factorial(int n) {
        int value = 1;
        for (int i = 2; i <= n; i++) {
            value *= i;
        }
        return value;
    }

    private static int indexOf(int[] tiles, int value) {
        for (int i = 0; i < tiles.length; i++) {
            if (tiles[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static void swap(int[] tiles, int a, int b) {
        int kept = tiles[a];
        tiles[a] = tiles[b];
        tiles[b] = kept;
    }

    /** Tables are built by the JVM on first use of each shape. */
    private static final class Small {
        static final TileTable TABLE = new TileTable(2, 3);
    }

    private static final class SmallTall {
        static final TileTable TABLE = new TileTable(3, 2);
    }

    private static final class Wide {
        static final TileTable TABLE = new TileTable(2, 4);
    }

    private static final class Tall {
        static final TileTable TABLE = new TileTable(4, 2);
    }

    private static final class Square {
        static final TileTable TABLE = new TileTable(3, 3);
    }
}
