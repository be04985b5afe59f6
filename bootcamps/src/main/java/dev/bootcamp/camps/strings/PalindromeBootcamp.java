package dev.bootcamp.camps.strings;

import static java.util.Objects.requireNonNull;

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
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Longest palindromic substring: find a longest run of characters that reads the same both ways, and where it starts. */
@AutoService(Bootcamp.class)
public final class PalindromeBootcamp extends Camp<PalindromeBootcamp.Puzzle, PalindromeBootcamp.Answer> {
    private static final Knob<Integer> LENGTH = Knob.integer("length", 4, 1_000, 20, "number of characters in the string");
    private static final Knob<Integer> LETTERS = Knob.integer("letters", 2, 26, 3, "how many different letters can appear");
    private static final Knob<Integer> PALINDROME = Knob.integer("palindrome", 2, 200, 6, "length of the planted palindrome");
    private static final Knob<Integer> DECOYS = Knob.integer("decoys", 0, 20, 0, "near-palindromes planted, one character short of being palindromes");
    private static final BootcampInfo INFO = BootcampInfo.builder(PalindromeBootcamp.class)
            .title("Longest palindromic substring")
            .domain("strings")
            .tags("palindrome", "search", "substring")
            .summary("Find a longest palindromic substring of a random string of letters and say where it starts (positions"
                    + " from 1). A palindrome of the greatest length is planted, and from the middle levels decoys are planted"
                    + " too: longer stretches that are palindromes except for one character. Harder levels use longer strings"
                    + " and longer palindromes. Any palindrome of the greatest length is CORRECT when it really occurs at the"
                    + " stated position; a shorter palindrome, a non-palindrome, or a wrong position is WRONG. No partial credit.")
            .knob(LENGTH)
            .knob(LETTERS)
            .knob(PALINDROME)
            .knob(DECOYS)
            .answerShape("the start position and the palindrome, such as 2 abba")
            .severalAnswers()
            .build();

    private static final int BLOCK = 10;

    /** The string and the length of its longest palindromic substrings (kept for checking, never shown). */
    public record Puzzle(String text, int longest) {
        public Puzzle {
            requireNonNull(text, "text is null");
        }
    }

    /** A start position counted from 1, and the palindrome in lower case. */
    public record Answer(int start, String palindrome) {
        public Answer {
            requireNonNull(palindrome, "palindrome is null");
        }
    }

    public PalindromeBootcamp() {
        super(INFO, Codec.of(PalindromeBootcamp::write, PalindromeBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LENGTH, Draw.scale(level, 8, 150))
                .with(LETTERS, Draw.scale(level, 2, 4))
                .with(PALINDROME, Draw.scale(level, 4, 19))
                .with(DECOYS, Draw.scale(level, 0, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int length = knobs.get(LENGTH);
        int letters = knobs.get(LETTERS);
        int planted = Math.min(knobs.get(PALINDROME), length);
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = (char) ('a' + random.nextInt(letters));
        }
        for (int i = 0; i < knobs.get(DECOYS); i++) {
            int decoy = Math.min(length, planted + Draw.between(1, 3, random));
            int at = random.nextInt(length - decoy + 1);
            plant(text, at, decoy, random, letters);
            // Break it near the middle, so that what is left on either side of the break stays short.
            int broken = at + decoy / 2 - 1 - random.nextInt(Math.max(1, decoy / 4));
            int mirror = at + decoy - 1 - (broken - at);
            text[broken] = (char) ('a' + (text[mirror] - 'a' + Draw.between(1, Math.max(1, letters - 1), random)) % letters);
        }
        plant(text, random.nextInt(length - planted + 1), planted, random, letters);
        String string = new String(text);
        return new Puzzle(string, longest(string));
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A palindrome reads the same forwards and backwards. Find a longest palindromic substring of the string")
                .append(" below: a run of consecutive characters that is a palindrome and is as long as possible. If several")
                .append(" have the greatest length, give any one of them. Positions are counted from 1 at the first character.")
                .append(" For example, in xabbay the longest palindromic substring is abba, which starts at position 2.\n\n")
                .append("String (").append(puzzle.text().length()).append(" characters):\n").append(puzzle.text()).append('\n');
        if (puzzle.text().length() > 2 * BLOCK) {
            text.append("\nThe same string in blocks of ").append(BLOCK).append(", each after the position of its first character:\n");
            for (int i = 0; i < puzzle.text().length(); i += BLOCK) {
                text.append(i + 1).append(": ").append(puzzle.text(), i, Math.min(puzzle.text().length(), i + BLOCK)).append('\n');
            }
        }
        text.append("\nGive the position where your palindrome starts, a space, and the palindrome itself (for the example: 2 abba).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        String text = puzzle.text();
        for (int start = 0; start + puzzle.longest() <= text.length(); start++) {
            if (isPalindrome(text, start, start + puzzle.longest())) {
                return new Answer(start + 1, text.substring(start, start + puzzle.longest()));
            }
        }
        throw new IllegalStateException("no palindrome of length " + puzzle.longest() + " in '" + text + "'");
    }

    private static String write(Answer answer) {
        return answer.start() + " " + answer.palindrome();
    }

    /** One whole number and one run of letters, in either order, separated by spaces, commas or a colon. */
    private static Answer read(String text) {
        Integer start = null;
        String palindrome = null;
        for (String token : Answers.tokens(text, ":=")) {
            if (token.chars().allMatch(c -> c >= '0' && c <= '9')) {
                if (start != null) {
                    throw new AnswerFormatException("expected one position, found a second number '" + Answers.abbreviate(token) + "'");
                }
                start = Answers.intValue(token);
            } else if (token.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                if (palindrome != null) {
                    throw new AnswerFormatException("expected one palindrome, found a second word '" + Answers.abbreviate(token) + "'");
                }
                palindrome = token.toLowerCase(Locale.ROOT);
            } else {
                throw new AnswerFormatException("expected a position and a run of letters, found '" + Answers.abbreviate(token) + "'");
            }
        }
        if (start == null || palindrome == null) {
            throw new AnswerFormatException("expected a position and a palindrome, such as 2 abba");
        }
        return new Answer(start, palindrome);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String text = puzzle.text();
        String palindrome = answer.palindrome();
        int from = answer.start() - 1;
        if (from < 0 || from >= text.length()) {
            return Score.wrong("position " + answer.start() + " is outside the string, which has " + text.length() + " characters");
        }
        if (!text.startsWith(palindrome, from)) {
            int elsewhere = text.indexOf(palindrome);
            return Score.wrong(elsewhere < 0 ? "'" + Answers.abbreviate(palindrome) + "' is not a substring of the string"
                    : "'" + Answers.abbreviate(palindrome) + "' does not start at position " + answer.start() + " (it starts at " + (elsewhere + 1) + ")");
        }
        if (!isPalindrome(palindrome, 0, palindrome.length())) {
            return Score.wrong("'" + Answers.abbreviate(palindrome) + "' is not a palindrome");
        }
        if (palindrome.length() < puzzle.longest()) {
            return Score.wrong("a palindrome of length " + palindrome.length() + ", but the longest has length " + puzzle.longest());
        }
        return Score.correct("a palindrome of the greatest length, " + puzzle.longest());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        String text = puzzle.text();
        int from = gold.start() - 1;
        int to = from + gold.palindrome().length();
        List<Answer> candidates = new ArrayList<>();
        candidates.add(new Answer(gold.start() - 1, gold.palindrome()));
        candidates.add(new Answer(gold.start() + 1, gold.palindrome()));
        if (gold.palindrome().length() > 2) {
            candidates.add(new Answer(gold.start() + 1, text.substring(from + 1, to - 1)));
        }
        if (to < text.length()) {
            candidates.add(new Answer(gold.start(), text.substring(from, to + 1)));
        }
        if (from > 0 && to < text.length()) {
            candidates.add(new Answer(gold.start() - 1, text.substring(from - 1, to + 1)));
        }
        int shorter = random.nextInt(text.length());
        candidates.add(new Answer(shorter + 1, text.substring(shorter, shorter + 1)));
        return candidates.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    /** Characters times the length of the palindrome to find, roughly the work of expanding around every centre. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.text().length() * puzzle.longest();
    }

    /** Writes a random palindrome of {@code length} letters at {@code at}. */
    private static void plant(char[] text, int at, int length, RandomGenerator random, int letters) {
        for (int i = 0; i < (length + 1) / 2; i++) {
            char c = (char) ('a' + random.nextInt(letters));
            text[at + i] = c;
            text[at + length - 1 - i] = c;
        }
    }

    /** The length of the longest palindromic substring, by expanding around each of the 2n - 1 centres. */
    private static int longest(String text) {
        int best = 1;
        for (int centre = 0; centre < 2 * text.length() - 1; centre++) {
            int left = centre / 2;
            int right = left + centre % 2;
            while (left >= 0 && right < text.length() && text.charAt(left) == text.charAt(right)) {
                left--;
                right++;
            }
            best = Math.max(best, right - left - 1);
        }
        return best;
    }

    private static boolean isPalindrome(String text, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            if (text.charAt(i) != text.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
