package dev.bootcamp.camps.graphs;

import dev.bootcamp.camps.kit.Graphs;
import dev.bootcamp.camps.kit.Graphs.Edge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Kruskal with union-find for the reference tree and the checker, and Dijkstra for a near miss. */
final class MinimumSpanningTreeSolver {
    private MinimumSpanningTreeSolver() {}

    /** Kruskal: edges by weight (ties in list order), kept when they join two trees. */
    static List<Edge> kruskal(int count, List<Edge> edges) {
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingInt(Edge::weight));
        int[] root = roots(count);
        List<Edge> tree = new ArrayList<>();
        for (Edge edge : sorted) {
            if (union(root, Graphs.index(edge.from(), count), Graphs.index(edge.to(), count))) {
                tree.add(edge);
            }
        }
        return tree;
    }

    /** Union-find roots: every node its own tree. */
    static int[] roots(int count) {
        int[] root = new int[count];
        for (int i = 0; i < count; i++) {
            root[i] = i;
        }
        return root;
    }

    static int find(int[] root, int node) {
        int top = node;
        while (root[top] != top) {
            top = root[top];
        }
        int at = node;
        while (root[at] != top) {
            int next = root[at];
            root[at] = top;
            at = next;
        }
        return top;
    }

    /** Joins the trees of u and v; false when they were already one tree. */
    static boolean union(int[] root, int u, int v) {
        int a = find(root, u);
        int b = find(root, v);
        if (a == b) {
            return false;
        }
        root[a] = b;
        return true;
    }

    /** Each node's parent in a tree of shortest paths from {@code source} (Dijkstra in O(n^2)); -1 for the source. */
    static int[] shortestPathParents(int[][] weight, int source) {
        int count = weight.length;
        long[] distance = new long[count];
        int[] parent = new int[count];
        boolean[] done = new boolean[count];
        Arrays.fill(distance, Long.MAX_VALUE);
        Arrays.fill(parent, -1);
        distance[source] = 0;
        for (int round = 0; round < count; round++) {
            int next = -1;
            for (int node = 0; node < count; node++) {
                if (!done[node] && distance[node] != Long.MAX_VALUE && (next < 0 || distance[node] < distance[next])) {
                    next = node;
                }
            }
            if (next < 0) {
                break;
            }
            done[next] = true;
            for (int node = 0; node < count; node++) {
                if (weight[next][node] > 0 && !done[node] && distance[next] + weight[next][node] < distance[node]) {
                    distance[node] = distance[next] + weight[next][node];
                    parent[node] = next;
                }
            }
        }
        return parent;
    }
}
