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
import dev.bootcamp.camps.kit.episodes.CodeBreaking;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Bulls and cows: find a hidden number of distinct digits; each guess is answered with its bulls (right digit, right
 * place) and cows (a digit of the secret in the wrong place). Guesses need not have distinct digits.
 */
@AutoService(Interactive.class)
public final class BullsAndCowsBootcamp implements Interactive<BullsAndCowsBootcamp.State> {
    private static final String DIGITS = "0123456789";
    private static final Knob<Integer> LENGTH = Knob.integer("length", 3, 6, 4, "how many digits the secret has");
    private static final Knob<Integer> DIGIT_COUNT = Knob.integer("digits", 6, 10, 10, "the secret's digits are drawn from 0 up to digits-1");
    private static final Knob<Integer> TURNS = Knob.integer("turns", 6, 20, 10, "how many guesses the player may make");
    private static final BootcampInfo INFO = BootcampInfo.builder(BullsAndCowsBootcamp.class)
            .title("Bulls and cows")
            .domain("interactive")
            .tags("interactive", "deduction", "code-breaking", "bulls-and-cows")
            .summary("Find a hidden string of `length` distinct digits from 0..digits-1 within `turns` guesses; each guess"
                    + " is answered with its bulls (right digit in the right place) and cows (a digit the secret has in"
                    + " another place). CORRECT when the secret is named exactly, WRONG otherwise.")
            .knob(LENGTH)
            .knob(DIGIT_COUNT)
            .knob(TURNS)
            .answerShape("one string of digits per turn, such as '0123'")
            .build();

    /** An episode: the secret, the guesses so far and their feedback as {bulls, cows}. */
    public record State(String alphabet, String secret, int turns, List<String> guesses, List<int[]> feedback, boolean solved) {
        public State {
            guesses = List.copyOf(guesses);
            feedback = List.copyOf(feedback);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[][] table = {{3, 8}, {4, 8}, {4, 9}, {4, 10}, {5, 8}, {5, 9}, {5, 10}, {6, 8}, {6, 9}, {6, 10}};
        return INFO.defaults().with(LENGTH, table[level - 1][0]).with(DIGIT_COUNT, table[level - 1][1]).with(TURNS, level <= 5 ? 10 : 12);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        String alphabet = DIGITS.substring(0, knobs.get(DIGIT_COUNT));
        StringBuilder secret = new StringBuilder();
        for (int index : Draw.permutation(alphabet.length(), random)) {
            if (secret.length() < knobs.get(LENGTH)) {
                secret.append(alphabet.charAt(index));
            }
        }
        return new State(alphabet, secret.toString(), knobs.get(TURNS), List.of(), List.of(), false);
    }

    @Override
    public String opening(State state) {
        int length = state.secret().length();
        return "Bulls and cows: I have a secret string of " + length + " different digits, each from 0 to "
                + state.alphabet().charAt(state.alphabet().length() - 1) + ". Each turn you name a string of " + length
                + " digits (for example \"" + state.alphabet().substring(0, length) + "\"), and I tell you its bulls, the"
                + " digits in the right place, and its cows, the digits that the secret has in a different place (a digit"
                + " of the secret counts once). You have " + state.turns() + " guesses to name the secret exactly.";
    }

    @Override
    public Turn<State> act(State state, String action) {
        int length = state.secret().length();
        Optional<String> read = Actions.lastCode(action, state.alphabet(), length);
        if (read.isEmpty()) {
            return Turn.next(state, "I could not read a guess: name " + length + " digits, each from 0 to "
                    + state.alphabet().charAt(state.alphabet().length() - 1) + ".");
        }
        String guess = read.get();
        int[] feedback = CodeBreaking.feedback(state.secret(), guess);
        List<String> guesses = new ArrayList<>(state.guesses());
        guesses.add(guess);
        List<int[]> feedbacks = new ArrayList<>(state.feedback());
        feedbacks.add(feedback);
        State next = new State(state.alphabet(), state.secret(), state.turns(), guesses, feedbacks, guess.equals(state.secret()));
        String text = guess + ": " + feedback[0] + (feedback[0] == 1 ? " bull, " : " bulls, ") + feedback[1] + (feedback[1] == 1 ? " cow." : " cows.");
        return next.solved() ? Turn.last(next, text + " That is my number.") : Turn.next(next, text);
    }

    @Override
    public Score outcome(State state) {
        return state.solved() ? Score.correct("found in " + state.guesses().size() + " guesses")
                : Score.wrong("the secret was " + state.secret() + "; not found within the turn limit");
    }

    @Override
    public int turnLimit(State state) {
        return state.turns();
    }

    @Override
    public String expertAction(State state) {
        return CodeBreaking.firstConsistent(state.alphabet(), state.secret().length(), false, state.guesses(), state.feedback());
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        StringBuilder code = new StringBuilder();
        for (int index : Draw.permutation(state.alphabet().length(), random)) {
            if (code.length() < state.secret().length()) {
                code.append(state.alphabet().charAt(index));
            }
        }
        return code.toString();
    }

    @Override
    public double cost(State state) {
        double count = 1;
        for (int i = 0; i < state.secret().length(); i++) {
            count *= state.alphabet().length() - i;
        }
        return count;
    }
}
