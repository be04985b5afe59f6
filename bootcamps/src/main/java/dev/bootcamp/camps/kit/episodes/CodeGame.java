package dev.bootcamp.camps.kit.episodes;

import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The base of code-breaking games (mastermind, bulls and cows): a hidden code over an alphabet, guesses answered with
 * exact and misplaced matches ({@link CodeBreaking#feedback}), a fixed number of guesses, and the expert that plays the
 * first code consistent with all feedback so far. A game supplies its knobs, the secret, the opening and the words of
 * its feedback.
 */
public abstract class CodeGame implements Interactive<CodeGame.State> {
    private final boolean repeats;

    /** {@code repeats}: whether a code may use a symbol more than once (the secret, and the expert's guesses). */
    protected CodeGame(boolean repeats) {
        this.repeats = repeats;
    }

    /** An episode: the code, the guesses so far and their feedback as {exact, misplaced}. */
    public record State(String alphabet, String secret, int turns, List<String> guesses, List<int[]> feedback, boolean solved) {
        public State {
            guesses = List.copyOf(guesses);
            feedback = List.copyOf(feedback);
        }
    }

    /** What the player is told when a guess cannot be read. */
    protected abstract String unreadable(State state);

    /** The reply to a guess that is not the code, from its {exact, misplaced} feedback. */
    protected abstract String reply(String guess, int[] feedback);

    /** What is added to the reply when the guess is the code. */
    protected abstract String solvedText();

    @Override
    public final Turn<State> act(State state, String action) {
        Optional<String> read = Actions.lastCode(action, state.alphabet(), state.secret().length());
        if (read.isEmpty()) {
            return Turn.next(state, unreadable(state));
        }
        String guess = read.get();
        int[] feedback = CodeBreaking.feedback(state.secret(), guess);
        List<String> guesses = new ArrayList<>(state.guesses());
        guesses.add(guess);
        List<int[]> feedbacks = new ArrayList<>(state.feedback());
        feedbacks.add(feedback);
        State next = new State(state.alphabet(), state.secret(), state.turns(), guesses, feedbacks, guess.equals(state.secret()));
        String text = reply(guess, feedback);
        return next.solved() ? Turn.last(next, text + " " + solvedText()) : Turn.next(next, text);
    }

    @Override
    public final Score outcome(State state) {
        return state.solved() ? Score.correct("found in " + state.guesses().size() + " guesses")
                : Score.wrong("the code was " + state.secret() + "; not found within the turn limit");
    }

    @Override
    public final int turnLimit(State state) {
        return state.turns();
    }

    @Override
    public final String expertAction(State state) {
        return CodeBreaking.firstConsistent(state.alphabet(), state.secret().length(), repeats, state.guesses(), state.feedback());
    }

    @Override
    public final String randomAction(State state, RandomGenerator random) {
        return code(state.alphabet(), state.secret().length(), random);
    }

    /** A random code of {@code length} symbols of {@code alphabet}, with or without repeats as this game allows. */
    protected final String code(String alphabet, int length, RandomGenerator random) {
        StringBuilder code = new StringBuilder();
        List<Character> left = new ArrayList<>();
        alphabet.chars().forEach(c -> left.add((char) c));
        while (code.length() < length) {
            int index = random.nextInt(left.size());
            code.append(left.get(index));
            if (!repeats) {
                left.remove(index);
            }
        }
        return code.toString();
    }

    /** The number of codes of this game. */
    @Override
    public final double cost(State state) {
        double count = 1;
        for (int i = 0; i < state.secret().length(); i++) {
            count *= repeats ? state.alphabet().length() : state.alphabet().length() - i;
        }
        return count;
    }
}
