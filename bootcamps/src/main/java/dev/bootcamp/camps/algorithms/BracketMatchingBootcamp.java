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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;

/** Bracket matching: the position where a string of brackets first goes wrong, or 0 when it is balanced. */
@AutoService(Bootcamp.class)
public final class BracketMatchingBootcamp implements Bootcamp<BracketMatchingBootcamp.Puzzle, BracketMatchingBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(BracketMatchingBootcamp.class)
            .title("First bracket error")
            .domain("algorithms")
            .tags("stacks", "parsing", "strings")
            .summary("Given a string of brackets of up to four kinds, () [] {} <>, give the position (counted from 1) of its"
                    + " first error: the first closing bracket that does not close the most recent still-open bracket of the"
                    + " same kind (or closes when nothing is open); failing that, the leftmost opening bracket that is never"
                    + " closed; or 0 when the string is balanced. The answer is one integer, CORRECT only when it is that"
                    + " position; no partial credit. Errors come from a balanced string with one bracket changed, removed,"
                    + " added, or two neighbours swapped.")
            .knob(Knob.integer("pairs", 1, 500, 6, "number of bracket pairs in the balanced string the puzzle starts from"))
            .knob(Knob.integer("kinds", 1, 4, 2, "number of bracket kinds used, from () [] {} <>"))
            .knob(Knob.decimal("balanced", 0.0, 1.0, 0.2, "chance that the string is left balanced (answer 0)"))
            .answerShape("one integer: the position of the first error, or 0 if the string is balanced")
            .build();

    private static final String OPENING = "([{<";
    private static final String CLOSING = ")]}>";
    /** Draws before a string of the wrong kind (balanced or not) is accepted; only one-pair strings need several. */
    private static final int ATTEMPTS = 100;
    private static final List<String> BALANCED_WORDS = List.of("balanced", "none", "no error");

    /** The bracket string and the position of its first error, 0 when balanced (kept for checking, never shown). */
    public record Puzzle(String brackets, int error) {
        public Puzzle {
            requireNonNull(brackets, "brackets is null");
        }
    }

    /** The claimed position of the first error, 0 for balanced. */
    public record Answer(long position) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("pairs", Draw.scale(level, 3, 40))
                .with("kinds", Draw.scale(level, 1, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        boolean wantBalanced = random.nextDouble() < knobs.decimal("balanced");
        Puzzle puzzle = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StringBuilder brackets = balanced(knobs.integer("pairs"), knobs.integer("kinds"), random);
            if (!wantBalanced) {
                spoil(brackets, knobs.integer("kinds"), random);
            }
            puzzle = new Puzzle(brackets.toString(), firstError(brackets, true, true));
            if (wantBalanced == (puzzle.error() == 0)) {
                return puzzle;
            }
        }
        return puzzle;
    }

    @Override
    public String question(Puzzle puzzle) {
        String brackets = puzzle.brackets();
        StringBuilder text = new StringBuilder();
        text.append("A string of brackets uses the kinds () [] {} <>, each with an opening and a closing bracket. Read it")
                .append(" from left to right. Every closing bracket must close the most recently opened bracket that is")
                .append(" still open, and that bracket must be of the same kind. The string is balanced when every closing")
                .append(" bracket does this and no bracket is left open at the end.\n\n")
                .append("Find the first error in the string below:\n")
                .append("- if some closing bracket cannot close a bracket as required (it is of a different kind from the")
                .append(" most recently opened bracket still open, or no bracket is open), the error is at the first such")
                .append(" closing bracket;\n")
                .append("- otherwise, if some opening brackets are never closed, the error is at the leftmost of them;\n")
                .append("- otherwise the string is balanced.\n\n")
                .append("The string has ").append(brackets.length()).append(" brackets, at positions 1 to ").append(brackets.length())
                .append(" from left to right");
        if (brackets.length() > 10) {
            text.append("; it is written in groups of ten for readability, and the spaces are not part of it");
        }
        text.append(":\n\n");
        for (int i = 0; i < brackets.length(); i += 10) {
            text.append(i == 0 ? "" : " ").append(brackets, i, Math.min(brackets.length(), i + 10));
        }
        text.append("\n\nAnswer with the position of the first error as a single integer, or 0 if the string is balanced.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(firstError(puzzle.brackets(), true, true));
    }

    @Override
    public String render(Answer answer) {
        return Long.toString(answer.position());
    }

    @Override
    public Answer parse(String text) {
        if (BALANCED_WORDS.contains(Answers.normalize(text))) {
            return new Answer(0);
        }
        return new Answer(Answers.longValue(text));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.position() == puzzle.error()) {
            return Score.correct(puzzle.error() == 0 ? "the string is balanced" : "the first error is at position " + puzzle.error());
        }
        if (puzzle.error() == 0) {
            return Score.wrong("found " + answer.position() + ", but the string is balanced");
        }
        return Score.wrong("found " + answer.position() + ", but the first error is at position " + puzzle.error());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        String brackets = puzzle.brackets();
        List<Long> candidates = List.of(gold.position() + 1, gold.position() - 1, 0L,
                (long) firstError(brackets, false, true), (long) firstError(brackets, true, false));
        return candidates.stream()
                .filter(position -> position != gold.position() && position >= 0 && position <= brackets.length())
                .distinct()
                .map(Answer::new)
                .toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.brackets().length();
    }

    /** A random balanced string: at each step open a bracket while pairs remain, or close the innermost open one. */
    private static StringBuilder balanced(int pairs, int kinds, RandomGenerator random) {
        StringBuilder brackets = new StringBuilder(2 * pairs);
        Deque<Integer> open = new ArrayDeque<>();
        int toOpen = pairs;
        while (toOpen > 0 || !open.isEmpty()) {
            if (toOpen > 0 && (open.isEmpty() || random.nextBoolean())) {
                int kind = random.nextInt(kinds);
                open.push(kind);
                brackets.append(OPENING.charAt(kind));
                toOpen--;
            } else {
                brackets.append(CLOSING.charAt(open.pop()));
            }
        }
        return brackets;
    }

    /** One random slip: a bracket changed to another, one removed, a closing one added, or two neighbours swapped. */
    private static void spoil(StringBuilder brackets, int kinds, RandomGenerator random) {
        int at = random.nextInt(brackets.length());
        switch (random.nextInt(4)) {
            case 0 -> {
                String all = (OPENING.substring(0, kinds) + CLOSING.substring(0, kinds)).replace(String.valueOf(brackets.charAt(at)), "");
                brackets.setCharAt(at, all.charAt(random.nextInt(all.length())));
            }
            case 1 -> brackets.deleteCharAt(at);
            case 2 -> brackets.insert(random.nextInt(brackets.length() + 1), CLOSING.charAt(random.nextInt(kinds)));
            default -> {
                if (brackets.length() > 1) {
                    int left = Math.min(at, brackets.length() - 2);
                    char swap = brackets.charAt(left);
                    brackets.setCharAt(left, brackets.charAt(left + 1));
                    brackets.setCharAt(left + 1, swap);
                }
            }
        }
    }

    /**
     * The first error by the rules in the question, or 0. With {@code kindsMatter} false, or {@code leftmostOpen} false
     * (report the innermost unclosed bracket instead), it gives the answers of two plausible misreadings.
     */
    private static int firstError(CharSequence brackets, boolean kindsMatter, boolean leftmostOpen) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < brackets.length(); i++) {
            char bracket = brackets.charAt(i);
            int opening = OPENING.indexOf(bracket);
            if (opening >= 0) {
                open.push(i);
                continue;
            }
            if (open.isEmpty()) {
                return i + 1;
            }
            int expected = OPENING.indexOf(brackets.charAt(open.pop()));
            if (kindsMatter && CLOSING.indexOf(bracket) != expected) {
                return i + 1;
            }
        }
        if (open.isEmpty()) {
            return 0;
        }
        return (leftmostOpen ? open.peekLast() : open.peekFirst()) + 1;
    }
}
