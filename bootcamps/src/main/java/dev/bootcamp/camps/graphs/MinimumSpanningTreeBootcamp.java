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
import dev.bootcamp.camps.kit.ShortestPaths;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/** Minimum spanning tree: the edges of a spanning tree of least total weight in a weighted undirected graph. */
@AutoService(Bootcamp.class)
public final class MinimumSpanningTreeBootcamp extends Camp<MinimumSpanningTreeBootcamp.Puzzle, MinimumSpanningTreeBootcamp.Answer> {
    private static final Knob<Integer> NODES = GraphKnobs.nodes(3, 120, 8);
    private static final Knob<Double> DEGREE = GraphKnobs.degree(2.0, 10.0, 3.0);
    private static final Knob<Integer> MAX_WEIGHT = Knob.integer("max-weight", 1, 999, 20, "largest edge weight (weights are 1..max-weight; small values give ties)");
    private static final BootcampInfo INFO = BootcampInfo.builder(MinimumSpanningTreeBootcamp.class)
            .title("Minimum spanning tree")
            .domain("graphs")
            .tags("graphs", "spanning-tree", "kruskal", "prim", "optimisation")
            .summary("Given a connected weighted undirected graph, list the edges of a spanning tree of least total weight."
                    + " Any minimum spanning tree is CORRECT (equal weights often allow several): the checker tests that"
                    + " every listed pair is an edge of the graph, that there are nodes-1 of them with no cycle, and that"
                    + " the total weight is the minimum. A valid but heavier tree is WRONG with both weights in the detail,"
                    + " as is a missing, unknown or repeated edge or a cycle. No partial credit.")
            .knob(NODES)
            .knob(DEGREE)
            .knob(MAX_WEIGHT)
            .version(2)
            .answerShape("the edges of the tree, each written as u-v, separated by commas")
            .severalAnswers()
            .build();

    /** The graph and the least total weight of a spanning tree (never shown). */
    public record Puzzle(int nodes, List<Edge> edges, int optimum) {
        public Puzzle {
            edges = List.copyOf(edges);
        }
    }

    /** An edge of the answer, its earlier node first. */
    public record Link(String first, String second) {
        public Link {
            requireNonNull(first, "first is null");
            requireNonNull(second, "second is null");
            if (Graphs.NODE_ORDER.compare(first, second) > 0) {
                String swap = first;
                first = second;
                second = swap;
            }
        }
    }

    /** The edges given, sorted. */
    public record Answer(List<Link> links) {
        public Answer {
            List<Link> sorted = new ArrayList<>(links);
            sorted.sort(Comparator.comparing(Link::first, Graphs.NODE_ORDER).thenComparing(Link::second, Graphs.NODE_ORDER));
            links = List.copyOf(sorted);
        }
    }

    public MinimumSpanningTreeBootcamp() {
        super(INFO, GraphCodecs.pairs(Link::new, (Link link) -> link.first() + "-" + link.second()).map(Answer::new, Answer::links));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NODES, Draw.scale(level, 6, 24))
                .with(DEGREE, Draw.scale(level, 20, 45) / 10.0)
                .with(MAX_WEIGHT, Draw.scale(level, 9, 50));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NODES);
        int maxWeight = knobs.get(MAX_WEIGHT);
        int[][] weight = new int[count][count];
        boolean[][] joined = new boolean[count][count];
        for (int[] pair : Graphs.randomTree(count, count, random)) {
            connect(weight, joined, pair, Draw.between(1, maxWeight, random));
        }
        int wanted = (int) Math.round(count * knobs.get(DEGREE) / 2) - (count - 1);
        for (int[] pair : Graphs.addRandomPairs(joined, wanted, random)) {
            connect(weight, joined, pair, Draw.between(1, maxWeight, random));
        }
        List<Edge> edges = Graphs.edges(weight, false);
        return new Puzzle(count, edges, MinimumSpanningTreeSolver.kruskal(count, edges).stream().mapToInt(Edge::weight).sum());
    }

    private static void connect(int[][] weight, boolean[][] joined, int[] pair, int value) {
        Graphs.link(weight, pair[0], pair[1], value, false);
        joined[pair[0]][pair[1]] = true;
        joined[pair[1]][pair[0]] = true;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Here is a weighted undirected graph with ").append(puzzle.nodes()).append(" nodes: ")
                .append(Graphs.listing(puzzle.nodes())).append(". Each line \"u - v: w\" is an edge between nodes u and v")
                .append(" with weight w.\n\n");
        Graphs.appendEdges(text, puzzle.edges(), false, true);
        text.append("\nA spanning tree is a set of ").append(puzzle.nodes() - 1).append(" of these edges that connects all ")
                .append(puzzle.nodes()).append(" nodes without forming any cycle. Find a spanning tree whose total weight")
                .append(" (the sum of its edge weights) is as small as possible. If several have the least weight, any one")
                .append(" is accepted. Answer with the edges of your tree, each written as its two nodes joined by a")
                .append(" hyphen (u-v, without the weight), separated by commas.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(MinimumSpanningTreeSolver.kruskal(puzzle.nodes(), puzzle.edges()).stream().map(edge -> new Link(edge.from(), edge.to())).toList());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int count = puzzle.nodes();
        int[][] weight = Graphs.matrix(count, puzzle.edges(), false);
        boolean[][] used = new boolean[count][count];
        int[] root = MinimumSpanningTreeSolver.roots(count);
        long total = 0;
        for (Link link : answer.links()) {
            int u = Graphs.index(link.first(), count);
            int v = Graphs.index(link.second(), count);
            if (u < 0 || v < 0) {
                return Score.wrong("there is no node '" + Answers.abbreviate(u < 0 ? link.first() : link.second()) + "' in the graph");
            }
            if (weight[u][v] == 0) {
                return Score.wrong("there is no edge between " + link.first() + " and " + link.second());
            }
            if (used[u][v]) {
                return Score.wrong("the edge " + link.first() + "-" + link.second() + " is listed twice");
            }
            used[u][v] = true;
            if (!MinimumSpanningTreeSolver.union(root, u, v)) {
                return Score.wrong("the edge " + link.first() + "-" + link.second() + " closes a cycle");
            }
            total += weight[u][v];
        }
        if (answer.links().size() != count - 1) {
            return Score.wrong("a spanning tree of " + count + " nodes has " + (count - 1) + " edges, found " + answer.links().size());
        }
        if (total != puzzle.optimum()) {
            return Score.wrong("a spanning tree of total weight " + total + ", but the least is " + puzzle.optimum());
        }
        return Score.correct("a minimum spanning tree, total weight " + total);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int count = puzzle.nodes();
        List<Answer> misses = new ArrayList<>();
        List<Link> links = gold.links();
        misses.add(new Answer(links.subList(0, links.size() - 1)));
        List<Link> heavier = heavierSwap(puzzle, links, random);
        if (!heavier.isEmpty()) {
            misses.add(new Answer(heavier));
        }
        List<Edge> sorted = new ArrayList<>(puzzle.edges());
        sorted.sort(Comparator.comparingInt(Edge::weight));
        Answer lightest = new Answer(sorted.subList(0, count - 1).stream().map(edge -> new Link(edge.from(), edge.to())).toList());
        if (!check(puzzle, lightest).passed()) {
            misses.add(lightest);
        }
        Answer pathTree = shortestPathTree(puzzle, Graphs.index(links.get(0).first(), count));
        if (!check(puzzle, pathTree).passed()) {
            misses.add(pathTree);
        }
        for (Edge edge : puzzle.edges()) {
            Link extra = new Link(edge.from(), edge.to());
            if (!links.contains(extra)) {
                List<Link> more = new ArrayList<>(links);
                more.add(extra);
                misses.add(new Answer(more));
                break;
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.nodes() + puzzle.edges().size();
    }

    /** The tree with one of its edges replaced by a strictly heavier edge that reconnects it, or empty when none is. */
    private static List<Link> heavierSwap(Puzzle puzzle, List<Link> links, RandomGenerator random) {
        int count = puzzle.nodes();
        int[][] weight = Graphs.matrix(count, puzzle.edges(), false);
        for (int removed : Draw.permutation(links.size(), random)) {
            int[] root = MinimumSpanningTreeSolver.roots(count);
            for (int i = 0; i < links.size(); i++) {
                if (i != removed) {
                    MinimumSpanningTreeSolver.union(root, Graphs.index(links.get(i).first(), count), Graphs.index(links.get(i).second(), count));
                }
            }
            Link cut = links.get(removed);
            int cutWeight = weight[Graphs.index(cut.first(), count)][Graphs.index(cut.second(), count)];
            for (Edge edge : puzzle.edges()) {
                int u = Graphs.index(edge.from(), count);
                int v = Graphs.index(edge.to(), count);
                if (edge.weight() > cutWeight && MinimumSpanningTreeSolver.find(root, u) != MinimumSpanningTreeSolver.find(root, v)) {
                    List<Link> swapped = new ArrayList<>(links);
                    swapped.set(removed, new Link(edge.from(), edge.to()));
                    return swapped;
                }
            }
        }
        return List.of();
    }

    /** The tree of shortest paths from one node, a spanning tree often confused with the minimum one. */
    private static Answer shortestPathTree(Puzzle puzzle, int source) {
        int count = puzzle.nodes();
        int[] parent = ShortestPaths.from(Graphs.matrix(count, puzzle.edges(), false), source).parent();
        List<Link> links = new ArrayList<>();
        for (int node = 0; node < count; node++) {
            if (parent[node] >= 0) {
                links.add(new Link(Graphs.name(node, count), Graphs.name(parent[node], count)));
            }
        }
        return new Answer(links);
    }

}
