package dev.bootcamp.camps.graphs;

import dev.bootcamp.camps.graphs.ShortestPathBootcamp.Edge;
import dev.bootcamp.camps.graphs.ShortestPathBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dijkstra over a weight matrix, for the generator, the reference solver, the checker and the near misses. */
final class ShortestPathSolver {
    private ShortestPathSolver() {}

    /**
     * Dijkstra in O(n^2), ordering by (distance, hops) so that each node's parent gives, among its shortest paths, one
     * with the fewest edges; the generator needs that count to keep the direct edge from being the answer.
     * {@code weight[u][v]} is 0 where no edge leads from u to v.
     */
    static Tree shortest(int[][] weight, int source) {
        int count = weight.length;
        long[] distance = new long[count];
        int[] hops = new int[count];
        int[] parent = new int[count];
        boolean[] done = new boolean[count];
        Arrays.fill(distance, Tree.UNREACHED);
        Arrays.fill(parent, -1);
        distance[source] = 0;
        for (int round = 0; round < count; round++) {
            int next = -1;
            for (int node = 0; node < count; node++) {
                if (!done[node] && distance[node] != Tree.UNREACHED && (next < 0 || distance[node] < distance[next]
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

    static void connect(int[][] weight, int from, int to, int value, boolean directed) {
        weight[from][to] = value;
        if (!directed) {
            weight[to][from] = value;
        }
    }

    /** Shortest distances from one source, the edge count of each path, and each node's parent on it. */
    record Tree(long[] distance, int[] hops, int[] parent) {
        static final long UNREACHED = Long.MAX_VALUE;

        boolean reaches(int node) {
            return distance[node] != UNREACHED;
        }

        List<Integer> path(int target) {
            List<Integer> path = new ArrayList<>();
            for (int node = target; node >= 0; node = parent[node]) {
                path.add(node);
            }
            Collections.reverse(path);
            return path;
        }
    }

    /** A puzzle's graph as a weight matrix over node indices (its position in the node list). */
    record Graph(List<String> nodes, Map<String, Integer> indices, int[][] weight) {
        static Graph of(Puzzle puzzle) {
            Map<String, Integer> indices = new HashMap<>();
            for (int i = 0; i < puzzle.nodes().size(); i++) {
                indices.put(puzzle.nodes().get(i), i);
            }
            int[][] weight = new int[indices.size()][indices.size()];
            for (Edge edge : puzzle.edges()) {
                connect(weight, indices.get(edge.from()), indices.get(edge.to()), edge.weight(), puzzle.directed());
            }
            return new Graph(puzzle.nodes(), indices, weight);
        }

        /** The node's index, or -1 for a name that is not in the graph. */
        int index(String node) {
            return indices.getOrDefault(node, -1);
        }

        List<String> names(List<Integer> path) {
            return path.stream().map(nodes::get).toList();
        }

        int[][] copyOfWeight() {
            int[][] copy = new int[weight.length][];
            for (int row = 0; row < weight.length; row++) {
                copy[row] = weight[row].clone();
            }
            return copy;
        }
    }
}
