package dev.bootcamp.camps.ciphers;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.CipherTask;
import dev.bootcamp.camps.kit.CipherText;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Caesar cipher: recover an English message from its letter-shifted ciphertext, with or without the shift. */
@AutoService(Bootcamp.class)
public final class CaesarDecryptBootcamp extends Camp<CaesarDecryptBootcamp.Puzzle, CaesarDecryptBootcamp.Answer> {
    private static final Knob<Integer> WORDS = Knob.integer("words", 1, 200, 8, "number of words in the message");
    private static final Knob<Integer> MAX_SHIFT = Knob.integer("max-shift", 1, 25, 25, "largest shift used; the shift is drawn from 1..max-shift");
    private static final Knob<Boolean> SHIFT_GIVEN = Knob.flag("shift-given", true, "whether the prompt states the shift");
    private static final Knob<Boolean> PUNCTUATION = Knob.flag("punctuation", false, "write the message as sentences with capitals, commas and full stops");
    private static final BootcampInfo INFO = BootcampInfo.builder(CaesarDecryptBootcamp.class)
            .title("Caesar cipher decryption")
            .domain("ciphers")
            .tags("caesar", "cipher", "decryption", "english")
            .summary("Decrypt a message of common English words that was encrypted with a Caesar cipher: every letter moved"
                    + " forward the same number of places, wrapping from Z to A. At low levels the shift is given; at higher"
                    + " levels it must be found, and the generator keeps only messages that exactly one shift turns into words"
                    + " of the list. The answer is compared word by word ignoring case and punctuation: every letter and every"
                    + " word break must match. No partial credit.")
            .knob(WORDS)
            .knob(MAX_SHIFT)
            .knob(SHIFT_GIVEN)
            .knob(PUNCTUATION)
            .answerShape("the decrypted message: its words in order, separated by spaces")
            .uniqueSolution()
            .build();

    private static final int ALPHABET = 26;
    private static final int MAX_ATTEMPTS = 1_000;

    /** The ciphertext as shown, the shift, and the plaintext's words in lower case (kept for checking, never shown). */
    public record Puzzle(String ciphertext, int shift, boolean shiftGiven, List<String> plaintext) {
        public Puzzle {
            requireNonNull(ciphertext, "ciphertext is null");
            plaintext = List.copyOf(plaintext);
        }
    }

    /** The words of the decrypted message in lower case, without punctuation. */
    public record Answer(List<String> words) {
        public Answer {
            words = List.copyOf(words);
        }
    }

    public CaesarDecryptBootcamp() {
        super(INFO, Codec.of((Answer answer) -> String.join(" ", answer.words()), CaesarDecryptBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 2, 40))
                .with(MAX_SHIFT, Draw.scale(level, 3, 25))
                .with(SHIFT_GIVEN, level <= 3)
                .with(PUNCTUATION, level >= 6);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        boolean shiftGiven = knobs.get(SHIFT_GIVEN);
        int count = knobs.get(WORDS);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<String> words = CipherText.words(random, count);
            int shift = Draw.between(1, knobs.get(MAX_SHIFT), random);
            if (shiftGiven || !anotherShiftFits(words)) {
                String text = CipherTask.message(words, knobs.get(PUNCTUATION), random);
                return new Puzzle(shift(text, shift), shift, shiftGiven, words);
            }
        }
        // About one listed word in thirty-five has a partner under another shift, so this is never reached.
        throw new IllegalStateException("no message with a single fitting shift in " + MAX_ATTEMPTS + " attempts");
    }

    @Override
    public String question(Puzzle puzzle) {
        String shiftLine = puzzle.shiftGiven()
                ? "The message below was encrypted with a shift of " + puzzle.shift() + "."
                : "The message below was encrypted with an unknown shift, a whole number from 1 to 25. The original message"
                        + " is made of common English words, and exactly one shift turns every word into a common English word.";
        return "A Caesar cipher encrypts a message by shifting every letter forward in the alphabet by the same number of"
                + " places, called the shift, wrapping around from Z back to A. Capital letters stay capital; spaces and"
                + " punctuation are unchanged. For example, with a shift of 3, \"a\" becomes \"d\", \"x\" becomes \"a\", and"
                + " \"jazz\" becomes \"mdcc\". To decrypt, shift every letter back by the same number of places.\n\n"
                + shiftLine + "\n\nCiphertext:\n" + puzzle.ciphertext() + "\n\n"
                + "Decrypt it. Give the words of the original message in order, separated by spaces; capitals and"
                + " punctuation do not matter.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.plaintext());
    }

    /** Runs of the letters a to z are words; anything else except other letters and digits separates them. */
    private static Answer read(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                throw new AnswerFormatException("expected only the letters a to z, found '" + c + "'");
            }
            if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
                if (words.size() > Answers.MAX_ITEMS) {
                    throw new AnswerFormatException("more than " + Answers.MAX_ITEMS + " words");
                }
            }
        }
        if (words.isEmpty()) {
            throw new AnswerFormatException("no letters found in '" + Answers.abbreviate(text) + "'");
        }
        return new Answer(words);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> expected = puzzle.plaintext();
        List<String> found = answer.words();
        if (found.equals(expected)) {
            return Score.correct("the plaintext matches");
        }
        int offset = uniformOffset(expected, found);
        if (offset == puzzle.shift()) {
            return Score.wrong("this is the ciphertext, not its decryption");
        }
        if (offset == Math.floorMod(2 * puzzle.shift(), ALPHABET)) {
            return Score.wrong("the letters were shifted forward by " + puzzle.shift() + " instead of back");
        }
        if (offset > 0) {
            return Score.wrong("decrypted with a shift of " + Math.floorMod(puzzle.shift() - offset, ALPHABET) + " instead of " + puzzle.shift());
        }
        if (found.size() != expected.size()) {
            return Score.wrong("expected " + expected.size() + " words, found " + found.size());
        }
        int right = 0;
        int first = -1;
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).equals(found.get(i))) {
                right++;
            } else if (first < 0) {
                first = i;
            }
        }
        return Score.wrong("word " + (first + 1) + " is wrong (found '" + Answers.abbreviate(found.get(first)) + "'); " + right
                + " of " + expected.size() + " words are right");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> words = gold.words();
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(shiftAll(words, puzzle.shift())));
        misses.add(new Answer(shiftAll(words, 1)));
        misses.add(new Answer(shiftAll(words, -1)));
        if (2 * puzzle.shift() % ALPHABET != 0) {
            misses.add(new Answer(shiftAll(words, 2 * puzzle.shift())));
        }
        int at = random.nextInt(words.size());
        List<String> sameLength = Words.ofLength(words.get(at).length(), words.get(at).length());
        List<String> changed = new ArrayList<>(words);
        while (changed.get(at).equals(words.get(at))) {
            changed.set(at, sameLength.size() > 1 ? Draw.pick(sameLength, random) : Words.pick(random));
        }
        misses.add(new Answer(changed));
        if (words.size() > 1) {
            List<String> fewer = new ArrayList<>(words);
            fewer.remove(random.nextInt(fewer.size()));
            misses.add(new Answer(fewer));
        }
        return misses;
    }

    /** Letters to shift, doubled when the shift must first be found. */
    @Override
    public double cost(Puzzle puzzle) {
        int letters = puzzle.plaintext().stream().mapToInt(String::length).sum();
        return puzzle.shiftGiven() ? letters : 2.0 * letters;
    }

    /**
     * Counts the shifts in 1..25 that turn every ciphertext word into a listed word, by matching each ciphertext word
     * against the listed words of its length (rather than shifting and looking up, as the generator does).
     */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        if (puzzle.shiftGiven()) {
            return Math.min(1, limit);
        }
        int candidates = (1 << ALPHABET) - 2;
        for (String word : parse(puzzle.ciphertext()).words()) {
            int fits = 0;
            for (String plain : Words.ofLength(word.length(), word.length())) {
                int offset = uniformOffset(List.of(plain), List.of(word));
                if (offset > 0) {
                    fits |= 1 << offset;
                }
            }
            candidates &= fits;
        }
        return Math.min(Integer.bitCount(candidates), limit);
    }

    private static boolean anotherShiftFits(List<String> words) {
        for (int offset = 1; offset < ALPHABET; offset++) {
            int step = offset;
            if (words.stream().allMatch(word -> Words.contains(shift(word, step)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The offset d in 0..25 such that every letter of {@code found} is the matching letter of {@code expected} moved
     * forward by d, or -1 when the two do not have the same shape or no single d fits.
     */
    private static int uniformOffset(List<String> expected, List<String> found) {
        if (expected.size() != found.size() || expected.isEmpty()) {
            return -1;
        }
        int offset = -1;
        for (int i = 0; i < expected.size(); i++) {
            String plain = expected.get(i);
            String other = found.get(i);
            if (plain.length() != other.length()) {
                return -1;
            }
            for (int j = 0; j < plain.length(); j++) {
                int step = Math.floorMod(other.charAt(j) - plain.charAt(j), ALPHABET);
                if (offset >= 0 && step != offset) {
                    return -1;
                }
                offset = step;
            }
        }
        return offset;
    }

    private static List<String> shiftAll(List<String> words, int offset) {
        return words.stream().map(word -> shift(word, offset)).toList();
    }

    private static String shift(String text, int offset) {
        return CipherText.mapLetters(text, letter -> letter + offset);
    }
}
