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
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** BFS distances: the number of edges on a shortest path from one node to every node of an unweighted graph. */
@AutoService(Bootcamp.class)
public final class BfsDistancesBootcamp extends Camp<BfsDistancesBootcamp.Puzzle, BfsDistancesBootcamp.Answer> {
    private static final int UNREACHABLE = -1;
    private static final Knob<Integer> NODES = GraphKnobs.nodes(3, 120, 10);
    private static final Knob<Double> DEGREE = GraphKnobs.degree(1.0, 8.0, 2.0);
    private static final Knob<Integer> OUTSIDE = Knob.integer("unreachable", 0, 60, 0, "nodes that cannot be reached from the start (they still have edges"
            + " among themselves, and one-way edges into the reachable part)");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 20, 3, "each node of the hidden spanning tree hangs from one of the depth nodes"
            + " added just before it, so smaller values give longer distances");
    private static final Knob<Boolean> DIRECTED = GraphKnobs.DIRECTED;
    private static final BootcampInfo INFO = BootcampInfo.builder(BfsDistancesBootcamp.class)
            .title("Breadth-first distances")
            .domain("graphs")
            .tags("graphs", "bfs", "shortest-path", "reachability")
            .summary("Given an unweighted graph, undirected or with one-way edges, and a start node, give the distance"
                    + " (fewest edges on a path) from the start to every node, with inf for nodes that cannot be reached."
                    + " CORRECT only when every node's distance is right; a missing, unknown or wrong entry is WRONG with"
                    + " the first mismatch and the number of wrong entries in the detail. No partial credit: the near"
                    + " neighbours are the easy part.")
            .knob(NODES)
            .knob(DEGREE)
            .knob(OUTSIDE)
            .knob(DEPTH)
            .knob(DIRECTED)
            .answerShape("node=distance for every node, separated by commas, with inf for a node that cannot be reached")
            .build();

    /** The graph, the start node, and each node's distance from it in node order, -1 where unreachable (never shown). */
    public record Puzzle(int nodes, List<Edge> edges, boolean directed, String source, List<Integer> distances) {
        public Puzzle {
            edges = List.copyOf(edges);
            requireNonNull(source, "source is null");
            distances = List.copyOf(distances);
        }
    }

    /** One node's distance; -1 means the node cannot be reached. */
    public record Distance(String node, int distance) {
        public Distance {
            requireNonNull(node, "node is null");
        }
    }

    /** The distances given, sorted in node order. */
    public record Answer(List<Distance> distances) {
        public Answer {
            List<Distance> sorted = new ArrayList<>(distances);
            sorted.sort(Comparator.comparing(Distance::node, Graphs.NODE_ORDER));
            distances = List.copyOf(sorted);
        }
    }

    public BfsDistancesBootcamp() {
        super(INFO, GraphCodecs.assignments((node, value) -> new Distance(node, distance(value)), (Distance entry) -> entry.node() + "=" + show(entry.distance()))
                .map(Answer::new, Answer::distances));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NODES, Draw.scale(level, 5, 40))
                .with(DEGREE, Draw.scale(level, 16, 30) / 10.0)
                .with(OUTSIDE, Draw.scale(level, 0, 6))
                .with(DEPTH, Draw.scale(level, 4, 2))
                .with(DIRECTED, level >= 6);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NODES);
        boolean directed = knobs.get(DIRECTED);
        int outside = Math.min(knobs.get(OUTSIDE), count - 2);
        int[] order = Draw.permutation(count, random);
        boolean[] reachable = new boolean[count];
        for (int i = 0; i < count - outside; i++) {
            reachable[order[i]] = true;
        }
        boolean[][] joined = new boolean[count][count];
        int[][] weight = new int[count][count];
        int window = knobs.get(DEPTH);
        for (int[] pair : Graphs.randomTree(Arrays.copyOfRange(order, 0, count - outside), window, random)) {
            link(weight, joined, pair[0], pair[1], directed);
        }
        for (int[] pair : Graphs.randomTree(Arrays.copyOfRange(order, count - outside, count), window, random)) {
            boolean flip = random.nextBoolean();
            link(weight, joined, flip ? pair[1] : pair[0], flip ? pair[0] : pair[1], directed);
        }
        if (!directed) {
            for (int u = 0; u < count; u++) {
                for (int v = 0; v < count; v++) {
                    joined[u][v] |= reachable[u] != reachable[v];
                }
            }
        }
        int wanted = (int) Math.round(count * knobs.get(DEGREE) / 2);
        int tree = Math.max(0, count - outside - 1) + Math.max(0, outside - 1);
        for (int[] pair : Graphs.addRandomPairs(joined, wanted - tree, random)) {
            boolean flip = reachable[pair[0]] && !reachable[pair[1]] || reachable[pair[0]] == reachable[pair[1]] && random.nextBoolean();
            link(weight, joined, flip ? pair[1] : pair[0], flip ? pair[0] : pair[1], directed);
        }
        int source = order[0];
        return new Puzzle(count, Graphs.edges(weight, directed), directed, Graphs.name(source, count), Arrays.stream(Graphs.distances(weight, source)).boxed().toList());
    }

    private static void link(int[][] weight, boolean[][] joined, int from, int to, boolean directed) {
        Graphs.link(weight, from, to, 1, directed);
        joined[from][to] = true;
        joined[to][from] = true;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Here is an unweighted ").append(puzzle.directed() ? "directed" : "undirected").append(" graph with ")
                .append(puzzle.nodes()).append(" nodes: ").append(Graphs.listing(puzzle.nodes())).append(". ");
        if (puzzle.directed()) {
            text.append("Each line \"u -> v\" is a one-way edge from node u to node v; it cannot be used from v to u.\n\n");
        } else {
            text.append("Each line \"u - v\" is an edge between nodes u and v; it can be used in either direction.\n\n");
        }
        Graphs.appendEdges(text, puzzle.edges(), puzzle.directed(), false);
        String rule = puzzle.directed() ? ", following edges only in their direction" : "";
        text.append("\nThe distance from ").append(puzzle.source()).append(" to a node is the smallest number of edges on a")
                .append(" path from ").append(puzzle.source()).append(" to that node").append(rule).append("; the distance from ").append(puzzle.source())
                .append(" to itself is 0. Find the distance from ").append(puzzle.source()).append(" to every node, and write")
                .append(" inf for a node that no path from ").append(puzzle.source()).append(" reaches. Answer with one entry")
                .append(" node=distance for each of the ").append(puzzle.nodes()).append(" nodes, in node order, separated by")
                .append(" commas, for example: ").append(Graphs.name(0, puzzle.nodes())).append("=2, ")
                .append(Graphs.name(1, puzzle.nodes())).append("=0, ").append(Graphs.name(2, puzzle.nodes())).append("=inf, ...");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return answer(puzzle.nodes(), puzzle.distances().stream().mapToInt(Integer::intValue).toArray());
    }

    private static int distance(String token) {
        String word = token.toLowerCase(Locale.ROOT);
        if (word.equals("inf") || word.equals("infinity") || word.equals("\u221e") || word.equals("unreachable") || word.equals("-1")) {
            return UNREACHABLE;
        }
        int value = Answers.intValue(token);
        if (value < 0) {
            throw new AnswerFormatException("a distance is 0 or more, or inf, found " + value);
        }
        return value;
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int count = puzzle.nodes();
        List<String> names = answer.distances().stream().map(Distance::node).toList();
        Score problem = NodeAnswers.unknown(names, count, "graph");
        problem = problem != null ? problem : NodeAnswers.missing(names, count, "has no distance given");
        if (problem != null) {
            return problem;
        }
        int[] given = new int[count];
        answer.distances().forEach(distance -> given[Graphs.index(distance.node(), count)] = distance.distance());
        int wrong = 0;
        String first = null;
        for (int node = 0; node < count; node++) {
            String name = Graphs.name(node, count);
            int expected = puzzle.distances().get(node);
            if (given[node] != expected) {
                wrong++;
                first = first != null ? first : "the distance to " + name + " is " + show(expected) + ", not " + show(given[node]);
            }
        }
        if (wrong == 0) {
            return Score.correct("all " + count + " distances are right");
        }
        return Score.wrong(first + " (" + wrong + " of " + count + " wrong)");
    }

    private static String show(int distance) {
        return distance == UNREACHABLE ? "inf" : String.valueOf(distance);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int count = puzzle.nodes();
        int[] distances = puzzle.distances().stream().mapToInt(Integer::intValue).toArray();
        int source = Graphs.index(puzzle.source(), count);
        List<Answer> misses = new ArrayList<>();
        int[] off = distances.clone();
        int changed = (source + 1 + random.nextInt(count - 1)) % count;
        off[changed] = off[changed] == UNREACHABLE ? 1 : off[changed] + 1;
        misses.add(answer(count, off));
        int[] counted = distances.clone();
        for (int node = 0; node < count; node++) {
            counted[node] += counted[node] == UNREACHABLE ? 0 : 1;
        }
        misses.add(answer(count, counted));
        int[][] weight = Graphs.matrix(count, puzzle.edges(), puzzle.directed());
        int[] depth = depthFirst(weight, source);
        if (!Arrays.equals(depth, distances)) {
            misses.add(answer(count, depth));
        }
        if (puzzle.directed()) {
            int[] undirected = Graphs.distances(Graphs.matrix(count, puzzle.edges(), false), source);
            if (!Arrays.equals(undirected, distances)) {
                misses.add(answer(count, undirected));
            }
        }
        List<Distance> fewer = new ArrayList<>(gold.distances());
        fewer.remove(fewer.size() - 1);
        misses.add(new Answer(fewer));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.nodes() + puzzle.edges().size();
    }

    private static Answer answer(int count, int[] distances) {
        return new Answer(IntStream.range(0, count).mapToObj(node -> new Distance(Graphs.name(node, count), distances[node])).toList());
    }

    /** The depth of each node in a depth-first search tree, the classic mistake of exploring deep before wide. */
    private static int[] depthFirst(int[][] weight, int source) {
        int count = weight.length;
        int[] depth = new int[count];
        Arrays.fill(depth, UNREACHABLE);
        int[] stack = new int[count];
        int[] cursor = new int[count];
        int top = 0;
        stack[top++] = source;
        depth[source] = 0;
        while (top > 0) {
            int node = stack[top - 1];
            while (cursor[node] < count && (weight[node][cursor[node]] == 0 || depth[cursor[node]] != UNREACHABLE)) {
                cursor[node]++;
            }
            if (cursor[node] == count) {
                top--;
                continue;
            }
            int next = cursor[node];
            depth[next] = depth[node] + 1;
            stack[top++] = next;
        }
        return depth;
    }
}
