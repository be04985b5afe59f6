package dev.bootcamp.camps.graphs;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
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
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Bipartition: split the nodes into two sides so that every edge joins the sides, or prove that no split exists by
 * naming a cycle of odd length. Unlike graph-coloring (which promises a colouring with three or more colours), the
 * answer here is either witness, so a policy must decide which case it faces and back the decision up.
 */
@AutoService(Bootcamp.class)
public final class BipartitionBootcamp extends Camp<BipartitionBootcamp.Puzzle, BipartitionBootcamp.Answer> {
    private static final Knob<Integer> NODES = GraphKnobs.nodes(3, 120, 10);
    private static final Knob<Double> DEGREE = GraphKnobs.degree(1.0, 6.0, 2.0);
    private static final Knob<Integer> COMPONENTS = Knob.integer("components", 1, 20, 1, "number of connected components");
    private static final Knob<Integer> ODD_CYCLE = Knob.integer("odd-cycle", 3, 61, 5, "when the graph is not bipartite, its shortest odd cycle has at least this"
            + " many edges (lowered when the graph cannot hold one)");
    private static final Knob<Double> IMPOSSIBLE = Knob.decimal("impossible", 0.0, 1.0, 0.5, "chance that the graph has an odd cycle, so that no split exists");
    private static final BootcampInfo INFO = BootcampInfo.builder(BipartitionBootcamp.class)
            .title("Bipartition or odd cycle")
            .domain("graphs")
            .tags("graphs", "bipartite", "two-colouring", "odd-cycle")
            .summary("Given an undirected graph, split all its nodes into two sides so that every edge joins a node of one"
                    + " side to a node of the other, or, when no such split exists, prove it by giving a cycle of odd"
                    + " length (its nodes in order around the cycle). About half the graphs, by the impossible knob, hide"
                    + " an odd cycle. Any valid split and any odd cycle of the graph is CORRECT; an edge inside a side, a"
                    + " missing, repeated or unknown node, a step along a missing edge, an even cycle or the wrong kind of"
                    + " witness is WRONG.")
            .knob(NODES)
            .knob(DEGREE)
            .knob(COMPONENTS)
            .knob(ODD_CYCLE)
            .knob(IMPOSSIBLE)
            .version(2)
            .answerShape("two lines, each listing the nodes of one side separated by spaces, or one line listing the nodes of an odd cycle in order")
            .severalAnswers()
            .build();

    /** The graph and its verdict; {@code witness} is a valid split (two sides) or the nodes of an odd cycle (never shown). */
    public record Puzzle(int nodes, List<Edge> edges, boolean bipartite, List<List<String>> witness) {
        public Puzzle {
            edges = List.copyOf(edges);
            witness = List.copyOf(witness);
        }
    }

    /**
     * Either two sides, each in node order, the side holding the earliest node first (and {@code cycle} empty), or the
     * nodes of a cycle in the order given (and {@code sides} empty).
     */
    public record Answer(List<List<String>> sides, List<String> cycle) {
        public Answer {
            sides = Graphs.canonicalGroups(sides);
            cycle = List.copyOf(cycle);
        }

        static Answer split(List<List<String>> sides) {
            return new Answer(sides, List.of());
        }

        static Answer cycle(List<String> cycle) {
            return new Answer(List.of(), cycle);
        }

        boolean isCycle() {
            return sides.isEmpty();
        }
    }

    public BipartitionBootcamp() {
        super(INFO, GraphCodecs.groups().map(BipartitionBootcamp::read, answer -> answer.isCycle() ? List.of(answer.cycle()) : answer.sides()));
    }

    private static Answer read(List<List<String>> groups) {
        if (groups.size() == 2) {
            return Answer.split(groups);
        }
        if (groups.size() != 1) {
            throw new AnswerFormatException("expected two lines (one per side) or one line (an odd cycle), found " + groups.size() + " groups");
        }
        List<String> cycle = groups.get(0);
        // A cycle written closed ("A B C A") is read as the same cycle.
        return Answer.cycle(cycle.size() > 1 && cycle.get(0).equals(cycle.get(cycle.size() - 1)) ? cycle.subList(0, cycle.size() - 1) : cycle);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NODES, Draw.scale(level, 7, 40))
                .with(DEGREE, Draw.scale(level, 16, 26) / 10.0)
                .with(COMPONENTS, Draw.scale(level, 1, 3))
                .with(ODD_CYCLE, 2 * Draw.scale(level, 1, 6) + 1);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NODES);
        int parts = Math.min(knobs.get(COMPONENTS), count / 3 + 1);
        int[][] partition = Graphs.partition(count, parts, random);
        int[][] weight = new int[count][count];
        boolean[][] joined = new boolean[count][count];
        int[] component = new int[count];
        int[] side = new int[count];
        for (int part = 0; part < parts; part++) {
            for (int member : partition[part]) {
                component[member] = part;
            }
            for (int[] pair : Graphs.randomTree(partition[part], 2, random)) {
                side[pair[1]] = 1 - side[pair[0]];
                Graphs.link(weight, pair[0], pair[1], 1, false);
            }
        }
        for (int u = 0; u < count; u++) {
            for (int v = 0; v < count; v++) {
                joined[u][v] = weight[u][v] > 0 || component[u] != component[v] || side[u] == side[v];
            }
        }
        int length = knobs.get(ODD_CYCLE);
        int[] odd = random.nextDouble() < knobs.get(IMPOSSIBLE) ? farPair(weight, side, length, random) : null;
        int[] fromFirst = odd == null ? null : Graphs.distances(weight, odd[0]);
        int[] fromSecond = odd == null ? null : Graphs.distances(weight, odd[1]);
        int wanted = (int) Math.round(count * knobs.get(DEGREE) / 2) - (count - parts) - (odd == null ? 0 : 1);
        int added = 0;
        for (int[] pair : Graphs.addRandomPairs(joined, Integer.MAX_VALUE, random)) {
            if (added >= wanted) {
                break;
            }
            int u = pair[0];
            int v = pair[1];
            // An edge that brings the two ends of the odd edge closer would close a shorter odd cycle.
            if (odd != null && fromFirst[u] >= 0 && Math.min(fromFirst[u] + fromSecond[v], fromFirst[v] + fromSecond[u]) + 1 < length - 1) {
                continue;
            }
            Graphs.link(weight, u, v, 1, false);
            added++;
            if (odd != null && fromFirst[u] >= 0) {
                fromFirst = Graphs.distances(weight, odd[0]);
                fromSecond = Graphs.distances(weight, odd[1]);
            }
        }
        if (odd != null) {
            List<String> cycle = Graphs.path(weight, odd[0], odd[1]).stream().map(node -> Graphs.name(node, count)).toList();
            Graphs.link(weight, odd[0], odd[1], 1, false);
            return new Puzzle(count, Graphs.edges(weight, false), false, List.of(cycle));
        }
        List<List<String>> sides = List.of(new ArrayList<>(), new ArrayList<>());
        for (int node = 0; node < count; node++) {
            sides.get(side[node]).add(Graphs.name(node, count));
        }
        return new Puzzle(count, Graphs.edges(weight, false), true, sides);
    }

    /**
     * Two nodes of the same side (so an even number of edges apart) at least {@code length - 1} edges apart, chosen at
     * random among such pairs, or the farthest pair when none is that far: an edge between them closes an odd cycle of
     * at least {@code length} edges. Null when no two nodes of one side are connected.
     */
    private static int[] farPair(int[][] weight, int[] side, int length, RandomGenerator random) {
        int count = weight.length;
        List<int[]> far = new ArrayList<>();
        int[] best = null;
        int bestDistance = 0;
        for (int start = 0; start < count; start++) {
            int[] distance = Graphs.distances(weight, start);
            for (int end = start + 1; end < count; end++) {
                if (side[end] == side[start] && distance[end] > 0) {
                    if (distance[end] >= length - 1) {
                        far.add(new int[] {start, end});
                    }
                    if (distance[end] > bestDistance) {
                        bestDistance = distance[end];
                        best = new int[] {start, end};
                    }
                }
            }
        }
        return far.isEmpty() ? best : Draw.pick(far, random);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Here is an undirected graph with ").append(puzzle.nodes()).append(" nodes: ").append(Graphs.listing(puzzle.nodes()))
                .append(". Each line \"u - v\" is an edge between nodes u and v.\n\n");
        Graphs.appendEdges(text, puzzle.edges(), false, false);
        text.append("\nSplit all ").append(puzzle.nodes()).append(" nodes into two sides so that every edge joins a node of")
                .append(" one side to a node of the other side (no edge may have both ends on the same side). If a split")
                .append(" exists, answer with two lines, each listing the nodes of one side separated by spaces; every node")
                .append(" must appear exactly once, and any valid split is accepted. If no such split exists, prove it")
                .append(" instead with one line listing the nodes of a cycle with an odd number of edges, in order around")
                .append(" the cycle, each node once (the last node is joined back to the first; do not repeat the first")
                .append(" node), for example: A C F. Any odd cycle of the graph is accepted.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return puzzle.bipartite() ? Answer.split(puzzle.witness()) : Answer.cycle(puzzle.witness().get(0));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int count = puzzle.nodes();
        if (answer.isCycle()) {
            List<String> cycle = answer.cycle();
            String split = puzzle.bipartite() ? "; the graph has a valid split" : "";
            Score problem = NodeAnswers.distinct(cycle, count, "graph", " in the cycle");
            if (problem == null && (cycle.size() < 3 || cycle.size() % 2 == 0)) {
                problem = Score.wrong("a cycle of " + cycle.size() + " nodes has " + (cycle.size() < 3 ? "too few" : "an even number of") + " edges" + split);
            }
            problem = problem != null ? problem : NodeAnswers.steps(cycle, Graphs.matrix(count, puzzle.edges(), false), true, split);
            return problem != null ? problem : Score.correct("an odd cycle of " + cycle.size() + " edges, so no split exists");
        }
        List<String> all = answer.sides().stream().flatMap(List::stream).toList();
        Score problem = NodeAnswers.distinct(all, count, "graph", "");
        problem = problem != null ? problem : NodeAnswers.missing(all, count, "is on neither side");
        if (problem != null) {
            return problem;
        }
        Set<String> first = Set.copyOf(answer.sides().get(0));
        List<Edge> inside = NodeAnswers.broken(puzzle.edges(), count, (u, v) -> first.contains(Graphs.name(u, count)) != first.contains(Graphs.name(v, count)));
        if (!inside.isEmpty()) {
            String reason = "the edge " + inside.get(0).from() + " - " + inside.get(0).to() + " has both ends on one side";
            return Score.wrong(puzzle.bipartite() ? reason : reason + "; no split exists, the graph has an odd cycle of "
                    + puzzle.witness().get(0).size() + " nodes");
        }
        return Score.correct("every node once and all " + puzzle.edges().size() + " edges join the two sides");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        if (!puzzle.bipartite()) {
            List<String> cycle = puzzle.witness().get(0);
            List<List<String>> sides = List.of(new ArrayList<>(), new ArrayList<>());
            int[][] weight = Graphs.matrix(puzzle.nodes(), puzzle.edges(), false);
            weight[Graphs.index(cycle.get(0), puzzle.nodes())][Graphs.index(cycle.get(cycle.size() - 1), puzzle.nodes())] = 0;
            weight[Graphs.index(cycle.get(cycle.size() - 1), puzzle.nodes())][Graphs.index(cycle.get(0), puzzle.nodes())] = 0;
            int[] depth = Graphs.components(weight)[1];
            for (int node = 0; node < puzzle.nodes(); node++) {
                sides.get(depth[node] % 2).add(Graphs.name(node, puzzle.nodes()));
            }
            misses.add(Answer.split(sides));
            misses.add(Answer.cycle(cycle.subList(0, cycle.size() - 1)));
            misses.add(Answer.cycle(cycle.subList(1, cycle.size())));
            List<String> twice = new ArrayList<>(cycle);
            twice.add(cycle.get(1));
            misses.add(Answer.cycle(twice));
            return misses;
        }
        List<List<String>> moved = List.of(new ArrayList<>(gold.sides().get(0)), new ArrayList<>(gold.sides().get(1)));
        Edge edge = Draw.pick(puzzle.edges(), random);
        boolean fromFirst = moved.get(0).remove(edge.from());
        if (fromFirst) {
            moved.get(1).add(edge.from());
        } else {
            moved.get(1).remove(edge.from());
            moved.get(0).add(edge.from());
        }
        misses.add(Answer.split(moved));
        List<String> shorter = new ArrayList<>(gold.sides().get(1));
        shorter.remove(shorter.size() - 1);
        if (!shorter.isEmpty()) {
            misses.add(Answer.split(List.of(gold.sides().get(0), shorter)));
        }
        Edge first = puzzle.edges().get(0);
        misses.add(Answer.cycle(List.of(first.from(), first.to(), first.from().equals("A") ? "B" : "A")));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.nodes() + puzzle.edges().size();
    }
}
