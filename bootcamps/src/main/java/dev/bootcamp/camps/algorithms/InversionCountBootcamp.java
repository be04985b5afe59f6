package dev.bootcamp.camps.algorithms;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.ListCodecs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Inversion count, itemised: for each term of a sequence, how many later terms are smaller (the total is the inversion count). */
@AutoService(Bootcamp.class)
public final class InversionCountBootcamp extends Camp<InversionCountBootcamp.Puzzle, InversionCountBootcamp.Answer> {
    private static final Knob<Integer> LENGTH = Knob.integer("length", 2, 400, 8, "number of terms in the sequence");
    private static final Knob<Integer> MAX_VALUE = Knob.integer("max-value", 1, 9999, 20, "largest term (terms are 1..max-value, so repeats appear when it is small)");
    private static final Knob<Double> SORTEDNESS = Knob.decimal("sortedness", 0.0, 1.0, 0.0, "fraction of the sequence left in ascending order before the"
            + " rest is shuffled in, so that the count is not close to half of all pairs");
    private static final BootcampInfo INFO = BootcampInfo.builder(InversionCountBootcamp.class)
            .title("Inversion count")
            .version(2)
            .domain("algorithms")
            .tags("counting", "sorting", "sequences")
            .summary("Count the inversions of a sequence of integers, the pairs of positions i < j whose numbers are"
                    + " strictly out of order, itemised by their first position: for each term, how many later terms are"
                    + " strictly smaller. Equal numbers never form an inversion. The answer is one integer per term,"
                    + " CORRECT only when every one is right; no partial credit. A bare total is a small number a constant"
                    + " guess often hits; the itemised counts are not.")
            .knob(LENGTH)
            .knob(MAX_VALUE)
            .knob(SORTEDNESS)
            .answerShape("one integer per term, in order: how many later terms are strictly smaller")
            .build();

    /** The sequence and its inversion count (kept for checking, never shown). */
    public record Puzzle(List<Integer> sequence, long inversions) {
        public Puzzle {
            sequence = List.copyOf(requireNonNull(sequence, "sequence is null"));
        }
    }

    /** For each term in order, the claimed number of later terms strictly smaller than it. */
    public record Answer(List<Long> counts) {
        public Answer {
            counts = List.copyOf(counts);
        }
    }

    public InversionCountBootcamp() {
        super(INFO, ListCodecs.nonEmpty(Codecs.list(Codecs.longValue(), ", "), "counts").map(Answer::new, Answer::counts));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LENGTH, Draw.scale(level, 5, 40))
                .with(MAX_VALUE, Draw.scale(level, 19, 99))
                .with(SORTEDNESS, Draw.scale(level, 0, 50) / 100.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int length = knobs.get(LENGTH);
        int maxValue = knobs.get(MAX_VALUE);
        List<Integer> sequence = IntStream.range(0, length).map(i -> Draw.between(1, maxValue, random)).sorted().boxed()
                .collect(Collectors.toCollection(ArrayList::new));
        int kept = (int) Math.round(knobs.get(SORTEDNESS) * length);
        // Shuffling a random subset of positions among themselves leaves the others in ascending order.
        int[] order = Draw.permutation(length, random);
        List<Integer> moved = new ArrayList<>(Arrays.stream(order, kept, length).boxed().toList());
        List<Integer> movedValues = new ArrayList<>(moved.stream().map(sequence::get).toList());
        Draw.shuffle(movedValues, random);
        moved.sort(null);
        for (int i = 0; i < moved.size(); i++) {
            sequence.set(moved.get(i), movedValues.get(i));
        }
        return new Puzzle(sequence, smallerAfter(sequence, false).stream().mapToLong(Long::longValue).sum());
    }

    @Override
    public String question(Puzzle puzzle) {
        return "An inversion of a sequence is a pair of positions i < j such that the number at position i is strictly"
                + " greater than the number at position j. Equal numbers do not form an inversion. For example,"
                + " the sequence [3, 1, 2, 1] has four inversions: 3 before 1, 3 before 2, 3 before the second 1, and 2"
                + " before the second 1.\n\n"
                + "For each position of the sequence below, count the inversions that start there: how many numbers"
                + " after it are strictly smaller than it. For [3, 1, 2, 1] these counts are 3, 0, 1, 0, and their sum 4"
                + " is the number of inversions.\n\n"
                + "The sequence has " + puzzle.sequence().size() + " numbers:\n\n"
                + puzzle.sequence() + "\n\nAnswer with " + puzzle.sequence().size() + " integers separated by commas,"
                + " one per position in order (the last is always 0). The answer is correct only when every count is right.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(smallerAfter(puzzle.sequence(), false));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Long> expected = smallerAfter(puzzle.sequence(), false);
        if (answer.counts().size() != expected.size()) {
            return Score.wrong("expected " + expected.size() + " counts, one per position, found " + answer.counts().size());
        }
        long total = answer.counts().stream().mapToLong(Long::longValue).sum();
        if (total != puzzle.inversions()) {
            return Score.wrong("the counts sum to " + total + ", but the sequence has " + puzzle.inversions() + " inversions");
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!answer.counts().get(i).equals(expected.get(i))) {
                return Score.wrong("position " + (i + 1) + ": found " + answer.counts().get(i) + ", expected " + expected.get(i));
            }
        }
        return Score.correct(puzzle.inversions() + " inversions, each position right");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(smallerAfter(puzzle.sequence(), true)));
        List<Long> bumped = new ArrayList<>(gold.counts());
        int at = random.nextInt(bumped.size());
        bumped.set(at, bumped.get(at) + 1);
        misses.add(new Answer(bumped));
        misses.add(new Answer(gold.counts().subList(0, gold.counts().size() - 1)));
        return misses.stream().filter(miss -> !miss.equals(gold)).distinct().toList();
    }

    /** The pairs a solver compares: the work of the itemised count. */
    @Override
    public double cost(Puzzle puzzle) {
        int n = puzzle.sequence().size();
        return (double) n * (n - 1) / 2;
    }

    /** For each position, how many later terms are smaller (or, misreading the rule, smaller or equal). */
    private static List<Long> smallerAfter(List<Integer> sequence, boolean countEqual) {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < sequence.size(); i++) {
            long smaller = 0;
            for (int j = i + 1; j < sequence.size(); j++) {
                int compare = Integer.compare(sequence.get(i), sequence.get(j));
                smaller += compare > 0 || countEqual && compare == 0 ? 1 : 0;
            }
            counts.add(smaller);
        }
        return counts;
    }
}
