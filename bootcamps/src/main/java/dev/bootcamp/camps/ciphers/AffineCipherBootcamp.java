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
import dev.bootcamp.camps.kit.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Affine cipher: decrypt an English message encrypted letter by letter with x -> a*x + b (mod 26). */
@AutoService(Bootcamp.class)
public final class AffineCipherBootcamp implements Bootcamp<AffineCipherBootcamp.Puzzle, AffineCipherBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(AffineCipherBootcamp.class)
            .title("Affine cipher decryption")
            .domain("ciphers")
            .tags("affine", "cipher", "decryption", "english", "modular-arithmetic")
            .summary("Decrypt a message of common English words encrypted with the affine cipher x -> (a*x + b) mod 26, with"
                    + " letters numbered A=0 to Z=25 and a one of 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25. At the lowest levels"
                    + " the key and the inverse of a are given; then only the key; at the highest levels the key is unknown and"
                    + " the generator keeps only messages that exactly one key turns into words of the list. Only the letters of"
                    + " the answer are compared, ignoring case, spaces and punctuation. No partial credit.")
            .knob(Knob.integer("words", 1, 200, 8, "number of words in the message"))
            .knob(Knob.flag("inverse-given", false, "whether the prompt also states the inverse of a modulo 26"))
            .knob(Knob.flag("key-given", true, "whether the prompt states the key (a, b)"))
            .knob(Knob.flag("punctuation", false, "write the message as sentences with capitals, commas and full stops"))
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
                .with("words", Draw.scale(level, 2, 40))
                .with("inverse-given", level <= 2)
                .with("key-given", level <= 6)
                .with("punctuation", level >= 4);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        boolean keyGiven = knobs.flag("key-given");
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<String> words = CipherText.words(random, knobs.integer("words"));
            int a = MULTIPLIERS[random.nextInt(MULTIPLIERS.length)];
            int b = random.nextInt(CipherText.ALPHABET);
            if (!keyGiven && anotherKeyFits(words, a, b)) {
                continue;
            }
            String text = knobs.flag("punctuation") ? CipherText.sentences(words, random) : String.join(" ", words);
            String ciphertext = CipherText.mapLetters(text, x -> a * x + b);
            return new Puzzle(ciphertext, a, b, keyGiven, knobs.flag("inverse-given"), CipherText.letters(text));
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
        } else {
            text.append("The key is unknown: a is one of 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25 and b is one of 0 to 25.")
                    .append(" The original message is made of common English words, and exactly one key turns every word")
                    .append(" into a common English word.");
        }
        text.append("\n\nCiphertext:\n").append(puzzle.ciphertext()).append("\n\n")
                .append("Decrypt it. Give the original message; only its letters are compared, so spaces, punctuation and")
                .append(" capitals do not matter.");
        return text.toString();
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
        int a = puzzle.a();
        int b = puzzle.b();
        if (found.equals(cipherLetters)) {
            return Score.wrong("this is the ciphertext, not its decryption");
        }
        if (found.equals(CipherText.mapLetters(cipherLetters, y -> a * y + b))) {
            return Score.wrong("the ciphertext was encrypted again instead of decrypted");
        }
        if (found.equals(CipherText.mapLetters(cipherLetters, y -> a * (y - b)))) {
            return Score.wrong("multiplied by a instead of by its inverse");
        }
        if (found.equals(CipherText.mapLetters(cipherLetters, y -> inverse(a) * y - b))) {
            return Score.wrong("subtracted b after multiplying instead of before");
        }
        return Score.wrong(CipherText.difference(expected, found));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        String cipherLetters = CipherText.letters(puzzle.ciphertext());
        int a = puzzle.a();
        int b = puzzle.b();
        int inverse = inverse(a);
        List<String> candidates = new ArrayList<>();
        candidates.add(cipherLetters);
        candidates.add(CipherText.mapLetters(cipherLetters, y -> a * y + b));
        candidates.add(CipherText.mapLetters(cipherLetters, y -> a * (y - b)));
        candidates.add(CipherText.mapLetters(cipherLetters, y -> inverse * y - b));
        candidates.add(CipherText.mapLetters(cipherLetters, y -> inverse * (y - b - 1)));
        candidates.add(CipherText.mapLetters(cipherLetters, y -> inverse * (y + b)));
        candidates.add(CipherText.changeOne(gold.letters(), random));
        return candidates.stream().filter(letters -> !letters.equals(gold.letters())).distinct().map(Answer::new).toList();
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
