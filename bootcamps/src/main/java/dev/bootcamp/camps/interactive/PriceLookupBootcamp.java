package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Expression;
import dev.bootcamp.camps.kit.Words;
import dev.bootcamp.camps.kit.episodes.Actions;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * Tool use: a shopping bill whose prices are not in the prompt. The player calls a lookup tool for each price and a
 * calculator for the arithmetic, then answers the total in cents; the expert looks up every item it needs, then
 * answers.
 */
@AutoService(Interactive.class)
public final class PriceLookupBootcamp implements Interactive<PriceLookupBootcamp.State> {
    private static final Knob<Integer> ITEMS = Knob.integer("items", 1, 8, 3, "how many different items the bill has");
    private static final Knob<Integer> CATALOGUE = Knob.integer("catalogue", 4, 60, 12, "how many items the shop's price list has");
    private static final Knob<Integer> MAX_PRICE = Knob.integer("max-price", 100, 10_000_000, 5_000, "the dearest price, in cents");
    private static final Knob<Boolean> DISCOUNT = Knob.flag("discount", false, "whether a percentage discount applies to the whole bill");
    private static final BootcampInfo INFO = BootcampInfo.builder(PriceLookupBootcamp.class)
            .title("Price lookup with tools")
            .domain("interactive")
            .tags("interactive", "tool-use", "arithmetic", "lookup")
            .summary("Work out the exact total of a shopping bill whose prices are hidden: call `lookup ITEM` for a price,"
                    + " `calc EXPRESSION` for arithmetic (+ - * / and parentheses, exact fractions), then `answer N` with the"
                    + " total in whole cents (a discount is rounded down to whole cents). CORRECT when the answer is exact,"
                    + " WRONG otherwise; the first answer ends the episode.")
            .knob(ITEMS)
            .knob(CATALOGUE)
            .knob(MAX_PRICE)
            .knob(DISCOUNT)
            .answerShape("one tool call per turn: 'lookup ITEM', 'calc EXPRESSION' or 'answer N'")
            .build();

    /**
     * An episode: the shop's items and prices, the bill as item indices with quantities, the discount in percent (0 for
     * none), the items looked up so far, and the answer given (-1 before any).
     */
    public record State(List<String> names, List<Long> prices, List<Integer> billed, List<Integer> quantities, int discount,
            List<Integer> lookedUp, long answered, int limit) {
        public State {
            names = List.copyOf(names);
            prices = List.copyOf(prices);
            billed = List.copyOf(billed);
            quantities = List.copyOf(quantities);
            lookedUp = List.copyOf(lookedUp);
        }

        long total() {
            long sum = 0;
            for (int i = 0; i < billed.size(); i++) {
                sum += prices.get(billed.get(i)) * quantities.get(i);
            }
            return sum - sum * discount / 100;
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(ITEMS, Math.min(8, 1 + (level + 1) / 2 + level / 4)).with(CATALOGUE, Draw.scale(level, 6, 40))
                .with(MAX_PRICE, level <= 3 ? 2_000 : level <= 7 ? 100_000 : 5_000_000).with(DISCOUNT, level >= 4);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int size = Math.max(knobs.get(CATALOGUE), knobs.get(ITEMS));
        List<String> names = new ArrayList<>();
        for (String word : Draw.sample(Words.ofLength(4, 8), size * 3, random)) {
            if (names.size() < size && names.stream().noneMatch(other -> other.charAt(0) == word.charAt(0) && other.length() == word.length())) {
                names.add(word);
            }
        }
        while (names.size() < size) {
            names.add("item" + names.size());
        }
        List<Long> prices = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            prices.add(1 + random.nextLong(knobs.get(MAX_PRICE)));
        }
        List<Integer> billed = new ArrayList<>();
        List<Integer> quantities = new ArrayList<>();
        for (int index : Draw.permutation(size, random)) {
            if (billed.size() < knobs.get(ITEMS)) {
                billed.add(index);
                quantities.add(1 + random.nextInt(12));
            }
        }
        int discount = knobs.get(DISCOUNT) ? 5 + random.nextInt(31) : 0;
        return new State(names, prices, billed, quantities, discount, List.of(), -1, 2 * billed.size() + 4);
    }

    @Override
    public String opening(State state) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < state.billed().size(); i++) {
            lines.add(state.quantities().get(i) + " x " + state.names().get(state.billed().get(i)));
        }
        return "You are checking a shopping bill. The shop sells: " + String.join(", ", state.names()) + ". The bill is for:\n"
                + String.join("\n", lines) + "\n"
                + (state.discount() > 0 ? "A discount of " + state.discount() + "% is taken off the whole bill; the discount is"
                        + " rounded down to whole cents (so the total is the sum minus floor(sum * " + state.discount() + " / 100)).\n" : "")
                + "\nThe prices are not shown. You have two tools, one call per turn: \"lookup ITEM\" tells you the price of one"
                + " item in cents, and \"calc EXPRESSION\" evaluates arithmetic exactly (+, -, *, / and parentheses, such as"
                + " \"calc (12 * 345 + 6) / 7\"). When you know the total, reply \"answer N\" with the total in whole cents; your"
                + " first answer ends the episode. You have " + state.limit() + " turns.";
    }

    @Override
    public Turn<State> act(State state, String action) {
        String text = action.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("lookup")) {
            String wanted = lower.substring(6).replaceAll("[^a-z0-9]", "");
            int index = state.names().indexOf(wanted);
            if (index < 0) {
                return Turn.next(state, "The shop sells no \"" + (wanted.length() > 30 ? wanted.substring(0, 30) + "..." : wanted)
                        + "\". It sells: " + String.join(", ", state.names()) + ".");
            }
            List<Integer> looked = new ArrayList<>(state.lookedUp());
            looked.add(index);
            State next = new State(state.names(), state.prices(), state.billed(), state.quantities(), state.discount(), looked, -1, state.limit());
            return Turn.next(next, "lookup " + wanted + ": " + state.prices().get(index) + " cents.");
        }
        if (lower.startsWith("calc")) {
            try {
                Rational value = Expression.parse(text.substring(4)).value();
                String shown = value.denominator().equals(java.math.BigInteger.ONE) ? value.numerator().toString()
                        : value.numerator() + "/" + value.denominator();
                return Turn.next(state, "calc: " + shown);
            } catch (AnswerFormatException | ArithmeticException e) {
                return Turn.next(state, "calc could not evaluate that: " + firstLine(e.getMessage()));
            }
        }
        if (lower.startsWith("answer")) {
            OptionalLong value = Actions.firstNumber(lower.substring(6));
            if (value.isEmpty()) {
                return Turn.next(state, "Give the total as a whole number of cents, such as \"answer 12345\".");
            }
            State next = new State(state.names(), state.prices(), state.billed(), state.quantities(), state.discount(), state.lookedUp(),
                    Math.max(0, value.getAsLong()), state.limit());
            return Turn.last(next, value.getAsLong() == state.total() ? "Correct: the total is " + state.total() + " cents."
                    : "That is not the total.");
        }
        return Turn.next(state, "Use one tool per turn: \"lookup ITEM\", \"calc EXPRESSION\" or \"answer N\".");
    }

    @Override
    public Score outcome(State state) {
        if (state.answered() == state.total()) {
            return Score.correct("the exact total after " + state.lookedUp().size() + " lookups");
        }
        return Score.wrong(state.answered() < 0 ? "no answer given; the total was " + state.total()
                : "answered " + state.answered() + " cents; the total was " + state.total());
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    @Override
    public String expertAction(State state) {
        for (int index : state.billed()) {
            if (!state.lookedUp().contains(index)) {
                return "lookup " + state.names().get(index);
            }
        }
        return "answer " + state.total();
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0 -> "lookup " + state.names().get(random.nextInt(state.names().size()));
            case 1 -> "calc " + random.nextInt(1000) + " * " + random.nextInt(1000);
            default -> "answer " + random.nextLong(Math.max(2, state.total() * 2));
        };
    }

    @Override
    public double cost(State state) {
        return state.billed().size() * Math.log10(10.0 * state.prices().stream().mapToLong(Long::longValue).max().orElse(1)) * (state.discount() > 0 ? 2 : 1);
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
