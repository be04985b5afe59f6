package dev.bootcamp.camps.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Dijkstra over a weight matrix ({@code weight[u][v]} is 0 where no edge leads from u to v), in O(n^2), ordering by
 * (distance, hops) so that each node's parent gives, among its shortest paths, one with the fewest edges.
 */
public final class ShortestPaths {
    /** The distance of a node no path reaches. */
    public static final long UNREACHED = Long.MAX_VALUE;

    private ShortestPaths() {}

    /** Shortest distances from one source, the edge count of each path, and each node's parent on it (-1 for none). */
    public record Tree(long[] distance, int[] hops, int[] parent) {
        public boolean reaches(int node) {
            return distance[node] != UNREACHED;
        }

        /** The nodes of the path from the source to {@code target}, which the tree reaches. */
        public List<Integer> path(int target) {
            List<Integer> path = new ArrayList<>();
            for (int node = target; node >= 0; node = parent[node]) {
                path.add(node);
            }
            Collections.reverse(path);
            return path;
        }
    }

    /** The tree of shortest paths from {@code source}. */
    public static Tree from(int[][] weight, int source) {
        int count = weight.length;
        long[] distance = new long[count];
        int[] hops = new int[count];
        int[] parent = new int[count];
        boolean[] done = new boolean[count];
        Arrays.fill(distance, UNREACHED);
        Arrays.fill(parent, -1);
        distance[source] = 0;
        for (int round = 0; round < count; round++) {
            int next = -1;
            for (int node = 0; node < count; node++) {
                if (!done[node] && distance[node] != UNREACHED && (next < 0 || distance[node] < distance[next]
                        || distance[node] == distance[next] && hops[node] < hops[next])) {
                    next = node;
                }
            }
            if (next < 0) {
                break;
            }
            done[next] = true;
            for (int node = 0; node < count; node++) {
                int edge = weight[next][node];
                if (edge == 0 || done[node]) {
                    continue;
                }
                long through = distance[next] + edge;
                if (through < distance[node] || through == distance[node] && hops[next] + 1 < hops[node]) {
                    distance[node] = through;
                    hops[node] = hops[next] + 1;
                    parent[node] = next;
                }
            }
        }
        return new Tree(distance, hops, parent);
    }
}
