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
import dev.bootcamp.camps.kit.Graphs;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/** Bipartite matching: as many edges as possible between left and right nodes, no node used twice. */
@AutoService(Bootcamp.class)
public final class BipartiteMatchingBootcamp extends Camp<BipartiteMatchingBootcamp.Puzzle, BipartiteMatchingBootcamp.Answer> {
    private static final Knob<Integer> LEFT = Knob.integer("left", 1, Graphs.LETTERS, 6, "number of left nodes, named A, B, C...");
    private static final Knob<Integer> RIGHT = Knob.integer("right", 1, 99, 6, "number of right nodes, numbered 1, 2, 3...");
    private static final Knob<Double> DEGREE = Knob.decimal("degree", 1.0, 8.0, 2.0, "average number of right nodes joined to a left node");
    private static final BootcampInfo INFO = BootcampInfo.builder(BipartiteMatchingBootcamp.class)
            .title("Maximum bipartite matching")
            .domain("graphs")
            .tags("graphs", "matching", "bipartite", "augmenting-path", "optimisation")
            .summary("Given a bipartite graph with lettered left nodes and numbered right nodes, list a matching (edges no"
                    + " two of which share a node) with as many edges as possible. Any maximum matching is CORRECT: the"
                    + " checker tests that each pair is an edge and no node is used twice, and compares the size with the"
                    + " maximum found by augmenting paths. A valid but smaller matching (such as a greedy one) is WRONG with"
                    + " both sizes in the detail; no partial credit.")
            .knob(LEFT)
            .knob(RIGHT)
            .knob(DEGREE)
            .version(2)
            .answerShape("the matched pairs, each written as left-right such as C-5, separated by commas")
            .severalAnswers()
            .build();

    /** The right nodes joined to each left node (in order A, B, ...), ascending, and the maximum matching size (never shown). */
    public record Puzzle(int left, int right, List<List<Integer>> neighbours, int maximum) {
        public Puzzle {
            neighbours = neighbours.stream().map(List::copyOf).toList();
        }
    }

    /** A left node matched to a right node. */
    public record Pair(String left, int right) {
        public Pair {
            requireNonNull(left, "left is null");
        }
    }

    /** The pairs given, sorted by left node then right node. */
    public record Answer(List<Pair> pairs) {
        public Answer {
            List<Pair> sorted = new ArrayList<>(pairs);
            sorted.sort(Comparator.comparing(Pair::left, Graphs.NODE_ORDER).thenComparingInt(Pair::right));
            pairs = List.copyOf(sorted);
        }
    }

    public BipartiteMatchingBootcamp() {
        super(INFO, GraphCodecs.pairs(BipartiteMatchingBootcamp::pair, (Pair pair) -> pair.left() + "-" + pair.right()).map(Answer::new, Answer::pairs));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LEFT, Draw.scale(level, 5, 20))
                .with(RIGHT, Draw.scale(level, 5, 22))
                .with(DEGREE, Draw.scale(level, 15, 28) / 10.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int left = knobs.get(LEFT);
        int right = knobs.get(RIGHT);
        double degree = Math.min(knobs.get(DEGREE), right);
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int node = 0; node < left; node++) {
            int size = 1;
            while (size < right && random.nextDouble() < (degree - 1) / degree) {
                size++;
            }
            int[] chosen = Arrays.copyOf(Draw.permutation(right, random), size);
            Arrays.sort(chosen);
            neighbours.add(Arrays.stream(chosen).map(value -> value + 1).boxed().toList());
        }
        return new Puzzle(left, right, neighbours, maximumMatching(neighbours, right).size());
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A bipartite graph has ").append(puzzle.left()).append(" left nodes (").append(Graphs.listing(puzzle.left()))
                .append(") and ").append(puzzle.right()).append(" right nodes (numbered 1 to ").append(puzzle.right())
                .append("). Edges join left nodes to right nodes only; each line \"u: 2 5\" lists the right nodes joined to")
                .append(" the left node u.\n\n");
        for (int node = 0; node < puzzle.left(); node++) {
            text.append(Graphs.name(node, puzzle.left())).append(':');
            puzzle.neighbours().get(node).forEach(value -> text.append(' ').append(value));
            text.append('\n');
        }
        text.append("\nA matching is a set of edges no two of which share a node: each left node and each right node is")
                .append(" used at most once. Find a matching with as many edges as possible. If several matchings have")
                .append(" the largest size, any one is accepted. Answer with its edges, each written as the left node, a")
                .append(" hyphen and the right node (such as C-5), separated by commas.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(maximumMatching(puzzle.neighbours(), puzzle.right()));
    }

    private static Pair pair(String first, String second) {
        boolean letterFirst = isLetter(first);
        if (letterFirst == isLetter(second)) {
            throw new AnswerFormatException("each pair joins a left node (a letter) and a right node (a number), found "
                    + Answers.abbreviate(first + "-" + second));
        }
        return new Pair(letterFirst ? first : second, Answers.intValue(letterFirst ? second : first));
    }

    private static boolean isLetter(String name) {
        return name.charAt(0) >= 'A' && name.charAt(0) <= 'Z';
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        boolean[] leftUsed = new boolean[puzzle.left()];
        boolean[] rightUsed = new boolean[puzzle.right() + 1];
        for (Pair pair : answer.pairs()) {
            int node = Graphs.index(pair.left(), puzzle.left());
            if (node < 0) {
                return Score.wrong("there is no left node '" + Answers.abbreviate(pair.left()) + "'");
            }
            if (pair.right() < 1 || pair.right() > puzzle.right()) {
                return Score.wrong("there is no right node " + pair.right() + "; right nodes are 1.." + puzzle.right());
            }
            if (!puzzle.neighbours().get(node).contains(pair.right())) {
                return Score.wrong("there is no edge between " + pair.left() + " and " + pair.right());
            }
            if (leftUsed[node]) {
                return Score.wrong("left node " + pair.left() + " is matched twice");
            }
            if (rightUsed[pair.right()]) {
                return Score.wrong("right node " + pair.right() + " is matched twice");
            }
            leftUsed[node] = true;
            rightUsed[pair.right()] = true;
        }
        if (answer.pairs().size() < puzzle.maximum()) {
            return Score.wrong("a valid matching of " + answer.pairs().size() + " edges, but the largest has " + puzzle.maximum());
        }
        return Score.correct("a maximum matching of " + puzzle.maximum() + " edges");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Pair> pairs = gold.pairs();
        misses.add(new Answer(pairs.subList(0, pairs.size() - 1)));
        List<Pair> greedy = new ArrayList<>();
        boolean[] taken = new boolean[puzzle.right() + 1];
        for (int node = 0; node < puzzle.left(); node++) {
            for (int value : puzzle.neighbours().get(node)) {
                if (!taken[value]) {
                    taken[value] = true;
                    greedy.add(new Pair(Graphs.name(node, puzzle.left()), value));
                    break;
                }
            }
        }
        if (greedy.size() < puzzle.maximum()) {
            misses.add(new Answer(greedy));
        }
        if (pairs.size() >= 2) {
            List<Pair> clash = new ArrayList<>(pairs);
            int at = random.nextInt(pairs.size() - 1);
            clash.set(at + 1, new Pair(pairs.get(at + 1).left(), pairs.get(at).right()));
            misses.add(new Answer(clash));
        }
        for (int node = 0; node < puzzle.left(); node++) {
            List<Integer> joined = puzzle.neighbours().get(node);
            if (joined.size() < puzzle.right()) {
                int missing = 1;
                while (joined.contains(missing)) {
                    missing++;
                }
                String name = Graphs.name(node, puzzle.left());
                List<Pair> wrongEdge = new ArrayList<>(pairs);
                wrongEdge.removeIf(pair -> pair.left().equals(name));
                wrongEdge.add(new Pair(name, missing));
                misses.add(new Answer(wrongEdge));
                break;
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.neighbours().stream().mapToInt(List::size).sum() + puzzle.left() + puzzle.right();
    }

    /** Kuhn's algorithm: for each left node in turn, an augmenting path found by depth-first search. */
    private static List<Pair> maximumMatching(List<List<Integer>> neighbours, int right) {
        int left = neighbours.size();
        int[] owner = new int[right + 1];
        Arrays.fill(owner, -1);
        for (int node = 0; node < left; node++) {
            augment(neighbours, node, owner, new boolean[right + 1]);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int value = 1; value <= right; value++) {
            if (owner[value] >= 0) {
                pairs.add(new Pair(Graphs.name(owner[value], left), value));
            }
        }
        return pairs;
    }

    /** Depth at most the number of left nodes (26), so the recursion is bounded. */
    private static boolean augment(List<List<Integer>> neighbours, int node, int[] owner, boolean[] visited) {
        for (int value : neighbours.get(node)) {
            if (visited[value]) {
                continue;
            }
            visited[value] = true;
            if (owner[value] < 0 || augment(neighbours, owner[value], owner, visited)) {
                owner[value] = node;
                return true;
            }
        }
        return false;
    }
}
