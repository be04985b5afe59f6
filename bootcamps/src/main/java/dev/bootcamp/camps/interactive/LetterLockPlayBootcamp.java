package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.playboards.WordGame;

/**
 * A letter lock, Wordle with less help: find the hidden word of a lock of letter wheels from a shown list of candidates;
 * each guess tells only which letters are right in their place, never whether a wrong letter appears elsewhere. The
 * expert guesses the first candidate that agrees with every answer so far.
 */
@AutoService(Interactive.class)
public final class LetterLockPlayBootcamp extends WordGame {
    private static final Knob<Integer> LENGTH = Knob.integer("length", 4, 7, 5, "letter wheels of the lock (letters in the word)");
    private static final Knob<Integer> WORDS = Knob.integer("words", 40, 600, 300, "candidate words shown (at most the words of"
            + " that length in the kit's list)");
    private static final Knob<Integer> GUESSES = Knob.integer("guesses", 4, 16, 10, "guesses allowed");
    private static final BootcampInfo INFO = BootcampInfo.builder(LetterLockPlayBootcamp.class)
            .title("Letter lock, guess by guess")
            .domain("interactive")
            .tags("interactive", "deduction", "wordle", "words")
            .summary("Open a lock whose combination is a hidden word of `length` letters, one of `words` candidates listed in"
                    + " the opening, within `guesses` guesses; each guess is marked per letter only G (right letter in that"
                    + " place) or . (wrong there), with no word about letters that belong elsewhere. CORRECT when the word is"
                    + " guessed, WRONG otherwise.")
            .knob(LENGTH)
            .knob(WORDS)
            .knob(GUESSES)
            .answerShape("one word per turn, such as 'crane'")
            .build();

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[][] table = {{4, 80}, {4, 150}, {4, 250}, {5, 250}, {5, 350}, {5, 450}, {5, 600}, {6, 300}, {6, 400}, {6, 600}};
        return INFO.defaults().with(LENGTH, table[level - 1][0]).with(WORDS, table[level - 1][1]).with(GUESSES, level <= 3 ? 9 : 10);
    }

    @Override
    protected int[] shape(Knobs knobs) {
        return new int[] {knobs.get(LENGTH), knobs.get(WORDS), knobs.get(GUESSES)};
    }

    @Override
    protected String marks(String secret, String guess) {
        char[] marks = new char[guess.length()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = guess.charAt(i) == secret.charAt(i) ? 'G' : '.';
        }
        return new String(marks);
    }

    @Override
    protected String rules(State state) {
        return "Let us open a letter lock. It has " + state.length() + " wheels of letters, and it opens at a hidden word from"
                + " the list below. After each guess I answer with your guess and one mark per letter, in order: G when that"
                + " letter is right in that place, . when it is not. I never tell you whether a wrong letter appears somewhere"
                + " else in the word. For example, if the hidden word were \"apple\", the guess \"ample\" would be marked"
                + " \"G . G G G\".";
    }
}
