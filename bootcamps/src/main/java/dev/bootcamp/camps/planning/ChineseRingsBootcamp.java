package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
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

/** Chinese rings (baguenaudier): toggle rings under the puzzle's rule to turn one pattern into another, in the fewest moves. */
@AutoService(Bootcamp.class)
public final class ChineseRingsBootcamp extends Camp<ChineseRingsBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> RINGS = Knob.integer("rings", 3, 12, 6, "rings on the bar");
    private static final Knob<Integer> MIN_MOVES = Knob.integer("min-moves", 1, 200, 8, "fewest moves the puzzle should need (the hardest drawn is used otherwise)");
    private static final BootcampInfo INFO = BootcampInfo.builder(ChineseRingsBootcamp.class)
            .title("Chinese rings, fewest moves")
            .version(1)
            .domain("planning")
            .tags("planning", "gray-code", "optimal-plan", "partial-credit")
            .summary("Rings 1..n are each on or off a bar; ring 1 may always be toggled, and ring k > 1 only when ring k-1 is on"
                    + " and every ring below k-1 is off. Give a shortest list of toggles from the start pattern to the target"
                    + " pattern (optimum by breadth-first search). Replayed; the fewest moves is CORRECT, a longer legal list"
                    + " PARTIAL with reward fewest / length / 2, an illegal toggle or a wrong end WRONG.")
            .knob(RINGS)
            .knob(MIN_MOVES)
            .answerShape("ring numbers separated by commas, each the ring toggled in that move, such as 1, 3, 1")
            .severalAnswers()
            .build();

    /** Start and target patterns as strings of 0 and 1 (ring 1 first), a gold plan and the states searched. */
    public record Puzzle(String start, String target, List<String> plan, int explored) {
        public Puzzle {
            plan = List.copyOf(plan);
        }
    }

    public ChineseRingsBootcamp() {
        super(INFO, PlanCodecs.steps(5000));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] rings = {4, 6, 6, 7, 7, 8, 8, 9, 9, 10};
        int[] moves = {3, 5, 8, 12, 18, 25, 40, 60, 90, 130};
        return INFO.defaults().with(RINGS, rings[level - 1]).with(MIN_MOVES, moves[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int n = knobs.get(RINGS);
        Puzzle best = null;
        for (int attempt = 0; attempt < 6 && (best == null || best.plan().size() < knobs.get(MIN_MOVES)); attempt++) {
            String start = pattern(n, random);
            String target = pattern(n, random);
            if (start.equals(target)) {
                continue;
            }
            PlanSearch.Found found = PlanSearch.cheapest(new Domain(start, target), 1 << 13);
            if (found.solved() && (best == null || found.plan().size() > best.plan().size())) {
                best = new Puzzle(start, target, found.plan(), found.expanded());
            }
        }
        if (best == null) {
            String start = "1" + "0".repeat(n - 1);
            String target = "0".repeat(n);
            best = new Puzzle(start, target, List.of("1"), 1);
        }
        return best;
    }

    private static String pattern(int n, RandomGenerator random) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < n; i++) {
            pattern.append(random.nextBoolean() ? '1' : '0');
        }
        return pattern.toString();
    }

    private static String describe(String pattern) {
        List<String> on = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '1') {
                on.add(String.valueOf(i + 1));
            }
        }
        return on.isEmpty() ? "no ring on" : "rings " + String.join(", ", on) + " on, the others off";
    }

    @Override
    public String question(Puzzle puzzle) {
        return "The Chinese rings puzzle has " + puzzle.start().length() + " rings, numbered 1 to " + puzzle.start().length()
                + ", each either on the bar or off it. Now there are " + describe(puzzle.start()) + ". The target is "
                + describe(puzzle.target()) + ".\n\nA move toggles one ring (puts it on if it is off, takes it off if it is on):"
                + "\n- ring 1 can be toggled at any time;\n- ring k, for k of 2 or more, can be toggled only when ring k-1 is on"
                + " and all rings numbered below k-1 are off.\n\nReach the target with as few moves as possible. Answer with the"
                + " numbers of the rings toggled, in order, separated by commas, as in 14, 15, 14 (a format example only)";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(new Domain(puzzle.start(), puzzle.target()), plan, puzzle.plan().size(), 4 * puzzle.plan().size() + 20, "moves");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(new Domain(puzzle.start(), puzzle.target()), gold, random).stream()
                .filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored();
    }

    /** A state is the pattern, ring 1 first. */
    private record Domain(String start, String target) implements PlanDomain<String> {
        @Override
        public List<String> steps(String state) {
            List<String> steps = new ArrayList<>();
            for (int ring = 1; ring <= state.length(); ring++) {
                steps.add(String.valueOf(ring));
            }
            return steps;
        }

        @Override
        public Outcome<String> apply(String state, String step) {
            if (step.length() > 3 || !step.chars().allMatch(Character::isDigit)) {
                return Outcome.illegal("expected a ring number");
            }
            int ring = Integer.parseInt(step);
            if (ring < 1 || ring > state.length()) {
                return Outcome.illegal("the rings are numbered 1 to " + state.length());
            }
            if (ring > 1 && state.charAt(ring - 2) != '1') {
                return Outcome.illegal("ring " + (ring - 1) + " is off");
            }
            if (ring > 2 && state.substring(0, ring - 2).indexOf('1') >= 0) {
                return Outcome.illegal("ring " + (state.indexOf('1') + 1) + " is on");
            }
            char[] next = state.toCharArray();
            next[ring - 1] = next[ring - 1] == '1' ? '0' : '1';
            return Outcome.to(new String(next));
        }

        @Override
        public boolean reached(String state) {
            return state.equals(target);
        }

        @Override
        public String unmet(String state) {
            return reached(state) ? null : "the rings end as " + describe(state);
        }
    }
}
