package dev.bootcamp.camps.graphs;

import dev.bootcamp.camps.kit.Graphs;
import dev.bootcamp.camps.kit.Graphs.Edge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Kruskal with union-find for the reference tree and the checker. */
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
}
