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
import dev.bootcamp.camps.kit.NearMisses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Interval scheduling: choose as many intervals as possible, no two of which overlap. */
@AutoService(Bootcamp.class)
public final class IntervalSchedulingBootcamp extends Camp<IntervalSchedulingBootcamp.Puzzle, IntervalSchedulingBootcamp.Answer> {
    private static final Knob<Integer> INTERVALS = Knob.integer("intervals", 2, 300, 8, "number of intervals to choose from");
    private static final Knob<Integer> HORIZON = Knob.integer("horizon", 5, 10_000, 30, "latest start time (start times are 0..horizon)");
    private static final Knob<Integer> MAX_LENGTH = Knob.integer("max-length", 1, 1000, 8, "longest interval (lengths are 1..max-length)");
    private static final BootcampInfo INFO = BootcampInfo.builder(IntervalSchedulingBootcamp.class)
            .title("Interval scheduling")
            .version(2)
            .domain("algorithms")
            .tags("greedy", "scheduling", "optimisation")
            .summary("Given numbered time intervals with integer start and end times, choose as many as possible so that no"
                    + " two chosen intervals overlap (an interval that ends exactly when another starts does not overlap it)."
                    + " The checker tests the rules: the numbers must exist, the chosen intervals must not overlap, and there"
                    + " must be as many as in a largest such set. Any such choice is CORRECT. A valid but smaller choice is"
                    + " WRONG with both sizes in the detail, since one interval alone is always valid; no partial credit.")
            .knob(INTERVALS)
            .knob(HORIZON)
            .knob(MAX_LENGTH)
            .answerShape("the numbers of the chosen intervals separated by spaces, in any order")
            .severalAnswers()
            .build();

    /** Words skipped between numbers, so that "intervals 3, 5 and 8" reads as 3 5 8. */

    /** An interval from {@code start} to {@code end}; intervals are numbered from 1 in list order. */
    public record Interval(int start, int end) {}

    /** The intervals and the size of a largest non-overlapping choice (kept for checking, never shown). */
    public record Puzzle(List<Interval> intervals, int most) {
        public Puzzle {
            intervals = List.copyOf(requireNonNull(intervals, "intervals is null"));
        }
    }

    /** The chosen interval numbers, ascending. */
    public record Answer(List<Integer> chosen) {
        public Answer {
            chosen = List.copyOf(new TreeSet<>(requireNonNull(chosen, "chosen is null")));
        }
    }

    public IntervalSchedulingBootcamp() {
        super(INFO, ListCodecs.orNone(ListCodecs.numbered("interval"), "none").map(Answer::new, Answer::chosen));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(INTERVALS, Draw.scale(level, 8, 40))
                .with(HORIZON, Draw.scale(level, 20, 200))
                .with(MAX_LENGTH, Draw.scale(level, 6, 40));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i < knobs.get(INTERVALS); i++) {
            int start = Draw.between(0, knobs.get(HORIZON), random);
            intervals.add(new Interval(start, start + Draw.between(1, knobs.get(MAX_LENGTH), random)));
        }
        return new Puzzle(intervals, greedy(intervals, Interval::end).size());
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Each interval below runs from its start time to its end time. Two intervals overlap when they share")
                .append(" any stretch of time; an interval that ends exactly when another starts does not overlap it (so")
                .append(" intervals from 2 to 5 and from 5 to 9 can both be chosen, but intervals from 2 to 5 and from 4 to")
                .append(" 9 cannot).\n\n")
                .append("Choose as many intervals as possible so that no two chosen intervals overlap. If several choices")
                .append(" are equally large, any one of them is accepted.\n\n");
        for (int i = 0; i < puzzle.intervals().size(); i++) {
            Interval interval = puzzle.intervals().get(i);
            text.append("Interval ").append(i + 1).append(": from ").append(interval.start()).append(" to ").append(interval.end()).append('\n');
        }
        text.append("\nAnswer with the numbers of the intervals you choose, separated by spaces.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(greedy(puzzle.intervals(), Interval::end));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.chosen().isEmpty()) {
            return Score.wrong("no intervals chosen, but " + puzzle.most() + " can be");
        }
        List<Interval> chosen = new ArrayList<>();
        for (int number : answer.chosen()) {
            if (number < 1 || number > puzzle.intervals().size()) {
                return Score.wrong("there is no interval " + number + "; intervals are numbered 1.." + puzzle.intervals().size());
            }
            chosen.add(puzzle.intervals().get(number - 1));
        }
        List<Integer> order = new ArrayList<>(answer.chosen());
        order.sort(Comparator.comparingInt(number -> puzzle.intervals().get(number - 1).start()));
        for (int i = 1; i < order.size(); i++) {
            Interval before = puzzle.intervals().get(order.get(i - 1) - 1);
            Interval after = puzzle.intervals().get(order.get(i) - 1);
            if (after.start() < before.end()) {
                return Score.wrong("intervals " + order.get(i - 1) + " (" + before.start() + " to " + before.end() + ") and "
                        + order.get(i) + " (" + after.start() + " to " + after.end() + ") overlap");
            }
        }
        if (chosen.size() == puzzle.most()) {
            return Score.correct(chosen.size() + " intervals without overlap, the most possible");
        }
        return Score.wrong(chosen.size() + " intervals without overlap, but " + puzzle.most() + " can be chosen");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Integer> numbers = IntStream.rangeClosed(1, puzzle.intervals().size()).boxed().toList();
        List<Answer> misses = new ArrayList<>(NearMisses.subset(gold.chosen(), numbers, random).stream().map(Answer::new).toList());
        List<Integer> unknown = new ArrayList<>(gold.chosen());
        unknown.add(puzzle.intervals().size() + 1);
        misses.add(new Answer(unknown));
        for (ToIntFunction<Interval> key : List.<ToIntFunction<Interval>>of(Interval::start, interval -> interval.end() - interval.start())) {
            List<Integer> plausible = greedy(puzzle.intervals(), key);
            if (plausible.size() < puzzle.most()) {
                misses.add(new Answer(plausible));
            }
        }
        return misses;
    }

    /** Comparisons of the sort behind the earliest-finish greedy: n log2 n. */
    @Override
    public double cost(Puzzle puzzle) {
        int n = puzzle.intervals().size();
        return n * Math.log(Math.max(2, n)) / Math.log(2);
    }

    /**
     * Takes intervals in order of {@code key} (ties by number), each one that does not overlap those taken. By end
     * time this is optimal; by start time or by length it is the usual wrong idea.
     */
    private static List<Integer> greedy(List<Interval> intervals, ToIntFunction<Interval> key) {
        List<Integer> order = IntStream.range(0, intervals.size()).boxed().sorted(Comparator.comparingInt(i -> key.applyAsInt(intervals.get(i)))).toList();
        List<Interval> taken = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i : order) {
            Interval candidate = intervals.get(i);
            if (taken.stream().allMatch(other -> candidate.end() <= other.start() || other.end() <= candidate.start())) {
                taken.add(candidate);
                numbers.add(i + 1);
            }
        }
        return numbers;
    }
}
