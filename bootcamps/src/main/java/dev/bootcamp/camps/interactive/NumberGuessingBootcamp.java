package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.episodes.Actions;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * Number guessing against a host who may lie: the player names numbers, the host says "higher", "lower" or
 * "correct", and up to {@code lies} of the higher/lower replies are false. The expert asks each midpoint
 * {@code 2 * lies + 1} times and follows the majority, which no number of lies up to the limit can mislead.
 */
@AutoService(Interactive.class)
public final class NumberGuessingBootcamp implements Interactive<NumberGuessingBootcamp.State> {
    private static final Knob<Integer> RANGE = Knob.integer("range", 2, 1_000_000_000, 1000, "the secret is a whole number from 1 to range");
    private static final Knob<Integer> LIES = Knob.integer("lies", 0, 3, 0, "how many higher/lower replies may be false");
    private static final BootcampInfo INFO = BootcampInfo.builder(NumberGuessingBootcamp.class)
            .title("Number guessing with lies")
            .domain("interactive")
            .tags("interactive", "search", "binary-search", "lies")
            .summary("Find a hidden whole number in 1..range by asking about numbers; the host answers higher, lower or"
                    + " correct, and up to `lies` of its higher/lower answers are false (it never lies about correct). The"
                    + " turn limit allows asking every midpoint of a binary search 2*lies+1 times, plus the final guess."
                    + " CORRECT when the number is named within the limit, WRONG otherwise.")
            .knob(RANGE)
            .knob(LIES)
            .answerShape("one number per turn, such as 'guess 42'")
            .build();

    /**
     * An episode.
     *
     * @param lieTurns the turns (1-based) on which a higher/lower reply is false
     * @param guesses the numbers named so far, in order; {@code replies} holds the host's word for each
     */
    public record State(long range, long secret, int lies, List<Integer> lieTurns, List<Long> guesses, List<String> replies,
            boolean solved) {
        public State {
            lieTurns = List.copyOf(lieTurns);
            guesses = List.copyOf(guesses);
            replies = List.copyOf(replies);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[] ranges = {1_000, 2_000, 5_000, 10_000, 50_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};
        return INFO.defaults().with(RANGE, ranges[level - 1]).with(LIES, level <= 2 ? 0 : level <= 6 ? 1 : 2);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        long range = knobs.get(RANGE);
        int lies = knobs.get(LIES);
        long secret = 1 + random.nextLong(range);
        int limit = limit(range, lies);
        List<Integer> turns = new ArrayList<>();
        for (int index : Draw.permutation(limit, random)) {
            if (turns.size() < lies) {
                turns.add(index + 1);
            }
        }
        return new State(range, secret, lies, turns.stream().sorted().toList(), List.of(), List.of(), false);
    }

    @Override
    public String opening(State state) {
        return "I am thinking of a whole number from 1 to " + state.range() + ". Each turn, name one number (for example"
                + " \"guess 17\") and I reply \"higher\" (my number is larger), \"lower\" (my number is smaller) or \"correct\". "
                + (state.lies() == 0 ? "I always tell the truth."
                        : "Be careful: up to " + state.lies() + " of my higher/lower replies in this game may be false, on turns"
                                + " you are not told; I never lie about \"correct\".")
                + " You have " + turnLimit(state) + " turns to name my number.";
    }

    @Override
    public Turn<State> act(State state, String action) {
        OptionalLong read = Actions.firstNumber(action);
        if (read.isEmpty()) {
            return Turn.next(state, "I could not find a number in that. Name one number, such as \"guess 17\".");
        }
        long guess = read.getAsLong();
        if (guess < 1 || guess > state.range()) {
            return Turn.next(state, guess + " is outside 1.." + state.range() + ". Name a number in that range.");
        }
        int turn = state.guesses().size() + 1;
        String reply;
        if (guess == state.secret()) {
            reply = "correct";
        } else {
            boolean higher = state.secret() > guess;
            reply = higher != state.lieTurns().contains(turn) ? "higher" : "lower";
        }
        State next = new State(state.range(), state.secret(), state.lies(), state.lieTurns(), append(state.guesses(), guess),
                append(state.replies(), reply), reply.equals("correct"));
        return next.solved() ? Turn.last(next, "correct: my number is " + guess + ".") : Turn.next(next, guess + ": " + reply + ".");
    }

    @Override
    public Score outcome(State state) {
        return state.solved() ? Score.correct("found in " + state.guesses().size() + " guesses")
                : Score.wrong("the number was " + state.secret() + "; not named within the turn limit");
    }

    @Override
    public int turnLimit(State state) {
        return limit(state.range(), state.lies());
    }

    @Override
    public String expertAction(State state) {
        long low = 1;
        long high = state.range();
        int repeats = 2 * state.lies() + 1;
        int higher = 0;
        int asked = 0;
        for (int i = 0; i < state.guesses().size(); i++) {
            if (state.guesses().get(i) != mid(low, high) || low == high) {
                continue;
            }
            asked++;
            higher += state.replies().get(i).equals("higher") ? 1 : 0;
            if (asked == repeats) {
                if (2 * higher > repeats) {
                    low = mid(low, high) + 1;
                } else {
                    high = mid(low, high) - 1;
                }
                asked = 0;
                higher = 0;
            }
        }
        return "guess " + (low >= high ? low : mid(low, high));
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return "guess " + (1 + random.nextLong(state.range()));
    }

    private static long mid(long low, long high) {
        return low + (high - low) / 2;
    }

    /** Binary-search probes needed to narrow {@code size} candidates to one, each asked 2*lies+1 times, plus the guess. */
    static int limit(long size, int lies) {
        int probes = 0;
        for (long n = size; n > 1; n = n / 2) {
            probes++;
        }
        return (2 * lies + 1) * probes + 1;
    }

    private static <T> List<T> append(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }
}
