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
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Sorting steps: the list after a number of passes of bubble, insertion or selection sort. */
@AutoService(Bootcamp.class)
public final class SortingStepsBootcamp extends Camp<SortingStepsBootcamp.Puzzle, SortingStepsBootcamp.Answer> {
    private static final List<String> ALGORITHMS = List.of("bubble", "insertion", "selection", "mixed");
    private static final Knob<Integer> LENGTH = Knob.integer("length", 3, 200, 8, "number of values in the list");
    private static final Knob<Integer> PASSES = Knob.integer("passes", 1, 100, 2, "number of passes to run (at most length - 2, so the list is not yet sorted)");
    private static final Knob<Integer> MAX_VALUE = Knob.integer("max-value", 2, 9999, 20, "largest value (values are 1..max-value; repeats appear when it is small)");
    private static final Knob<String> ALGORITHM = Knob.choice("algorithm", ALGORITHMS, "mixed", "bubble, insertion, selection, or mixed (one drawn per puzzle)");
    private static final BootcampInfo INFO = BootcampInfo.builder(SortingStepsBootcamp.class)
            .title("Sorting algorithm steps")
            .domain("algorithms")
            .tags("sorting", "simulation", "arrays")
            .summary("Given a list of integers, one of bubble, insertion or selection sort with its pass defined exactly,"
                    + " and a number of passes, give the list after that many passes. The list is unique and compared"
                    + " position by position: CORRECT only when every number matches, otherwise WRONG naming the first"
                    + " difference; no partial credit. Puzzles where the passes leave the list unchanged or already fully"
                    + " sorted are drawn again.")
            .knob(LENGTH)
            .knob(PASSES)
            .knob(MAX_VALUE)
            .knob(ALGORITHM)
            .answerShape("the numbers of the list after the passes, in order, separated by spaces")
            .build();

    /** Draws before a puzzle whose passes change nothing or finish the sort is accepted. */
    private static final int ATTEMPTS = 100;

    /** The starting list, the algorithm, the passes, and the resulting list (kept for checking, never shown). */
    public record Puzzle(List<Integer> start, String algorithm, int passes, List<Integer> result) {
        public Puzzle {
            start = List.copyOf(requireNonNull(start, "start is null"));
            requireNonNull(algorithm, "algorithm is null");
            result = List.copyOf(requireNonNull(result, "result is null"));
        }
    }

    /** The list, in order. */
    public record Answer(List<Integer> values) {
        public Answer {
            values = List.copyOf(requireNonNull(values, "values is null"));
        }
    }

    public SortingStepsBootcamp() {
        super(INFO, ListCodecs.tokens(Answers::intValue, " ", "", "numbers").map(Answer::new, Answer::values));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LENGTH, Draw.scale(level, 5, 24))
                .with(PASSES, Draw.scale(level, 1, 9))
                .with(MAX_VALUE, Draw.scale(level, 9, 99));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int length = knobs.get(LENGTH);
        int passes = Math.max(1, Math.min(knobs.get(PASSES), length - 2));
        String algorithm = knobs.get(ALGORITHM);
        if (algorithm.equals("mixed")) {
            algorithm = ALGORITHMS.get(random.nextInt(3));
        }
        Puzzle puzzle = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Integer> start = IntStream.range(0, length).mapToObj(i -> Draw.between(1, knobs.get(MAX_VALUE), random)).toList();
            List<Integer> result = run(start, algorithm, passes);
            puzzle = new Puzzle(start, algorithm, passes, result);
            List<Integer> sorted = start.stream().sorted().toList();
            if (!result.equals(start) && !result.equals(sorted)) {
                return puzzle;
            }
        }
        return puzzle;
    }

    @Override
    public String question(Puzzle puzzle) {
        int n = puzzle.start().size();
        StringBuilder text = new StringBuilder();
        text.append("A list of ").append(n).append(" numbers, with positions 1 to ").append(n).append(" from left to right, is")
                .append(" being sorted into ascending order by ").append(puzzle.algorithm()).append(" sort, one pass at a")
                .append(" time. A pass is defined exactly as follows.\n\n");
        switch (puzzle.algorithm()) {
            case "bubble" -> text.append("Bubble sort pass: for each position i from 1 to ").append(n - 1).append(" in turn,")
                    .append(" compare the numbers at positions i and i + 1 (as they are at that moment) and swap them if the")
                    .append(" first is greater than the second. Every pass goes through all of these positions, from the")
                    .append(" left end to the right end.");
            case "insertion" -> text.append("Insertion sort pass number p (p = 1, 2, 3, ...): take the number at position")
                    .append(" p + 1 and move it to the left past every number before it that is strictly greater than it,")
                    .append(" shifting those numbers one place to the right; it never moves past a number equal to or")
                    .append(" smaller than it.");
            default -> text.append("Selection sort pass number p (p = 1, 2, 3, ...): find the smallest number among positions")
                    .append(" p to ").append(n).append(" (if it occurs more than once, take the leftmost occurrence) and swap")
                    .append(" it with the number at position p (if it is already at position p, nothing changes).");
        }
        text.append("\n\nThe list before the first pass is:\n\n").append(puzzle.start()).append("\n\n")
                .append("What is the list after ").append(puzzle.passes()).append(puzzle.passes() == 1 ? " pass" : " passes")
                .append("? Answer with the ").append(n).append(" numbers in order, separated by spaces.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(run(puzzle.start(), puzzle.algorithm(), puzzle.passes()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Integer> expected = puzzle.result();
        List<Integer> found = answer.values();
        if (found.size() != expected.size()) {
            return Score.wrong("expected " + expected.size() + " numbers, found " + found.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(found.get(i))) {
                return Score.wrong("position " + (i + 1) + " holds " + expected.get(i) + " after the passes, found " + found.get(i));
            }
        }
        return Score.correct("all " + expected.size() + " numbers match");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<List<Integer>> candidates = new ArrayList<>();
        candidates.add(run(puzzle.start(), puzzle.algorithm(), puzzle.passes() - 1));
        candidates.add(run(puzzle.start(), puzzle.algorithm(), puzzle.passes() + 1));
        for (String algorithm : ALGORITHMS.subList(0, 3)) {
            candidates.add(run(puzzle.start(), algorithm, puzzle.passes()));
        }
        candidates.add(puzzle.start().stream().sorted().toList());
        candidates.addAll(NearMisses.permutation(gold.values(), random));
        return candidates.stream().map(Answer::new).filter(miss -> !miss.equals(gold)).distinct().toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.start().size() * puzzle.passes();
    }

    private static List<Integer> run(List<Integer> start, String algorithm, int passes) {
        int[] values = start.stream().mapToInt(Integer::intValue).toArray();
        int n = values.length;
        for (int pass = 1; pass <= Math.min(passes, n); pass++) {
            switch (algorithm) {
                case "bubble" -> {
                    for (int i = 0; i + 1 < n; i++) {
                        if (values[i] > values[i + 1]) {
                            swap(values, i, i + 1);
                        }
                    }
                }
                case "insertion" -> {
                    if (pass < n) {
                        int moving = values[pass];
                        int i = pass;
                        while (i > 0 && values[i - 1] > moving) {
                            values[i] = values[i - 1];
                            i--;
                        }
                        values[i] = moving;
                    }
                }
                default -> {
                    int smallest = pass - 1;
                    for (int i = pass; i < n; i++) {
                        smallest = values[i] < values[smallest] ? i : smallest;
                    }
                    swap(values, pass - 1, smallest);
                }
            }
        }
        return Arrays.stream(values).boxed().toList();
    }

    private static void swap(int[] values, int first, int second) {
        int swap = values[first];
        values[first] = values[second];
        values[second] = swap;
    }
}
