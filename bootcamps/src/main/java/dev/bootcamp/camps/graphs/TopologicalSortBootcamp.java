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
import dev.bootcamp.camps.kit.NodeAnswers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Topological sort: order the nodes of a directed acyclic graph so that every edge points forward. */
@AutoService(Bootcamp.class)
public final class TopologicalSortBootcamp extends Camp<TopologicalSortBootcamp.Puzzle, TopologicalSortBootcamp.Answer> {
    private static final Knob<Integer> NODES = GraphKnobs.nodes(3, 120, 10);
    private static final Knob<Double> DEGREE = GraphKnobs.degree(1.0, 10.0, 2.0);
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 20, 3, "each node of the hidden spanning tree hangs from one of the depth nodes"
            + " before it in a hidden valid order, so smaller values give longer chains of edges");
    private static final BootcampInfo INFO = BootcampInfo.builder(TopologicalSortBootcamp.class)
            .title("Topological sort")
            .domain("graphs")
            .tags("graphs", "dag", "ordering", "scheduling")
            .summary("Given a directed acyclic graph as an edge list, list all its nodes in an order in which every edge"
                    + " u -> v has u before v. Any such order is CORRECT; the checker tests that each node appears exactly"
                    + " once and every edge points forward, and a WRONG detail names the first backward edge and how many"
                    + " there are. No partial credit.")
            .knob(NODES)
            .knob(DEGREE)
            .knob(DEPTH)
            .version(2)
            .answerShape("all the nodes in order, separated by spaces")
            .severalAnswers()
            .build();

    /** The graph and one valid order (never shown). */
    public record Puzzle(int nodes, List<Edge> edges, List<String> order) {
        public Puzzle {
            edges = List.copyOf(edges);
            order = List.copyOf(order);
        }
    }

    /** Node names in the order given. */
    public record Answer(List<String> order) {
        public Answer {
            order = List.copyOf(order);
        }
    }

    public TopologicalSortBootcamp() {
        super(INFO, GraphCodecs.nodes().map(Answer::new, Answer::order));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NODES, Draw.scale(level, 7, 40))
                .with(DEGREE, Draw.scale(level, 12, 34) / 10.0)
                .with(DEPTH, Draw.scale(level, 3, 2));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NODES);
        int[] order = Draw.permutation(count, random);
        int[] position = new int[count];
        for (int i = 0; i < count; i++) {
            position[order[i]] = i;
        }
        int[][] weight = new int[count][count];
        boolean[][] joined = new boolean[count][count];
        for (int[] pair : Graphs.randomTree(order, knobs.get(DEPTH), random)) {
            weight[pair[0]][pair[1]] = 1;
            joined[pair[0]][pair[1]] = true;
            joined[pair[1]][pair[0]] = true;
        }
        int wanted = (int) Math.round(count * knobs.get(DEGREE) / 2) - (count - 1);
        for (int[] pair : Graphs.addRandomPairs(joined, wanted, random)) {
            boolean forward = position[pair[0]] < position[pair[1]];
            weight[forward ? pair[0] : pair[1]][forward ? pair[1] : pair[0]] = 1;
        }
        return new Puzzle(count, Graphs.edges(weight, true), Arrays.stream(order).mapToObj(node -> Graphs.name(node, count)).toList());
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Here is a directed graph with ").append(puzzle.nodes()).append(" nodes: ").append(Graphs.listing(puzzle.nodes()))
                .append(". Each line \"u -> v\" is an edge from node u to node v. The graph has no cycles.\n\n");
        Graphs.appendEdges(text, puzzle.edges(), true, false);
        text.append("\nPut all ").append(puzzle.nodes()).append(" nodes in one order such that for every edge u -> v, node u")
                .append(" comes before node v (a topological order). Nodes with no edges may go anywhere. Several orders")
                .append(" may be valid; any one is accepted. Answer with the nodes in your order, each exactly once,")
                .append(" separated by spaces.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.order());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int count = puzzle.nodes();
        Score problem = NodeAnswers.distinct(answer.order(), count, "graph", "");
        problem = problem != null ? problem : NodeAnswers.missing(answer.order(), count, "is missing from the order");
        if (problem != null) {
            return problem;
        }
        int[] position = new int[count];
        for (int i = 0; i < count; i++) {
            position[Graphs.index(answer.order().get(i), count)] = i;
        }
        int backward = 0;
        Edge first = null;
        for (Edge edge : puzzle.edges()) {
            if (position[Graphs.index(edge.from(), count)] > position[Graphs.index(edge.to(), count)]) {
                backward++;
                first = first == null ? edge : first;
            }
        }
        if (first != null) {
            return Score.wrong("the edge " + first.from() + " -> " + first.to() + " points backwards: " + first.to() + " comes before "
                    + first.from() + " (" + backward + " backward edge" + (backward == 1 ? ")" : "s)"));
        }
        return Score.correct("every node once and all " + puzzle.edges().size() + " edges point forward");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<String> order = gold.order();
        Edge edge = Draw.pick(puzzle.edges(), random);
        List<String> swapped = new ArrayList<>(order);
        Collections.swap(swapped, order.indexOf(edge.from()), order.indexOf(edge.to()));
        misses.add(new Answer(swapped));
        List<String> reversed = new ArrayList<>(order);
        Collections.reverse(reversed);
        misses.add(new Answer(reversed));
        misses.add(new Answer(order.subList(0, order.size() - 1)));
        List<String> alphabetical = Graphs.names(puzzle.nodes());
        if (!check(puzzle, new Answer(alphabetical)).passed()) {
            misses.add(new Answer(alphabetical));
        }
        List<String> repeated = new ArrayList<>(order);
        repeated.set(order.size() - 1, order.get(0));
        misses.add(new Answer(repeated));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.nodes() + puzzle.edges().size();
    }
}
