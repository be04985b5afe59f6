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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Inversion count: how many pairs of a sequence are out of order. */
@AutoService(Bootcamp.class)
public final class InversionCountBootcamp implements Bootcamp<InversionCountBootcamp.Puzzle, InversionCountBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(InversionCountBootcamp.class)
            .title("Inversion count")
            .domain("algorithms")
            .tags("counting", "sorting", "sequences")
            .summary("Count the inversions of a sequence of integers: the pairs of positions i < j whose numbers are"
                    + " strictly out of order (the earlier number is greater). Equal numbers never form an inversion."
                    + " The answer is one integer, CORRECT only when it equals the count; no partial credit.")
            .knob(Knob.integer("length", 2, 400, 8, "number of terms in the sequence"))
            .knob(Knob.integer("max-value", 1, 9999, 20, "largest term (terms are 1..max-value, so repeats appear when it is small)"))
            .knob(Knob.decimal("sortedness", 0.0, 1.0, 0.0, "fraction of the sequence left in ascending order before the"
                    + " rest is shuffled in, so that the count is not close to half of all pairs"))
            .answerShape("one integer, the number of inversions")
            .build();

    /** The sequence and its inversion count (kept for checking, never shown). */
    public record Puzzle(List<Integer> sequence, long inversions) {
        public Puzzle {
            sequence = List.copyOf(requireNonNull(sequence, "sequence is null"));
        }
    }

    /** The number of inversions claimed. */
    public record Answer(long inversions) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("length", Draw.scale(level, 4, 40))
                .with("max-value", Draw.scale(level, 9, 99))
                .with("sortedness", Draw.scale(level, 0, 50) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int length = knobs.integer("length");
        int maxValue = knobs.integer("max-value");
        int[] values = new int[length];
        for (int i = 0; i < length; i++) {
            values[i] = Draw.between(1, maxValue, random);
        }
        Arrays.sort(values);
        int kept = (int) Math.round(knobs.decimal("sortedness") * length);
        List<Integer> sequence = new ArrayList<>();
        for (int value : values) {
            sequence.add(value);
        }
        // Shuffling a random subset of positions among themselves leaves the others in ascending order.
        int[] order = Draw.permutation(length, random);
        List<Integer> moved = new ArrayList<>();
        for (int i = kept; i < length; i++) {
            moved.add(order[i]);
        }
        List<Integer> movedValues = new ArrayList<>();
        moved.forEach(position -> movedValues.add(sequence.get(position)));
        Draw.shuffle(movedValues, random);
        moved.sort(null);
        for (int i = 0; i < moved.size(); i++) {
            sequence.set(moved.get(i), movedValues.get(i));
        }
        return new Puzzle(sequence, count(sequence));
    }

    @Override
    public String question(Puzzle puzzle) {
        return "An inversion of a sequence is a pair of positions i < j such that the number at position i is strictly"
                + " greater than the number at position j. Equal numbers do not form an inversion. For example,"
                + " the sequence [3, 1, 2, 1] has four inversions: 3 before 1, 3 before 2, 3 before the second 1, and 2"
                + " before the second 1.\n\n"
                + "How many inversions does this sequence of " + puzzle.sequence().size() + " numbers have?\n\n"
                + puzzle.sequence() + "\n\nAnswer with a single integer.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(count(puzzle.sequence()));
    }

    @Override
    public String render(Answer answer) {
        return Long.toString(answer.inversions());
    }

    @Override
    public Answer parse(String text) {
        return new Answer(Answers.longValue(text));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.inversions() == puzzle.inversions()) {
            return Score.correct(puzzle.inversions() + " inversions");
        }
        return Score.wrong("found " + answer.inversions() + " inversions, expected " + puzzle.inversions());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Integer> sequence = puzzle.sequence();
        long pairs = (long) sequence.size() * (sequence.size() - 1) / 2;
        long notStrict = 0;
        for (int i = 0; i < sequence.size(); i++) {
            for (int j = i + 1; j < sequence.size(); j++) {
                notStrict += sequence.get(i) >= sequence.get(j) ? 1 : 0;
            }
        }
        List<Long> candidates = List.of(gold.inversions() + 1, gold.inversions() - 1, pairs - gold.inversions(), notStrict);
        return candidates.stream().filter(value -> value != gold.inversions()).distinct().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.sequence().size();
    }

    /** Merge sort counting, independent of the pairwise loop used for near misses. */
    private static long count(List<Integer> sequence) {
        int[] values = sequence.stream().mapToInt(Integer::intValue).toArray();
        return sortAndCount(values, new int[values.length], 0, values.length);
    }

    private static long sortAndCount(int[] values, int[] buffer, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int middle = (from + to) >>> 1;
        long count = sortAndCount(values, buffer, from, middle) + sortAndCount(values, buffer, middle, to);
        int left = from;
        int right = middle;
        int out = from;
        while (left < middle || right < to) {
            if (right == to || left < middle && values[left] <= values[right]) {
                buffer[out++] = values[left++];
            } else {
                count += middle - left;
                buffer[out++] = values[right++];
            }
        }
        System.arraycopy(buffer, from, values, from, to - from);
        return count;
    }
}
