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
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Graph colouring: give every node one of k colours so that the two ends of each edge differ. */
@AutoService(Bootcamp.class)
public final class GraphColoringBootcamp extends Camp<GraphColoringBootcamp.Puzzle, GraphColoringBootcamp.Answer> {
    private static final Knob<Integer> NODES = GraphKnobs.nodes(3, 120, 10);
    private static final Knob<Integer> COLOURS = Knob.integer("colours", 2, 12, 3, "number of colours allowed, which is also the number needed");
    private static final Knob<Double> DEGREE = Knob.decimal("degree", 1.0, 20.0, 3.0, "average number of edges at a node, as far as the colour classes allow");
    private static final BootcampInfo INFO = BootcampInfo.builder(GraphColoringBootcamp.class)
            .title("Graph colouring with k colours")
            .domain("graphs")
            .tags("graphs", "colouring", "constraint-satisfaction", "search")
            .summary("Colour every node of an undirected graph with one of the colours 1..k so that no edge joins two nodes"
                    + " of the same colour. The graph is built around a hidden k-colouring and contains k nodes that are all"
                    + " joined to each other, so exactly k colours are needed. Any valid colouring is CORRECT; a clash on an"
                    + " edge, a colour outside 1..k, or a missing or unknown node is WRONG with the first problem and the"
                    + " number of clashing edges in the detail. No partial credit. The levels use 3 to 5 colours; two"
                    + " colours (with an odd cycle as the proof when none exists) is the bipartition bootcamp's task.")
            .knob(NODES)
            .knob(COLOURS)
            .knob(DEGREE)
            .version(2)
            .answerShape("node=colour for every node, separated by commas")
            .severalAnswers()
            .build();

    /** The graph, the number of colours, and the hidden colouring in node order (never shown). */
    public record Puzzle(int nodes, int colours, List<Edge> edges, List<Integer> hidden) {
        public Puzzle {
            edges = List.copyOf(edges);
            hidden = List.copyOf(hidden);
        }
    }

    /** One node's colour. */
    public record Colour(String node, int colour) {
        public Colour {
            requireNonNull(node, "node is null");
        }
    }

    /** The colours given, in node order. */
    public record Answer(List<Colour> colours) {
        public Answer {
            List<Colour> sorted = new ArrayList<>(colours);
            sorted.sort(Comparator.comparing(Colour::node, Graphs.NODE_ORDER));
            colours = List.copyOf(sorted);
        }
    }

    public GraphColoringBootcamp() {
        super(INFO, GraphCodecs.assignments((node, value) -> new Colour(node, Answers.intValue(value)), (Colour colour) -> colour.node() + "=" + colour.colour())
                .map(Answer::new, Answer::colours));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NODES, Draw.scale(level, 7, 30))
                .with(COLOURS, level <= 5 ? 3 : level <= 9 ? 4 : 5)
                .with(DEGREE, Draw.scale(level, 25, 60) / 10.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NODES);
        int colours = Math.min(knobs.get(COLOURS), count);
        int[] order = Draw.permutation(count, random);
        int[] colour = new int[count];
        for (int i = 0; i < count; i++) {
            colour[order[i]] = i < colours ? i : random.nextInt(colours);
        }
        int[][] weight = new int[count][count];
        boolean[][] joined = new boolean[count][count];
        for (int u = 0; u < count; u++) {
            for (int v = 0; v < count; v++) {
                joined[u][v] = colour[u] == colour[v];
            }
        }
        // The first k nodes of the order hold the k colours; joining them all makes k colours necessary.
        for (int i = 0; i < colours; i++) {
            for (int j = i + 1; j < colours; j++) {
                Graphs.link(weight, order[i], order[j], 1, false);
                joined[order[i]][order[j]] = true;
                joined[order[j]][order[i]] = true;
            }
        }
        int wanted = (int) Math.round(count * knobs.get(DEGREE) / 2) - colours * (colours - 1) / 2;
        for (int[] pair : Graphs.addRandomPairs(joined, wanted, random)) {
            Graphs.link(weight, pair[0], pair[1], 1, false);
        }
        List<Integer> hidden = Arrays.stream(colour).map(value -> value + 1).boxed().toList();
        return new Puzzle(count, colours, Graphs.edges(weight, false), hidden);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Here is an undirected graph with ").append(puzzle.nodes()).append(" nodes: ").append(Graphs.listing(puzzle.nodes()))
                .append(". Each line \"u - v\" is an edge between nodes u and v.\n\n");
        Graphs.appendEdges(text, puzzle.edges(), false, false);
        String palette = puzzle.colours() == 2 ? "the 2 colours 1 and 2" : "the " + puzzle.colours() + " colours 1 to " + puzzle.colours();
        text.append("\nGive every node one of ").append(palette)
                .append(" so that the two nodes of every edge have different colours. Such a colouring exists; any valid")
                .append(" one is accepted. Answer with one entry node=colour for each of the ").append(puzzle.nodes())
                .append(" nodes, separated by commas, for example: ").append(Graphs.name(0, puzzle.nodes())).append("=2, ")
                .append(Graphs.name(1, puzzle.nodes())).append("=1, ...");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return answer(puzzle.nodes(), puzzle.hidden().stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int count = puzzle.nodes();
        List<String> names = answer.colours().stream().map(Colour::node).toList();
        Score problem = NodeAnswers.unknown(names, count, "graph");
        problem = problem != null ? problem : NodeAnswers.missing(names, count, "has no colour");
        if (problem != null) {
            return problem;
        }
        int[] colour = new int[count];
        for (Colour entry : answer.colours()) {
            if (entry.colour() < 1 || entry.colour() > puzzle.colours()) {
                return Score.wrong("node " + entry.node() + " has colour " + entry.colour() + "; the colours are 1.." + puzzle.colours());
            }
            colour[Graphs.index(entry.node(), count)] = entry.colour();
        }
        List<Edge> clashes = NodeAnswers.broken(puzzle.edges(), count, (u, v) -> colour[u] != colour[v]);
        if (!clashes.isEmpty()) {
            Edge first = clashes.get(0);
            return Score.wrong("the edge " + first.from() + " - " + first.to() + " joins two nodes of colour " + colour[Graphs.index(first.from(), count)]
                    + " (" + clashes.size() + " clashing edge" + (clashes.size() == 1 ? ")" : "s)"));
        }
        return Score.correct("a valid colouring of all " + count + " nodes");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int count = puzzle.nodes();
        int[] hidden = puzzle.hidden().stream().mapToInt(Integer::intValue).toArray();
        List<Answer> misses = new ArrayList<>();
        Edge edge = Draw.pick(puzzle.edges(), random);
        int[] clash = hidden.clone();
        clash[Graphs.index(edge.to(), count)] = clash[Graphs.index(edge.from(), count)];
        misses.add(answer(count, clash));
        int[] greedy = greedy(puzzle);
        if (!check(puzzle, answer(count, greedy)).passed()) {
            misses.add(answer(count, greedy));
        }
        int[] renamed = hidden.clone();
        for (int node = 0; node < count; node++) {
            renamed[node] = renamed[node] == 1 ? puzzle.colours() + 1 : renamed[node];
        }
        misses.add(answer(count, renamed));
        List<Colour> fewer = new ArrayList<>(gold.colours());
        fewer.remove(random.nextInt(fewer.size()));
        misses.add(new Answer(fewer));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.nodes() + puzzle.edges().size();
    }

    /** Each node in turn takes the smallest colour no earlier neighbour has, often needing more than k colours. */
    private static int[] greedy(Puzzle puzzle) {
        int count = puzzle.nodes();
        int[][] neighbours = Graphs.neighbours(Graphs.matrix(count, puzzle.edges(), false));
        int[] colour = new int[count];
        for (int node = 0; node < count; node++) {
            boolean[] used = new boolean[count + 2];
            for (int next : neighbours[node]) {
                used[colour[next]] = true;
            }
            int chosen = 1;
            while (used[chosen]) {
                chosen++;
            }
            colour[node] = chosen;
        }
        return colour;
    }

    private static Answer answer(int count, int[] colours) {
        return new Answer(IntStream.range(0, count).mapToObj(node -> new Colour(Graphs.name(node, count), colours[node])).toList());
    }
}
