package dev.bootcamp.camps.algorithms;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.ListCodecs;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Coin change: make an amount from unlimited coins of given values with as few coins as possible. */
@AutoService(Bootcamp.class)
public final class CoinChangeBootcamp extends Camp<CoinChangeBootcamp.Puzzle, CoinChangeBootcamp.Answer> {
    private static final Knob<Integer> DENOMINATIONS = Knob.integer("denominations", 1, 12, 3, "number of distinct coin values");
    private static final Knob<Integer> MAX_COIN = Knob.integer("max-coin", 2, 1000, 20, "largest possible coin value (values are drawn from 1..max-coin)");
    private static final Knob<Integer> MAX_AMOUNT = Knob.integer("max-amount", 2, 100_000, 50, "largest possible amount (amounts are drawn from a third of this up to it)");
    private static final Knob<Double> UNMAKEABLE = Knob.decimal("unmakeable", 0.0, 1.0, 0.0, "chance that the amount is one that no combination of the coins makes");
    private static final Knob<Boolean> GREEDY_TRAP = Knob.flag("greedy-trap", false, "when makeable, taking the largest coin that fits at each step must not give the fewest coins");
    private static final BootcampInfo INFO = BootcampInfo.builder(CoinChangeBootcamp.class)
            .title("Coin change with fewest coins")
            .version(2)
            .domain("algorithms")
            .tags("dynamic-programming", "optimisation", "partial-credit")
            .summary("Given coin values (each available in unlimited number) and an amount, list coins that add up to"
                    + " exactly the amount using as few coins as possible, or say none when the amount cannot be made. The"
                    + " checker tests the rules: every coin must be one of the values and the coins must add up to the"
                    + " amount. Any such list with the fewest possible coins is CORRECT; a valid list with more coins than"
                    + " necessary scores PARTIAL with reward equal to the fewest count divided by its count; a wrong total,"
                    + " an unknown coin, or none for a makeable amount (or coins for an unmakeable one) is WRONG. From the"
                    + " middle levels on, taking the largest coin that fits at each step does not give the fewest coins. Unmakeable"
                    + " amounts are rare (at most 2% of cases), so answering none to everything earns nothing.")
            .knob(DENOMINATIONS)
            .knob(MAX_COIN)
            .knob(MAX_AMOUNT)
            .knob(UNMAKEABLE)
            .knob(GREEDY_TRAP)
            .answerShape("the values of the coins used separated by spaces, each coin listed once per use (or the word none)")
            .severalAnswers()
            .build();

    /**
     * Coin sets drawn before one that misses the asked-for kind (unmakeable, or a greedy trap) is accepted; the level
     * presets get a match within a few, but some extreme knobs (many coins and a huge amount) cannot leave any amount
     * unmakeable.
     */
    private static final int ATTEMPTS = 50;
    /** Amounts tried for each coin set when looking for one where the largest-coin-first rule fails. */
    private static final int AMOUNT_DRAWS = 20;

    /**
     * The coin values (ascending), the amount, and the fewest coins that make it, or 0 when it cannot be made (kept for
     * checking, never shown).
     */
    public record Puzzle(List<Integer> coins, int amount, int fewest) {
        public Puzzle {
            coins = List.copyOf(requireNonNull(coins, "coins is null"));
        }
    }

    /** The coins used, largest first; empty when the answer is that the amount cannot be made. */
    public record Answer(List<Integer> coins) {
        public Answer {
            coins = requireNonNull(coins, "coins is null").stream().sorted(Comparator.reverseOrder()).toList();
        }
    }

    public CoinChangeBootcamp() {
        super(INFO, ListCodecs.orNone(ListCodecs.tokens(Answers::intValue, " ", "+", "coin values"), "none", "impossible", "not possible", "no solution", "cannot be made")
                .map(Answer::new, Answer::coins));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(DENOMINATIONS, Draw.scale(level, 3, 6))
                .with(MAX_COIN, Draw.scale(level, 10, 60))
                .with(MAX_AMOUNT, Draw.scale(level, 30, 300))
                .with(UNMAKEABLE, Draw.scale(level, 0, 2) / 100.0)
                .with(GREEDY_TRAP, level >= 3);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = Math.min(knobs.get(DENOMINATIONS), knobs.get(MAX_COIN));
        int maxCoin = knobs.get(MAX_COIN);
        int maxAmount = knobs.get(MAX_AMOUNT);
        int minAmount = Math.max(1, maxAmount / 3);
        boolean unmakeable = random.nextDouble() < knobs.get(UNMAKEABLE);
        boolean trap = knobs.get(GREEDY_TRAP);
        Puzzle puzzle = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Set<Integer> values = new TreeSet<>();
            int lowest = unmakeable && maxCoin > count ? 2 : 1;
            while (values.size() < count) {
                values.add(Draw.between(lowest, maxCoin, random));
            }
            List<Integer> coins = List.copyOf(values);
            int[] table = table(coins, maxAmount);
            int amount = Draw.between(minAmount, maxAmount, random);
            puzzle = new Puzzle(coins, amount, Math.max(0, table[amount]));
            int found = unmakeable ? unmakeableAmount(table, minAmount, amount) : trapAmount(coins, table, minAmount, trap, random);
            if (found > 0) {
                return new Puzzle(coins, found, Math.max(0, table[found]));
            }
        }
        if (unmakeable || puzzle.fewest() > 0) {
            return puzzle;
        }
        // No trap was found: settle for a makeable amount rather than leave an unasked-for "none".
        int[] table = table(puzzle.coins(), maxAmount);
        for (int i = 0; i <= maxAmount - minAmount; i++) {
            int amount = minAmount + (puzzle.amount() - minAmount + i) % (maxAmount - minAmount + 1);
            if (table[amount] > 0) {
                return new Puzzle(puzzle.coins(), amount, table[amount]);
            }
        }
        return puzzle;
    }

    /** The first amount from {@code from} on (wrapping round to {@code low}) that no coins make, or 0 if there is none. */
    private static int unmakeableAmount(int[] table, int low, int from) {
        int range = table.length - low;
        for (int i = 0; i < range; i++) {
            int amount = low + (from - low + i) % range;
            if (table[amount] < 0) {
                return amount;
            }
        }
        return 0;
    }

    /** A makeable amount, one where the largest-coin-first rule falls short when {@code trap}; 0 if a few draws find none. */
    private static int trapAmount(List<Integer> coins, int[] table, int low, boolean trap, RandomGenerator random) {
        for (int draw = 0; draw < AMOUNT_DRAWS; draw++) {
            int amount = Draw.between(low, table.length - 1, random);
            if (table[amount] > 0 && (!trap || greedy(coins, amount).size() != table[amount])) {
                return amount;
            }
        }
        return 0;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "You have an unlimited supply of coins of each of these values: "
                + String.join(", ", puzzle.coins().stream().map(String::valueOf).toList()) + ".\n\n"
                + "Pay exactly " + puzzle.amount() + " using as few coins as possible. You may use each value any number of"
                + " times, and the coins must add up to exactly " + puzzle.amount() + ", no more and no less. If several"
                + " choices use the fewest coins, any one of them is accepted.\n\n"
                + "Answer with the values of the coins you use, separated by spaces, writing a value once for every coin of"
                + " it (a coin of 7 used twice is written 7 7). If no combination of the coins adds up to exactly "
                + puzzle.amount() + ", answer with the word none.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        int[] table = table(puzzle.coins(), puzzle.amount());
        List<Integer> used = new ArrayList<>();
        int left = puzzle.amount();
        while (left > 0 && table[left] > 0) {
            for (int coin : puzzle.coins()) {
                if (coin <= left && table[left - coin] == table[left] - 1) {
                    used.add(coin);
                    left -= coin;
                    break;
                }
            }
        }
        return new Answer(used);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.coins().isEmpty()) {
            if (puzzle.fewest() == 0) {
                return Score.correct("no combination of the coins makes " + puzzle.amount());
            }
            return Score.wrong("the amount " + puzzle.amount() + " can be made, with " + puzzle.fewest() + " coins");
        }
        long total = 0;
        for (int coin : answer.coins()) {
            if (!puzzle.coins().contains(coin)) {
                return Score.wrong("there is no coin of value " + coin + "; the values are " + puzzle.coins());
            }
            total += coin;
        }
        if (total != puzzle.amount()) {
            return Score.wrong("the coins add up to " + total + ", not " + puzzle.amount());
        }
        int used = answer.coins().size();
        if (used == puzzle.fewest()) {
            return Score.correct(used + " coins, the fewest possible");
        }
        return Score.partial((double) puzzle.fewest() / used, "a valid payment with " + used + " coins, but " + puzzle.fewest() + " suffice");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Integer> greedy = greedy(puzzle.coins(), puzzle.amount());
        if (!greedy.isEmpty() && !new Answer(greedy).equals(gold)) {
            misses.add(new Answer(greedy));
        }
        if (gold.coins().isEmpty()) {
            int largest = puzzle.coins().get(puzzle.coins().size() - 1);
            int over = puzzle.amount() / largest + 1;
            if (over <= Answers.MAX_ITEMS) {
                misses.add(new Answer(Collections.nCopies(over, largest)));
            }
            return misses;
        }
        misses.add(new Answer(List.of()));
        List<Integer> fewer = new ArrayList<>(gold.coins());
        fewer.remove(random.nextInt(fewer.size()));
        misses.add(new Answer(fewer));
        List<Integer> more = new ArrayList<>(gold.coins());
        more.add(puzzle.coins().get(0));
        misses.add(new Answer(more));
        return misses;
    }

    /** The cells of the fewest-coins table a solver fills: amounts times coin values. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.amount() * puzzle.coins().size();
    }

    /** Fewest coins for every amount up to {@code amount}; -1 where it cannot be made. */
    private static int[] table(List<Integer> coins, int amount) {
        int[] fewest = new int[amount + 1];
        Arrays.fill(fewest, -1);
        fewest[0] = 0;
        for (int value = 1; value <= amount; value++) {
            for (int coin : coins) {
                if (coin <= value && fewest[value - coin] >= 0 && (fewest[value] < 0 || fewest[value - coin] + 1 < fewest[value])) {
                    fewest[value] = fewest[value - coin] + 1;
                }
            }
        }
        return fewest;
    }

    /** Largest coin that fits, repeatedly; the coins taken, which may fall short of the amount. */
    private static List<Integer> greedy(List<Integer> coins, int amount) {
        List<Integer> taken = new ArrayList<>();
        int left = amount;
        for (int i = coins.size() - 1; i >= 0; i--) {
            while (coins.get(i) <= left) {
                taken.add(coins.get(i));
                left -= coins.get(i);
            }
        }
        return taken;
    }
}
