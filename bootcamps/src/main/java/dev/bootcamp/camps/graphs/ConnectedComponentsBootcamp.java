package dev.bootcamp.camps.graphs;

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
import java.util.List;
import java.util.random.RandomGenerator;

/** Connected components: group the nodes of an undirected graph by which nodes a path joins. */
@AutoService(Bootcamp.class)
public final class ConnectedComponentsBootcamp extends Camp<ConnectedComponentsBootcamp.Puzzle, ConnectedComponentsBootcamp.Answer> {
    private static final Knob<Integer> NODES = GraphKnobs.nodes(3, 120, 12);
    private static final Knob<Integer> COMPONENTS = Knob.integer("components", 1, 60, 3, "number of connected components (a node with no edges is one)");
    private static final Knob<Double> DEGREE = Knob.decimal("degree", 1.0, 6.0, 1.6, "average number of edges at a node, as far as the components' sizes allow");
    private static final BootcampInfo INFO = BootcampInfo.builder(ConnectedComponentsBootcamp.class)
            .title("Connected components")
            .domain("graphs")
            .tags("graphs", "connectivity", "union-find", "partition")
            .summary("Given an undirected graph as a node list and an edge list (some nodes may have no edges), list its"
                    + " connected components, one group of nodes per line, in any order. The answer is compared as a"
                    + " partition of the nodes: CORRECT when it is exactly the set of components; a missing, repeated or"
                    + " unknown node, two unconnected nodes in one group or two connected nodes in different groups is"
                    + " WRONG, with the pair in the detail.")
            .knob(NODES)
            .knob(COMPONENTS)
            .knob(DEGREE)
            .version(2)
            .answerShape("one line per component listing its nodes separated by spaces")
            .build();

    /** The graph and its components in canonical order (never shown). */
    public record Puzzle(int nodes, List<Edge> edges, List<List<String>> components) {
        public Puzzle {
            edges = List.copyOf(edges);
            components = Graphs.canonicalGroups(components);
        }
    }

    /** Groups of node names, each sorted in node order, sorted by their first node. */
    public record Answer(List<List<String>> groups) {
        public Answer {
            groups = Graphs.canonicalGroups(groups);
        }
    }

    public ConnectedComponentsBootcamp() {
        super(INFO, GraphCodecs.groups().map(Answer::new, Answer::groups));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NODES, Draw.scale(level, 8, 50))
                .with(COMPONENTS, Draw.scale(level, 3, 9))
                .with(DEGREE, Draw.scale(level, 12, 24) / 10.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NODES);
        int parts = Math.min(count, knobs.get(COMPONENTS));
        int[][] partition = Graphs.partition(count, parts, random);
        int[][] weight = new int[count][count];
        boolean[][] joined = new boolean[count][count];
        int[] component = new int[count];
        for (int part = 0; part < parts; part++) {
            int[] members = partition[part];
            for (int member : members) {
                component[member] = part;
            }
            for (int[] pair : Graphs.randomTree(members, 3, random)) {
                Graphs.link(weight, pair[0], pair[1], 1, false);
                joined[pair[0]][pair[1]] = true;
                joined[pair[1]][pair[0]] = true;
            }
        }
        for (int u = 0; u < count; u++) {
            for (int v = 0; v < count; v++) {
                joined[u][v] |= component[u] != component[v];
            }
        }
        int wanted = (int) Math.round(count * knobs.get(DEGREE) / 2) - (count - parts);
        for (int[] pair : Graphs.addRandomPairs(joined, wanted, random)) {
            Graphs.link(weight, pair[0], pair[1], 1, false);
        }
        return new Puzzle(count, Graphs.edges(weight, false), Graphs.named(partition));
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Here is an undirected graph with ").append(puzzle.nodes()).append(" nodes: ")
                .append(Graphs.listing(puzzle.nodes())).append(". Each line \"u - v\" is an edge between nodes u and v; a node")
                .append(" that appears in no edge has no edges.\n\n");
        Graphs.appendEdges(text, puzzle.edges(), false, false);
        text.append("\nTwo nodes are in the same connected component when some path of edges joins them; a node with no")
                .append(" edges is a component on its own. List all the connected components, so that every node appears")
                .append(" in exactly one: one line per component, with its nodes separated by spaces. The order of the")
                .append(" lines and of the nodes within a line does not matter.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.components());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Graphs.comparePartition(puzzle.nodes(), puzzle.components(), answer.groups(), "connected");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return Graphs.partitionMisses(gold.groups(), random).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.nodes() + puzzle.edges().size();
    }
}
