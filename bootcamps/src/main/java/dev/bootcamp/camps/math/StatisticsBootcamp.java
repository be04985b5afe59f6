package dev.bootcamp.camps.math;

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
import dev.bootcamp.camps.kit.LabelledValues;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Mean, median, mode and population variance of a list of integers, exactly. */
@AutoService(Bootcamp.class)
public final class StatisticsBootcamp extends Camp<StatisticsBootcamp.Puzzle, StatisticsBootcamp.Answer> {
    private static final Knob<Integer> COUNT = Knob.integer("count", 3, 100, 9, "how many numbers in the list");
    private static final Knob<Integer> MAX_VALUE = Knob.integer("max-value", 5, 100_000, 50, "largest absolute value of a number");
    private static final Knob<Boolean> NEGATIVES = Knob.flag("negatives", false, "whether negative numbers appear");
    private static final BootcampInfo INFO = BootcampInfo.builder(StatisticsBootcamp.class)
            .title("Descriptive statistics")
            .domain("math")
            .tags("statistics", "fractions", "partial-credit")
            .summary("Give the mean, median, mode and population variance (dividing by n) of a list of integers that has"
                    + " exactly one most frequent value, each as an exact integer or fraction, labelled. CORRECT when all"
                    + " four are right; PARTIAL with reward equal to the fraction of the four that are right; WRONG when none is.")
            .version(2)
            .knob(COUNT)
            .knob(MAX_VALUE)
            .knob(NEGATIVES)
            .answerShape("mean = ..., median = ..., mode = ..., variance = ... with each value an integer or a fraction such as 17/3")
            .build();

    private static final List<String> NAMES = List.of("mean", "median", "mode", "variance");
    private static final Map<String, String> ALIASES = Map.of("mean", "mean", "average", "mean", "arithmeticmean", "mean",
            "median", "median", "mode", "mode", "variance", "variance", "populationvariance", "variance", "var", "variance", "sigma", "variance", "sigmasquared", "variance");

    /** The numbers in the order shown, and the four statistics. */
    public record Puzzle(List<Integer> numbers, Rational mean, Rational median, Rational mode, Rational variance) {
        public Puzzle {
            numbers = List.copyOf(numbers);
            requireNonNull(mean, "mean is null");
            requireNonNull(median, "median is null");
            requireNonNull(mode, "mode is null");
            requireNonNull(variance, "variance is null");
        }
    }

    public record Answer(Rational mean, Rational median, Rational mode, Rational variance) {
        public Answer {
            requireNonNull(mean, "mean is null");
            requireNonNull(median, "median is null");
            requireNonNull(mode, "mode is null");
            requireNonNull(variance, "variance is null");
        }
    }

    public StatisticsBootcamp() {
        super(INFO, Codec.of(StatisticsBootcamp::write, StatisticsBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(COUNT, Draw.scale(level, 5, 25))
                .with(MAX_VALUE, Draw.scale(level, 30, 200))
                .with(NEGATIVES, level >= 7);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(COUNT);
        int max = knobs.get(MAX_VALUE);
        int min = knobs.get(NEGATIVES) ? -max : 0;
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(Draw.between(min, max, random));
        }
        // Ties for the most frequent value are broken by turning one copy of every other tied value into the mode.
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        numbers.forEach(number -> counts.merge(number, 1, Integer::sum));
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Integer> tied = counts.entrySet().stream().filter(entry -> entry.getValue() == top).map(Map.Entry::getKey).toList();
        int mode = Draw.pick(tied, random);
        if (top == 1) {
            int other = numbers.indexOf(mode) == 0 ? 1 : 0;
            numbers.set(other, mode);
        } else {
            for (int value : tied) {
                if (value != mode) {
                    numbers.set(numbers.indexOf(value), mode);
                }
            }
        }
        Draw.shuffle(numbers, random);
        return new Puzzle(numbers, mean(numbers), median(numbers), Rational.of(mode), variance(numbers, numbers.size()));
    }

    @Override
    public String question(Puzzle puzzle) {
        int n = puzzle.numbers().size();
        return "Here is a list of " + n + " integers:\n\n    " + String.join(", ", puzzle.numbers().stream().map(String::valueOf).toList())
                + "\n\nFind their mean, median, mode and variance. The median of an even number of values is the average of"
                + " the two middle values. The mode is the value that occurs most often (exactly one value does here). Use"
                + " the population variance: the average of the squared differences from the mean, dividing by " + n
                + " (not by " + (n - 1) + ").\n\nAnswer in the form mean = ..., median = ..., mode = ..., variance = ..., writing"
                + " each value exactly as an integer or a fraction in lowest terms (such as 17/3), not as a rounded decimal.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.mean(), puzzle.median(), puzzle.mode(), puzzle.variance());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> wrong = new ArrayList<>();
        if (!answer.mean().equals(puzzle.mean())) {
            wrong.add("mean");
        }
        if (!answer.median().equals(puzzle.median())) {
            wrong.add("median");
        }
        if (!answer.mode().equals(puzzle.mode())) {
            wrong.add("mode");
        }
        if (!answer.variance().equals(puzzle.variance())) {
            int n = puzzle.numbers().size();
            wrong.add(answer.variance().equals(variance(puzzle.numbers(), n - 1)) ? "variance (that is the sample variance)" : "variance");
        }
        if (wrong.isEmpty()) {
            return Score.correct("all four values are right");
        }
        return Score.partial((NAMES.size() - wrong.size()) / (double) NAMES.size(), "wrong: " + String.join(", ", wrong));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Integer> numbers = puzzle.numbers();
        int n = numbers.size();
        Rational unsortedMedian = n % 2 == 1 ? Rational.of(numbers.get(n / 2))
                : Rational.of((long) numbers.get(n / 2 - 1) + numbers.get(n / 2), 2);
        int largest = numbers.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Answer> misses = new ArrayList<>(List.of(
                new Answer(gold.mean(), gold.median(), gold.mode(), variance(numbers, n - 1)),
                new Answer(gold.mean(), unsortedMedian, gold.mode(), gold.variance()),
                new Answer(gold.mean().add(Rational.ONE), gold.median(), gold.mode(), gold.variance()),
                new Answer(gold.mean(), gold.median(), Rational.of(largest), gold.variance()),
                new Answer(gold.median(), gold.mean(), gold.mode(), gold.variance())));
        return NumberAnswers.misses(gold, misses, miss -> miss);
    }

    @Override
    public double cost(Puzzle puzzle) {
        int largest = puzzle.numbers().stream().mapToInt(Math::abs).max().orElse(0);
        return puzzle.numbers().size() * Math.log10(largest + 2.0);
    }

    private static Rational mean(List<Integer> numbers) {
        long sum = numbers.stream().mapToLong(Integer::longValue).sum();
        return Rational.of(sum, numbers.size());
    }

    private static Rational median(List<Integer> numbers) {
        List<Integer> sorted = numbers.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? Rational.of(sorted.get(n / 2)) : Rational.of((long) sorted.get(n / 2 - 1) + sorted.get(n / 2), 2);
    }

    /** The sum of squared deviations from the mean divided by {@code divisor} (n for the population, n - 1 for a sample). */
    private static Rational variance(List<Integer> numbers, int divisor) {
        long n = numbers.size();
        long sum = 0;
        long squares = 0;
        for (int number : numbers) {
            sum += number;
            squares += (long) number * number;
        }
        return Rational.of(n * squares - sum * sum, n * divisor);
    }

    private static String write(Answer answer) {
        return "mean = " + answer.mean() + ", median = " + answer.median() + ", mode = " + answer.mode() + ", variance = " + answer.variance();
    }

    private static Answer read(String text) {
        List<String> values = LabelledValues.read(text, ALIASES, NAMES);
        return new Answer(Answers.rational(values.get(0)), Answers.rational(values.get(1)), Answers.rational(values.get(2)),
                Answers.rational(values.get(3)));
    }
}
