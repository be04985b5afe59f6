package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.machines.Regex;
import dev.bootcamp.camps.kit.machines.RegexPatterns;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** A string of an exact length that a regular expression matches in full, checked by our own matcher. */
@AutoService(Bootcamp.class)
public final class RegexWordOfLengthBootcamp extends Camp<RegexWordOfLengthBootcamp.Puzzle, RegexWordOfLengthBootcamp.Answer> {
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 6, 2, "nesting depth of the pattern (raised when no pattern of this depth fits the length)");
    private static final Knob<Integer> LETTERS = Knob.integer("letters", 2, 4, 2, "size of the alphabet (a, b, c, d)");
    private static final Knob<Integer> LENGTH = Knob.integer("length", 2, 40, 4, "least required length of the string (each case adds 0 to 2)");
    private static final int MAX_WORD = 100;
    private static final BootcampInfo INFO = BootcampInfo.builder(RegexWordOfLengthBootcamp.class)
            .title("Regex word of given length")
            .domain("code")
            .tags("code", "regex", "witness", "formal-languages")
            .summary("A regular expression (letters, ., classes, groups, |, *, +, ?, {m,n}) and a length n: give a string of"
                    + " exactly n letters that the pattern matches in full. Any such string is CORRECT, checked by our own"
                    + " Thompson-automaton matcher; no easy guess (one repeated letter, two halves, an alternation) works. No partial credit.")
            .knob(DEPTH)
            .knob(LETTERS)
            .knob(LENGTH)
            .version(1)
            .answerShape("one string of letters")
            .severalAnswers()
            .build();

    /** The pattern, its alphabet, the length and one matching string (never shown). */
    public record Puzzle(String pattern, String alphabet, int length, String witness) {}

    /** The string given. */
    public record Answer(String word) {}

    public RegexWordOfLengthBootcamp() {
        super(INFO, Codec.of(Answer::word, RegexWordOfLengthBootcamp::read));
    }

    private static Answer read(String text) {
        String word = Answers.stripDecoration(text).replaceAll("[\\s\"'`]", "").toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            throw new AnswerFormatException("no string found");
        }
        if (word.length() > MAX_WORD || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new AnswerFormatException("expected one string of at most " + MAX_WORD + " lower-case letters, found '"
                    + Answers.abbreviate(word) + "'");
        }
        return new Answer(word);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(DEPTH, Draw.scale(level, 2, 5))
                .with(LETTERS, level >= 5 ? 3 : 2)
                .with(LENGTH, Draw.scale(level, 5, 16));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        String alphabet = "abcd".substring(0, knobs.get(LETTERS));
        int length = knobs.get(LENGTH) + random.nextInt(3);
        for (int tries = 0; ; tries++) {
            int depth = Math.min(6, knobs.get(DEPTH) + tries / 300);
            String pattern = RegexPatterns.random(depth, alphabet, random) + RegexPatterns.random(depth - 1, alphabet, random);
            if (pattern.length() > 60) {
                continue;
            }
            Regex regex = Regex.compile(pattern, alphabet);
            String witness = regex.witness(length, random);
            if (witness != null && RegexPatterns.guesses(length, alphabet).stream().noneMatch(regex::matches)) {
                return new Puzzle(pattern, alphabet, length, witness);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Construct a string that a regular expression matches. Pattern syntax: a letter matches itself; . matches any"
                + " one of the letters " + String.join(", ", puzzle.alphabet().split("")) + "; [xy] matches one listed letter and"
                + " [^xy] one letter of the alphabet not listed; parentheses group; | separates alternatives; after an item, *"
                + " repeats it zero or more times, + one or more, ? zero or one, {m} exactly m times, {m,n} m to n times. The"
                + " pattern must match the entire string.\n\nPattern: " + puzzle.pattern() + "\n\nGive a string of exactly "
                + puzzle.length() + " letters, using only " + String.join(", ", puzzle.alphabet().split(""))
                + ", that the pattern matches. Answer with the string alone (for example: " + "ab".repeat(2) + "); any such string"
                + " is accepted.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.witness());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String word = answer.word();
        if (word.length() != puzzle.length()) {
            return Score.wrong("the string has " + word.length() + " letters, not " + puzzle.length());
        }
        if (!word.chars().allMatch(c -> puzzle.alphabet().indexOf(c) >= 0)) {
            return Score.wrong("the string uses a letter outside " + puzzle.alphabet());
        }
        if (!Regex.compile(puzzle.pattern(), puzzle.alphabet()).matches(word)) {
            return Score.wrong("the pattern does not match the string");
        }
        return Score.correct("the pattern matches the string, which has the required length");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        Regex regex = Regex.compile(puzzle.pattern(), puzzle.alphabet());
        List<Answer> misses = new ArrayList<>();
        String word = gold.word();
        misses.add(new Answer(word + word.charAt(word.length() - 1)));
        misses.add(new Answer(word.substring(1)));
        for (int at = 0; at < word.length() && misses.size() < 5; at++) {
            for (char letter : puzzle.alphabet().toCharArray()) {
                String changed = word.substring(0, at) + letter + word.substring(at + 1);
                if (!regex.matches(changed)) {
                    misses.add(new Answer(changed));
                    break;
                }
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.pattern().length() * (double) puzzle.length();
    }
}
