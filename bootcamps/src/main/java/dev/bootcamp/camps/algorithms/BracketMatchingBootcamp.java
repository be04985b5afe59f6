package dev.bootcamp.camps.algorithms;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.ListCodecs;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.verify.Answers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Bracket matching: for each of several strings of brackets, the position where it first goes wrong, or 0 when it is balanced. */
@AutoService(Bootcamp.class)
public final class BracketMatchingBootcamp extends Camp<BracketMatchingBootcamp.Puzzle, BracketMatchingBootcamp.Answer> {
    private static final Knob<Integer> PAIRS = Knob.integer("pairs", 1, 500, 6, "number of bracket pairs in the balanced string the puzzle starts from");
    private static final Knob<Integer> KINDS = Knob.integer("kinds", 1, 4, 2, "number of bracket kinds used, from () [] {} <>");
    private static final Knob<Double> BALANCED = Knob.decimal("balanced", 0.0, 1.0, 0.2, "chance that each string is left balanced (answer 0)");
    private static final Knob<Integer> STRINGS = Knob.integer("strings", 1, 10, 4, "number of strings in one puzzle, all answered together");
    private static final BootcampInfo INFO = BootcampInfo.builder(BracketMatchingBootcamp.class)
            .title("First bracket error")
            .version(2)
            .domain("algorithms")
            .tags("stacks", "parsing", "strings")
            .summary("Given several strings of brackets of up to four kinds, () [] {} <>, give for each the position"
                    + " (counted from 1) of its first error: the first closing bracket that does not close the most recent"
                    + " still-open bracket of the same kind (or closes when nothing is open); failing that, the leftmost"
                    + " opening bracket that is never closed; or 0 when the string is balanced. The answer is one integer per"
                    + " string, CORRECT only when every one is right; no partial credit, since one short string's error"
                    + " position is easy to guess and several together are not. Errors come from a balanced string with one"
                    + " bracket changed, removed, added, or two neighbours swapped.")
            .knob(PAIRS)
            .knob(KINDS)
            .knob(BALANCED)
            .knob(STRINGS)
            .answerShape("one integer per string, in order, separated by commas: the position of its first error, or 0 if balanced")
            .build();

    private static final String OPENING = "([{<";
    private static final String CLOSING = ")]}>";
    /** Draws before a string of the wrong kind (balanced or not) is accepted; only one-pair strings need several. */
    private static final int ATTEMPTS = 100;
    private static final List<String> BALANCED_WORDS = List.of("balanced", "none", "no error");
    private static final Codec<List<Long>> POSITIONS = ListCodecs.tokens(item -> BALANCED_WORDS.contains(Answers.normalize(item)) ? 0L : Answers.longValue(item),
            ", ", "", "positions");

    /** The bracket strings and the position of each one's first error, 0 when balanced (kept for checking, never shown). */
    public record Puzzle(List<String> strings, List<Integer> errors) {
        public Puzzle {
            strings = List.copyOf(requireNonNull(strings, "strings is null"));
            errors = List.copyOf(requireNonNull(errors, "errors is null"));
        }
    }

    /** The claimed position of each string's first error, 0 for balanced. */
    public record Answer(List<Long> positions) {
        public Answer {
            positions = List.copyOf(positions);
        }
    }

    public BracketMatchingBootcamp() {
        super(INFO, Codec.of(POSITIONS::render, text -> POSITIONS.parse(text.toLowerCase(Locale.ROOT).replace("no error", "balanced")))
                .map(Answer::new, Answer::positions));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(PAIRS, Draw.scale(level, 4, 40))
                .with(KINDS, Draw.scale(level, 1, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> strings = new ArrayList<>();
        List<Integer> errors = new ArrayList<>();
        for (int i = 0; i < knobs.get(STRINGS); i++) {
            String brackets = one(knobs, random);
            strings.add(brackets);
            errors.add(firstError(brackets, true, true));
        }
        return new Puzzle(strings, errors);
    }

    private static String one(Knobs knobs, RandomGenerator random) {
        boolean wantBalanced = random.nextDouble() < knobs.get(BALANCED);
        String last = "";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StringBuilder brackets = balanced(knobs.get(PAIRS), knobs.get(KINDS), random);
            if (!wantBalanced) {
                spoil(brackets, knobs.get(KINDS), random);
            }
            last = brackets.toString();
            if (wantBalanced == (firstError(brackets, true, true) == 0)) {
                return last;
            }
        }
        return last;
    }

    @Override
    public String question(Puzzle puzzle) {
        int count = puzzle.strings().size();
        StringBuilder text = new StringBuilder();
        text.append("A string of brackets uses the kinds () [] {} <>, each with an opening and a closing bracket. Read it")
                .append(" from left to right. Every closing bracket must close the most recently opened bracket that is")
                .append(" still open, and that bracket must be of the same kind. The string is balanced when every closing")
                .append(" bracket does this and no bracket is left open at the end.\n\n")
                .append("Find the first error in ").append(count == 1 ? "the string" : "each of the " + count + " strings").append(" below:\n")
                .append("- if some closing bracket cannot close a bracket as required (it is of a different kind from the")
                .append(" most recently opened bracket still open, or no bracket is open), the error is at the first such")
                .append(" closing bracket;\n")
                .append("- otherwise, if some opening brackets are never closed, the error is at the leftmost of them;\n")
                .append("- otherwise the string is balanced.\n\n")
                .append("Positions count from 1 at the left of each string. Long strings are written in groups of ten for")
                .append(" readability; the spaces are not part of them.\n\n");
        for (int k = 0; k < count; k++) {
            String brackets = puzzle.strings().get(k);
            text.append("String ").append(k + 1).append(" (").append(brackets.length()).append(" brackets): ");
            for (int i = 0; i < brackets.length(); i += 10) {
                text.append(i == 0 ? "" : " ").append(brackets, i, Math.min(brackets.length(), i + 10));
            }
            text.append('\n');
        }
        text.append("\nAnswer with ").append(count == 1 ? "one integer" : count + " integers separated by commas, one per string in order")
                .append(": the position of the first error, or 0 for a balanced string. The answer is correct only when")
                .append(count == 1 ? " it is right." : " all of them are right.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.errors().stream().map(Integer::longValue).toList());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Score problem = Items.firstProblem(puzzle.errors().size(), answer.positions().size(), "positions, one per string", k -> {
            int error = puzzle.errors().get(k);
            return answer.positions().get(k) == error ? null : "string " + (k + 1) + ": found " + answer.positions().get(k) + ", but "
                    + (error == 0 ? "the string is balanced" : "the first error is at position " + error);
        });
        return problem != null ? problem : Score.correct("every first error is right");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (int k = 0; k < puzzle.strings().size(); k++) {
            String brackets = puzzle.strings().get(k);
            long position = gold.positions().get(k);
            List<Long> candidates = List.of(position + 1, position - 1, 0L,
                    (long) firstError(brackets, false, true), (long) firstError(brackets, true, false));
            misses.addAll(NearMisses.replaced(gold.positions(), k, candidates.stream().filter(candidate -> candidate >= 0 && candidate <= brackets.length()).toList())
                    .stream().map(Answer::new).toList());
        }
        return misses.stream().distinct().toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.strings().stream().mapToInt(String::length).sum();
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
