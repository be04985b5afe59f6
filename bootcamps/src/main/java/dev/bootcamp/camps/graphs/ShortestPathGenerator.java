package dev.bootcamp.camps.graphs;

import dev.bootcamp.camps.graphs.ShortestPathBootcamp.Edge;
import dev.bootcamp.camps.graphs.ShortestPathBootcamp.Puzzle;
import dev.bootcamp.camps.graphs.ShortestPathSolver.Tree;
import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random connected graphs with a start and an end between which every shortest path has enough edges. */
final class ShortestPathGenerator {
    private static final int LETTERS = 26;
    /** Graphs tried at one hop requirement before it is lowered, which keeps generation total. */
    private static final int ATTEMPTS_PER_HOPS = 20;

    private ShortestPathGenerator() {}

    static Puzzle generate(int count, double degree, int maxWeight, int minHops, boolean directed, RandomGenerator random) {
        int pairs = count * (count - 1) / 2;
        int edges = (int) Math.max(count - 1, Math.min(pairs, Math.round(count * degree / 2)));
        int wanted = Math.min(minHops, count - 1);
        List<String> names = names(count);
        for (int attempt = 0; ; attempt++) {
            int hops = Math.max(1, wanted - attempt / ATTEMPTS_PER_HOPS);
            int[][] weight = randomGraph(count, edges, maxWeight, directed, random);
            for (int source : Draw.permutation(count, random)) {
                Tree tree = ShortestPathSolver.shortest(weight, source);
                List<Integer> targets = new ArrayList<>();
                for (int node = 0; node < count; node++) {
                    if (node != source && tree.reaches(node) && tree.hops()[node] >= hops) {
                        targets.add(node);
                    }
                }
                if (!targets.isEmpty()) {
                    int target = Draw.pick(targets, random);
                    return new Puzzle(names, edgeList(weight, names, directed), directed, names.get(source), names.get(target),
                            (int) tree.distance()[target]);
                }
            }
        }
    }

    private static List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(count <= LETTERS ? String.valueOf((char) ('A' + i)) : String.valueOf(i + 1));
        }
        return names;
    }

    /**
     * A random spanning tree, its edges leading away from the tree's first node so that in a directed graph some node
     * reaches every other, plus random extra edges on pairs not yet joined (at most one edge per pair).
     */
    private static int[][] randomGraph(int count, int edges, int maxWeight, boolean directed, RandomGenerator random) {
        int[][] weight = new int[count][count];
        int[] order = Draw.permutation(count, random);
        for (int i = 1; i < count; i++) {
            ShortestPathSolver.connect(weight, order[random.nextInt(i)], order[i], Draw.between(1, maxWeight, random), directed);
        }
        int[] free = new int[count * (count - 1) / 2 - (count - 1)];
        int size = 0;
        for (int u = 0; u < count; u++) {
            for (int v = u + 1; v < count; v++) {
                if (weight[u][v] == 0 && weight[v][u] == 0) {
                    free[size++] = u * count + v;
                }
            }
        }
        for (int added = 0; added < edges - (count - 1); added++) {
            int chosen = added + random.nextInt(size - added);
            int pair = free[chosen];
            free[chosen] = free[added];
            boolean flip = directed && random.nextBoolean();
            int u = pair / count;
            int v = pair % count;
            ShortestPathSolver.connect(weight, flip ? v : u, flip ? u : v, Draw.between(1, maxWeight, random), directed);
        }
        return weight;
    }

    /** The edges sorted by their first node, then their second; an undirected edge names its earlier node first. */
    private static List<Edge> edgeList(int[][] weight, List<String> names, boolean directed) {
        List<Edge> edges = new ArrayList<>();
        for (int u = 0; u < weight.length; u++) {
            for (int v = directed ? 0 : u + 1; v < weight.length; v++) {
                if (weight[u][v] > 0) {
                    edges.add(new Edge(names.get(u), names.get(v), weight[u][v]));
                }
            }
        }
        return edges;
    }
}
