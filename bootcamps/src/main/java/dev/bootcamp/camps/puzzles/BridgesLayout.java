package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The islands of a Hashiwokakero grid and the connections the generator's solver may use: each island joined to the
 * nearest island in each of the four directions, with the pairs of connections that would cross.
 */
final class BridgesLayout {
    private final int[] rowOf;
    private final int[] columnOf;
    private final int[] numbers;
    private final List<int[]> edges = new ArrayList<>();
    private final int[][] incident;
    private final int[][] crossings;

    /** @param islands each island as {row, column, number} */
    BridgesLayout(int rows, int columns, List<int[]> islands) {
        int count = islands.size();
        rowOf = new int[count];
        columnOf = new int[count];
        numbers = new int[count];
        int[] at = new int[rows * columns];
        Arrays.fill(at, -1);
        for (int i = 0; i < count; i++) {
            rowOf[i] = islands.get(i)[0];
            columnOf[i] = islands.get(i)[1];
            numbers[i] = islands.get(i)[2];
            at[rowOf[i] * columns + columnOf[i]] = i;
        }
        List<List<Integer>> touching = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            touching.add(new ArrayList<>());
        }
        for (int i = 0; i < count; i++) {
            for (int[] step : new int[][] {{0, 1}, {1, 0}}) {
                int r = rowOf[i] + step[0];
                int c = columnOf[i] + step[1];
                while (r < rows && c < columns && at[r * columns + c] < 0) {
                    r += step[0];
                    c += step[1];
                }
                if (r < rows && c < columns) {
                    touching.get(i).add(edges.size());
                    touching.get(at[r * columns + c]).add(edges.size());
                    edges.add(new int[] {i, at[r * columns + c]});
                }
            }
        }
        incident = new int[count][];
        for (int i = 0; i < count; i++) {
            incident[i] = touching.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        crossings = new int[edges.size()][];
        for (int e = 0; e < edges.size(); e++) {
            List<Integer> crossing = new ArrayList<>();
            for (int f = 0; f < edges.size(); f++) {
                if (cross(e, f)) {
                    crossing.add(f);
                }
            }
            crossings[e] = crossing.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    int islands() {
        return numbers.length;
    }

    int number(int island) {
        return numbers[island];
    }

    List<int[]> edges() {
        return edges;
    }

    int first(int edge) {
        return edges.get(edge)[0];
    }

    int second(int edge) {
        return edges.get(edge)[1];
    }

    int other(int edge, int island) {
        return first(edge) == island ? second(edge) : first(edge);
    }

    int[] incident(int island) {
        return incident[island];
    }

    int[] crossings(int edge) {
        return crossings[edge];
    }

    /** Whether the bridges ({@code value[e]} on connection e) join every island into one group. */
    boolean connected(int[] value) {
        int[] group = new int[numbers.length];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        int groups = numbers.length;
        for (int e = 0; e < edges.size(); e++) {
            if (value[e] > 0) {
                int a = find(group, first(e));
                int b = find(group, second(e));
                if (a != b) {
                    group[a] = b;
                    groups--;
                }
            }
        }
        return groups == 1;
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    /** Whether a horizontal and a vertical connection pass through the same point strictly inside both. */
    private boolean cross(int e, int f) {
        int[] a = edges.get(e);
        int[] b = edges.get(f);
        boolean aHorizontal = rowOf[a[0]] == rowOf[a[1]];
        boolean bHorizontal = rowOf[b[0]] == rowOf[b[1]];
        if (aHorizontal == bHorizontal) {
            return false;
        }
        int[] horizontal = aHorizontal ? a : b;
        int[] vertical = aHorizontal ? b : a;
        int row = rowOf[horizontal[0]];
        int column = columnOf[vertical[0]];
        return row > Math.min(rowOf[vertical[0]], rowOf[vertical[1]]) && row < Math.max(rowOf[vertical[0]], rowOf[vertical[1]])
                && column > Math.min(columnOf[horizontal[0]], columnOf[horizontal[1]])
                && column < Math.max(columnOf[horizontal[0]], columnOf[horizontal[1]]);
    }
}
