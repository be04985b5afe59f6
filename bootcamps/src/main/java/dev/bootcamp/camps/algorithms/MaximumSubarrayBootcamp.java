package dev.bootcamp.camps.algorithms;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Maximum subarray: the run of consecutive numbers with the largest sum. */
@AutoService(Bootcamp.class)
public final class MaximumSubarrayBootcamp implements Bootcamp<MaximumSubarrayBootcamp.Puzzle, MaximumSubarrayBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(MaximumSubarrayBootcamp.class)
            .title("Maximum subarray")
            .domain("algorithms")
            .tags("dynamic-programming", "kadane", "sequences", "optimisation")
            .summary("Given a list of positive and negative integers, give the start and end positions (counted from 1,"
                    + " both included) of a non-empty run of consecutive numbers whose sum is as large as possible. Any"
                    + " run with the largest sum is CORRECT, whichever of several it is; positions out of range, a start"
                    + " after the end, or a run with a smaller sum are WRONG with the reason; no partial credit.")
            .knob(Knob.integer("length", 2, 400, 10, "number of numbers in the list"))
            .knob(Knob.integer("max-value", 1, 9999, 20, "largest absolute value of a number (values are -max-value..max-value)"))
            .knob(Knob.flag("cross-negative", false, "the best run must contain a negative number, so that it is not just a"
                    + " stretch of positive numbers"))
            .answerShape("two integers separated by a space: the start position and the end position")
            .severalAnswers()
            .build();

    /** Draws before a list that misses the asked-for shape is accepted; ordinary knobs match within a few. */
    private static final int ATTEMPTS = 200;
    private static final Set<String> FILLER = Set.of("to", "from", "start", "end", "position", "positions", "and", "through");

    /** The numbers and the largest sum of a non-empty run of them (kept for checking, never shown). */
    public record Puzzle(List<Integer> values, long best) {
        public Puzzle {
            values = List.copyOf(requireNonNull(values, "values is null"));
        }
    }

    /** A run by its first and last positions, counted from 1. */
    public record Answer(int start, int end) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("length", Draw.scale(level, 6, 40))
                .with("max-value", Draw.scale(level, 9, 99))
                .with("cross-negative", level >= 3);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int length = knobs.integer("length");
        int maxValue = knobs.integer("max-value");
        Puzzle puzzle = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                values.add(Draw.between(-maxValue, maxValue, random));
            }
            Answer best = kadane(values);
            puzzle = new Puzzle(values, sum(values, best));
            boolean crosses = values.subList(best.start() - 1, best.end()).stream().anyMatch(value -> value < 0);
            boolean whole = best.start() == 1 && best.end() == length;
            if (puzzle.best() > 0 && (!knobs.flag("cross-negative") || crosses && !whole)) {
                return puzzle;
            }
        }
        return puzzle;
    }

    @Override
    public String question(Puzzle puzzle) {
        int n = puzzle.values().size();
        return "Here is a list of " + n + " integers; their positions are numbered 1 to " + n + " from left to right:\n\n"
                + puzzle.values() + "\n\n"
                + "Find a run of consecutive numbers in the list (at least one number) whose sum is as large as possible."
                + " If several runs have the same largest sum, any one of them is accepted.\n\n"
                + "Answer with two integers separated by a space: the position of the first number of the run and the"
                + " position of its last number (both included, so a run of one number at position 4 is 4 4).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return kadane(puzzle.values());
    }

    @Override
    public String render(Answer answer) {
        return answer.start() + " " + answer.end();
    }

    @Override
    public Answer parse(String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String token : Answers.tokens(text.replace("..", " "), "-:=\u2013")) {
            String word = token.toLowerCase(Locale.ROOT);
            if (FILLER.contains(word)) {
                continue;
            }
            numbers.add(Answers.intValue(word));
            if (numbers.size() > 2) {
                throw new AnswerFormatException("expected two positions, found more");
            }
        }
        if (numbers.size() != 2) {
            throw new AnswerFormatException("expected two positions, a start and an end, found " + numbers.size());
        }
        return new Answer(numbers.get(0), numbers.get(1));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int n = puzzle.values().size();
        if (answer.start() < 1 || answer.end() > n) {
            return Score.wrong("positions must be in 1.." + n + ", found " + answer.start() + " to " + answer.end());
        }
        if (answer.start() > answer.end()) {
            return Score.wrong("the start " + answer.start() + " is after the end " + answer.end());
        }
        long sum = sum(puzzle.values(), answer);
        if (sum == puzzle.best()) {
            return Score.correct("a run with the largest sum, " + sum);
        }
        return Score.wrong("the run from " + answer.start() + " to " + answer.end() + " sums to " + sum + ", but the largest sum is " + puzzle.best());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int n = puzzle.values().size();
        int start = gold.start();
        int end = gold.end();
        List<Answer> candidates = List.of(new Answer(start - 1, end - 1), new Answer(start, end + 1), new Answer(start - 1, end),
                new Answer(start + 1, end), new Answer(start, end - 1), new Answer(1, n));
        List<Answer> misses = new ArrayList<>();
        for (Answer candidate : candidates) {
            boolean valid = candidate.start() >= 1 && candidate.start() <= candidate.end() && candidate.end() <= n;
            if (valid && sum(puzzle.values(), candidate) != puzzle.best() && !misses.contains(candidate)) {
                misses.add(candidate);
            }
        }
        misses.add(new Answer(end + 1, end + 1));
        if (start < end) {
            misses.add(new Answer(end, start));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.values().size();
    }

    private static long sum(List<Integer> values, Answer answer) {
        long sum = 0;
        for (int i = answer.start() - 1; i < answer.end(); i++) {
            sum += values.get(i);
        }
        return sum;
    }

    /** Kadane's scan: the best run ending at each position either extends the one before or starts afresh. */
    private static Answer kadane(List<Integer> values) {
        long bestSum = Long.MIN_VALUE;
        Answer best = new Answer(1, 1);
        long running = 0;
        int runStart = 1;
        for (int i = 1; i <= values.size(); i++) {
            if (running <= 0) {
                running = 0;
                runStart = i;
            }
            running += values.get(i - 1);
            if (running > bestSum) {
                bestSum = running;
                best = new Answer(runStart, i);
            }
        }
        return best;
    }
}
