package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.playboards.WordGame;

/**
 * Wordle: find a hidden word from a shown list of candidates; each guess is marked letter by letter green (right
 * place), yellow (elsewhere in the word) or grey, each letter of the hidden word counted once. The expert guesses the
 * first candidate that agrees with every answer so far.
 */
@AutoService(Interactive.class)
public final class WordlePlayBootcamp extends WordGame {
    private static final Knob<Integer> LENGTH = Knob.integer("length", 4, 7, 5, "letters in the hidden word");
    private static final Knob<Integer> WORDS = Knob.integer("words", 40, 600, 300, "candidate words shown (at most the words of"
            + " that length in the kit's list)");
    private static final Knob<Integer> GUESSES = Knob.integer("guesses", 4, 12, 6, "guesses allowed");
    private static final BootcampInfo INFO = BootcampInfo.builder(WordlePlayBootcamp.class)
            .title("Wordle, guess by guess")
            .domain("interactive")
            .tags("interactive", "deduction", "wordle", "words")
            .summary("Find a hidden word of `length` letters, one of `words` candidates listed in the opening, within"
                    + " `guesses` guesses; each guess is marked per letter G (right place), Y (in the word elsewhere) or ."
                    + " (not in the word, or not that many times). CORRECT when the word is guessed, WRONG otherwise.")
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
        return INFO.defaults().with(LENGTH, table[level - 1][0]).with(WORDS, table[level - 1][1]).with(GUESSES, 6);
    }

    @Override
    protected int[] shape(Knobs knobs) {
        return new int[] {knobs.get(LENGTH), knobs.get(WORDS), knobs.get(GUESSES)};
    }

    @Override
    protected String marks(String secret, String guess) {
        char[] marks = new char[guess.length()];
        int[] unmatched = new int[26];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = guess.charAt(i) == secret.charAt(i) ? 'G' : '.';
            if (marks[i] != 'G') {
                unmatched[secret.charAt(i) - 'a']++;
            }
        }
        for (int i = 0; i < marks.length; i++) {
            int letter = guess.charAt(i) - 'a';
            if (marks[i] != 'G' && unmatched[letter] > 0) {
                marks[i] = 'Y';
                unmatched[letter]--;
            }
        }
        return new String(marks);
    }

    @Override
    protected String rules(State state) {
        return "Let us play Wordle. I have chosen a hidden word of " + state.length() + " letters from the list below. After each"
                + " guess I answer with your guess and one mark per letter, in order: G when that letter is in that place in"
                + " the hidden word, Y when the hidden word has the letter in another place, and . when it does not, or not"
                + " that many times (each letter of the hidden word is used for one mark: G marks first, then Y marks from left"
                + " to right). For example, if the hidden word were \"apple\", the guess \"paper\" would be marked \"Y Y G Y .\".";
    }
}
