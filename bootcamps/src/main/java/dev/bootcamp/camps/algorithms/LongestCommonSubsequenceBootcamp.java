package dev.bootcamp.camps.algorithms;

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
import java.util.random.RandomGenerator;

/** Longest common subsequence: the longest string whose letters appear, in order, in both of two strings. */
@AutoService(Bootcamp.class)
public final class LongestCommonSubsequenceBootcamp extends Camp<LongestCommonSubsequenceBootcamp.Puzzle, LongestCommonSubsequenceBootcamp.Answer> {
    private static final Knob<Integer> LENGTH = Knob.integer("length", 2, 300, 8, "number of letters in each of the two strings");
    private static final Knob<Integer> ALPHABET = Knob.integer("alphabet", 2, 26, 4, "number of distinct letters the strings are drawn from (A, B, C, ...)");
    private static final BootcampInfo INFO = BootcampInfo.builder(LongestCommonSubsequenceBootcamp.class)
            .title("Longest common subsequence")
            .version(2)
            .domain("algorithms")
            .tags("dynamic-programming", "strings", "optimisation")
            .summary("Given two strings of capital letters, give a longest common subsequence: a string that can be obtained"
                    + " from each of them by deleting letters. The checker tests the rules: the answer must be a subsequence"
                    + " of both strings and as long as the longest one. Any such string is CORRECT, whichever of several it"
                    + " is. A shorter common subsequence is WRONG with both lengths in the detail (a single shared letter is"
                    + " always valid, so credit by length would mostly reward the easy part); no partial credit.")
            .knob(LENGTH)
            .knob(ALPHABET)
            .answerShape("the common subsequence as one word of capital letters")
            .severalAnswers()
            .build();

    /** Draws before a puzzle whose answer is already printed in the question is accepted; one is almost never needed. */
    private static final int ATTEMPTS = 100;

    /** The two strings and the length of their longest common subsequence (kept for checking, never shown). */
    public record Puzzle(String first, String second, int longest) {
        public Puzzle {
            requireNonNull(first, "first is null");
            requireNonNull(second, "second is null");
        }
    }

    /** The common subsequence, in capital letters. */
    public record Answer(String letters) {
        public Answer {
            requireNonNull(letters, "letters is null");
        }
    }

    public LongestCommonSubsequenceBootcamp() {
        super(INFO, Codec.of(Answer::letters, LongestCommonSubsequenceBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LENGTH, Draw.scale(level, 7, 32))
                .with(ALPHABET, Draw.scale(level, 3, 7));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int length = knobs.get(LENGTH);
        int alphabet = knobs.get(ALPHABET);
        Puzzle puzzle = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String first = Draw.letters(length, alphabet, 'A', random);
            String second = Draw.letters(length, alphabet, 'A', random);
            String common = longest(first, second);
            puzzle = new Puzzle(first, second, common.length());
            boolean leaks = common.length() > 6 && question(puzzle).contains(common);
            if (!first.equals(second) && !common.isEmpty() && !leaks) {
                return puzzle;
            }
        }
        return puzzle;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "A subsequence of a string is what remains after deleting any number of its letters (possibly none) without"
                + " changing the order of the others; for example, ACE is a subsequence of ABCDE, but EA is not. A common"
                + " subsequence of two strings is a subsequence of both.\n\n"
                + "Find a longest common subsequence of these two strings:\n\n"
                + "First: " + puzzle.first() + "\nSecond: " + puzzle.second() + "\n\n"
                + "If several common subsequences are equally long, any one of them is accepted. Answer with the"
                + " subsequence written as one word of capital letters.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(longest(puzzle.first(), puzzle.second()));
    }

    private static Answer read(String text) {
        StringBuilder letters = new StringBuilder();
        for (String token : Answers.tokens(text, "-")) {
            for (int i = 0; i < token.length(); i++) {
                char letter = Character.toUpperCase(token.charAt(i));
                if (letter < 'A' || letter > 'Z') {
                    throw new AnswerFormatException("expected capital letters, found '" + Answers.abbreviate(token) + "'");
                }
                letters.append(letter);
            }
        }
        if (letters.length() == 0) {
            throw new AnswerFormatException("no letters found");
        }
        return new Answer(letters.toString());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String letters = answer.letters();
        if (letters.isEmpty()) {
            return Score.wrong("the answer is empty");
        }
        int inFirst = matched(letters, puzzle.first());
        if (inFirst < letters.length()) {
            return Score.wrong("not a subsequence of the first string: after " + inFirst + " letters, " + letters.charAt(inFirst)
                    + " does not occur later in it");
        }
        int inSecond = matched(letters, puzzle.second());
        if (inSecond < letters.length()) {
            return Score.wrong("not a subsequence of the second string: after " + inSecond + " letters, " + letters.charAt(inSecond)
                    + " does not occur later in it");
        }
        if (letters.length() == puzzle.longest()) {
            return Score.correct("a longest common subsequence, of length " + letters.length());
        }
        return Score.wrong("a common subsequence of length " + letters.length() + ", but the longest has length " + puzzle.longest());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        String letters = gold.letters();
        List<Answer> misses = new ArrayList<>();
        if (letters.length() > 1) {
            int dropped = random.nextInt(letters.length());
            misses.add(new Answer(letters.substring(0, dropped) + letters.substring(dropped + 1)));
        }
        int at = random.nextInt(letters.length() + 1);
        char extra = puzzle.first().charAt(random.nextInt(puzzle.first().length()));
        misses.add(new Answer(letters.substring(0, at) + extra + letters.substring(at)));
        misses.add(new Answer(puzzle.first()));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.first().length() * puzzle.second().length();
    }

    /** How many letters of {@code letters} match {@code text} greedily, left to right. */
    private static int matched(String letters, String text) {
        int count = 0;
        for (int i = 0; i < text.length() && count < letters.length(); i++) {
            if (text.charAt(i) == letters.charAt(count)) {
                count++;
            }
        }
        return count;
    }

    /** The classic table of suffix lengths, walked forward to recover one longest common subsequence. */
    private static String longest(String first, String second) {
        int n = first.length();
        int m = second.length();
        int[][] table = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                table[i][j] = first.charAt(i) == second.charAt(j) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        StringBuilder common = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (first.charAt(i) == second.charAt(j)) {
                common.append(first.charAt(i));
                i++;
                j++;
            } else if (table[i + 1][j] >= table[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return common.toString();
    }
}
