package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.planning.Outcome;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanDomain;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import dev.bootcamp.camps.kit.planning.PlanSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Token swapping: tokens on the vertices of a graph go home by swapping along edges, in the fewest swaps. */
@AutoService(Bootcamp.class)
public final class TokenSwappingBootcamp extends Camp<TokenSwappingBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> VERTICES = Knob.integer("vertices", 4, 8, 6, "vertices, each holding one token");
    private static final Knob<Integer> EXTRA_EDGES = Knob.integer("extra-edges", 0, 6, 2, "edges beyond a spanning tree");
    private static final Knob<Integer> MIN_SWAPS = Knob.integer("min-swaps", 1, 14, 4, "fewest swaps the puzzle should need (the hardest drawn is used otherwise)");
    private static final BootcampInfo INFO = BootcampInfo.builder(TokenSwappingBootcamp.class)
            .title("Token swapping on a graph, fewest swaps")
            .version(1)
            .domain("planning")
            .tags("planning", "graphs", "permutations", "optimal-plan", "partial-credit")
            .summary("Every vertex of a small connected graph holds one numbered token; a swap exchanges the tokens at the two"
                    + " ends of an edge. Give a shortest list of swaps after which token v sits on vertex v for every v (optimum by"
                    + " breadth-first search over the permutations). Replayed; the fewest swaps is CORRECT, a longer working list"
                    + " PARTIAL with reward fewest / length / 2, a swap across a non-edge or an unsorted end WRONG.")
            .knob(VERTICES)
            .knob(EXTRA_EDGES)
            .knob(MIN_SWAPS)
            .answerShape("swaps separated by commas, each 'swap u v' naming the two ends of an edge, such as swap 1 4, swap 4 2")
            .severalAnswers()
            .build();

    /** The token on each vertex (vertex 1 first), the edges as sorted pairs, a gold plan and the states searched. */
    public record Puzzle(List<Integer> tokens, List<List<Integer>> edges, List<String> plan, int explored) {
        public Puzzle {
            tokens = List.copyOf(tokens);
            edges = edges.stream().map(List::copyOf).toList();
            plan = List.copyOf(plan);
        }
    }

    public TokenSwappingBootcamp() {
        super(INFO, PlanCodecs.steps(500));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] vertices = {5, 5, 5, 6, 6, 6, 7, 7, 7, 7};
        int[] extra = {3, 3, 2, 2, 2, 2, 1, 1, 1, 1};
        int[] swaps = {2, 3, 4, 4, 5, 6, 6, 7, 7, 8};
        return INFO.defaults().with(VERTICES, vertices[level - 1]).with(EXTRA_EDGES, extra[level - 1]).with(MIN_SWAPS, swaps[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int n = knobs.get(VERTICES);
        Puzzle best = null;
        for (int attempt = 0; attempt < 6 && (best == null || best.plan().size() < knobs.get(MIN_SWAPS)); attempt++) {
            List<List<Integer>> edges = edges(n, knobs.get(EXTRA_EDGES), random);
            int[] tokens = Draw.permutation(n, random);
            StringBuilder state = new StringBuilder();
            for (int token : tokens) {
                state.append((char) ('1' + token));
            }
            Domain domain = new Domain(state.toString(), edges);
            if (domain.reached(domain.start())) {
                continue;
            }
            PlanSearch.Found found = PlanSearch.cheapest(domain, 50_000);
            if (found.solved() && (best == null || found.plan().size() > best.plan().size())) {
                best = new Puzzle(state.chars().map(c -> c - '0').boxed().toList(), edges, found.plan(), found.expanded());
            }
        }
        if (best == null) {
            List<Integer> tokens = new ArrayList<>();
            for (int v = 1; v <= n; v++) {
                tokens.add(v == 1 ? 2 : v == 2 ? 1 : v);
            }
            List<List<Integer>> edges = new ArrayList<>();
            for (int v = 1; v < n; v++) {
                edges.add(List.of(v, v + 1));
            }
            best = new Puzzle(tokens, edges, List.of("swap 1 2"), 1);
        }
        return best;
    }

    /** A random spanning tree on vertices 1..n plus up to {@code extra} more edges, sorted. */
    private static List<List<Integer>> edges(int n, int extra, RandomGenerator random) {
        List<List<Integer>> edges = new ArrayList<>();
        int[] order = Draw.permutation(n, random);
        for (int i = 1; i < n; i++) {
            int a = order[i] + 1;
            int b = order[random.nextInt(i)] + 1;
            edges.add(List.of(Math.min(a, b), Math.max(a, b)));
        }
        for (int tries = 0; tries < 30 && edges.size() < n - 1 + extra; tries++) {
            int a = Draw.between(1, n, random);
            int b = Draw.between(1, n, random);
            List<Integer> edge = List.of(Math.min(a, b), Math.max(a, b));
            if (a != b && !edges.contains(edge)) {
                edges.add(edge);
            }
        }
        edges.sort((x, y) -> x.get(0).equals(y.get(0)) ? Integer.compare(x.get(1), y.get(1)) : Integer.compare(x.get(0), y.get(0)));
        return edges;
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> placed = new ArrayList<>();
        for (int v = 0; v < puzzle.tokens().size(); v++) {
            placed.add("vertex " + (v + 1) + " holds token " + puzzle.tokens().get(v));
        }
        List<String> edges = puzzle.edges().stream().map(edge -> edge.get(0) + "-" + edge.get(1)).toList();
        return "An undirected graph has vertices 1 to " + puzzle.tokens().size() + " and these edges: " + String.join(", ", edges)
                + ". Each vertex carries one token, and the tokens are numbered like the vertices: " + String.join(", ", placed)
                + ".\n\nOne swap picks an edge and exchanges the two tokens at its ends; tokens cannot move any other way. Make"
                + " every token sit on the vertex with its own number, using the fewest swaps possible. Write the swaps in order,"
                + " separated by commas, each as 'swap' and the two vertices of the edge, for example: swap 12 15, swap 15 11"
                + " (an example of the form only)";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    private static Domain domain(Puzzle puzzle) {
        StringBuilder state = new StringBuilder();
        puzzle.tokens().forEach(token -> state.append((char) ('0' + token)));
        return new Domain(state.toString(), puzzle.edges());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(domain(puzzle), plan, puzzle.plan().size(), 4 * puzzle.plan().size() + 20, "swaps");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(domain(puzzle), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored();
    }

    /** A state is the token on each vertex as a digit, vertex 1 first. */
    private record Domain(String start, List<List<Integer>> edges) implements PlanDomain<String> {
        @Override
        public List<String> steps(String state) {
            return edges.stream().map(edge -> "swap " + edge.get(0) + " " + edge.get(1)).toList();
        }

        @Override
        public Outcome<String> apply(String state, String step) {
            String[] words = step.split(" ");
            if (words.length != 3 || !words[0].equals("swap") || words[1].length() > 2 || words[2].length() > 2
                    || !(words[1] + words[2]).chars().allMatch(Character::isDigit)) {
                return Outcome.illegal("expected 'swap u v' with two vertex numbers");
            }
            int a = Integer.parseInt(words[1]);
            int b = Integer.parseInt(words[2]);
            if (!edges.contains(List.of(Math.min(a, b), Math.max(a, b)))) {
                return Outcome.illegal("there is no edge between " + a + " and " + b);
            }
            char[] next = state.toCharArray();
            next[a - 1] = state.charAt(b - 1);
            next[b - 1] = state.charAt(a - 1);
            return Outcome.to(new String(next));
        }

        @Override
        public boolean reached(String state) {
            for (int v = 0; v < state.length(); v++) {
                if (state.charAt(v) != '1' + v) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String unmet(String state) {
            for (int v = 0; v < state.length(); v++) {
                if (state.charAt(v) != '1' + v) {
                    return "vertex " + (v + 1) + " holds token " + state.charAt(v);
                }
            }
            return null;
        }
    }
}
