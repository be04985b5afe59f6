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
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.camps.kit.NodeAnswers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Euler path: a walk that uses every edge of a graph exactly once. */
@AutoService(Bootcamp.class)
public final class EulerPathBootcamp extends Camp<EulerPathBootcamp.Puzzle, EulerPathBootcamp.Answer> {
    /** Failed random walks tolerated at one length before the walk is made one edge shorter, which keeps generation total. */
    private static final int ATTEMPTS_PER_LENGTH = 200;
    private static final Knob<Integer> NODES = GraphKnobs.nodes(3, 60, 6);
    private static final Knob<Integer> EDGES = Knob.integer("edges", 2, 400, 8, "number of edges (at most 3/5 of the possible edges, and at least enough to visit every node)");
    private static final Knob<Double> CIRCUIT = Knob.decimal("circuit", 0.0, 1.0, 0.4, "chance that the walk must end where it starts (every node has even degree)");
    private static final Knob<Boolean> DIRECTED = GraphKnobs.DIRECTED;
    private static final BootcampInfo INFO = BootcampInfo.builder(EulerPathBootcamp.class)
            .title("Eulerian trail")
            .domain("graphs")
            .tags("graphs", "euler", "trail", "hierholzer")
            .summary("Given a graph, undirected or with one-way edges, that has a walk using every edge exactly once (the"
                    + " walk may or may not return to its start), write such a walk as its sequence of nodes. Any valid walk"
                    + " is CORRECT: the checker replays it, each step along an unused edge of the graph (in its direction"
                    + " when one-way), and requires every edge to be used. A step along a missing or already used edge, or"
                    + " a walk that leaves edges unused, is WRONG with the step in the detail. No partial credit.")
            .knob(NODES)
            .knob(EDGES)
            .knob(CIRCUIT)
            .knob(DIRECTED)
            .version(2)
            .answerShape("the nodes of the walk in order, separated by spaces")
            .severalAnswers()
            .build();

    /** The graph and one valid walk (never shown). */
    public record Puzzle(int nodes, List<Edge> edges, boolean directed, List<String> walk) {
        public Puzzle {
            edges = List.copyOf(edges);
            walk = List.copyOf(walk);
        }
    }

    /** The nodes of a walk in order. */
    public record Answer(List<String> walk) {
        public Answer {
            walk = List.copyOf(walk);
        }
    }

    public EulerPathBootcamp() {
        super(INFO, GraphCodecs.nodes().map(Answer::new, Answer::walk));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NODES, Draw.scale(level, 6, 16))
                .with(EDGES, Draw.scale(level, 8, 40))
                .with(DIRECTED, level >= 7);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NODES);
        boolean directed = knobs.get(DIRECTED);
        boolean circuit = random.nextDouble() < knobs.get(CIRCUIT);
        int pairs = count * (count - 1) / 2 * (directed ? 2 : 1);
        int shortest = circuit ? Math.max(count, directed ? 2 : 3) : count - 1;
        int length = Math.max(shortest, Math.min(knobs.get(EDGES), pairs * 3 / 5));
        for (int attempt = 1; ; attempt++) {
            int[] walk = attempt > 10 * ATTEMPTS_PER_LENGTH ? tour(count, circuit, random) : walk(count, length, directed, circuit, random);
            if (walk.length > 0) {
                return puzzle(count, directed, walk);
            }
            if (attempt % ATTEMPTS_PER_LENGTH == 0 && length > shortest) {
                length--;
            }
        }
    }

    private static Puzzle puzzle(int count, boolean directed, int[] walk) {
        int[][] weight = new int[count][count];
        for (int i = 1; i < walk.length; i++) {
            Graphs.link(weight, walk[i - 1], walk[i], 1, directed);
        }
        return new Puzzle(count, Graphs.edges(weight, directed), directed, Arrays.stream(walk).mapToObj(node -> Graphs.name(node, count)).toList());
    }

    /** Every node once in a random order, back to the first for a circuit: the fallback that always exists. */
    private static int[] tour(int count, boolean circuit, RandomGenerator random) {
        int[] order = Draw.permutation(count, random);
        if (!circuit) {
            return order;
        }
        int[] closed = Arrays.copyOf(order, count + 1);
        closed[count] = order[0];
        return closed;
    }

    /**
     * A random walk of {@code length} steps that never reuses an edge and visits every node (new nodes first while any
     * are left, in a random order), ending at its start when {@code circuit}; empty when the attempt gets stuck.
     */
    private static int[] walk(int count, int length, boolean directed, boolean circuit, RandomGenerator random) {
        boolean[][] used = new boolean[count][count];
        boolean[] visited = new boolean[count];
        int[] walk = new int[length + 1];
        int[] fresh = Draw.permutation(count, random);
        int next = 0;
        walk[0] = fresh[next++];
        visited[walk[0]] = true;
        int[] options = new int[count];
        for (int step = 1; step <= length; step++) {
            int here = walk[step - 1];
            int chosen = -1;
            while (next < count && visited[fresh[next]]) {
                next++;
            }
            boolean last = step == length;
            if (circuit && last) {
                chosen = used[here][walk[0]] || here == walk[0] ? -1 : walk[0];
            } else if (next < count && !used[here][fresh[next]] && random.nextInt(4) > 0) {
                chosen = fresh[next];
            } else {
                int size = 0;
                for (int node = 0; node < count; node++) {
                    if (node != here && !used[here][node] && (!circuit || step < length - 1 || node != walk[0])) {
                        options[size++] = node;
                    }
                }
                chosen = size == 0 ? -1 : options[random.nextInt(size)];
            }
            if (chosen < 0) {
                return new int[0];
            }
            used[here][chosen] = true;
            if (!directed) {
                used[chosen][here] = true;
            }
            visited[chosen] = true;
            walk[step] = chosen;
        }
        for (boolean seen : visited) {
            if (!seen) {
                return new int[0];
            }
        }
        return walk;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        int edges = puzzle.edges().size();
        text.append("Here is ").append(puzzle.directed() ? "a directed" : "an undirected").append(" graph with ")
                .append(puzzle.nodes()).append(" nodes (").append(Graphs.listing(puzzle.nodes())).append(") and ").append(edges)
                .append(" edges. ");
        if (puzzle.directed()) {
            text.append("Each line \"u -> v\" is a one-way edge from node u to node v; it can be used only from u to v.\n\n");
        } else {
            text.append("Each line \"u - v\" is an edge between nodes u and v; it can be used in either direction.\n\n");
        }
        Graphs.appendEdges(text, puzzle.edges(), puzzle.directed(), false);
        text.append("\nFind a walk that uses every edge exactly once, moving along one edge at each step")
                .append(puzzle.directed() ? " in its direction" : "").append(". The walk may start at any node, and it may")
                .append(" end at its starting node or elsewhere; such a walk exists, and any valid one is accepted. Answer")
                .append(" with the nodes of the walk in order, separated by spaces: ").append(edges + 1).append(" nodes in all,")
                .append(" since the walk has ").append(edges).append(" steps.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.walk());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int count = puzzle.nodes();
        int[][] weight = Graphs.matrix(count, puzzle.edges(), puzzle.directed());
        List<String> walk = answer.walk();
        Score unknown = NodeAnswers.unknown(walk, count, "graph");
        if (unknown != null) {
            return unknown;
        }
        boolean[][] used = new boolean[count][count];
        String arrow = puzzle.directed() ? " -> " : " - ";
        for (int step = 1; step < walk.size(); step++) {
            int from = Graphs.index(walk.get(step - 1), count);
            int to = Graphs.index(walk.get(step), count);
            if (weight[from][to] == 0) {
                boolean reversed = puzzle.directed() && weight[to][from] > 0;
                return Score.wrong("step " + step + ": " + (reversed ? "the edge " + walk.get(step) + " -> " + walk.get(step - 1)
                        + " is one-way" : "there is no edge " + walk.get(step - 1) + arrow + walk.get(step)));
            }
            if (used[from][to]) {
                return Score.wrong("step " + step + ": the edge " + walk.get(step - 1) + arrow + walk.get(step) + " is used a second time");
            }
            used[from][to] = true;
            if (!puzzle.directed()) {
                used[to][from] = true;
            }
        }
        int steps = Math.max(0, walk.size() - 1);
        if (steps < puzzle.edges().size()) {
            return Score.wrong("the walk uses " + steps + " of the " + puzzle.edges().size() + " edges");
        }
        return Score.correct("every one of the " + steps + " edges used exactly once");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>(NearMisses.path(gold.walk(), random).stream().map(Answer::new).toList());
        List<String> backwards = new ArrayList<>(gold.walk());
        Collections.reverse(backwards);
        Answer reversed = new Answer(backwards);
        if (!check(puzzle, reversed).passed()) {
            misses.add(reversed);
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.edges().size();
    }
}
