package dev.bootcamp.camps.kit;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The question and check shape shared by the cipher bootcamps whose answer is the letters of a message: the answer
 * record and its codec, the closing instruction, and a check that names the usual slips (wrong texts that one known
 * mistake produces) before falling back to the first wrong letter. A bootcamp lists its slips once; the same list gives
 * its near misses. The cipher itself (key, encrypt, decrypt) stays with the bootcamp.
 */
public final class CipherTask {
    /** The closing instruction of a decryption task whose letters alone are compared. */
    public static final String DECRYPT = "Decrypt it. Give the original message; only its letters are compared, so spaces,"
            + " punctuation and capitals do not matter.";
    /** The layout note for a ciphertext shown in blocks of five after its spaces and punctuation were removed. */
    public static final String BLOCKS = "The ciphertext below is written in blocks of five letters: the original spaces and"
            + " punctuation were removed before encryption, and the spaces between blocks are not part of the message.";
    /** The layout note for a letters-only ciphertext shown in blocks of five. */
    public static final String SHOWN_IN_BLOCKS = " It is shown in blocks of five letters; the spaces between blocks are not part of it.";

    private CipherTask() {}

    /** The letters of a message in capitals. */
    public record Letters(String letters) {
        public Letters {
            requireNonNull(letters, "letters is null");
        }
    }

    /** A wrong answer that one known mistake produces, and the detail naming the mistake. */
    public record Slip(String letters, String detail) {}

    /** Letters written as they are and read with {@link CipherText#parseLetters}. */
    public static Codec<Letters> letters() {
        return letters(0);
    }

    /** Letters written in blocks of {@code block} (0: in one run) and read with {@link CipherText#parseLetters}. */
    public static Codec<Letters> letters(int block) {
        return Codec.of(answer -> block == 0 ? answer.letters() : CipherText.blocks(answer.letters(), block),
                text -> new Letters(CipherText.parseLetters(text)));
    }

    /** The words as one line, or as sentences with capitals and punctuation (drawing from {@code random} only then). */
    public static String message(List<String> words, boolean punctuation, RandomGenerator random) {
        return punctuation ? CipherText.sentences(words, random) : String.join(" ", words);
    }

    /** {@code text} in blocks of five when {@code blocks}, else unchanged. */
    public static String shown(String text, boolean blocks) {
        return blocks ? CipherText.blocks(text, 5) : text;
    }

    /**
     * CORRECT ({@code matched}) when the letters are {@code expected}; otherwise WRONG with the detail of the first slip
     * that produced them, or naming the first wrong letter. No partial credit.
     */
    public static Score check(String expected, Letters answer, String matched, List<Slip> slips) {
        String found = answer.letters();
        if (found.equals(expected)) {
            return Score.correct(matched);
        }
        return slips.stream().filter(slip -> slip.letters().equals(found)).findFirst()
                .map(slip -> Score.wrong(slip.detail()))
                .orElseGet(() -> Score.wrong(CipherText.difference(expected, found)));
    }

    /** The slips' letters, then {@code gold} with one letter changed, then {@code more}; without the gold, empty texts and repeats. */
    public static List<Letters> nearMisses(String gold, List<Slip> slips, RandomGenerator random, String... more) {
        List<String> candidates = new ArrayList<>(slips.stream().map(Slip::letters).toList());
        candidates.add(CipherText.changeOne(gold, random));
        candidates.addAll(List.of(more));
        return candidates.stream().filter(letters -> !letters.isEmpty() && !letters.equals(gold)).distinct().map(Letters::new).toList();
    }
}
