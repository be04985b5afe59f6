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
import dev.bootcamp.camps.kit.Words;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Affine cipher: decrypt an English message encrypted letter by letter with x -> a*x + b (mod 26). The key a = b = 25
 * is the Atbash cipher (each letter swapped with its mirror), which the {@code atbash} knob selects.
 */
@AutoService(Bootcamp.class)
public final class AffineCipherBootcamp extends Camp<AffineCipherBootcamp.Puzzle, Letters> implements CipherTask<AffineCipherBootcamp.Puzzle> {
    private static final Knob<Integer> WORDS = Knob.integer("words", 1, 200, 8, "number of words in the message");
    private static final Knob<Boolean> INVERSE_GIVEN = Knob.flag("inverse-given", false, "whether the prompt also states the inverse of a modulo 26");
    private static final Knob<Boolean> KEY_GIVEN = Knob.flag("key-given", true, "whether the prompt states the key (a, b)");
    private static final Knob<Boolean> PUNCTUATION = Knob.flag("punctuation", false, "write the message as sentences with capitals, commas and full stops");
    private static final Knob<Boolean> ATBASH = Knob.flag("atbash", false, "use the key a = b = 25, the Atbash cipher (A and Z swap, B and Y, ...)");
    private static final BootcampInfo INFO = BootcampInfo.builder(AffineCipherBootcamp.class)
            .title("Affine cipher decryption")
            .domain("ciphers")
            .tags("affine", "atbash", "cipher", "decryption", "english", "modular-arithmetic")
            .summary("Decrypt a message of common English words encrypted with the affine cipher x -> (a*x + b) mod 26, with"
                    + " letters numbered A=0 to Z=25 and a one of 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25. At the lowest levels"
                    + " the key and the inverse of a are given; then only the key; at the highest levels the key is unknown and"
                    + " the generator keeps only messages that exactly one key turns into words of the list. The atbash knob"
                    + " fixes the key to a = b = 25, the Atbash cipher. Only the letters of the answer are compared, ignoring"
                    + " case, spaces and punctuation. No partial credit.")
            .knob(WORDS)
            .knob(INVERSE_GIVEN)
            .knob(KEY_GIVEN)
            .knob(PUNCTUATION)
            .knob(ATBASH)
            .version(2)
            .answerShape("the decrypted message (only its letters are compared)")
            .uniqueSolution()
            .build();

    /** The multipliers a coprime to 26, except 1 (which would make the cipher a Caesar shift). */
    private static final int[] MULTIPLIERS = {3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25};
    private static final int MAX_ATTEMPTS = 1_000;

    /** The ciphertext as shown, the key, what the prompt states, and the plaintext's letters (never shown). */
    public record Puzzle(String ciphertext, int a, int b, boolean keyGiven, boolean inverseGiven, String plaintext) {
        public Puzzle {
            requireNonNull(ciphertext, "ciphertext is null");
            requireNonNull(plaintext, "plaintext is null");
        }
    }

    public AffineCipherBootcamp() {
        super(INFO, CipherTask.letters());
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 2, 40))
                .with(INVERSE_GIVEN, level <= 2)
                .with(KEY_GIVEN, level <= 6)
                .with(PUNCTUATION, level >= 4);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        boolean keyGiven = knobs.get(KEY_GIVEN);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<String> words = CipherText.words(random, knobs.get(WORDS));
            int drawnA = MULTIPLIERS[random.nextInt(MULTIPLIERS.length)];
            int drawnB = random.nextInt(CipherText.ALPHABET);
            int a = knobs.get(ATBASH) ? 25 : drawnA;
            int b = knobs.get(ATBASH) ? 25 : drawnB;
            if (!keyGiven && anotherKeyFits(words, a, b)) {
                continue;
            }
            String text = CipherTask.message(words, knobs.get(PUNCTUATION), random);
            return new Puzzle(CipherText.mapLetters(text, x -> a * x + b), a, b, keyGiven, knobs.get(INVERSE_GIVEN), CipherText.letters(text));
        }
        // A message of at least one listed word is almost never readable under two keys, so this is not reached.
        throw new IllegalStateException("no message with a single fitting key in " + MAX_ATTEMPTS + " attempts");
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("The affine cipher numbers the letters A=0, B=1, ..., Z=25 and encrypts each letter x as (a*x + b) mod 26,")
                .append(" where the key is a pair of whole numbers a and b, and a has no factor in common with 26. Spaces and")
                .append(" punctuation are copied unchanged, and capital letters stay capital. For example, with a = 5 and b = 8,")
                .append(" \"affine\" becomes \"ihhwvc\". To decrypt, compute x = a' * (y - b) mod 26, where a' is the inverse")
                .append(" of a modulo 26 (the number with a * a' mod 26 = 1).\n\n");
        if (puzzle.keyGiven()) {
            text.append("The key is a = ").append(puzzle.a()).append(", b = ").append(puzzle.b()).append('.');
            if (puzzle.inverseGiven()) {
                text.append(" The inverse of ").append(puzzle.a()).append(" modulo 26 is ").append(inverse(puzzle.a())).append('.');
            }
            if (puzzle.a() == 25 && puzzle.b() == 25) {
                text.append(" This key swaps every letter with its mirror in the alphabet (A and Z, B and Y, and so on): it is")
                        .append(" the Atbash cipher, and decrypting works exactly like encrypting.");
            }
        } else {
            text.append("The key is unknown: a is one of 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25 and b is one of 0 to 25.")
                    .append(" The original message is made of common English words, and exactly one key turns every word")
                    .append(" into a common English word.");
        }
        return text.append("\n\nCiphertext:\n").append(puzzle.ciphertext()).append("\n\n").append(CipherTask.DECRYPT).toString();
    }

    @Override
    public String expected(Puzzle puzzle) {
        return puzzle.plaintext();
    }

    @Override
    public List<String> otherMisses(Puzzle puzzle) {
        String cipherLetters = CipherText.letters(puzzle.ciphertext());
        int inverse = inverse(puzzle.a());
        int b = puzzle.b();
        return List.of(CipherText.mapLetters(cipherLetters, y -> inverse * (y - b - 1)), CipherText.mapLetters(cipherLetters, y -> inverse * (y + b)));
    }

    @Override
    public List<Slip> slips(Puzzle puzzle) {
        String cipherLetters = CipherText.letters(puzzle.ciphertext());
        int a = puzzle.a();
        int b = puzzle.b();
        return List.of(new Slip(cipherLetters, "this is the ciphertext, not its decryption"),
                new Slip(CipherText.mapLetters(cipherLetters, y -> a * y + b), "the ciphertext was encrypted again instead of decrypted"),
                new Slip(CipherText.mapLetters(cipherLetters, y -> a * (y - b)), "multiplied by a instead of by its inverse"),
                new Slip(CipherText.mapLetters(cipherLetters, y -> inverse(a) * y - b), "subtracted b after multiplying instead of before"));
    }

    /** Letters to decrypt, tripled when the key must first be found. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.plaintext().length() * (puzzle.keyGiven() ? 1.0 : 3.0);
    }

    /**
     * Counts the keys that turn every ciphertext word into a listed word, by solving for the key from each listed word
     * of the right length (rather than decrypting under every key, as the generator does).
     */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        if (puzzle.keyGiven()) {
            return Math.min(1, limit);
        }
        boolean[] candidates = null;
        for (String word : puzzle.ciphertext().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean[] fits = new boolean[CipherText.ALPHABET * CipherText.ALPHABET];
            for (String plain : Words.ofLength(word.length(), word.length())) {
                for (int a : MULTIPLIERS) {
                    int b = Math.floorMod(word.charAt(0) - 'a' - a * (plain.charAt(0) - 'a'), CipherText.ALPHABET);
                    if (encrypts(plain, word, a, b)) {
                        fits[a * CipherText.ALPHABET + b] = true;
                    }
                }
            }
            if (candidates == null) {
                candidates = fits;
            } else {
                for (int i = 0; i < fits.length; i++) {
                    candidates[i] &= fits[i];
                }
            }
        }
        long count = 0;
        for (boolean candidate : candidates == null ? new boolean[0] : candidates) {
            count += candidate ? 1 : 0;
        }
        return Math.min(count, limit);
    }

    private static boolean encrypts(String plain, String cipher, int a, int b) {
        for (int i = 0; i < plain.length(); i++) {
            if (Math.floorMod(a * (plain.charAt(i) - 'a') + b, CipherText.ALPHABET) != cipher.charAt(i) - 'a') {
                return false;
            }
        }
        return true;
    }

    private static boolean anotherKeyFits(List<String> words, int a, int b) {
        List<String> encrypted = words.stream().map(word -> CipherText.mapLetters(word, x -> a * x + b)).toList();
        for (int otherA : MULTIPLIERS) {
            int inverse = inverse(otherA);
            for (int otherB = 0; otherB < CipherText.ALPHABET; otherB++) {
                if (otherA == a && otherB == b) {
                    continue;
                }
                int shift = otherB;
                if (encrypted.stream().allMatch(word -> Words.contains(CipherText.mapLetters(word, y -> inverse * (y - shift))))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int inverse(int a) {
        for (int candidate = 1; candidate < CipherText.ALPHABET; candidate++) {
            if (a * candidate % CipherText.ALPHABET == 1) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("a = " + a + " has no inverse modulo 26");
    }
}
