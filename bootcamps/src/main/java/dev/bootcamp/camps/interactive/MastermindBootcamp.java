package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.episodes.CodeGame;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Mastermind: break a hidden code of coloured pegs (letters, repeats allowed) from the feedback to each guess, the
 * number of pegs of the right colour in the right place and of the right colour in the wrong place.
 */
@AutoService(Interactive.class)
public final class MastermindBootcamp extends CodeGame {
    private static final String LETTERS = "ABCDEFGH";
    private static final Knob<Integer> PEGS = Knob.integer("pegs", 3, 6, 4, "how many pegs the code has");
    private static final Knob<Integer> COLOURS = Knob.integer("colours", 4, 8, 6, "how many colours, named A, B, C, ...");
    private static final Knob<Integer> TURNS = Knob.integer("turns", 6, 20, 10, "how many guesses the player may make");
    private static final BootcampInfo INFO = BootcampInfo.builder(MastermindBootcamp.class)
            .title("Mastermind")
            .domain("interactive")
            .tags("interactive", "deduction", "code-breaking", "mastermind")
            .summary("Break a hidden code of `pegs` letters from A to the `colours`-th letter (repeats allowed) within"
                    + " `turns` guesses. Each guess is answered with the pegs of the right colour in the right place and"
                    + " the further pegs of a right colour in the wrong place. CORRECT when the code is guessed exactly,"
                    + " WRONG otherwise.")
            .knob(PEGS)
            .knob(COLOURS)
            .knob(TURNS)
            .answerShape("one code per turn, such as 'ABCD'")
            .build();

    public MastermindBootcamp() {
        super(true);
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[][] table = {{4, 5}, {4, 6}, {4, 7}, {4, 8}, {5, 5}, {5, 6}, {5, 7}, {5, 8}, {6, 6}, {6, 7}};
        return INFO.defaults().with(PEGS, table[level - 1][0]).with(COLOURS, table[level - 1][1]).with(TURNS, level <= 4 ? 10 : 12);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        String alphabet = LETTERS.substring(0, knobs.get(COLOURS));
        return new State(alphabet, code(alphabet, knobs.get(PEGS), random), knobs.get(TURNS), List.of(), List.of(), false);
    }

    @Override
    public String opening(State state) {
        int pegs = state.secret().length();
        return "Let us play Mastermind. I have chosen a hidden code of " + pegs + " pegs; each peg is one of the colours "
                + String.join(", ", state.alphabet().split("")) + ", and a colour may appear more than once. Each turn, guess a code"
                + " of " + pegs + " letters (for example \"" + state.alphabet().substring(0, 1).repeat(pegs - 1) + state.alphabet().charAt(1)
                + "\"). I answer with two numbers: \"exact\", the pegs of your guess with the right colour in the right place,"
                + " and \"misplaced\", how many more of your pegs have a colour that the code has elsewhere (each code peg"
                + " matched at most once). You have " + state.turns() + " guesses to find the code exactly.";
    }

    @Override
    protected String unreadable(State state) {
        return "I could not read a guess: give " + state.secret().length() + " letters, each one of " + state.alphabet() + ".";
    }

    @Override
    protected String reply(String guess, int[] feedback) {
        return guess + ": exact " + feedback[0] + ", misplaced " + feedback[1] + ".";
    }

    @Override
    protected String solvedText() {
        return "You broke the code.";
    }
}
