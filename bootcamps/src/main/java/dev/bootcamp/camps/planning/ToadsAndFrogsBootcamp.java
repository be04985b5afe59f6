package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.boards.Explore;
import dev.bootcamp.camps.kit.planning.Outcome;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanDomain;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Toads and frogs: pieces that only move forward slide or hop over one piece; reach the target row in the fewest moves. */
@AutoService(Bootcamp.class)
public final class ToadsAndFrogsBootcamp extends Camp<ToadsAndFrogsBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> CELLS = Knob.integer("cells", 5, 16, 9, "lily pads in the row");
    private static final Knob<Integer> GAPS = Knob.integer("gaps", 1, 4, 2, "empty pads");
    private static final Knob<Integer> MIN_MOVES = Knob.integer("min-moves", 2, 40, 8, "moves from the start to the target row (the farthest found up to this is used)");
    private static final int MAX_STATES = 20_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(ToadsAndFrogsBootcamp.class)
            .title("Toads and frogs, fewest moves")
            .version(1)
            .domain("planning")
            .tags("planning", "one-dimensional", "optimal-plan", "partial-credit")
            .summary("Toads (facing right) and frogs (facing left) sit on a row of pads with a few empty ones; a move takes one"
                    + " animal forward onto the empty pad next to it, or over exactly one animal onto the empty pad beyond. Reach"
                    + " the given target row in the fewest moves (the target is drawn at a breadth-first distance, so the optimum"
                    + " is proved). Moves name the pad the animal leaves. Replayed; the fewest is CORRECT, a longer legal"
                    + " solution PARTIAL with reward shortest / length / 2, anything else WRONG.")
            .knob(CELLS)
            .knob(GAPS)
            .knob(MIN_MOVES)
            .answerShape("pad numbers separated by commas, each the pad an animal jumps or slides from, such as 25, 23, 24")
            .severalAnswers()
            .build();

    /** The start and target rows ('T' toad, 'F' frog, '.' empty pad), the gold plan and the states searched. */
    public record Puzzle(String start, String target, List<String> plan, int explored) {
        public Puzzle {
            plan = List.copyOf(plan);
        }
    }

    public ToadsAndFrogsBootcamp() {
        super(INFO, PlanCodecs.steps(300));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] cells = {6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
        int[] gaps = {1, 1, 2, 2, 2, 2, 3, 3, 3, 3};
        int[] moves = {3, 5, 7, 9, 11, 14, 17, 20, 24, 28};
        return INFO.defaults().with(CELLS, cells[level - 1]).with(GAPS, gaps[level - 1]).with(MIN_MOVES, moves[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int cells = knobs.get(CELLS);
        int gaps = Math.min(knobs.get(GAPS), cells - 2);
        Puzzle best = null;
        for (int attempt = 0; attempt < 20 && (best == null || attempt < 4 && best.plan().size() < knobs.get(MIN_MOVES)); attempt++) {
            int[] order = Draw.permutation(cells, random);
            char[] row = new char[cells];
            for (int pad = 0; pad < cells; pad++) {
                // Toads lean to the left and frogs to the right, so that they have to cross.
                row[pad] = random.nextInt(cells + 1) >= pad ? 'T' : 'F';
            }
            for (int i = 0; i < gaps; i++) {
                row[order[i]] = '.';
            }
            String start = new String(row);
            Domain domain = new Domain(start, null);
            Explore<String> explore = Explore.from(domain, MAX_STATES);
            int want = knobs.get(MIN_MOVES);
            int depth = explore.states().stream().mapToInt(explore::depth).filter(d -> d <= want).max().orElse(0);
            if (depth < 2 || best != null && depth <= best.plan().size()) {
                continue;
            }
            List<String> far = explore.states().stream().filter(state -> explore.depth(state) == depth).toList();
            String target = far.get(random.nextInt(far.size()));
            best = new Puzzle(start, target, explore.plan(target), explore.states().size());
        }
        if (best == null) {
            String start = "T.F" + ".".repeat(cells - 3);
            return new Puzzle(start, ".FT" + ".".repeat(cells - 3), List.of("1", "3"), 1);
        }
        return best;
    }

    private static String numbered(String row) {
        StringBuilder pads = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            pads.append(i == 0 ? "" : " ").append(i + 1).append(':').append(row.charAt(i));
        }
        return pads.toString();
    }

    @Override
    public String question(Puzzle puzzle) {
        return "A row of " + puzzle.start().length() + " lily pads, numbered 1 to " + puzzle.start().length() + " from left to"
                + " right, holds toads (T), which face right, and frogs (F), which face left; '.' is an empty pad.\n\nNow:    "
                + numbered(puzzle.start()) + "\nTarget: " + numbered(puzzle.target()) + "\n\nAn animal only ever moves the way"
                + " it faces (a toad to the right, a frog to the left), and one animal moves at a time. It may step onto the"
                + " next pad if that pad is empty, or leap over exactly one neighbouring animal (toad or frog) onto the pad just"
                + " beyond, if that pad is empty. Nothing else is allowed: no moving backwards, no leaping over two animals or"
                + " over an empty pad. Since the pad an animal starts from fixes where it goes, a move is named by that pad's"
                + " number.\n\nReach the target row in as few moves as possible. Give the numbers of the pads the animals move"
                + " from, in order, separated by commas, like: 25, 23, 24 (a made-up example for a longer row)";
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
        return puzzle.explored() + puzzle.plan().size();
    }

    /** A state is the row; a step is the number (from 1) of the pad the animal leaves. */
    private record Domain(String start, String target) implements PlanDomain<String> {
        @Override
        public List<String> steps(String state) {
            List<String> steps = new ArrayList<>();
            for (int pad = 1; pad <= state.length(); pad++) {
                steps.add(String.valueOf(pad));
            }
            return steps;
        }

        @Override
        public Outcome<String> apply(String state, String step) {
            if (step.isEmpty() || step.length() > 2 || !step.chars().allMatch(Character::isDigit)) {
                return Outcome.illegal("a move is the number of a pad");
            }
            int pad = Integer.parseInt(step) - 1;
            if (pad < 0 || pad >= state.length()) {
                return Outcome.illegal("there is no pad " + step);
            }
            char animal = state.charAt(pad);
            if (animal == '.') {
                return Outcome.illegal("pad " + step + " is empty");
            }
            int way = animal == 'T' ? 1 : -1;
            int next = pad + way;
            int landing = next >= 0 && next < state.length() && state.charAt(next) == '.' ? next : next + way;
            if (landing < 0 || landing >= state.length() || state.charAt(landing) != '.') {
                return Outcome.illegal("the " + (animal == 'T' ? "toad" : "frog") + " on pad " + step + " has nowhere to go");
            }
            char[] row = state.toCharArray();
            row[landing] = animal;
            row[pad] = '.';
            return Outcome.to(new String(row));
        }

        @Override
        public boolean reached(String state) {
            return state.equals(target);
        }

        @Override
        public String unmet(String state) {
            return reached(state) ? null : "the row ends as " + state + ", not " + target;
        }
    }
}
