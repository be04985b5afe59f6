package dev.bootcamp.camps.graphs;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.GraphCodecs;
import dev.bootcamp.camps.kit.GraphKnobs;
import dev.bootcamp.camps.kit.Graphs;
import dev.bootcamp.camps.kit.Graphs.Edge;
import dev.bootcamp.camps.kit.NodeAnswers;
import dev.bootcamp.camps.kit.ShortestPaths;
import dev.bootcamp.camps.kit.ShortestPaths.Tree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Shortest path: a path of least total weight between two nodes of a weighted graph. */
@AutoService(Bootcamp.class)
public final class ShortestPathBootcamp extends Camp<ShortestPathBootcamp.Puzzle, ShortestPathBootcamp.Answer> {
    /** Graphs tried at one hop requirement before it is lowered, which keeps generation total. */
    private static final int ATTEMPTS_PER_HOPS = 20;
    private static final Knob<Integer> NODES = GraphKnobs.nodes(3, 120, 10);
    private static final Knob<Double> DEGREE = GraphKnobs.degree(1.0, 12.0, 3.0);
    private static final Knob<Integer> MAX_WEIGHT = Knob.integer("max-weight", 1, 9999, 20, "largest edge weight (weights are 1..max-weight)");
    private static final Knob<Integer> MIN_HOPS = Knob.integer("min-hops", 1, 10, 2, "fewest edges on any shortest path from start to end, so that the direct"
            + " edge is not the answer (lowered only when no pair of nodes allows it)");
    private static final Knob<Boolean> DIRECTED = GraphKnobs.DIRECTED;
    private static final BootcampInfo INFO = BootcampInfo.builder(ShortestPathBootcamp.class)
            .title("Shortest path in a weighted graph")
            .domain("graphs")
            .tags("graphs", "shortest-path", "dijkstra", "optimisation")
            .summary("Find a path of least total weight from a start node to an end node of a weighted graph, undirected"
                    + " or with one-way edges, given as a list of edges. Any path that starts and ends at the right nodes,"
                    + " uses only edges of the graph (in their direction when one-way) and has the least total weight is"
                    + " CORRECT, whichever of several such paths it is. A valid but longer path is WRONG, with both weights"
                    + " in the detail: some path is easy to find, so credit by the ratio of weights would mostly reward the"
                    + " easy part. A missing edge, a wrong end or an unknown node is WRONG with the reason.")
            .knob(NODES)
            .knob(DEGREE)
            .knob(MAX_WEIGHT)
            .knob(MIN_HOPS)
            .knob(DIRECTED)
            .version(2)
            .answerShape("the nodes of the path in order from the start to the end, separated by spaces")
            .severalAnswers()
            .build();

    /** The graph, the two ends, and the least total weight between them (kept for checking, never shown). */
    public record Puzzle(List<String> nodes, List<Edge> edges, boolean directed, String source, String target, int distance) {
        public Puzzle {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
            requireNonNull(source, "source is null");
            requireNonNull(target, "target is null");
        }

        int[][] weight() {
            return Graphs.matrix(nodes.size(), edges, directed);
        }

        int index(String node) {
            return Graphs.index(node, nodes.size());
        }

        List<String> names(List<Integer> path) {
            return path.stream().map(nodes::get).toList();
        }
    }

    /** The node names of a path in order, letters upper case and numbers without leading zeros. */
    public record Answer(List<String> path) {
        public Answer {
            path = List.copyOf(path);
        }
    }

    public ShortestPathBootcamp() {
        super(INFO, GraphCodecs.nodes().map(Answer::new, Answer::path));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NODES, Draw.scale(level, 6, 36))
                .with(DEGREE, (7 + level) / 4.0)
                .with(MAX_WEIGHT, Draw.scale(level, 9, 99))
                .with(MIN_HOPS, Draw.scale(level, 2, 6))
                .with(DIRECTED, level >= 8);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NODES);
        boolean directed = knobs.get(DIRECTED);
        int edges = (int) Math.max(count - 1, Math.min(count * (count - 1) / 2, Math.round(count * knobs.get(DEGREE) / 2)));
        int wanted = Math.min(knobs.get(MIN_HOPS), count - 1);
        List<String> names = Graphs.names(count);
        for (int attempt = 0; ; attempt++) {
            int hops = Math.max(1, wanted - attempt / ATTEMPTS_PER_HOPS);
            int[][] weight = randomGraph(count, edges, knobs.get(MAX_WEIGHT), directed, random);
            for (int source : Draw.permutation(count, random)) {
                Tree tree = ShortestPaths.from(weight, source);
                List<Integer> targets = new ArrayList<>();
                for (int node = 0; node < count; node++) {
                    if (node != source && tree.reaches(node) && tree.hops()[node] >= hops) {
                        targets.add(node);
                    }
                }
                if (!targets.isEmpty()) {
                    int target = Draw.pick(targets, random);
                    return new Puzzle(names, Graphs.edges(weight, directed), directed, names.get(source), names.get(target), (int) tree.distance()[target]);
                }
            }
        }
    }

    /**
     * A random spanning tree, its edges leading away from the tree's first node so that in a directed graph some node
     * reaches every other, plus random extra edges on pairs not yet joined (at most one edge per pair).
     */
    private static int[][] randomGraph(int count, int edges, int maxWeight, boolean directed, RandomGenerator random) {
        int[][] weight = new int[count][count];
        int[] order = Draw.permutation(count, random);
        for (int i = 1; i < count; i++) {
            Graphs.link(weight, order[random.nextInt(i)], order[i], Draw.between(1, maxWeight, random), directed);
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
            Graphs.link(weight, flip ? v : u, flip ? u : v, Draw.between(1, maxWeight, random), directed);
        }
        return weight;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Here is a weighted ").append(puzzle.directed() ? "directed" : "undirected").append(" graph with ")
                .append(puzzle.nodes().size()).append(" nodes, ").append(puzzle.nodes().get(0)).append(" to ")
                .append(puzzle.nodes().get(puzzle.nodes().size() - 1)).append(". ");
        if (puzzle.directed()) {
            text.append("Each line \"X -> Y: w\" is a one-way edge that leads from X to Y with weight w;")
                    .append(" it cannot be used from Y to X.\n\n");
        } else {
            text.append("Each line \"X - Y: w\" is an edge between X and Y with weight w;")
                    .append(" it can be used in either direction.\n\n");
        }
        Graphs.appendEdges(text, puzzle.edges(), puzzle.directed(), true);
        text.append("\nFind a path from ").append(puzzle.source()).append(" to ").append(puzzle.target())
                .append(" whose total weight (the sum of the weights of its edges) is as small as possible.")
                .append(" Answer with the nodes of the path in order, starting with ").append(puzzle.source())
                .append(" and ending with ").append(puzzle.target()).append(", separated by spaces.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.names(ShortestPaths.from(puzzle.weight(), puzzle.index(puzzle.source())).path(puzzle.index(puzzle.target()))));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> path = answer.path();
        Score unknown = NodeAnswers.unknown(path, puzzle.nodes().size(), "graph");
        if (unknown != null) {
            return unknown;
        }
        if (!path.get(0).equals(puzzle.source())) {
            return Score.wrong("the path must start at " + puzzle.source() + ", found " + path.get(0));
        }
        if (!path.get(path.size() - 1).equals(puzzle.target())) {
            return Score.wrong("the path must end at " + puzzle.target() + ", found " + path.get(path.size() - 1));
        }
        int[][] weight = puzzle.weight();
        for (int i = 1; i < path.size(); i++) {
            int from = puzzle.index(path.get(i - 1));
            int to = puzzle.index(path.get(i));
            if (weight[from][to] == 0) {
                return Score.wrong(missingEdge(puzzle, weight, path.get(i - 1), path.get(i)));
            }
        }
        long total = NodeAnswers.length(path, weight);
        if (total == puzzle.distance()) {
            return Score.correct("a shortest path, total weight " + total);
        }
        return Score.wrong("a valid path of total weight " + total + ", but the shortest has weight " + puzzle.distance());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> path = gold.path();
        int[][] weight = puzzle.weight();
        List<Answer> misses = new ArrayList<>();
        List<String> reversed = new ArrayList<>(path);
        Collections.reverse(reversed);
        misses.add(new Answer(reversed));
        if (path.size() > 2) {
            int skipped = 1 + random.nextInt(path.size() - 2);
            int before = puzzle.index(path.get(skipped - 1));
            int middle = puzzle.index(path.get(skipped));
            int after = puzzle.index(path.get(skipped + 1));
            // Skipping a node leaves a valid path only through a direct edge, and a shortest one only if that edge is as short.
            if (weight[before][after] == 0 || weight[before][after] > weight[before][middle] + weight[middle][after]) {
                List<String> shortcut = new ArrayList<>(path);
                shortcut.remove(skipped);
                misses.add(new Answer(shortcut));
            }
            if (weight[puzzle.index(puzzle.source())][puzzle.index(puzzle.target())] > 0) {
                misses.add(new Answer(List.of(puzzle.source(), puzzle.target())));
            }
        }
        misses.add(new Answer(path.subList(0, path.size() - 1)));
        List<String> detour = detour(puzzle, weight, path, random);
        if (!detour.isEmpty()) {
            misses.add(new Answer(detour));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.edges().size();
    }

    /** The best path once one edge of {@code path} is removed, when it is strictly longer than the optimum. */
    private static List<String> detour(Puzzle puzzle, int[][] weight, List<String> path, RandomGenerator random) {
        int target = puzzle.index(puzzle.target());
        for (int step : Draw.permutation(path.size() - 1, random)) {
            int[][] cut = Arrays.stream(weight).map(int[]::clone).toArray(int[][]::new);
            Graphs.link(cut, puzzle.index(path.get(step)), puzzle.index(path.get(step + 1)), 0, puzzle.directed());
            Tree tree = ShortestPaths.from(cut, puzzle.index(puzzle.source()));
            if (tree.reaches(target) && tree.distance()[target] > puzzle.distance()) {
                return puzzle.names(tree.path(target));
            }
        }
        return List.of();
    }

    private static String missingEdge(Puzzle puzzle, int[][] weight, String first, String second) {
        if (!puzzle.directed()) {
            return "there is no edge between " + first + " and " + second;
        }
        if (weight[puzzle.index(second)][puzzle.index(first)] > 0) {
            return "the edge between " + first + " and " + second + " is one-way, from " + second + " to " + first;
        }
        return "there is no edge from " + first + " to " + second;
    }
}
