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

/** Coins in a ring: each move turns over k neighbouring coins; show heads everywhere in the fewest moves. */
@AutoService(Bootcamp.class)
public final class CoinRingFlipsBootcamp extends Camp<CoinRingFlipsBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> COINS = Knob.integer("coins", 5, 16, 10, "coins in the ring");
    private static final Knob<Integer> SPAN = Knob.integer("span", 2, 5, 3, "neighbouring coins turned over by one move");
    private static final Knob<Integer> MIN_MOVES = Knob.integer("min-moves", 2, 12, 4, "fewest moves the puzzle should need (the hardest drawn is used otherwise)");
    private static final int MAX_STATES = 70_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(CoinRingFlipsBootcamp.class)
            .title("Coin ring flips, fewest moves")
            .version(1)
            .domain("planning")
            .tags("planning", "parity", "optimal-plan", "partial-credit")
            .summary("Coins numbered 1..n lie in a ring, some heads and some tails; move i turns over coin i and the next k - 1"
                    + " coins clockwise (wrapping from n to 1). Turn every coin heads up in the fewest moves (the start is made by"
                    + " moves from all heads; optimum by breadth-first search). Replayed; the fewest is CORRECT, a longer legal"
                    + " solution PARTIAL with reward shortest / length / 2, anything else WRONG.")
            .knob(COINS)
            .knob(SPAN)
            .knob(MIN_MOVES)
            .answerShape("move numbers separated by commas, each the first coin turned over, such as 31, 29")
            .severalAnswers()
            .build();

    /** The coins as 'H' and 'T' from coin 1, the span, the gold plan and the states searched. */
    public record Puzzle(String coins, int span, List<String> plan, int explored) {
        public Puzzle {
            plan = List.copyOf(plan);
        }
    }

    public CoinRingFlipsBootcamp() {
        super(INFO, PlanCodecs.steps(200));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] coins = {7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
        int[] spans = {2, 3, 3, 3, 4, 4, 4, 5, 5, 5};
        int[] moves = {2, 3, 3, 4, 4, 5, 6, 6, 7, 8};
        return INFO.defaults().with(COINS, coins[level - 1]).with(SPAN, spans[level - 1]).with(MIN_MOVES, moves[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int n = knobs.get(COINS);
        int span = Math.min(knobs.get(SPAN), n - 1);
        Puzzle best = null;
        for (int attempt = 0; attempt < 12 && (best == null || attempt < 3 && best.plan().size() < knobs.get(MIN_MOVES)); attempt++) {
            int state = 0;
            for (int move = 0; move < n; move++) {
                if (random.nextInt(3) == 0) {
                    state ^= mask(n, span, move);
                }
            }
            if (state == 0) {
                continue;
            }
            String coins = coins(n, state);
            PlanSearch.Found found = PlanSearch.cheapest(new Domain(coins, span), MAX_STATES);
            if (found.solved() && found.cost() >= 2 && (best == null || found.cost() > best.plan().size())) {
                best = new Puzzle(coins, span, found.plan(), found.expanded());
            }
        }
        if (best == null) {
            int state = mask(n, span, 0) ^ mask(n, span, n / 2);
            return new Puzzle(coins(n, state), span, List.of("1", String.valueOf(n / 2 + 1)), 1);
        }
        return best;
    }

    private static int mask(int n, int span, int first) {
        int mask = 0;
        for (int i = 0; i < span; i++) {
            mask |= 1 << (first + i) % n;
        }
        return mask;
    }

    private static String coins(int n, int tails) {
        StringBuilder coins = new StringBuilder();
        for (int i = 0; i < n; i++) {
            coins.append((tails >> i & 1) == 1 ? 'T' : 'H');
        }
        return coins.toString();
    }

    @Override
    public String question(Puzzle puzzle) {
        int n = puzzle.coins().length();
        int span = puzzle.span();
        List<String> faces = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            faces.add((i + 1) + "=" + puzzle.coins().charAt(i));
        }
        return n + " coins are laid out in a circle and numbered 1 to " + n + " clockwise, so coin " + n + " sits next to coin"
                + " 1. H means the coin shows heads and T tails:\n\n" + String.join("  ", faces) + "\n\nMove number i turns"
                + " over exactly " + span + " neighbouring coins: coin i and the " + (span - 1) + " coin" + (span == 2 ? "" : "s")
                + " after it clockwise, counting past coin " + n + " back to coin 1. For example, move " + n + " turns over coins "
                + n + ", 1" + (span > 2 ? " and so on" : "") + ". Turning a coin over changes heads to tails and tails to heads.\n\n"
                + "What is the shortest series of moves that leaves every coin showing heads? Give the move numbers in the"
                + " order you make them, separated by commas, for instance: 31, 29 (a made-up example for a bigger ring)";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(new Domain(puzzle.coins(), puzzle.span()), plan, puzzle.plan().size(), 3 * puzzle.coins().length(), "moves");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(new Domain(puzzle.coins(), puzzle.span()), gold, random).stream()
                .filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored() + puzzle.plan().size();
    }

    /** A state is the set of tails as bits, coin 1 the lowest. */
    private record Domain(String coins, int span) implements PlanDomain<Integer> {
        @Override
        public Integer start() {
            int tails = 0;
            for (int i = 0; i < coins.length(); i++) {
                tails |= coins.charAt(i) == 'T' ? 1 << i : 0;
            }
            return tails;
        }

        @Override
        public List<String> steps(Integer state) {
            List<String> steps = new ArrayList<>();
            for (int i = 1; i <= coins.length(); i++) {
                steps.add(String.valueOf(i));
            }
            return steps;
        }

        @Override
        public Outcome<Integer> apply(Integer state, String step) {
            if (step.isEmpty() || step.length() > 2 || !step.chars().allMatch(Character::isDigit)) {
                return Outcome.illegal("a move is a coin number");
            }
            int first = Integer.parseInt(step);
            if (first < 1 || first > coins.length()) {
                return Outcome.illegal("there is no coin " + step);
            }
            return Outcome.to(state ^ mask(coins.length(), span, first - 1));
        }

        @Override
        public String unmet(Integer state) {
            return state == 0 ? null : Integer.bitCount(state) + " coins still show tails";
        }
    }
}
