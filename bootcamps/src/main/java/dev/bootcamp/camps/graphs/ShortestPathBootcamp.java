package dev.bootcamp.camps.graphs;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.graphs.ShortestPathSolver.Graph;
import dev.bootcamp.camps.graphs.ShortestPathSolver.Tree;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Shortest path: a path of least total weight between two nodes of a weighted graph. */
@AutoService(Bootcamp.class)
public final class ShortestPathBootcamp implements Bootcamp<ShortestPathBootcamp.Puzzle, ShortestPathBootcamp.Answer> {
    private static final Knob<Integer> NODES = Knob.integer("nodes", 3, 120, 10, "number of nodes, named A, B, C... up to 26 and numbered 1, 2, 3... beyond");
    private static final Knob<Double> DEGREE = Knob.decimal("degree", 1.0, 12.0, 3.0, "average number of edges at a node; the graph has about nodes*degree/2 edges");
    private static final Knob<Integer> MAX_WEIGHT = Knob.integer("max-weight", 1, 9999, 20, "largest edge weight (weights are 1..max-weight)");
    private static final Knob<Integer> MIN_HOPS = Knob.integer("min-hops", 1, 10, 2, "fewest edges on any shortest path from start to end, so that the direct"
            + " edge is not the answer (lowered only when no pair of nodes allows it)");
    private static final Knob<Boolean> DIRECTED = Knob.flag("directed", false, "edges are one-way");
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

    /** Characters read as separators between node names: spaces, commas, arrows, brackets and quotes. */
    private static final String SEPARATORS = ",;->=[](){}\"'`\u2192\u21d2\u27f6\u2013\u2014";

    /** An edge; one-way from {@code from} to {@code to} in a directed graph. */
    public record Edge(String from, String to, int weight) {
        public Edge {
            requireNonNull(from, "from is null");
            requireNonNull(to, "to is null");
            if (weight < 1) {
                throw new IllegalArgumentException("an edge weight must be at least 1, found " + weight);
            }
        }
    }

    /** The graph, the two ends, and the least total weight between them (kept for checking, never shown). */
    public record Puzzle(List<String> nodes, List<Edge> edges, boolean directed, String source, String target, int distance) {
        public Puzzle {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
            requireNonNull(source, "source is null");
            requireNonNull(target, "target is null");
        }
    }

    /** The node names of a path in order, letters upper case and numbers without leading zeros. */
    public record Answer(List<String> path) {
        public Answer {
            path = List.copyOf(path);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
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
        return ShortestPathGenerator.generate(knobs.get(NODES), knobs.get(DEGREE), knobs.get(MAX_WEIGHT),
                knobs.get(MIN_HOPS), knobs.get(DIRECTED), random);
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
        String arrow = puzzle.directed() ? " -> " : " - ";
        for (Edge edge : puzzle.edges()) {
            text.append(edge.from()).append(arrow).append(edge.to()).append(": ").append(edge.weight()).append('\n');
        }
        text.append("\nFind a path from ").append(puzzle.source()).append(" to ").append(puzzle.target())
                .append(" whose total weight (the sum of the weights of its edges) is as small as possible.")
                .append(" Answer with the nodes of the path in order, starting with ").append(puzzle.source())
                .append(" and ending with ").append(puzzle.target()).append(", separated by spaces.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        Graph graph = Graph.of(puzzle);
        Tree tree = ShortestPathSolver.shortest(graph.weight(), graph.index(puzzle.source()));
        return new Answer(graph.names(tree.path(graph.index(puzzle.target()))));
    }

    @Override
    public String render(Answer answer) {
        return String.join(" ", answer.path());
    }

    @Override
    public Answer parse(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        List<String> path = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= end; i++) {
            boolean separator = i == end || Character.isWhitespace(text.charAt(i)) || SEPARATORS.indexOf(text.charAt(i)) >= 0;
            if (!separator) {
                start = start < 0 ? i : start;
                continue;
            }
            if (start >= 0) {
                path.add(node(text.substring(start, i)));
                if (path.size() > Answers.MAX_ITEMS) {
                    throw new AnswerFormatException("more than " + Answers.MAX_ITEMS + " nodes in the path");
                }
                start = -1;
            }
        }
        if (path.isEmpty()) {
            throw new AnswerFormatException("no node names found");
        }
        return new Answer(path);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Graph graph = Graph.of(puzzle);
        List<String> path = answer.path();
        for (String node : path) {
            if (graph.index(node) < 0) {
                return Score.wrong("there is no node '" + Answers.abbreviate(node) + "' in the graph");
            }
        }
        if (path.isEmpty() || !path.get(0).equals(puzzle.source())) {
            return Score.wrong("the path must start at " + puzzle.source() + ", found " + (path.isEmpty() ? "no nodes" : path.get(0)));
        }
        if (!path.get(path.size() - 1).equals(puzzle.target())) {
            return Score.wrong("the path must end at " + puzzle.target() + ", found " + path.get(path.size() - 1));
        }
        long total = 0;
        for (int i = 1; i < path.size(); i++) {
            int from = graph.index(path.get(i - 1));
            int to = graph.index(path.get(i));
            if (graph.weight()[from][to] == 0) {
                return Score.wrong(missingEdge(puzzle, graph, from, to));
            }
            total += graph.weight()[from][to];
        }
        if (total == puzzle.distance()) {
            return Score.correct("a shortest path, total weight " + total);
        }
        return Score.wrong("a valid path of total weight " + total + ", but the shortest has weight " + puzzle.distance());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        Graph graph = Graph.of(puzzle);
        List<String> path = gold.path();
        List<Answer> misses = new ArrayList<>();
        List<String> reversed = new ArrayList<>(path);
        Collections.reverse(reversed);
        misses.add(new Answer(reversed));
        if (path.size() > 2) {
            int skipped = 1 + random.nextInt(path.size() - 2);
            int before = graph.index(path.get(skipped - 1));
            int middle = graph.index(path.get(skipped));
            int after = graph.index(path.get(skipped + 1));
            int[][] weight = graph.weight();
            // Skipping a node leaves a valid path only through a direct edge, and a shortest one only if that edge is as short.
            if (weight[before][after] == 0 || weight[before][after] > weight[before][middle] + weight[middle][after]) {
                List<String> shortcut = new ArrayList<>(path);
                shortcut.remove(skipped);
                misses.add(new Answer(shortcut));
            }
            if (weight[graph.index(puzzle.source())][graph.index(puzzle.target())] > 0) {
                misses.add(new Answer(List.of(puzzle.source(), puzzle.target())));
            }
        }
        misses.add(new Answer(path.subList(0, path.size() - 1)));
        List<String> detour = detour(puzzle, graph, path, random);
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
    private static List<String> detour(Puzzle puzzle, Graph graph, List<String> path, RandomGenerator random) {
        int source = graph.index(puzzle.source());
        int target = graph.index(puzzle.target());
        for (int step : Draw.permutation(path.size() - 1, random)) {
            int from = graph.index(path.get(step));
            int to = graph.index(path.get(step + 1));
            int[][] weight = graph.copyOfWeight();
            weight[from][to] = 0;
            if (!puzzle.directed()) {
                weight[to][from] = 0;
            }
            Tree tree = ShortestPathSolver.shortest(weight, source);
            if (tree.reaches(target) && tree.distance()[target] > puzzle.distance()) {
                return graph.names(tree.path(target));
            }
        }
        return List.of();
    }

    private static String missingEdge(Puzzle puzzle, Graph graph, int from, int to) {
        String first = graph.nodes().get(from);
        String second = graph.nodes().get(to);
        if (!puzzle.directed()) {
            return "there is no edge between " + first + " and " + second;
        }
        if (graph.weight()[to][from] > 0) {
            return "the edge between " + first + " and " + second + " is one-way, from " + second + " to " + first;
        }
        return "there is no edge from " + first + " to " + second;
    }

    private static String node(String token) {
        char first = token.charAt(0);
        if (token.length() == 1 && (first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z')) {
            return String.valueOf(Character.toUpperCase(first));
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                throw new AnswerFormatException("expected node names (one letter or a number), found '" + Answers.abbreviate(token) + "'");
            }
        }
        int zeros = 0;
        while (zeros < token.length() - 1 && token.charAt(zeros) == '0') {
            zeros++;
        }
        return token.substring(zeros);
    }
}
