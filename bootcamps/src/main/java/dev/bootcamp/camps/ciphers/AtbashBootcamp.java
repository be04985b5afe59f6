package dev.bootcamp.camps.ciphers;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.CipherText;
import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Atbash cipher: decrypt an English message whose alphabet was reversed (A and Z swapped, B and Y, and so on). */
@AutoService(Bootcamp.class)
public final class AtbashBootcamp implements Bootcamp<AtbashBootcamp.Puzzle, AtbashBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(AtbashBootcamp.class)
            .title("Atbash cipher decryption")
            .domain("ciphers")
            .tags("atbash", "cipher", "decryption", "english", "substitution")
            .summary("Decrypt a message of common English words encrypted with the Atbash cipher, which replaces each letter"
                    + " by the letter at the same place from the other end of the alphabet (A and Z swap, B and Y, ...), so"
                    + " decrypting is the same as encrypting. Harder levels use longer messages, sentences with capitals and"
                    + " punctuation, and finally ciphertext in blocks of five letters with the word breaks removed. Only the"
                    + " letters of the answer are compared, ignoring case, spaces and punctuation. No partial credit.")
            .knob(Knob.integer("words", 1, 300, 8, "number of words in the message"))
            .knob(Knob.flag("punctuation", false, "write the message as sentences with capitals, commas and full stops"))
            .knob(Knob.flag("blocks", false, "show the ciphertext as letters only, in blocks of five"))
            .answerShape("the decrypted message (only its letters are compared)")
            .build();

    /** The ciphertext as shown and the plaintext's letters in capitals (never shown). */
    public record Puzzle(String ciphertext, boolean blocks, String plaintext) {
        public Puzzle {
            requireNonNull(ciphertext, "ciphertext is null");
            requireNonNull(plaintext, "plaintext is null");
        }
    }

    /** The letters of the decrypted message in capitals. */
    public record Answer(String letters) {
        public Answer {
            requireNonNull(letters, "letters is null");
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("words", Draw.scale(level, 2, 60))
                .with("punctuation", level >= 4)
                .with("blocks", level >= 7);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> words = CipherText.words(random, knobs.integer("words"));
        String text = knobs.flag("punctuation") ? CipherText.sentences(words, random) : String.join(" ", words);
        String ciphertext = CipherText.mapLetters(text, AtbashBootcamp::mirror);
        boolean blocks = knobs.flag("blocks");
        return new Puzzle(blocks ? CipherText.blocks(CipherText.letters(ciphertext), 5) : ciphertext, blocks, CipherText.letters(text));
    }

    @Override
    public String question(Puzzle puzzle) {
        String layout = puzzle.blocks()
                ? "The ciphertext below is written in blocks of five letters: the original spaces and punctuation were removed"
                        + " before encryption, and the spaces between blocks are not part of the message."
                : "Spaces and punctuation are copied unchanged, and capital letters stay capital.";
        return "The Atbash cipher replaces each letter by the letter in the same position counted from the other end of the"
                + " alphabet: A becomes Z, B becomes Y, C becomes X, and so on up to Z, which becomes A. For example,"
                + " \"wizard\" becomes \"draziw\". Applying it twice gives back the original, so decryption works exactly like"
                + " encryption.\n\n" + layout + "\n\nCiphertext:\n" + puzzle.ciphertext() + "\n\n"
                + "Decrypt it. Give the original message; only its letters are compared, so spaces, punctuation and capitals"
                + " do not matter.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.plaintext());
    }

    @Override
    public String render(Answer answer) {
        return answer.letters();
    }

    @Override
    public Answer parse(String text) {
        return new Answer(CipherText.parseLetters(text));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String expected = puzzle.plaintext();
        String found = answer.letters();
        if (found.equals(expected)) {
            return Score.correct("the plaintext matches");
        }
        String cipherLetters = CipherText.letters(puzzle.ciphertext());
        if (found.equals(cipherLetters)) {
            return Score.wrong("this is the ciphertext, not its decryption");
        }
        if (found.equals(new StringBuilder(cipherLetters).reverse().toString())) {
            return Score.wrong("the ciphertext was reversed; Atbash reverses the alphabet, not the message");
        }
        if (found.equals(CipherText.mapLetters(expected, x -> x + 1)) || found.equals(CipherText.mapLetters(expected, x -> x - 1))) {
            return Score.wrong("every letter is one place off: A pairs with Z, not with Y or with the letter after Z");
        }
        return Score.wrong(CipherText.difference(expected, found));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        String cipherLetters = CipherText.letters(puzzle.ciphertext());
        List<String> candidates = new ArrayList<>();
        candidates.add(cipherLetters);
        candidates.add(new StringBuilder(cipherLetters).reverse().toString());
        candidates.add(CipherText.mapLetters(gold.letters(), x -> x + 1));
        candidates.add(CipherText.mapLetters(gold.letters(), x -> x - 1));
        candidates.add(CipherText.mapLetters(cipherLetters, x -> x + 13));
        candidates.add(CipherText.changeOne(gold.letters(), random));
        if (gold.letters().length() > 1) {
            candidates.add(gold.letters().substring(1));
        }
        return candidates.stream().filter(letters -> !letters.equals(gold.letters())).distinct().map(Answer::new).toList();
    }

    /** Letters to map, counted half again when the word breaks are hidden in blocks. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.plaintext().length() * (puzzle.blocks() ? 1.5 : 1.0);
    }

    private static int mirror(int letter) {
        return CipherText.ALPHABET - 1 - letter;
    }
}
