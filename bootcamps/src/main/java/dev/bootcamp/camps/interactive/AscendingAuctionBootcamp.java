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
 * An ascending auction of a few lots against scripted rivals with secret limits. The player knows what each lot is
 * worth to it; after each of its bids the weakest rival still willing outbids it by the increment, and a rival never
 * bids over its limit. The episode is won when every lot worth more to the player than the strongest rival's limit is
 * won for at most that limit plus one increment, and no other lot is bought: raising by the increment and stopping
 * at one's value does it, overbidding or giving up does not. The expert raises by the increment while that stays
 * below the lot's value, else passes.
 */
@AutoService(Interactive.class)
public final class AscendingAuctionBootcamp implements Interactive<AscendingAuctionBootcamp.State> {
    private static final List<String> VERBS = List.of("pass", "fold", "drop", "bid", "raise", "offer");
    private static final List<String> RIVALS = List.of("Ada", "Bram", "Cleo", "Dev");
    private static final List<String> LOTS = List.of("painting", "clock", "vase", "rug", "statue", "lamp", "mirror", "chest", "harp",
            "globe", "sword", "tapestry", "desk", "piano", "bracelet");
    private static final long MAX_BID = 1_000_000_000L;
    private static final Knob<Integer> LOT_COUNT = Knob.integer("lots", 1, 8, 2, "how many lots are sold, one after another");
    private static final Knob<Integer> RIVAL_COUNT = Knob.integer("rivals", 1, 4, 2, "how many rivals bid on each lot");
    private static final Knob<Integer> SPREAD = Knob.integer("spread", 4, 60, 12, "how many increments the strongest rival's limit lies above the opening price, at most");
    private static final BootcampInfo INFO = BootcampInfo.builder(AscendingAuctionBootcamp.class)
            .title("Ascending auction against scripted rivals")
            .domain("interactive")
            .tags("interactive", "auction", "counterpart", "bidding")
            .summary("Bid in an ascending auction of `lots` lots against `rivals` scripted rivals with secret limits (up to"
                    + " `spread` increments above the opening price): `bid N` or `pass`. CORRECT when every lot worth more to you"
                    + " than the strongest rival's limit is won for at most that limit plus one increment and no other lot is"
                    + " bought, WRONG otherwise. The turn limit is what raising by the increment takes, plus two.")
            .knob(LOT_COUNT)
            .knob(RIVAL_COUNT)
            .knob(SPREAD)
            .answerShape("one move per turn: 'bid N' or 'pass'")
            .build();

    /**
     * An episode: per lot its name, value to the player, opening price, increment and the rivals' secret limits; the
     * current high bid (0 before any) and whether the player holds it; the price paid per settled lot (-1 when a rival
     * took it); and the turn limit.
     */
    public record State(List<String> lots, List<Long> values, List<Long> openings, List<Long> increments, List<List<Long>> limits,
            long price, int leader, List<Long> paid, int limit) {
        public State {
            lots = List.copyOf(lots);
            values = List.copyOf(values);
            openings = List.copyOf(openings);
            increments = List.copyOf(increments);
            limits = limits.stream().map(List::copyOf).toList();
            paid = List.copyOf(paid);
        }

        int lot() {
            return paid.size();
        }

        long minimum() {
            return price == 0 ? openings.get(lot()) : price + increments.get(lot());
        }

        long strongest(int lot) {
            return limits.get(lot).stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(LOT_COUNT, Draw.scale(level, 1, 5)).with(RIVAL_COUNT, Draw.scale(level, 1, 4)).with(SPREAD, Draw.scale(level, 8, 30));
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int lotCount = knobs.get(LOT_COUNT);
        List<String> lots = Draw.sample(LOTS, lotCount, random);
        List<Long> values = new ArrayList<>();
        List<Long> openings = new ArrayList<>();
        List<Long> increments = new ArrayList<>();
        List<List<Long>> limits = new ArrayList<>();
        int winner = random.nextInt(lotCount);
        for (int i = 0; i < lotCount; i++) {
            long increment = List.of(5L, 10L, 20L, 25L, 50L).get(random.nextInt(5));
            long opening = increment * Draw.between(4, 20, random);
            long strongest = opening + increment * Draw.between(4, knobs.get(SPREAD), random) + random.nextLong(increment);
            List<Long> rivals = new ArrayList<>(List.of(strongest));
            for (int r = 1; r < knobs.get(RIVAL_COUNT); r++) {
                rivals.add(opening + random.nextLong(strongest - opening));
            }
            Draw.shuffle(rivals, random);
            boolean above = i == winner || random.nextBoolean();
            long margin = increment * Draw.between(3, 12, random) + random.nextLong(increment);
            values.add(above ? strongest + margin : Math.max(opening + increment, strongest - margin));
            openings.add(opening);
            increments.add(increment);
            limits.add(rivals);
        }
        State state = new State(lots, values, openings, increments, limits, 0, -1, List.of(), 0);
        int turns = 0;
        for (State played = state; played.lot() < lotCount && turns < 10_000; turns++) {
            played = act(played, expertAction(played)).state();
        }
        return new State(lots, values, openings, increments, limits, 0, -1, List.of(), turns + 2);
    }

    @Override
    public String opening(State state) {
        StringBuilder text = new StringBuilder("You are bidding at an auction. The lots are sold one after another; what each is"
                + " worth to you:\n");
        for (int i = 0; i < state.lots().size(); i++) {
            text.append("- ").append(state.lots().get(i)).append(": worth ").append(state.values().get(i)).append(" to you; the bidding opens at ")
                    .append(state.openings().get(i)).append(" and rises by at least ").append(state.increments().get(i)).append('\n');
        }
        return text.append("\nRivals bid against you. Each rival has a secret limit per lot and never bids above it. After each of"
                + " your bids, the weakest rival still willing outbids you by exactly the increment; if no rival is willing, you win"
                + " the lot at your bid and pay it. \"pass\" gives the lot up to the rivals.\n\n"
                + "Your goal: win every lot that is worth more to you than every rival's limit, paying at most the highest rival"
                + " limit plus one increment, and buy no other lot. You win the episode only if every lot goes that way.\n\n"
                + "Each turn, make one move: \"bid N\" with N at least the opening price (the first bid) or the current high bid"
                + " plus the increment, such as \"bid 120\", or \"pass\". You have ").append(state.limit()).append(" turns.\n\n")
                .append(status(state)).toString();
    }

    private static String status(State state) {
        int lot = state.lot();
        return "Now selling: the " + state.lots().get(lot) + " (worth " + state.values().get(lot) + " to you). "
                + (state.price() == 0 ? "No bids yet; the first bid is at least " + state.minimum() + "."
                        : RIVALS.get(state.leader()) + " holds the high bid of " + state.price() + "; the next bid is at least " + state.minimum() + ".");
    }

    @Override
    public Turn<State> act(State state, String action) {
        Command command = Command.read(action, VERBS);
        int lot = state.lot();
        if (command.is("pass", "fold", "drop")) {
            return settle(state, -1, "You pass; the " + state.lots().get(lot) + " goes to a rival.");
        }
        if (!command.is("bid", "raise", "offer")) {
            return Turn.next(state, "Unreadable move \"" + Command.abbreviate(action, 40) + "\". Use \"bid N\" or \"pass\". " + status(state));
        }
        Optional<BigInteger> read = Numbers.firstWhole(command.rest());
        if (read.isEmpty() || read.get().compareTo(BigInteger.valueOf(state.minimum())) < 0 || read.get().compareTo(BigInteger.valueOf(MAX_BID)) > 0) {
            return Turn.next(state, "A bid must be a whole number from " + state.minimum() + " to " + MAX_BID + ". " + status(state));
        }
        long bid = read.get().longValueExact();
        long increment = state.increments().get(lot);
        int rival = -1;
        for (int r = 0; r < state.limits().get(lot).size(); r++) {
            long limit = state.limits().get(lot).get(r);
            if (limit >= bid + increment && (rival < 0 || limit < state.limits().get(lot).get(rival))) {
                rival = r;
            }
        }
        if (rival < 0) {
            return settle(state, bid, "No rival bids more. You win the " + state.lots().get(lot) + " for " + bid + ".");
        }
        State next = new State(state.lots(), state.values(), state.openings(), state.increments(), state.limits(), bid + increment, rival,
                state.paid(), state.limit());
        return Turn.next(next, RIVALS.get(rival) + " bids " + (bid + increment) + "; the next bid is at least " + next.minimum() + ".");
    }

    private static Turn<State> settle(State state, long price, String said) {
        List<Long> paid = new ArrayList<>(state.paid());
        paid.add(price);
        State next = new State(state.lots(), state.values(), state.openings(), state.increments(), state.limits(), 0, -1, paid, state.limit());
        if (paid.size() == state.lots().size()) {
            return Turn.last(next, said + " The auction is over.");
        }
        return Turn.next(next, said + " " + status(next));
    }

    @Override
    public Score outcome(State state) {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < state.lots().size(); i++) {
            String lot = state.lots().get(i);
            long best = state.strongest(i) + state.increments().get(i);
            boolean worth = state.values().get(i) > state.strongest(i);
            if (i >= state.paid().size()) {
                bad.add("the " + lot + " was not settled");
            } else if (worth && (state.paid().get(i) < 0 || state.paid().get(i) > best)) {
                bad.add("the " + lot + (state.paid().get(i) < 0 ? " was given up" : " cost " + state.paid().get(i)) + "; it could be won for " + best);
            } else if (!worth && state.paid().get(i) >= 0) {
                bad.add("the " + lot + " was bought for " + state.paid().get(i) + " though a rival valued it more");
            }
        }
        return bad.isEmpty() ? Score.correct("every lot went the best way") : Score.wrong(String.join("; ", bad));
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /** Raise by the increment while that stays below the lot's value, else pass. */
    @Override
    public String expertAction(State state) {
        if (state.lot() >= state.lots().size()) {
            return "pass";
        }
        return state.minimum() < state.values().get(state.lot()) ? "bid " + state.minimum() : "pass";
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        if (random.nextInt(6) == 0) {
            return "pass";
        }
        return "bid " + (state.minimum() + random.nextLong(1 + 2 * state.values().get(state.lot())));
    }

    @Override
    public double cost(State state) {
        return state.limit();
    }
}
