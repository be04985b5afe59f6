package dev.bootcamp.camps.algorithms;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Answers;
import java.util.List;
import java.util.random.RandomGenerator;

/** Edit distance: the fewest single-letter insertions, deletions and substitutions that turn one string into another. */
@AutoService(Bootcamp.class)
public final class EditDistanceBootcamp implements Bootcamp<EditDistanceBootcamp.Puzzle, EditDistanceBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(EditDistanceBootcamp.class)
            .title("Edit distance")
            .domain("algorithms")
            .tags("dynamic-programming", "strings", "levenshtein")
            .summary("Give the Levenshtein distance between two strings of lower-case letters: the fewest single-letter"
                    + " insertions, deletions and substitutions that turn the first into the second. The second string is"
                    + " made from the first by random edits, so the two look alike. The answer is one integer, CORRECT only when"
                    + " it equals the distance; no partial credit, since a distance a little off usually means a wrong"
                    + " alignment rather than a nearly right one.")
            .knob(Knob.integer("length", 1, 200, 8, "number of letters in the first string"))
            .knob(Knob.integer("edits", 1, 100, 3, "random edits applied to the first string to make the second (the distance is at most this)"))
            .knob(Knob.integer("alphabet", 2, 26, 5, "number of distinct letters the strings are drawn from (a, b, c, ...)"))
            .answerShape("one integer, the edit distance")
            .build();

    /** Draws before a pair of equal strings is accepted; only tiny alphabets with very short strings get near it. */
    private static final int ATTEMPTS = 100;

    /** The two strings and their edit distance (kept for checking, never shown). */
    public record Puzzle(String source, String target, int distance) {
        public Puzzle {
            requireNonNull(source, "source is null");
            requireNonNull(target, "target is null");
        }
    }

    /** The claimed distance. */
    public record Answer(long distance) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("length", Draw.scale(level, 4, 22))
                .with("edits", Draw.scale(level, 1, 12))
                .with("alphabet", Draw.scale(level, 4, 8));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int alphabet = knobs.integer("alphabet");
        Puzzle puzzle = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StringBuilder source = new StringBuilder();
            for (int i = 0; i < knobs.integer("length"); i++) {
                source.append(letter(alphabet, random));
            }
            StringBuilder target = new StringBuilder(source);
            for (int edit = 0; edit < knobs.integer("edits"); edit++) {
                int kind = target.length() == 0 ? 0 : random.nextInt(3);
                switch (kind) {
                    case 0 -> target.insert(random.nextInt(target.length() + 1), letter(alphabet, random));
                    case 1 -> target.deleteCharAt(random.nextInt(target.length()));
                    default -> target.setCharAt(random.nextInt(target.length()), letter(alphabet, random));
                }
            }
            puzzle = new Puzzle(source.toString(), target.toString(), distance(source.toString(), target.toString()));
            if (puzzle.distance() > 0 && !puzzle.target().isEmpty()) {
                return puzzle;
            }
        }
        return puzzle;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "An edit changes a string of letters by one letter in one of three ways: insert a letter anywhere, delete a letter, or"
                + " replace a letter with a different one. Each edit counts 1. The edit distance between two strings is the"
                + " smallest number of edits that turns the first string into the second. For example, the edit distance"
                + " from kitten to sitting is 3 (replace k by s, replace e by i, insert g at the end).\n\n"
                + "What is the edit distance from the first string to the second?\n\n"
                + "First: " + puzzle.source() + "\nSecond: " + puzzle.target() + "\n\n"
                + "Answer with a single integer.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(distance(puzzle.source(), puzzle.target()));
    }

    @Override
    public String render(Answer answer) {
        return Long.toString(answer.distance());
    }

    @Override
    public Answer parse(String text) {
        return new Answer(Answers.longValue(text));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.distance() == puzzle.distance()) {
            return Score.correct("edit distance " + puzzle.distance());
        }
        return Score.wrong("found " + answer.distance() + ", but the edit distance is " + puzzle.distance());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        String source = puzzle.source();
        String target = puzzle.target();
        int common = commonSubsequence(source, target);
        int positional = Math.abs(source.length() - target.length());
        for (int i = 0; i < Math.min(source.length(), target.length()); i++) {
            positional += source.charAt(i) == target.charAt(i) ? 0 : 1;
        }
        long withoutReplacing = source.length() + target.length() - 2L * common;
        return List.<Long>of(gold.distance() + 1, gold.distance() - 1, withoutReplacing, (long) positional).stream()
                .filter(value -> value != gold.distance())
                .distinct()
                .map(Answer::new)
                .toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.source().length() * puzzle.target().length();
    }

    private static char letter(int alphabet, RandomGenerator random) {
        return (char) ('a' + random.nextInt(alphabet));
    }

    /** Wagner-Fischer with two rows. */
    private static int distance(String source, String target) {
        int[] previous = new int[target.length() + 1];
        int[] current = new int[target.length() + 1];
        for (int j = 0; j <= target.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= source.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= target.length(); j++) {
                int replace = previous[j - 1] + (source.charAt(i - 1) == target.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[target.length()];
    }

    /** The length of a longest common subsequence, which gives the distance when replacing is not allowed. */
    private static int commonSubsequence(String source, String target) {
        int[] previous = new int[target.length() + 1];
        int[] current = new int[target.length() + 1];
        for (int i = 1; i <= source.length(); i++) {
            for (int j = 1; j <= target.length(); j++) {
                current[j] = source.charAt(i - 1) == target.charAt(j - 1) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[target.length()];
    }
}
