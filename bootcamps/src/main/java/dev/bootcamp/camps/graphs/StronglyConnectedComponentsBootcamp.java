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
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Strongly connected components: group the nodes of a directed graph by mutual reachability. */
@AutoService(Bootcamp.class)
public final class StronglyConnectedComponentsBootcamp extends Camp<StronglyConnectedComponentsBootcamp.Puzzle, StronglyConnectedComponentsBootcamp.Answer> {
    private static final Knob<Integer> NODES = GraphKnobs.nodes(3, 120, 10);
    private static final Knob<Integer> COMPONENTS = Knob.integer("components", 1, 60, 3, "number of strongly connected components (a single node can be one)");
    private static final Knob<Double> DEGREE = Knob.decimal("degree", 1.0, 8.0, 2.0, "average number of edges at a node (in plus out)");
    private static final Knob<Double> INSIDE = Knob.decimal("inside", 0.0, 1.0, 0.3, "share of the extra edges placed inside components rather than between"
            + " them");
    private static final BootcampInfo INFO = BootcampInfo.builder(StronglyConnectedComponentsBootcamp.class)
            .title("Strongly connected components")
            .domain("graphs")
            .tags("graphs", "directed", "connectivity", "tarjan", "partition")
            .summary("Given a directed graph, list its strongly connected components (the largest groups of nodes in which"
                    + " every node can reach every other along one-way edges), one group per line, in any order. The graph"
                    + " is built from planted components joined by edges that only lead forward between them, so the"
                    + " components are known. Compared as a partition: CORRECT only for exactly the components; a missing,"
                    + " repeated or unknown node, or a wrong grouping, is WRONG with a pair of nodes in the detail.")
            .knob(NODES)
            .knob(COMPONENTS)
            .knob(DEGREE)
            .knob(INSIDE)
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

    public StronglyConnectedComponentsBootcamp() {
        super(INFO, GraphCodecs.groups().map(Answer::new, Answer::groups));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NODES, Draw.scale(level, 8, 40))
                .with(COMPONENTS, Draw.scale(level, 3, 10))
                .with(DEGREE, Draw.scale(level, 16, 30) / 10.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NODES);
        int parts = Math.min(count, knobs.get(COMPONENTS));
        int[][] partition = Graphs.partition(count, parts, random);
        int[] component = new int[count];
        int[][] weight = new int[count][count];
        int edges = 0;
        for (int part = 0; part < parts; part++) {
            int[] members = partition[part];
            for (int member : members) {
                component[member] = part;
            }
            // A cycle through the members makes each planted component strongly connected.
            for (int i = 0; members.length > 1 && i < members.length; i++) {
                weight[members[i]][members[(i + 1) % members.length]] = 1;
                edges++;
            }
        }
        int wanted = (int) Math.round(count * knobs.get(DEGREE) / 2);
        double inside = knobs.get(INSIDE);
        for (int tries = 0; edges < wanted && tries < 20 * wanted; tries++) {
            int u = random.nextInt(count);
            int v = random.nextInt(count);
            boolean within = component[u] == component[v];
            // Between components, edges lead only from an earlier component to a later one, so no two of them merge.
            if (u == v || weight[u][v] > 0 || weight[v][u] > 0 || within != random.nextDouble() < inside
                    || !within && component[u] > component[v]) {
                continue;
            }
            weight[u][v] = 1;
            edges++;
        }
        return new Puzzle(count, Graphs.edges(weight, true), Graphs.named(partition));
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Here is a directed graph with ").append(puzzle.nodes()).append(" nodes: ").append(Graphs.listing(puzzle.nodes()))
                .append(". Each line \"u -> v\" is a one-way edge from node u to node v.\n\n");
        Graphs.appendEdges(text, puzzle.edges(), true, false);
        text.append("\nTwo nodes are in the same strongly connected component when each can reach the other by following")
                .append(" edges in their direction; a node that lies on no cycle with any other node is a component on its")
                .append(" own. List all the strongly connected components, so that every node appears in exactly one: one")
                .append(" line per component, with its nodes separated by spaces. The order of the lines and of the nodes")
                .append(" within a line does not matter.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.components());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Graphs.comparePartition(puzzle.nodes(), puzzle.components(), answer.groups(), "mutually reachable");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        Graphs.partitionMisses(gold.groups(), random).forEach(groups -> misses.add(new Answer(groups)));
        Answer weak = new Answer(weakComponents(puzzle));
        if (!weak.equals(gold)) {
            misses.add(weak);
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.nodes() + puzzle.edges().size();
    }

    /** The components when edge directions are ignored, the classic confusion with weak connectivity. */
    private static List<List<String>> weakComponents(Puzzle puzzle) {
        int count = puzzle.nodes();
        int[] root = Graphs.components(Graphs.matrix(count, puzzle.edges(), false))[0];
        return Graphs.named(IntStream.range(0, count).filter(node -> root[node] == node)
                .mapToObj(first -> IntStream.range(0, count).filter(node -> root[node] == first).toArray()).toArray(int[][]::new));
    }
}
