package dev.bootcamp.camps.graphs;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Graphs;
import dev.bootcamp.camps.kit.Graphs.Edge;
import dev.bootcamp.camps.kit.NodeAnswers;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Maximum flow: the largest flow from a source to a sink in a directed network, proved by a cut of the same capacity. */
@AutoService(Bootcamp.class)
public final class MaxFlowBootcamp extends Camp<MaxFlowBootcamp.Puzzle, MaxFlowBootcamp.Answer> {
    private static final Knob<Integer> NODES = Knob.integer("nodes", 3, 60, 8, "number of nodes including the source and the sink, named A, B, C... up to"
            + " 26 and numbered 1, 2, 3... beyond");
    private static final Knob<Double> DEGREE = Knob.decimal("degree", 2.0, 8.0, 3.0, "average number of edges at a node; the network has about nodes*degree/2 edges");
    private static final Knob<Integer> MAX_CAPACITY = Knob.integer("max-capacity", 1, 999, 20, "largest edge capacity (capacities are 1..max-capacity)");
    private static final Knob<Double> BACKWARD = Knob.decimal("backward", 0.0, 0.5, 0.15, "share of the extra edges that lead away from the sink");
    private static final BootcampInfo INFO = BootcampInfo.builder(MaxFlowBootcamp.class)
            .title("Maximum flow")
            .domain("graphs")
            .tags("graphs", "network-flow", "max-flow", "min-cut", "optimisation")
            .summary("Given a directed network with integer capacities, a source and a sink, give the value of a maximum"
                    + " flow from the source to the sink and prove it with a minimum cut: a set of nodes holding the source"
                    + " but not the sink whose outgoing edges have that total capacity. Networks are drawn so that every node lies on some source-to-sink"
                    + " path, the edges at the source and the sink are wide so that the smallest cut usually lies inside,"
                    + " and some edges lead backwards, which defeats greedy path-by-path reasoning. The value is compared"
                    + " exactly (the detail says whether it is too high or too low) and any set whose cut has that capacity"
                    + " is CORRECT; no partial credit.")
            .knob(NODES)
            .knob(DEGREE)
            .knob(MAX_CAPACITY)
            .knob(BACKWARD)
            .version(2)
            .answerShape("the value, a colon, then the nodes on the source's side of a minimum cut separated by spaces")
            .severalAnswers()
            .build();

    /** The network, its source and sink, the maximum flow value and the source's side of one minimum cut (never shown). */
    public record Puzzle(int nodes, List<Edge> edges, String source, String sink, long flow, List<String> cut) {
        public Puzzle {
            edges = List.copyOf(edges);
            requireNonNull(source, "source is null");
            requireNonNull(sink, "sink is null");
            cut = List.copyOf(cut);
        }
    }

    /** A flow value and a set of nodes (sorted, without repeats) meant as the source's side of a minimum cut. */
    public record Answer(long flow, List<String> side) {
        public Answer {
            side = side.stream().distinct().sorted(Graphs.NODE_ORDER).toList();
        }
    }

    public MaxFlowBootcamp() {
        super(INFO, Codec.of(answer -> answer.flow() + ": " + String.join(" ", answer.side()), MaxFlowBootcamp::read));
    }

    private static Answer read(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new AnswerFormatException("expected the value, a colon, and the nodes of the cut's source side, such as 42: A C D");
        }
        return new Answer(Answers.longValue(text.substring(0, colon)), Graphs.nodes(text.substring(colon + 1)));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NODES, Draw.scale(level, 4, 22))
                .with(DEGREE, Draw.scale(level, 20, 36) / 10.0)
                .with(MAX_CAPACITY, Draw.scale(level, 9, 60))
                .with(BACKWARD, Draw.scale(level, 0, 20) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NODES);
        int maxCapacity = knobs.get(MAX_CAPACITY);
        int[] order = Draw.permutation(count, random);
        int[] position = new int[count];
        for (int i = 0; i < count; i++) {
            position[order[i]] = i;
        }
        int[][] capacity = new int[count][count];
        boolean[][] joined = new boolean[count][count];
        // Every inner node gets an edge from an earlier node and one to a later node, so it lies on a source-to-sink path.
        for (int i = 1; i < count - 1; i++) {
            connect(capacity, joined, order[random.nextInt(i)], order[i], Draw.between(1, maxCapacity, random));
            int later = order[i + 1 + random.nextInt(count - 1 - i)];
            if (!joined[order[i]][later]) {
                connect(capacity, joined, order[i], later, Draw.between(1, maxCapacity, random));
            }
        }
        if (!joined[order[0]][order[count - 1]] && random.nextInt(3) == 0) {
            connect(capacity, joined, order[0], order[count - 1], Draw.between(1, maxCapacity, random));
        }
        int present = (int) IntStream.range(0, count * count).filter(cell -> joined[cell / count][cell % count]).count();
        int wanted = (int) Math.round(count * knobs.get(DEGREE) / 2) - present / 2;
        double backward = knobs.get(BACKWARD);
        int source = order[0];
        int sink = order[count - 1];
        for (int[] pair : Graphs.addRandomPairs(joined, wanted, random)) {
            boolean forward = position[pair[0]] < position[pair[1]];
            boolean reverse = random.nextDouble() < backward && pair[0] != source && pair[1] != source && pair[0] != sink && pair[1] != sink;
            forward ^= reverse;
            capacity[forward ? pair[0] : pair[1]][forward ? pair[1] : pair[0]] = Draw.between(1, maxCapacity, random);
        }
        widenEnds(capacity, joined, order, maxCapacity, random);
        boolean[] side = new boolean[count];
        long flow = augment(capacity, source, sink, true, side);
        List<String> cut = IntStream.range(0, count).filter(node -> side[node]).mapToObj(node -> Graphs.name(node, count)).toList();
        return new Puzzle(count, Graphs.edges(capacity, true), Graphs.name(source, count), Graphs.name(sink, count), flow, cut);
    }

    /**
     * Gives the source at least three edges out and the sink three edges in where the network allows, each half the
     * largest capacity wider, so that the smallest cut usually lies inside the network rather than around an end.
     */
    private static void widenEnds(int[][] capacity, boolean[][] joined, int[] order, int maxCapacity, RandomGenerator random) {
        int count = order.length;
        int source = order[0];
        int sink = order[count - 1];
        int wanted = Math.min(3, count - 2);
        for (int i : Draw.permutation(count - 2, random)) {
            int inner = order[i + 1];
            if (degree(capacity, source, true) < wanted && !joined[source][inner]) {
                connect(capacity, joined, source, inner, Draw.between(1, maxCapacity, random));
            }
            if (degree(capacity, sink, false) < wanted && !joined[inner][sink]) {
                connect(capacity, joined, inner, sink, Draw.between(1, maxCapacity, random));
            }
        }
        int extra = (maxCapacity + 1) / 2;
        for (int node = 0; node < count; node++) {
            capacity[source][node] += capacity[source][node] > 0 ? extra : 0;
            capacity[node][sink] += capacity[node][sink] > 0 && node != source ? extra : 0;
        }
    }

    private static int degree(int[][] capacity, int node, boolean out) {
        return (int) IntStream.range(0, capacity.length).filter(other -> (out ? capacity[node][other] : capacity[other][node]) > 0).count();
    }

    private static void connect(int[][] capacity, boolean[][] joined, int from, int to, int value) {
        Graphs.link(capacity, from, to, value, true);
        joined[from][to] = true;
        joined[to][from] = true;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Here is a flow network: a directed graph with ").append(puzzle.nodes()).append(" nodes (")
                .append(Graphs.listing(puzzle.nodes())).append("). Each line \"u -> v: c\" is a one-way edge from node u")
                .append(" to node v with capacity c.\n\n");
        Graphs.appendEdges(text, puzzle.edges(), true, true);
        text.append("\nA flow from ").append(puzzle.source()).append(" (the source) to ").append(puzzle.sink())
                .append(" (the sink) assigns to each edge an amount between 0 and its capacity, sent only in the edge's")
                .append(" direction, so that at every node other than ").append(puzzle.source()).append(" and ")
                .append(puzzle.sink()).append(" the total amount coming in equals the total amount going out. Its value is")
                .append(" the total amount that arrives at ").append(puzzle.sink()).append(". What is the largest possible")
                .append(" value of a flow from ").append(puzzle.source()).append(" to ").append(puzzle.sink())
                .append("?\n\nProve your value with a cut: a set of nodes that contains ").append(puzzle.source())
                .append(" but not ").append(puzzle.sink()).append(" such that the capacities of the edges leading from a node")
                .append(" inside the set to a node outside it add up to exactly that value (no flow can be larger). Answer")
                .append(" on one line with the value, a colon, and every node of the set separated by spaces, in the form")
                .append(" \"42: ").append(puzzle.source()).append(" ...\". Any set that proves the value is accepted.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.flow(), puzzle.cut());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.flow() != puzzle.flow()) {
            return Score.wrong(answer.flow() + " is " + (answer.flow() > puzzle.flow() ? "more" : "less") + " than the maximum flow");
        }
        int count = puzzle.nodes();
        boolean[] inside = new boolean[count];
        Score unknown = NodeAnswers.unknown(answer.side(), count, "network");
        if (unknown != null) {
            return unknown;
        }
        answer.side().forEach(name -> inside[Graphs.index(name, count)] = true);
        if (!inside[Graphs.index(puzzle.source(), count)] || inside[Graphs.index(puzzle.sink(), count)]) {
            return Score.wrong("the set must contain the source " + puzzle.source() + " and not the sink " + puzzle.sink());
        }
        long capacity = cutCapacity(puzzle, inside);
        if (capacity != puzzle.flow()) {
            return Score.wrong("the right value, but the edges leaving the set have total capacity " + capacity + ", not " + puzzle.flow());
        }
        return Score.correct("the maximum flow is " + puzzle.flow() + ", matched by a cut of the same capacity");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int count = puzzle.nodes();
        int[][] capacity = Graphs.matrix(count, puzzle.edges(), true);
        int source = Graphs.index(puzzle.source(), count);
        int sink = Graphs.index(puzzle.sink(), count);
        List<Long> values = new ArrayList<>(List.of(gold.flow() + 1, gold.flow() - 1, augment(capacity, source, sink, false, null)));
        long out = Arrays.stream(capacity[source]).sum();
        long in = Arrays.stream(capacity).mapToInt(row -> row[sink]).sum();
        values.add(Math.min(out, in));
        values.add(out);
        List<Answer> misses = new ArrayList<>();
        values.stream().filter(value -> value != gold.flow()).distinct().forEach(value -> misses.add(new Answer(value, gold.side())));
        List<String> allButSink = new ArrayList<>(Graphs.names(count));
        allButSink.remove(puzzle.sink());
        List<String> withSink = new ArrayList<>(gold.side());
        withSink.add(puzzle.sink());
        for (List<String> side : List.of(List.of(puzzle.source()), allButSink, withSink)) {
            Answer miss = new Answer(gold.flow(), side);
            if (!check(puzzle, miss).passed()) {
                misses.add(miss);
            }
        }
        return misses;
    }

    /** The total capacity of the edges from a node inside the set to a node outside it. */
    private static long cutCapacity(Puzzle puzzle, boolean[] inside) {
        long total = 0;
        for (Edge edge : puzzle.edges()) {
            if (inside[Graphs.index(edge.from(), puzzle.nodes())] && !inside[Graphs.index(edge.to(), puzzle.nodes())]) {
                total += edge.weight();
            }
        }
        return total;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.nodes() + puzzle.edges().size();
    }

    /**
     * Augments along paths until none is left and returns the flow: Edmonds-Karp (shortest residual paths, by
     * breadth-first search) when {@code residual}, else the classic mistake (depth-first over unused capacity, never
     * pushing flow back along an edge). {@code side}, when given, gets the nodes the source still reaches at the end:
     * after Edmonds-Karp, the source's side of a minimum cut.
     */
    private static long augment(int[][] capacity, int source, int sink, boolean residual, boolean[] side) {
        int count = capacity.length;
        int[][] left = Arrays.stream(capacity).map(int[]::clone).toArray(int[][]::new);
        long total = 0;
        int[] parent = new int[count];
        int[] queue = new int[count];
        while (true) {
            Arrays.fill(parent, -1);
            parent[source] = source;
            int head = 0;
            int tail = 0;
            queue[tail++] = source;
            while (head < tail && parent[sink] < 0) {
                int node = residual ? queue[head++] : queue[--tail];
                for (int next = 0; next < count; next++) {
                    if (left[node][next] > 0 && parent[next] < 0) {
                        parent[next] = node;
                        queue[tail++] = next;
                    }
                }
            }
            if (parent[sink] < 0) {
                for (int node = 0; side != null && node < count; node++) {
                    side[node] = parent[node] >= 0;
                }
                return total;
            }
            int bottleneck = Integer.MAX_VALUE;
            for (int node = sink; node != source; node = parent[node]) {
                bottleneck = Math.min(bottleneck, left[parent[node]][node]);
            }
            for (int node = sink; node != source; node = parent[node]) {
                left[parent[node]][node] -= bottleneck;
                left[node][parent[node]] += residual ? bottleneck : 0;
            }
            total += bottleneck;
        }
    }
}
