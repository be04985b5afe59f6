package dev.bootcamp.camps.kit;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.CipherTask.Letters;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The question and check shape of a cipher bootcamp whose answer is the letters of a message: a bootcamp that
 * {@code extends Camp<Puzzle, Letters>} and implements this interface states the expected letters and its slips (wrong
 * texts that one known mistake produces), and gets {@code solve}, a check that names the slip before falling back to
 * the first wrong letter, and near misses from the same slips. The cipher itself (key, encrypt, decrypt) stays with the
 * bootcamp; the prompt pieces, the answer codec and the message drawing are here.
 *
 * @param <P> the puzzle
 */
public interface CipherTask<P> extends Bootcamp<P, Letters> {
    /** The closing instruction of a decryption task whose letters alone are compared. */
    String DECRYPT = "Decrypt it. Give the original message; only its letters are compared, so spaces, punctuation and"
            + " capitals do not matter.";
    /** The layout note for a ciphertext shown in blocks of five after its spaces and punctuation were removed. */
    String BLOCKS = "The ciphertext below is written in blocks of five letters: the original spaces and punctuation were"
            + " removed before encryption, and the spaces between blocks are not part of the message.";
    /** The layout note for a letters-only ciphertext shown in blocks of five. */
    String SHOWN_IN_BLOCKS = " It is shown in blocks of five letters; the spaces between blocks are not part of it.";

    /** The letters of a message in capitals. */
    record Letters(String letters) {
        public Letters {
            requireNonNull(letters, "letters is null");
        }
    }

    /** A wrong answer that one known mistake produces, and the detail naming the mistake. */
    record Slip(String letters, String detail) {}

    /** The letters of the right answer, in capitals. */
    String expected(P puzzle);

    /** The known mistakes and what each produces, checked in order. */
    List<Slip> slips(P puzzle);

    /** Further plausible wrong texts for the near misses, after the slips (none by default). */
    default List<String> otherMisses(P puzzle) {
        return List.of();
    }

    @Override
    default Letters solve(P puzzle) {
        return new Letters(expected(puzzle));
    }

    /** CORRECT when the letters match; else WRONG naming the first slip that gives them, or the first wrong letter. */
    @Override
    default Score check(P puzzle, Letters answer) {
        String expected = expected(puzzle);
        String found = answer.letters();
        if (found.equals(expected)) {
            return Score.correct("the letters match");
        }
        return slips(puzzle).stream().filter(slip -> slip.letters().equals(found)).findFirst()
                .map(slip -> Score.wrong(slip.detail()))
                .orElseGet(() -> Score.wrong(CipherText.difference(expected, found)));
    }

    /** The slips' letters, the gold with one letter changed and the other misses; no gold, empty text or repeat. */
    @Override
    default List<Letters> nearMisses(P puzzle, Letters gold, RandomGenerator random) {
        List<String> candidates = new ArrayList<>(slips(puzzle).stream().map(Slip::letters).toList());
        candidates.add(CipherText.changeOne(gold.letters(), random));
        candidates.addAll(otherMisses(puzzle));
        return candidates.stream().filter(letters -> !letters.isEmpty() && !letters.equals(gold.letters())).distinct().map(Letters::new).toList();
    }

    /** Letters written as they are and read with {@link CipherText#parseLetters}. */
    static Codec<Letters> letters() {
        return letters(0);
    }

    /** Letters written in blocks of {@code block} (0: in one run) and read with {@link CipherText#parseLetters}. */
    static Codec<Letters> letters(int block) {
        return Codec.of(answer -> block == 0 ? answer.letters() : CipherText.blocks(answer.letters(), block),
                text -> new Letters(CipherText.parseLetters(text)));
    }

    /** The words as one line, or as sentences with capitals and punctuation (drawing from {@code random} only then). */
    static String message(List<String> words, boolean punctuation, RandomGenerator random) {
        return punctuation ? CipherText.sentences(words, random) : String.join(" ", words);
    }

    /** {@code text} in blocks of five when {@code blocks}, else unchanged. */
    static String shown(String text, boolean blocks) {
        return blocks ? CipherText.blocks(text, 5) : text;
    }
}
