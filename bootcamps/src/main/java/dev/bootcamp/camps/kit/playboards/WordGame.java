package dev.bootcamp.camps.kit.playboards;

import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
import dev.bootcamp.camps.kit.episodes.Actions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The base of word-guessing games (wordle and its variants): a hidden word from a list of candidates that the opening
 * shows, guesses of any letters of the right length answered with one mark per letter ({@link #marks}), and a guess
 * limit. The candidates are {@code count} words of one length from the kit's {@link Words}, drawn from a salt kept in
 * the state (so a state stays small). The expert guesses the first candidate, alphabetically, that agrees with every
 * answer so far; a secret is drawn again (up to a bound) until that expert finds it within the limit, and otherwise the
 * first candidate, which it finds at once, is used.
 */
public abstract class WordGame implements Interactive<WordGame.State> {
    private static final int DRAWS = 40;

    /** An episode: the candidates (their length, count and salt), the secret, the guess limit and the guesses so far. */
    public record State(int length, int count, long salt, String secret, int turns, List<String> guesses) {
        public State {
            guesses = List.copyOf(guesses);
        }

        /** Whether the last guess is the secret. */
        public boolean solved() {
            return !guesses.isEmpty() && guesses.get(guesses.size() - 1).equals(secret);
        }
    }

    /** The marks of a guess against the secret: one character per letter. */
    protected abstract String marks(String secret, String guess);

    /** The name of the game and its rules of marking, for the opening. */
    protected abstract String rules(State state);

    /** Word length, candidate count and guess limit from the knobs. */
    protected abstract int[] shape(Knobs knobs);

    /** The candidate words of a state, sorted alphabetically. */
    public static List<String> candidates(State state) {
        List<String> all = Words.ofLength(state.length(), state.length());
        if (state.count() >= all.size()) {
            return all;
        }
        List<String> chosen = new ArrayList<>(Draw.sample(all, state.count(), new SplittableRandom(state.salt())));
        chosen.sort(null);
        return List.copyOf(chosen);
    }

    @Override
    public final State start(Knobs knobs, RandomGenerator random) {
        int[] shape = shape(knobs);
        shape[1] = Math.min(shape[1], Words.ofLength(shape[0], shape[0]).size());
        long salt = random.nextLong();
        State empty = new State(shape[0], shape[1], salt, "", shape[2], List.of());
        List<String> candidates = candidates(empty);
        for (int draw = 0; draw < DRAWS; draw++) {
            String secret = Draw.pick(candidates, random);
            if (expertGuesses(candidates, secret, shape[2]) <= shape[2]) {
                return new State(shape[0], shape[1], salt, secret, shape[2], List.of());
            }
        }
        return new State(shape[0], shape[1], salt, candidates.get(0), shape[2], List.of());
    }

    /** How many guesses the expert takes to find {@code secret} (more than {@code most} when it is not found by then). */
    private int expertGuesses(List<String> candidates, String secret, int most) {
        List<String> left = candidates;
        for (int guesses = 1; guesses <= most; guesses++) {
            String guess = left.get(0);
            if (guess.equals(secret)) {
                return guesses;
            }
            String seen = marks(secret, guess);
            List<String> kept = new ArrayList<>();
            for (String word : left) {
                if (marks(word, guess).equals(seen)) {
                    kept.add(word);
                }
            }
            left = kept;
        }
        return most + 1;
    }

    @Override
    public final String opening(State state) {
        int length = state.length();
        return rules(state) + " A guess may be any " + length + " letters (it need not be in the list); write it as one word,"
                + " for example \"" + "abcdefghij".substring(0, length) + "\". A turn whose guess cannot be read is wasted. You have "
                + state.turns() + " guesses to find the word. The hidden word is one of these " + candidates(state).size()
                + " words:\n" + String.join(", ", candidates(state));
    }

    @Override
    public final Turn<State> act(State state, String action) {
        Optional<String> read = Actions.lastCode(action, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", state.length());
        if (read.isEmpty()) {
            return Turn.next(state, "I could not read a guess: write one word of exactly " + state.length() + " letters a to z.");
        }
        String guess = read.get().toLowerCase(Locale.ROOT);
        List<String> guesses = new ArrayList<>(state.guesses());
        guesses.add(guess);
        State next = new State(state.length(), state.count(), state.salt(), state.secret(), state.turns(), guesses);
        String text = guess + "  " + String.join(" ", marks(state.secret(), guess).split(""));
        return next.solved() ? Turn.last(next, text + "\nThat is the word: you win.") : Turn.next(next, text);
    }

    @Override
    public final Score outcome(State state) {
        return state.solved() ? Score.correct("found in " + state.guesses().size() + " guesses")
                : Score.wrong("the word was " + state.secret());
    }

    @Override
    public final int turnLimit(State state) {
        return state.turns();
    }

    @Override
    public final String expertAction(State state) {
        List<String> candidates = candidates(state);
        for (String word : candidates) {
            boolean agrees = true;
            for (int i = 0; i < state.guesses().size() && agrees; i++) {
                String guess = state.guesses().get(i);
                agrees = marks(word, guess).equals(marks(state.secret(), guess));
            }
            if (agrees) {
                return word;
            }
        }
        return state.secret();
    }

    /** A word of the right length from the whole kit list (most of which are not candidates), ignoring all answers. */
    @Override
    public final String randomAction(State state, RandomGenerator random) {
        return Draw.pick(Words.ofLength(state.length(), state.length()), random);
    }

    /** The number of candidate words. */
    @Override
    public final double cost(State state) {
        return state.count();
    }
}
