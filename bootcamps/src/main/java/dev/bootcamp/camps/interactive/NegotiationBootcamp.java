package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.tools.Command;
import dev.bootcamp.camps.kit.tools.Numbers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Haggling with a scripted seller over a few items, one after another. For each item the seller has a secret lowest
 * price and a secret divisor d: it accepts any offer at or above its lowest price, and after each lower offer it lowers
 * its ask by the gap to its lowest price divided by d, rounded down. A deal is good when the price is at most the
 * lowest price plus 1% of the item's opening gap; the episode is won when every item is bought at a good price, so
 * blind offers and waiting out the seller are not paid. The expert makes two low offers per item, infers the lowest
 * price from the three asks it has seen, and offers the highest lowest price they allow.
 */
@AutoService(Interactive.class)
public final class NegotiationBootcamp implements Interactive<NegotiationBootcamp.State> {
    private static final List<String> VERBS = List.of("accept", "buy", "deal", "offer", "bid");
    private static final List<String> GOODS = List.of("lamp", "kettle", "clock", "chair", "mirror", "rug", "vase", "bicycle", "camera",
            "guitar", "radio", "jacket", "teapot", "ladder", "desk", "sofa", "violin", "helmet", "compass", "telescope", "suitcase",
            "lantern", "hammock", "globe", "drum", "saddle", "kayak", "easel", "tent", "painting");
    private static final Knob<Integer> ITEMS = Knob.integer("items", 1, 8, 2, "how many items to buy, one after another");
    private static final Knob<Integer> MAX_DIVISOR = Knob.integer("max-divisor", 2, 12, 4, "the largest secret divisor of a seller's concessions");
    private static final BootcampInfo INFO = BootcampInfo.builder(NegotiationBootcamp.class)
            .title("Negotiation with a scripted seller")
            .domain("interactive")
            .tags("interactive", "negotiation", "inference", "counterpart")
            .summary("Buy `items` items from a seller who accepts any offer at or above a secret lowest price and, after each"
                    + " lower offer, lowers its ask by floor(gap / d) for a secret d from 2 to `max-divisor`. CORRECT when every"
                    + " item is bought for at most its lowest price plus 1% of its opening gap (ask minus lowest price), WRONG"
                    + " otherwise. The turn limit is three turns an item plus two.")
            .knob(ITEMS)
            .knob(MAX_DIVISOR)
            .answerShape("one move per turn: 'offer N' or 'accept'")
            .build();

    /**
     * An episode: per item its name, opening ask, secret lowest price and divisor; the asks seen for the current item
     * (its opening ask first), the prices paid for the items bought so far (in order), and the turn limit.
     */
    public record State(List<String> names, List<Long> floors, List<Integer> divisors, List<Long> openings, int maxDivisor,
            List<Long> asks, List<Long> paid, int limit) {
        public State {
            names = List.copyOf(names);
            floors = List.copyOf(floors);
            divisors = List.copyOf(divisors);
            openings = List.copyOf(openings);
            asks = List.copyOf(asks);
            paid = List.copyOf(paid);
        }

        int item() {
            return paid.size();
        }

        long ask() {
            return asks.get(asks.size() - 1);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(ITEMS, Draw.scale(level, 1, 4)).with(MAX_DIVISOR, Draw.scale(level, 3, 9));
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int items = knobs.get(ITEMS);
        int maxDivisor = knobs.get(MAX_DIVISOR);
        List<String> names = Draw.sample(GOODS, items, random);
        List<Long> floors = new ArrayList<>();
        List<Integer> divisors = new ArrayList<>();
        List<Long> openings = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            long gap = 500L * maxDivisor + random.nextLong(1500L * maxDivisor);
            long floor = gap / 2 + random.nextLong(3 * gap);
            floors.add(floor);
            divisors.add(2 + random.nextInt(maxDivisor - 1));
            openings.add(floor + gap);
        }
        return new State(names, floors, divisors, openings, maxDivisor, List.of(openings.get(0)), List.of(), 3 * items + 2);
    }

    @Override
    public String opening(State state) {
        return "You are buying " + state.names().size() + (state.names().size() == 1 ? " item" : " items, one after another,")
                + " from a seller: " + String.join(", ", state.names()) + ".\n\n"
                + "How the seller bargains. For each item it has a secret lowest price L and a secret whole number d from 2 to "
                + state.maxDivisor() + " (both may differ between items). It accepts any offer of L or more, and you pay what you"
                + " offered (or its ask, if that is lower). When you offer less than L, it rejects the offer and lowers its ask by"
                + " floor((ask - L) / d), the gap to L divided by d and rounded down. \"accept\" buys the item at the current ask.\n\n"
                + "Your goal: buy every item at a good price, which is at most L plus 1% of the item's opening gap (opening ask"
                + " minus L), rounded down. You win only if every item is bought at a good price; once bought, an item is settled"
                + " and the next one comes up.\n\n"
                + "Each turn, make one move: \"offer N\" with a whole number, such as \"offer 1500\", or \"accept\". You have "
                + state.limit() + " turns in all.\n\n"
                + "The seller asks " + state.ask() + " for the " + state.names().get(0) + ".";
    }

    @Override
    public Turn<State> act(State state, String action) {
        Command command = Command.read(action, VERBS);
        int item = state.item();
        String name = state.names().get(item);
        if (command.is("accept", "buy", "deal")) {
            return bought(state, state.ask());
        }
        if (!command.is("offer", "bid")) {
            return Turn.next(state, "Unreadable move \"" + Command.abbreviate(action, 40) + "\". Use \"offer N\" or \"accept\". The seller"
                    + " asks " + state.ask() + " for the " + name + ".");
        }
        Optional<BigInteger> read = Numbers.firstWhole(command.rest());
        if (read.isEmpty() || read.get().signum() < 0) {
            return Turn.next(state, "Offer a whole number of at least 0, such as \"offer 1500\". The seller asks " + state.ask()
                    + " for the " + name + ".");
        }
        BigInteger offer = read.get();
        if (offer.compareTo(BigInteger.valueOf(state.floors().get(item))) >= 0) {
            return bought(state, offer.min(BigInteger.valueOf(state.ask())).longValueExact());
        }
        long gap = state.ask() - state.floors().get(item);
        long ask = state.ask() - gap / state.divisors().get(item);
        List<Long> asks = new ArrayList<>(state.asks());
        asks.add(ask);
        State next = new State(state.names(), state.floors(), state.divisors(), state.openings(), state.maxDivisor(), asks, state.paid(), state.limit());
        return Turn.next(next, "The seller rejects " + offer + " and now asks " + ask + " for the " + name + ".");
    }

    private static Turn<State> bought(State state, long price) {
        List<Long> paid = new ArrayList<>(state.paid());
        paid.add(price);
        String deal = "Deal: you buy the " + state.names().get(state.item()) + " for " + price + ".";
        if (paid.size() == state.names().size()) {
            State next = new State(state.names(), state.floors(), state.divisors(), state.openings(), state.maxDivisor(), state.asks(), paid, state.limit());
            return Turn.last(next, deal + " That was the last item.");
        }
        long opening = state.openings().get(paid.size());
        State next = new State(state.names(), state.floors(), state.divisors(), state.openings(), state.maxDivisor(), List.of(opening), paid, state.limit());
        return Turn.next(next, deal + " The seller asks " + opening + " for the " + state.names().get(paid.size()) + ".");
    }

    /** The most a good deal for an item may cost. */
    static long goodPrice(State state, int item) {
        long floor = state.floors().get(item);
        return floor + (state.openings().get(item) - floor) / 100;
    }

    @Override
    public Score outcome(State state) {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < state.names().size(); i++) {
            if (i >= state.paid().size()) {
                bad.add(state.names().get(i) + " not bought");
            } else if (state.paid().get(i) > goodPrice(state, i)) {
                bad.add(state.names().get(i) + " bought for " + state.paid().get(i) + ", a good price was at most " + goodPrice(state, i));
            }
        }
        return bad.isEmpty() ? Score.correct("every item bought at a good price") : Score.wrong(String.join("; ", bad));
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /**
     * Two offers of 1 to see two concessions, then the lowest prices (and divisors) that explain every ask seen so far;
     * when they lie within 1% of the smallest opening gap they allow, offer the highest, else make another low offer.
     */
    @Override
    public String expertAction(State state) {
        List<Long> asks = state.asks();
        if (asks.size() < 3) {
            return "offer 1";
        }
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (long floor : candidates(asks, state.maxDivisor())) {
            low = Math.min(low, floor);
            high = Math.max(high, floor);
        }
        if (high == Long.MIN_VALUE) {
            return "accept";
        }
        return high - low <= (asks.get(0) - high) / 100 ? "offer " + high : "offer 1";
    }

    /** Every lowest price that, with some divisor from 2 to {@code maxDivisor}, gives exactly these asks. */
    static List<Long> candidates(List<Long> asks, int maxDivisor) {
        List<Long> floors = new ArrayList<>();
        long first = asks.get(0) - asks.get(1);
        for (int divisor = 2; divisor <= maxDivisor; divisor++) {
            for (long gap = first * divisor; gap < (first + 1) * divisor; gap++) {
                long ask = asks.get(0);
                long floor = ask - gap;
                boolean fits = floor >= 0;
                for (int t = 1; t < asks.size() && fits; t++) {
                    ask -= (ask - floor) / divisor;
                    fits = ask == asks.get(t);
                }
                if (fits) {
                    floors.add(floor);
                }
            }
        }
        return floors;
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return random.nextInt(5) == 0 ? "accept" : "offer " + random.nextLong(state.ask() + 1);
    }

    @Override
    public double cost(State state) {
        return state.names().size() * (double) state.maxDivisor();
    }
}
