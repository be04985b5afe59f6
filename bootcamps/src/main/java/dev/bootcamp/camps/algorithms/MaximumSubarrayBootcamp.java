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
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.ListCodecs;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Maximum subarray: the run of consecutive numbers with the largest sum. */
@AutoService(Bootcamp.class)
public final class MaximumSubarrayBootcamp extends Camp<MaximumSubarrayBootcamp.Puzzle, MaximumSubarrayBootcamp.Answer> {
    private static final Knob<Integer> LENGTH = Knob.integer("length", 2, 400, 10, "number of numbers in the list");
    private static final Knob<Integer> MAX_VALUE = Knob.integer("max-value", 1, 9999, 20, "largest absolute value of a number (values are -max-value..max-value)");
    private static final Knob<Boolean> CROSS_NEGATIVE = Knob.flag("cross-negative", false, "the best run must contain a negative number, so that it is not just a"
            + " stretch of positive numbers");
    private static final Knob<Integer> LISTS = Knob.integer("lists", 1, 10, 3, "number of lists in one puzzle, answered together");
    private static final BootcampInfo INFO = BootcampInfo.builder(MaximumSubarrayBootcamp.class)
            .title("Maximum subarray")
            .version(2)
            .domain("algorithms")
            .tags("dynamic-programming", "kadane", "sequences", "optimisation")
            .summary("Given several lists of positive and negative integers, give for each the start and end positions"
                    + " (counted from 1, both included) of a non-empty run of consecutive numbers whose sum is as large as"
                    + " possible. Any run with the largest sum is accepted, whichever of several it is; the answer is CORRECT"
                    + " only when every list's run is, and WRONG with the reason otherwise (positions out of range, a start"
                    + " after the end, a smaller sum); no partial credit, since one short list's best run is guessable and"
                    + " several together are not.")
            .knob(LENGTH)
            .knob(MAX_VALUE)
            .knob(CROSS_NEGATIVE)
            .knob(LISTS)
            .answerShape("one line per list: two integers, the start position and the end position of its best run")
            .severalAnswers()
            .build();

    /** Draws before a list that misses the asked-for shape is accepted; ordinary knobs match within a few. */
    private static final int ATTEMPTS = 200;
    private static final Pattern LIST_LABEL = Pattern.compile("^\\s*list\\s*\\d+\\s*[:.)]?", Pattern.CASE_INSENSITIVE);
    private static final Set<String> FILLER = Set.of("to", "from", "start", "end", "position", "positions", "and", "through");

    /** One list of numbers and the largest sum of a non-empty run of them (kept for checking, never shown). */
    public record Numbers(List<Integer> values, long best) {
        public Numbers {
            values = List.copyOf(requireNonNull(values, "values is null"));
        }
    }

    /** The lists, answered together. */
    public record Puzzle(List<Numbers> lists) {
        public Puzzle {
            lists = List.copyOf(requireNonNull(lists, "lists is null"));
        }
    }

    /** A run by its first and last positions, counted from 1. */
    public record Run(int start, int end) {}

    /** One run per list, in order. */
    public record Answer(List<Run> runs) {
        public Answer {
            runs = List.copyOf(requireNonNull(runs, "runs is null"));
        }
    }

    public MaximumSubarrayBootcamp() {
        super(INFO, ListCodecs.lines(line -> run(LIST_LABEL.matcher(line).replaceFirst("")), (Run run) -> run.start() + " " + run.end(), ";", "runs")
                .map(Answer::new, Answer::runs));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LENGTH, Draw.scale(level, 6, 40))
                .with(MAX_VALUE, Draw.scale(level, 9, 99))
                .with(CROSS_NEGATIVE, level >= 3);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return new Puzzle(IntStream.range(0, knobs.get(LISTS)).mapToObj(k -> numbers(knobs, random)).toList());
    }

    private static Numbers numbers(Knobs knobs, RandomGenerator random) {
        int length = knobs.get(LENGTH);
        int maxValue = knobs.get(MAX_VALUE);
        Numbers puzzle = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                values.add(Draw.between(-maxValue, maxValue, random));
            }
            Run best = kadane(values);
            puzzle = new Numbers(values, sum(values, best));
            boolean crosses = values.subList(best.start() - 1, best.end()).stream().anyMatch(value -> value < 0);
            boolean whole = best.start() == 1 && best.end() == length;
            if (puzzle.best() > 0 && (!knobs.get(CROSS_NEGATIVE) || crosses && !whole)) {
                return puzzle;
            }
        }
        return puzzle;
    }

    @Override
    public String question(Puzzle puzzle) {
        int count = puzzle.lists().size();
        StringBuilder text = new StringBuilder();
        text.append("Below are ").append(count).append(" lists of integers. In each list the positions are numbered from 1 at")
                .append(" the left.\n\n");
        for (int k = 0; k < count; k++) {
            List<Integer> values = puzzle.lists().get(k).values();
            text.append("List ").append(k + 1).append(" (").append(values.size()).append(" numbers): ").append(values).append('\n');
        }
        text.append("\nIn each list, find a run of consecutive numbers (at least one number) whose sum is as large as possible.")
                .append(" If several runs of a list have the same largest sum, any one of them is accepted.\n\n")
                .append("Answer with ").append(count).append(" lines, one per list in order, each holding two integers separated")
                .append(" by a space: the position of the first number of the run and the position of its last number (both")
                .append(" included, so a run of one number at position 4 is 4 4). The answer is correct only when every line is.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.lists().stream().map(numbers -> kadane(numbers.values())).toList());
    }

    private static Run run(String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String token : Answers.tokens(text.replace("..", " "), "-:=\u2013")) {
            String word = token.toLowerCase(Locale.ROOT);
            if (FILLER.contains(word)) {
                continue;
            }
            numbers.add(Answers.intValue(word));
            if (numbers.size() > 2) {
                throw new AnswerFormatException("expected two positions on a line, found more");
            }
        }
        if (numbers.size() != 2) {
            throw new AnswerFormatException("expected two positions on a line, a start and an end, found " + numbers.size());
        }
        return new Run(numbers.get(0), numbers.get(1));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Score problem = Items.firstProblem(puzzle.lists().size(), answer.runs().size(), "lines, one per list", k -> {
            String wrong = problem(puzzle.lists().get(k), answer.runs().get(k));
            return wrong == null ? null : "list " + (k + 1) + ": " + wrong;
        });
        return problem != null ? problem : Score.correct("every run has its list's largest sum");
    }

    /** Why a run is not a best run of its list, or null when it is. */
    private static String problem(Numbers numbers, Run run) {
        int n = numbers.values().size();
        if (run.start() < 1 || run.end() > n) {
            return "positions must be in 1.." + n + ", found " + run.start() + " to " + run.end();
        }
        if (run.start() > run.end()) {
            return "the start " + run.start() + " is after the end " + run.end();
        }
        long sum = sum(numbers.values(), run);
        if (sum == numbers.best()) {
            return null;
        }
        return "the run from " + run.start() + " to " + run.end() + " sums to " + sum + ", but the largest sum is " + numbers.best();
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int k = random.nextInt(puzzle.lists().size());
        List<Answer> misses = new ArrayList<>(NearMisses.replaced(gold.runs(), k, missedRuns(puzzle.lists().get(k), gold.runs().get(k))).stream().map(Answer::new).toList());
        misses.add(new Answer(gold.runs().subList(0, gold.runs().size() - 1)));
        return misses.stream().filter(miss -> !miss.runs().isEmpty()).toList();
    }

    private static List<Run> missedRuns(Numbers numbers, Run gold) {
        int n = numbers.values().size();
        int start = gold.start();
        int end = gold.end();
        List<Run> candidates = List.of(new Run(start - 1, end - 1), new Run(start, end + 1), new Run(start - 1, end),
                new Run(start + 1, end), new Run(start, end - 1), new Run(1, n));
        List<Run> misses = new ArrayList<>(candidates.stream().filter(candidate -> candidate.start() >= 1 && candidate.start() <= candidate.end()
                && candidate.end() <= n && sum(numbers.values(), candidate) != numbers.best()).distinct().toList());
        misses.add(new Run(end + 1, end + 1));
        if (start < end) {
            misses.add(new Run(end, start));
        }
        return misses;
    }

    /** The numbers a solver scans, over all lists. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.lists().stream().mapToInt(numbers -> numbers.values().size()).sum();
    }

    private static long sum(List<Integer> values, Run run) {
        return values.subList(run.start() - 1, run.end()).stream().mapToLong(Integer::longValue).sum();
    }

    /** Kadane's scan: the best run ending at each position either extends the one before or starts afresh. */
    private static Run kadane(List<Integer> values) {
        long bestSum = Long.MIN_VALUE;
        Run best = new Run(1, 1);
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
                best = new Run(runStart, i);
            }
        }
        return best;
    }
}
