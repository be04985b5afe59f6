package dev.bootcamp.camps.algorithms;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.ListCodecs;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Longest increasing subsequence: the longest run of terms, in order, each greater than the one before. */
@AutoService(Bootcamp.class)
public final class LongestIncreasingSubsequenceBootcamp extends Camp<LongestIncreasingSubsequenceBootcamp.Puzzle, LongestIncreasingSubsequenceBootcamp.Answer> {
    private static final Knob<Integer> LENGTH = Knob.integer("length", 2, 300, 10, "number of terms in the sequence");
    private static final Knob<Integer> MAX_VALUE = Knob.integer("max-value", 2, 9999, 30, "largest term (terms are 1..max-value; repeats appear when it is small)");
    private static final BootcampInfo INFO = BootcampInfo.builder(LongestIncreasingSubsequenceBootcamp.class)
            .title("Longest increasing subsequence")
            .domain("algorithms")
            .tags("dynamic-programming", "sequences", "optimisation")
            .summary("Given a sequence of positive integers, give a longest strictly increasing subsequence, written as its"
                    + " values in order. The checker tests the rules: the values must be strictly increasing, must occur in"
                    + " the sequence in that order (a subsequence by values: some choice of positions matches them), and"
                    + " there must be as many of them as in a longest one. Any such answer is CORRECT. A valid but shorter"
                    + " subsequence is WRONG with both lengths in the detail, since a single term is always valid and"
                    + " credit by length would mostly reward the easy part; no partial credit.")
            .knob(LENGTH)
            .knob(MAX_VALUE)
            .answerShape("the values of the subsequence in order, separated by spaces")
            .severalAnswers()
            .build();

    /** The sequence and the length of its longest strictly increasing subsequence (kept for checking, never shown). */
    public record Puzzle(List<Integer> sequence, int longest) {
        public Puzzle {
            sequence = List.copyOf(requireNonNull(sequence, "sequence is null"));
        }
    }

    /** The values of the subsequence, in order. */
    public record Answer(List<Integer> values) {
        public Answer {
            values = List.copyOf(requireNonNull(values, "values is null"));
        }
    }

    public LongestIncreasingSubsequenceBootcamp() {
        super(INFO, ListCodecs.tokens(Answers::intValue, " ", "<", "numbers").map(Answer::new, Answer::values));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LENGTH, Draw.scale(level, 6, 48))
                .with(MAX_VALUE, Draw.scale(level, 19, 299));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int length = knobs.get(LENGTH);
        int maxValue = knobs.get(MAX_VALUE);
        List<Integer> sequence = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            sequence.add(Draw.between(1, maxValue, random));
        }
        return new Puzzle(sequence, longest(sequence, true).size());
    }

    @Override
    public String question(Puzzle puzzle) {
        return "A subsequence of a sequence keeps some of its numbers, in their original order, but not necessarily next to"
                + " each other; it is strictly increasing when each number is greater than the one before it (equal"
                + " numbers are not allowed). For example, [5, 1, 4, 2, 3] has the strictly increasing subsequence"
                + " [1, 2, 3], and none longer.\n\n"
                + "Find a longest strictly increasing subsequence of this sequence of " + puzzle.sequence().size()
                + " numbers:\n\n" + puzzle.sequence() + "\n\n"
                + "If several are equally long, any one of them is accepted. Answer with the numbers of the subsequence"
                + " themselves (their values, not their positions), in order, separated by spaces.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(longest(puzzle.sequence(), true));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Integer> values = answer.values();
        if (values.isEmpty()) {
            return Score.wrong("the subsequence is empty");
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) <= values.get(i - 1)) {
                return Score.wrong("not strictly increasing: " + values.get(i - 1) + " is followed by " + values.get(i));
            }
        }
        int matched = 0;
        for (int term : puzzle.sequence()) {
            if (matched < values.size() && term == values.get(matched)) {
                matched++;
            }
        }
        if (matched < values.size()) {
            return Score.wrong("not a subsequence: after matching " + matched + " of the numbers in order, " + values.get(matched)
                    + " does not occur later in the sequence");
        }
        if (values.size() == puzzle.longest()) {
            return Score.correct("a longest strictly increasing subsequence, of length " + values.size());
        }
        return Score.wrong("a valid strictly increasing subsequence of length " + values.size() + ", but the longest has length "
                + puzzle.longest());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Integer> values = gold.values();
        List<Answer> misses = new ArrayList<>();
        if (values.size() > 1) {
            List<Integer> shorter = new ArrayList<>(values);
            shorter.remove(random.nextInt(shorter.size()));
            misses.add(new Answer(shorter));
            List<Integer> reversed = new ArrayList<>(values);
            Collections.reverse(reversed);
            misses.add(new Answer(reversed));
        }
        List<Integer> repeated = new ArrayList<>(values);
        int at = random.nextInt(repeated.size());
        repeated.add(at, repeated.get(at));
        misses.add(new Answer(repeated));
        List<Integer> longer = new ArrayList<>(values);
        longer.add(Collections.max(puzzle.sequence()) + 1);
        misses.add(new Answer(longer));
        List<Integer> nonDecreasing = longest(puzzle.sequence(), false);
        if (nonDecreasing.size() > values.size()) {
            misses.add(new Answer(nonDecreasing));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.sequence().size();
    }

    /**
     * Patience sorting: tails[k] ends the best increasing run of length k + 1 found so far; links recover the run. With
     * {@code strict} false, a longest non-decreasing run instead, a plausible misreading of the task.
     */
    private static List<Integer> longest(List<Integer> sequence, boolean strict) {
        int n = sequence.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            int value = sequence.get(i);
            int low = 0;
            int high = size;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sequence.get(tails[middle]) < value || !strict && sequence.get(tails[middle]) == value) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low == 0 ? -1 : tails[low - 1];
            tails[low] = i;
            size = Math.max(size, low + 1);
        }
        List<Integer> run = new ArrayList<>();
        for (int i = size == 0 ? -1 : tails[size - 1]; i >= 0; i = previous[i]) {
            run.add(sequence.get(i));
        }
        Collections.reverse(run);
        return run;
    }
}
