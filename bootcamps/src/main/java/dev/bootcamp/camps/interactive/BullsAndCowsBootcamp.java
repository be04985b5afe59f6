package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.episodes.CodeGame;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Bulls and cows: find a hidden number of distinct digits; each guess is answered with its bulls (right digit, right
 * place) and cows (a digit of the secret in the wrong place). Guesses need not have distinct digits.
 */
@AutoService(Interactive.class)
public final class BullsAndCowsBootcamp extends CodeGame {
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

    public BullsAndCowsBootcamp() {
        super(false);
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[][] table = {{4, 7}, {4, 8}, {4, 9}, {4, 10}, {5, 8}, {5, 9}, {5, 10}, {6, 8}, {6, 9}, {6, 10}};
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
    protected String unreadable(State state) {
        return "I could not read a guess: name " + state.secret().length() + " digits, each from 0 to "
                + state.alphabet().charAt(state.alphabet().length() - 1) + ".";
    }

    @Override
    protected String reply(String guess, int[] feedback) {
        return guess + ": " + feedback[0] + (feedback[0] == 1 ? " bull, " : " bulls, ") + feedback[1] + (feedback[1] == 1 ? " cow." : " cows.");
    }

    @Override
    protected String solvedText() {
        return "That is my number.";
    }
}
