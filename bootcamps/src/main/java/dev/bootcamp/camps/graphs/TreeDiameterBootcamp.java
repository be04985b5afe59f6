package dev.bootcamp.camps.graphs;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Graphs;
import dev.bootcamp.camps.kit.Graphs.Edge;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Tree diameter: the greatest distance between two nodes of a tree, in edges or in total edge length. */
@AutoService(Bootcamp.class)
public final class TreeDiameterBootcamp implements Bootcamp<TreeDiameterBootcamp.Puzzle, TreeDiameterBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(TreeDiameterBootcamp.class)
            .title("Tree diameter")
            .domain("graphs")
            .tags("graphs", "tree", "diameter", "longest-path")
            .summary("Given a tree as an edge list, unweighted (length counted in edges) or with edge lengths, give its"
                    + " diameter: the greatest distance between any two nodes. The answer is one integer compared exactly;"
                    + " the detail says whether it is too high or too low. No partial credit.")
            .knob(Knob.integer("nodes", 2, 200, 10, "number of nodes, named A, B, C... up to 26 and numbered 1, 2, 3... beyond"))
            .knob(Knob.integer("max-weight", 1, 999, 1, "largest edge length (lengths are 1..max-weight; 1 means unweighted)"))
            .knob(Knob.integer("depth", 1, 50, 3, "each node hangs from one of the depth nodes added just before it, so"
                    + " smaller values give longer, thinner trees"))
            .answerShape("a single integer")
            .build();

    /** The tree and its diameter (never shown). */
    public record Puzzle(int nodes, List<Edge> edges, boolean weighted, long diameter) {
        public Puzzle {
            edges = List.copyOf(edges);
        }
    }

    public record Answer(long diameter) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("nodes", Draw.scale(level, 5, 45))
                .with("max-weight", level <= 3 ? 1 : Draw.scale(level, 5, 60))
                .with("depth", Draw.scale(level, 2, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.integer("nodes");
        int maxWeight = knobs.integer("max-weight");
        int[][] weight = new int[count][count];
        for (int[] pair : Graphs.randomTree(count, knobs.integer("depth"), random)) {
            int value = Draw.between(1, maxWeight, random);
            weight[pair[0]][pair[1]] = value;
            weight[pair[1]][pair[0]] = value;
        }
        long[] first = farthest(weight, 0);
        long[] second = farthest(weight, (int) first[0]);
        return new Puzzle(count, Graphs.edges(weight, false), maxWeight > 1, second[1]);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Here is a tree (a connected graph with no cycles) with ").append(puzzle.nodes()).append(" nodes: ")
                .append(Graphs.listing(puzzle.nodes())).append(". ");
        if (puzzle.weighted()) {
            text.append("Each line \"u - v: w\" is an edge between nodes u and v of length w.\n\n");
        } else {
            text.append("Each line \"u - v\" is an edge between nodes u and v.\n\n");
        }
        Graphs.appendEdges(text, puzzle.edges(), false, puzzle.weighted());
        text.append("\nThe distance between two nodes is the ").append(puzzle.weighted() ? "total length of the edges" : "number of edges")
                .append(" on the path between them. The diameter of the tree is the greatest distance between any two of")
                .append(" its nodes. What is the diameter? Answer with a single integer.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.diameter());
    }

    @Override
    public String render(Answer answer) {
        return String.valueOf(answer.diameter());
    }

    @Override
    public Answer parse(String text) {
        return new Answer(Answers.longValue(text));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.diameter() == puzzle.diameter()) {
            return Score.correct("the diameter is " + puzzle.diameter());
        }
        return Score.wrong(answer.diameter() + " is " + (answer.diameter() > puzzle.diameter() ? "more" : "less") + " than the diameter");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int count = puzzle.nodes();
        int[][] weight = Graphs.matrix(count, puzzle.edges(), false);
        List<Long> values = new ArrayList<>(List.of(gold.diameter() + 1, gold.diameter() - 1));
        values.add(farthest(weight, 0)[1]);
        values.add(2 * farthest(weight, random.nextInt(count))[1]);
        if (puzzle.weighted()) {
            int[][] unit = Graphs.matrix(count, puzzle.edges().stream().map(edge -> new Edge(edge.from(), edge.to(), 1)).toList(), false);
            values.add(farthest(unit, (int) farthest(unit, 0)[0])[1]);
        }
        return values.stream().filter(value -> value != gold.diameter()).distinct().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.nodes() * (puzzle.weighted() ? 2.0 : 1.0);
    }

    /** The node farthest from {@code start} along the tree and its distance, as {node, distance}. */
    private static long[] farthest(int[][] weight, int start) {
        int count = weight.length;
        long[] distance = new long[count];
        Arrays.fill(distance, -1);
        int[] stack = new int[count];
        int top = 0;
        stack[top++] = start;
        distance[start] = 0;
        int best = start;
        while (top > 0) {
            int node = stack[--top];
            if (distance[node] > distance[best]) {
                best = node;
            }
            for (int next = 0; next < count; next++) {
                if (weight[node][next] > 0 && distance[next] < 0) {
                    distance[next] = distance[node] + weight[node][next];
                    stack[top++] = next;
                }
            }
        }
        return new long[] {best, distance[best]};
    }
}
