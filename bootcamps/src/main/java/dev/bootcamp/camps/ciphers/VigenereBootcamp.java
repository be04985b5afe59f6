package dev.bootcamp.camps.ciphers;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.CipherTask.Letters;
import dev.bootcamp.camps.kit.CipherTask.Slip;
import dev.bootcamp.camps.kit.CipherTask;
import dev.bootcamp.camps.kit.CipherText;
import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Vigenère cipher: decrypt an English message given its keyword. */
@AutoService(Bootcamp.class)
public final class VigenereBootcamp extends Camp<VigenereBootcamp.Puzzle, Letters> implements CipherTask<VigenereBootcamp.Puzzle> {
    private static final Knob<Integer> WORDS = Knob.integer("words", 1, 200, 8, "number of words in the message");
    private static final Knob<Integer> KEY_LENGTH = Knob.integer("key-length", 1, 30, 5, "number of letters in the keyword");
    private static final Knob<Boolean> PUNCTUATION = Knob.flag("punctuation", false, "write the message as sentences with capitals, commas and full stops");
    private static final Knob<Boolean> BLOCKS = Knob.flag("blocks", false, "show the ciphertext as letters only, in blocks of five");
    private static final BootcampInfo INFO = BootcampInfo.builder(VigenereBootcamp.class)
            .title("Vigenère cipher decryption")
            .domain("ciphers")
            .tags("cipher", "decryption", "english", "polyalphabetic", "vigenere")
            .summary("Decrypt a message of common English words that was encrypted with the Vigenère cipher: the keyword"
                    + " (given) is repeated under the letters of the message, skipping spaces and punctuation, and each letter"
                    + " is shifted forward by its keyword letter (A=0 to Z=25). Harder levels use longer messages, longer"
                    + " keywords, sentences with capitals and punctuation, and finally ciphertext in blocks of five letters with"
                    + " the word breaks removed. Only the letters of the answer are compared, ignoring case, spaces and"
                    + " punctuation; the detail names the usual slips (shifting forward, letting spaces use up keyword letters,"
                    + " counting A as 1). No partial credit.")
            .knob(WORDS)
            .knob(KEY_LENGTH)
            .knob(PUNCTUATION)
            .knob(BLOCKS)
            .answerShape("the decrypted message (only its letters are compared)")
            .build();

    /** The ciphertext as shown, the keyword in capitals, and the plaintext's letters in capitals (never shown). */
    public record Puzzle(String ciphertext, String key, boolean blocks, String plaintext) {
        public Puzzle {
            requireNonNull(ciphertext, "ciphertext is null");
            requireNonNull(key, "key is null");
            requireNonNull(plaintext, "plaintext is null");
        }
    }

    public VigenereBootcamp() {
        super(INFO, CipherTask.letters());
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 2, 40))
                .with(KEY_LENGTH, Draw.scale(level, 2, 12))
                .with(PUNCTUATION, level >= 4)
                .with(BLOCKS, level >= 7);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> words = CipherText.words(random, knobs.get(WORDS));
        String text = CipherTask.message(words, knobs.get(PUNCTUATION), random);
        StringBuilder key = new StringBuilder();
        while (key.length() < knobs.get(KEY_LENGTH)) {
            key.append((char) ('A' + random.nextInt(CipherText.ALPHABET)));
        }
        if (key.chars().allMatch(c -> c == 'A')) {
            key.setCharAt(random.nextInt(key.length()), (char) ('B' + random.nextInt(CipherText.ALPHABET - 1)));
        }
        String ciphertext = shift(text, key.toString(), 1, false, 0);
        boolean blocks = knobs.get(BLOCKS);
        return new Puzzle(blocks ? CipherTask.shown(CipherText.letters(ciphertext), true) : ciphertext, key.toString(), blocks, CipherText.letters(text));
    }

    @Override
    public String question(Puzzle puzzle) {
        String layout = puzzle.blocks()
                ? CipherTask.BLOCKS
                : "Spaces and punctuation are copied unchanged and do not use up a keyword letter; capital letters stay capital.";
        return "The Vigenère cipher encrypts a message with a keyword. Number the letters A=0, B=1, ..., Z=25. Write the"
                + " keyword over and over under the letters of the message, one keyword letter under each letter of the"
                + " message. Each message letter is shifted forward in the alphabet by the number of the keyword letter under"
                + " it, wrapping around from Z back to A. For example, with the keyword KEY, \"attack\" becomes \"kxrkgi\"."
                + " To decrypt, shift each letter back by the number of its keyword letter.\n\n" + layout + "\n\n"
                + "Keyword: " + puzzle.key() + "\n\nCiphertext:\n" + puzzle.ciphertext() + "\n\n"
                + CipherTask.DECRYPT;
    }

    @Override
    public String expected(Puzzle puzzle) {
        return puzzle.plaintext();
    }

    @Override
    public List<String> otherMisses(Puzzle puzzle) {
        String cipherLetters = CipherText.letters(puzzle.ciphertext());
        String key = puzzle.key();
        return List.of(shift(cipherLetters, key, -1, false, -1), shift(cipherLetters, key.substring(1) + key.charAt(0), -1, false, 0),
                puzzle.plaintext().substring(0, puzzle.plaintext().length() - 1));
    }

    @Override
    public List<Slip> slips(Puzzle puzzle) {
        String cipherLetters = CipherText.letters(puzzle.ciphertext());
        List<Slip> slips = new ArrayList<>(List.of(new Slip(cipherLetters, "this is the ciphertext, not its decryption"),
                new Slip(shift(cipherLetters, puzzle.key(), 1, false, 0), "the letters were shifted forward by the keyword instead of back"),
                new Slip(shift(cipherLetters, puzzle.key(), -1, false, 1), "each keyword letter was counted one too high (A must be 0, not 1)")));
        if (!puzzle.blocks()) {
            slips.add(new Slip(CipherText.letters(shift(puzzle.ciphertext(), puzzle.key(), -1, true, 0)), "spaces and punctuation used up keyword letters; only letters do"));
        }
        return slips;
    }

    /** Letters to shift, each against a keyword letter. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.plaintext().length() * (1 + 0.1 * puzzle.key().length());
    }

    /**
     * Shifts every letter by {@code direction} times (its keyword letter's number plus {@code extra}). Only letters
     * advance the keyword unless {@code everyCharacter}, which models the mistake of letting spaces use up key letters.
     */
    private static String shift(String text, String key, int direction, boolean everyCharacter, int extra) {
        StringBuilder shifted = new StringBuilder(text.length());
        int position = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char base = c >= 'a' && c <= 'z' ? 'a' : c >= 'A' && c <= 'Z' ? 'A' : 0;
            int step = direction * (key.charAt(position % key.length()) - 'A' + extra);
            if (base != 0) {
                shifted.append((char) (base + Math.floorMod(c - base + step, CipherText.ALPHABET)));
            } else {
                shifted.append(c);
            }
            if (base != 0 || everyCharacter) {
                position++;
            }
        }
        return shifted.toString();
    }
}
