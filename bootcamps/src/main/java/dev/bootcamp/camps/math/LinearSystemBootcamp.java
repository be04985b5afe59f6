package dev.bootcamp.camps.math;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.ExactMatrix;
import dev.bootcamp.camps.kit.LinearEquations;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Solve a square system of linear equations with integer coefficients and a unique rational solution. */
@AutoService(Bootcamp.class)
public final class LinearSystemBootcamp extends Camp<LinearSystemBootcamp.Puzzle, LinearSystemBootcamp.Answer> {
    private static final Knob<Integer> UNKNOWNS = Knob.integer("unknowns", 2, 10, 3, "number of unknowns and of equations");
    private static final Knob<Integer> MAX_COEFFICIENT = Knob.integer("max-coefficient", 1, 50, 5, "largest coefficient in absolute value");
    private static final Knob<Integer> MAX_VALUE = Knob.integer("max-value", 1, 100, 10, "largest integer value, or fraction numerator, of an unknown");
    private static final Knob<Double> FRACTIONS = Knob.decimal("fractions", 0, 1, 0, "chance that an unknown's value is a fraction rather than an integer");
    private static final Knob<Integer> MAX_DENOMINATOR = Knob.integer("max-denominator", 2, 20, 4, "largest denominator of a fractional value");
    private static final BootcampInfo INFO = BootcampInfo.builder(LinearSystemBootcamp.class)
            .title("System of linear equations")
            .domain("math")
            .tags("algebra", "linear-algebra", "fractions")
            .summary("Solve n linear equations in n unknowns with integer coefficients and exactly one solution, giving"
                    + " each unknown's exact value as an integer or a fraction. CORRECT when every value is exactly right"
                    + " (values may be named in any order, or listed unnamed in the order of the unknowns); otherwise WRONG.")
            .knob(UNKNOWNS)
            .knob(MAX_COEFFICIENT)
            .knob(MAX_VALUE)
            .knob(FRACTIONS)
            .knob(MAX_DENOMINATOR)
            .answerShape("every unknown with its exact value, as name = value separated by commas")
            .uniqueSolution()
            .build();

    /** Names for up to four unknowns; larger systems use {@link #LETTERS}. */
    private static final List<String> SHORT_NAMES = List.of("x", "y", "z", "w");
    private static final List<String> LETTERS = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    /** Systems with fractional values are tried this often before falling back to integer values. */
    private static final int FRACTION_ATTEMPTS = 100;
    private static final int ROW_ATTEMPTS = 100;

    /** The unknowns' names, one row of coefficients and one constant per equation, and the solution. */
    public record Puzzle(List<String> variables, List<List<Integer>> coefficients, List<Integer> constants, List<Rational> solution) {
        public Puzzle {
            variables = List.copyOf(variables);
            coefficients = coefficients.stream().map(List::copyOf).toList();
            constants = List.copyOf(constants);
            solution = List.copyOf(solution);
        }
    }

    /** Values in the order of {@code variables}, or in the puzzle's order of unknowns when {@code variables} is empty. */
    public record Answer(List<String> variables, List<Rational> values) {
        public Answer {
            variables = List.copyOf(variables);
            values = List.copyOf(values);
            if (!variables.isEmpty() && variables.size() != values.size()) {
                throw new IllegalArgumentException("expected one name per value, found " + variables.size() + " names and " + values.size() + " values");
            }
        }
    }

    public LinearSystemBootcamp() {
        super(INFO, Codec.of(LinearSystemBootcamp::write, LinearSystemBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(UNKNOWNS, Draw.scale(level, 2, 6))
                .with(MAX_COEFFICIENT, Draw.scale(level, 3, 10))
                .with(MAX_VALUE, Draw.scale(level, 5, 12))
                .with(FRACTIONS, Math.max(0, level - 3) / 10.0)
                .with(MAX_DENOMINATOR, Draw.scale(level, 2, 6));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int n = knobs.get(UNKNOWNS);
        int maxCoefficient = knobs.get(MAX_COEFFICIENT);
        int maxValue = knobs.get(MAX_VALUE);
        int maxDenominator = knobs.get(MAX_DENOMINATOR);
        List<String> variables = (n <= SHORT_NAMES.size() ? SHORT_NAMES : LETTERS).subList(0, n);
        // Terminates with probability 1: with integer values any non-singular matrix will do.
        for (int attempt = 0; ; attempt++) {
            double fractions = attempt < FRACTION_ATTEMPTS ? knobs.get(FRACTIONS) : 0;
            // Every value is scaled[j] / denominator, so an equation has an integer constant when its row's dot
            // product with scaled is a multiple of denominator.
            int denominator = Draw.between(2, maxDenominator, random);
            long[] scaled = new long[n];
            for (int j = 0; j < n; j++) {
                if (random.nextDouble() < fractions) {
                    int numerator = Draw.between(-maxValue, maxValue, random);
                    if (numerator % denominator == 0) {
                        numerator += numerator < maxValue ? 1 : -1;
                    }
                    scaled[j] = numerator;
                } else {
                    scaled[j] = (long) Draw.between(-maxValue, maxValue, random) * denominator;
                }
            }
            List<List<Integer>> rows = new ArrayList<>();
            List<Integer> constants = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int[] row = row(n, maxCoefficient, scaled, denominator, random);
                if (row == null) {
                    break;
                }
                long dot = 0;
                for (int j = 0; j < n; j++) {
                    dot += row[j] * scaled[j];
                }
                rows.add(Arrays.stream(row).boxed().toList());
                constants.add(Math.toIntExact(dot / denominator));
            }
            if (rows.size() < n) {
                continue;
            }
            if (ExactMatrix.determinant(rows).signum() != 0) {
                return new Puzzle(variables, rows, constants, Arrays.stream(scaled).mapToObj(value -> Rational.of(value, denominator)).toList());
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        int n = puzzle.variables().size();
        StringBuilder text = new StringBuilder("Solve this system of ").append(n).append(" linear equations in the unknowns ")
                .append(String.join(", ", puzzle.variables())).append(". It has exactly one solution.\n\n");
        for (int i = 0; i < n; i++) {
            text.append("    ").append(LinearEquations.text(puzzle.coefficients().get(i), puzzle.constants().get(i), puzzle.variables())).append('\n');
        }
        text.append("\nAnswer in the form ").append(String.join(", ", puzzle.variables().stream().map(name -> name + " = ...").toList()))
                .append(", with each ... replaced by the exact value: an integer, or a fraction in lowest terms such as -7/4"
                        + " (not a decimal approximation).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.variables(), puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> variables = puzzle.variables();
        if (answer.values().size() != variables.size()) {
            return Score.wrong("expected " + variables.size() + " values, found " + answer.values().size());
        }
        List<Rational> values = new ArrayList<>(Collections.nCopies(variables.size(), (Rational) null));
        for (int i = 0; i < answer.values().size(); i++) {
            int index = answer.variables().isEmpty() ? i : variables.indexOf(answer.variables().get(i));
            if (index < 0) {
                return Score.wrong("there is no unknown " + answer.variables().get(i) + "; the unknowns are " + String.join(", ", variables));
            }
            values.set(index, answer.values().get(i));
        }
        List<String> wrong = new ArrayList<>();
        for (int j = 0; j < variables.size(); j++) {
            if (values.get(j) == null) {
                return Score.wrong("no value for " + variables.get(j));
            }
            if (!values.get(j).equals(puzzle.solution().get(j))) {
                wrong.add(variables.get(j));
            }
        }
        if (wrong.isEmpty()) {
            return Score.correct("all " + variables.size() + " values are right");
        }
        return Score.wrong("wrong value for " + String.join(", ", wrong));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Rational> solution = puzzle.solution();
        int n = solution.size();
        List<Answer> misses = new ArrayList<>();
        List<Rational> changed = new ArrayList<>(solution);
        int at = random.nextInt(n);
        changed.set(at, changed.get(at).add(Rational.ONE));
        misses.add(new Answer(puzzle.variables(), changed));
        int first = random.nextInt(n);
        for (int k = 1; k < n; k++) {
            int second = (first + k) % n;
            if (!solution.get(first).equals(solution.get(second))) {
                List<Rational> swapped = new ArrayList<>(solution);
                Collections.swap(swapped, first, second);
                misses.add(new Answer(puzzle.variables(), swapped));
                break;
            }
        }
        for (int k = 0; k < n; k++) {
            int index = (first + k) % n;
            if (solution.get(index).signum() != 0) {
                List<Rational> flipped = new ArrayList<>(solution);
                flipped.set(index, flipped.get(index).negate());
                misses.add(new Answer(puzzle.variables(), flipped));
                break;
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        int n = puzzle.variables().size();
        return (double) n * n * n * (1 + puzzle.solution().stream().filter(value -> !value.isInteger()).count());
    }

    /** 0, 1 or {@code limit} (infinitely many), from the ranks of the matrix and the augmented matrix. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int n = puzzle.constants().size();
        List<List<Integer>> augmented = IntStream.range(0, n)
                .mapToObj(i -> Stream.concat(puzzle.coefficients().get(i).stream(), Stream.of(puzzle.constants().get(i))).toList()).toList();
        int rank = ExactMatrix.rank(puzzle.coefficients());
        if (rank < ExactMatrix.rank(augmented)) {
            return 0;
        }
        return rank == n ? Math.min(1, limit) : limit;
    }

    /** A row of coefficients, not all zero, whose dot product with {@code scaled} is a multiple of the denominator. */
    private static int[] row(int n, int maxCoefficient, long[] scaled, int denominator, RandomGenerator random) {
        for (int attempt = 0; attempt < ROW_ATTEMPTS; attempt++) {
            int[] row = new int[n];
            long dot = 0;
            boolean zero = true;
            for (int j = 0; j < n; j++) {
                row[j] = Draw.between(-maxCoefficient, maxCoefficient, random);
                dot += row[j] * scaled[j];
                zero &= row[j] == 0;
            }
            if (!zero && dot % denominator == 0) {
                return row;
            }
        }
        return null;
    }

    private static String write(Answer answer) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < answer.values().size(); i++) {
            String value = answer.values().get(i).toString();
            entries.add(answer.variables().isEmpty() ? value : answer.variables().get(i) + " = " + value);
        }
        return String.join(", ", entries);
    }

    /** Reads {@code x = 3, y = -1/2}, one entry a line, {@code (x, y) = (3, -1/2)}, or bare values in order. */
    private static Answer read(String text) {
        return LinearSystemParser.parse(text);
    }
}
