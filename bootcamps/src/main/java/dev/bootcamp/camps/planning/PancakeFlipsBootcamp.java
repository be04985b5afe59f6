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

/** Pancake flipping: sort a stack by reversing its top k pancakes, in the fewest flips. */
@AutoService(Bootcamp.class)
public final class PancakeFlipsBootcamp extends Camp<PancakeFlipsBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> PANCAKES = Knob.integer("pancakes", 3, 8, 6, "pancakes in the stack");
    private static final Knob<Integer> MIN_FLIPS = Knob.integer("min-flips", 1, 9, 4, "fewest flips the stack should need (the hardest drawn is used otherwise)");
    private static final BootcampInfo INFO = BootcampInfo.builder(PancakeFlipsBootcamp.class)
            .title("Pancake flips, fewest")
            .version(1)
            .domain("planning")
            .tags("planning", "permutations", "optimal-plan", "partial-credit")
            .summary("A stack of pancakes of sizes 1..n is given top to bottom; 'flip k' turns the top k pancakes over as one"
                    + " block, reversing their order. Give a shortest list of flips that leaves the stack sorted with the"
                    + " smallest on top (optimum by breadth-first search). The flips are replayed; the fewest is CORRECT, a longer"
                    + " sorting list PARTIAL with reward shortest / length / 2, anything else WRONG.")
            .knob(PANCAKES)
            .knob(MIN_FLIPS)
            .answerShape("flips separated by commas, each 'flip k' with k the number of pancakes turned, such as flip 4, flip 2")
            .severalAnswers()
            .build();

    /** The sizes from top to bottom, the gold flips and the states searched. */
    public record Puzzle(List<Integer> stack, List<String> plan, int explored) {
        public Puzzle {
            stack = List.copyOf(stack);
            plan = List.copyOf(plan);
        }
    }

    public PancakeFlipsBootcamp() {
        super(INFO, PlanCodecs.steps(500));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] pancakes = {6, 7, 7, 7, 7, 7, 7, 7, 7, 7};
        int[] flips = {2, 3, 3, 4, 4, 5, 5, 5, 6, 6};
        return INFO.defaults().with(PANCAKES, pancakes[level - 1]).with(MIN_FLIPS, flips[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int n = knobs.get(PANCAKES);
        Puzzle best = null;
        for (int attempt = 0; attempt < 8 && (best == null || best.plan().size() < knobs.get(MIN_FLIPS)); attempt++) {
            int[] order = Draw.permutation(n, random);
            StringBuilder stack = new StringBuilder();
            for (int size : order) {
                stack.append((char) ('1' + size));
            }
            Domain domain = new Domain(stack.toString());
            if (domain.reached(domain.start())) {
                continue;
            }
            PlanSearch.Found found = PlanSearch.cheapest(domain, 50_000);
            if (best == null || found.plan().size() > best.plan().size()) {
                best = new Puzzle(stack.chars().map(c -> c - '0').boxed().toList(), found.plan(), found.expanded());
            }
        }
        if (best == null) {
            String stack = new StringBuilder(sorted(n)).reverse().toString();
            best = new Puzzle(stack.chars().map(c -> c - '0').boxed().toList(), List.of("flip " + n), 1);
        }
        return best;
    }

    private static String sorted(int n) {
        StringBuilder sorted = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sorted.append((char) ('0' + i));
        }
        return sorted.toString();
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> sizes = puzzle.stack().stream().map(String::valueOf).toList();
        return "A cook has a stack of " + sizes.size() + " pancakes, all of different sizes. From the top of the stack down to the"
                + " plate their sizes are: " + String.join(", ", sizes) + ".\n\nThe only thing the cook can do is slide a spatula under"
                + " some pancake and turn the whole pile above it over: 'flip k' takes the top k pancakes (k from 2 to "
                + sizes.size() + ") and puts them back in reverse order, the other pancakes staying where they are. For example,"
                + " on the stack 3, 1, 2 (top first) 'flip 2' gives 1, 3, 2.\n\nSort the stack so that the sizes grow from top to"
                + " bottom (smallest on top) in as few flips as possible. Answer with the flips in order, separated by commas,"
                + " in the form: flip 11, flip 12 (a made-up example for a taller stack)";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    private static Domain domain(Puzzle puzzle) {
        StringBuilder stack = new StringBuilder();
        puzzle.stack().forEach(size -> stack.append((char) ('0' + size)));
        return new Domain(stack.toString());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(domain(puzzle), plan, puzzle.plan().size(), 4 * puzzle.plan().size() + 20, "flips");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(domain(puzzle), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored();
    }

    /** A state is the sizes top to bottom as digits. */
    private record Domain(String start) implements PlanDomain<String> {
        @Override
        public List<String> steps(String state) {
            List<String> steps = new ArrayList<>();
            for (int k = 2; k <= state.length(); k++) {
                steps.add("flip " + k);
            }
            return steps;
        }

        @Override
        public Outcome<String> apply(String state, String step) {
            String[] words = step.split(" ");
            if (words.length != 2 || !words[0].equals("flip") || words[1].length() > 3 || !words[1].chars().allMatch(Character::isDigit)) {
                return Outcome.illegal("expected 'flip k' with k a number");
            }
            int k = Integer.parseInt(words[1]);
            if (k < 2 || k > state.length()) {
                return Outcome.illegal("k must be from 2 to " + state.length());
            }
            return Outcome.to(new StringBuilder(state.substring(0, k)).reverse() + state.substring(k));
        }

        @Override
        public String unmet(String state) {
            return reached(state) ? null : "the stack ends as " + String.join(", ", state.chars().mapToObj(c -> String.valueOf((char) c)).toList());
        }

        @Override
        public boolean reached(String state) {
            for (int i = 1; i < state.length(); i++) {
                if (state.charAt(i - 1) > state.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
