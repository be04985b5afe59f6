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
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Tree diameter: a longest path of a tree, in edges or in total edge length, given as its nodes in order. */
@AutoService(Bootcamp.class)
public final class TreeDiameterBootcamp extends Camp<TreeDiameterBootcamp.Puzzle, TreeDiameterBootcamp.Answer> {
    private static final Knob<Integer> NODES = GraphKnobs.nodes(2, 200, 10);
    private static final Knob<Integer> MAX_WEIGHT = Knob.integer("max-weight", 1, 999, 1, "largest edge length (lengths are 1..max-weight; 1 means unweighted)");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 50, 3, "each node hangs from one of the depth nodes added just before it, so"
            + " smaller values give longer, thinner trees");
    private static final BootcampInfo INFO = BootcampInfo.builder(TreeDiameterBootcamp.class)
            .title("Tree diameter")
            .domain("graphs")
            .tags("graphs", "tree", "diameter", "longest-path")
            .summary("Given a tree as an edge list, unweighted (length counted in edges) or with edge lengths, give a"
                    + " longest path (a diameter): the nodes of the path between two nodes at the greatest distance, in"
                    + " order from one end to the other. Any longest path, in either direction, is CORRECT; a step along a"
                    + " missing edge, a repeated or unknown node, or a path shorter than the diameter is WRONG, the detail"
                    + " saying how long the path is. No partial credit.")
            .knob(NODES)
            .knob(MAX_WEIGHT)
            .knob(DEPTH)
            .version(2)
            .answerShape("the nodes of a longest path in order, separated by spaces")
            .severalAnswers()
            .build();

    /** The tree, its diameter and one longest path (never shown). */
    public record Puzzle(int nodes, List<Edge> edges, boolean weighted, long diameter, List<String> path) {
        public Puzzle {
            edges = List.copyOf(edges);
            path = List.copyOf(path);
        }
    }

    /** The nodes of a path in the order given. */
    public record Answer(List<String> path) {
        public Answer {
            path = List.copyOf(path);
        }
    }

    public TreeDiameterBootcamp() {
        super(INFO, GraphCodecs.nodes().map(Answer::new, Answer::path));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NODES, Draw.scale(level, 7, 45))
                .with(MAX_WEIGHT, level <= 3 ? 1 : Draw.scale(level, 5, 60))
                .with(DEPTH, Draw.scale(level, 2, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NODES);
        int maxWeight = knobs.get(MAX_WEIGHT);
        int[][] weight = new int[count][count];
        for (int[] pair : Graphs.randomTree(count, knobs.get(DEPTH), random)) {
            int value = Draw.between(1, maxWeight, random);
            Graphs.link(weight, pair[0], pair[1], value, false);
        }
        long[] first = farthest(weight, 0);
        long[] second = farthest(weight, (int) first[0]);
        List<String> path = Graphs.path(weight, (int) first[0], (int) second[0]).stream().map(node -> Graphs.name(node, count)).toList();
        return new Puzzle(count, Graphs.edges(weight, false), maxWeight > 1, second[1], path);
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
                .append(" its nodes. Find two nodes that far apart and give the path between them: answer with the nodes")
                .append(" of the path in order from one end to the other, separated by spaces (for example: ")
                .append(Graphs.name(2, puzzle.nodes())).append(" ").append(Graphs.name(0, puzzle.nodes())).append(" ")
                .append(Graphs.name(1, puzzle.nodes())).append("). Any longest path is accepted, in either direction.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.path());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int[][] weight = Graphs.matrix(puzzle.nodes(), puzzle.edges(), false);
        Score problem = NodeAnswers.distinct(answer.path(), puzzle.nodes(), "tree", "; a path visits each node once");
        problem = problem != null ? problem : NodeAnswers.steps(answer.path(), weight, false, "");
        if (problem != null) {
            return problem;
        }
        long length = NodeAnswers.length(answer.path(), weight);
        if (length == puzzle.diameter()) {
            return Score.correct("a path of length " + length + ", the diameter");
        }
        return Score.wrong("the path has length " + length + ", less than the diameter");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return NearMisses.path(gold.path(), random).stream().map(Answer::new).toList();
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
