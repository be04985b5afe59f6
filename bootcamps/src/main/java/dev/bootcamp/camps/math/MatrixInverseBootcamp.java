package dev.bootcamp.camps.math;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.ExactMatrix;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/** Find the exact inverse of an invertible integer matrix, with fractions where needed. */
@AutoService(Bootcamp.class)
public final class MatrixInverseBootcamp extends Camp<MatrixInverseBootcamp.Puzzle, MatrixInverseBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 2, 6, 3, "number of rows and columns");
    private static final Knob<Integer> MAX_ENTRY = Knob.integer("max-entry", 1, 20, 4, "largest absolute value of an entry");
    private static final Knob<Integer> MAX_DETERMINANT = Knob.integer("max-determinant", 1, 10_000, 6, "largest absolute value of the determinant (1 gives an integer inverse)");
    private static final BootcampInfo INFO = BootcampInfo.builder(MatrixInverseBootcamp.class)
            .title("Matrix inverse")
            .version(2)
            .domain("math")
            .tags("linear-algebra", "matrices", "fractions")
            .summary("Invert a square matrix of small integers whose determinant is small and non-zero, giving every entry"
                    + " of the inverse exactly (integers or fractions; any equal form such as 0.5 or 2/4 is read as 1/2)."
                    + " CORRECT when every entry is right; a wrong shape or any wrong entry is WRONG.")
            .knob(SIZE)
            .knob(MAX_ENTRY)
            .knob(MAX_DETERMINANT)
            .answerShape("the inverse matrix, one row per line, entries separated by spaces, fractions written like -2/7")
            .build();

    private static final int[] MAX_DETERMINANT_BY_LEVEL = {1, 3, 4, 5, 6, 10, 16, 25, 40, 60};
    private static final int RANDOM_ATTEMPTS = 2_000;

    /** The matrix, its determinant and its inverse. */
    public record Puzzle(List<List<Integer>> matrix, BigInteger determinant, List<List<Rational>> inverse) {
        public Puzzle {
            matrix = matrix.stream().map(List::copyOf).toList();
            requireNonNull(determinant, "determinant is null");
            inverse = inverse.stream().map(List::copyOf).toList();
        }
    }

    /** The rows of the proposed inverse; rows may be ragged, the checker tests the shape. */
    public record Answer(List<List<Rational>> rows) {
        public Answer {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public MatrixInverseBootcamp() {
        super(INFO, ExactMatrix.codec().map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 2, 5))
                .with(MAX_ENTRY, Draw.scale(level, 6, 9))
                .with(MAX_DETERMINANT, MAX_DETERMINANT_BY_LEVEL[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int n = knobs.get(SIZE);
        int max = knobs.get(MAX_ENTRY);
        BigInteger maxDeterminant = BigInteger.valueOf(knobs.get(MAX_DETERMINANT));
        for (int attempt = 0; ; attempt++) {
            List<List<Integer>> matrix = attempt < RANDOM_ATTEMPTS ? ExactMatrix.rows(ExactMatrix.random(n, n, max, random)) : builtMatrix(n, max, maxDeterminant, random);
            double estimate = Math.abs(approximateDeterminant(matrix));
            if (estimate < 0.5 || estimate > maxDeterminant.doubleValue() + 0.5) {
                continue;
            }
            BigInteger determinant = ExactMatrix.determinant(matrix);
            if (determinant.signum() == 0 || determinant.abs().compareTo(maxDeterminant) > 0) {
                continue;
            }
            Puzzle puzzle = new Puzzle(matrix, determinant, ExactMatrix.inverse(matrix));
            if (!ExactMatrix.shows(question(puzzle), render(solve(puzzle)))) {
                return puzzle;
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        int n = puzzle.matrix().size();
        return "Find the inverse of this " + n + " x " + n + " matrix (one row a line):\n\n" + ExactMatrix.display(puzzle.matrix())
                + "\nGive the inverse as " + n + " lines, one row per line, with the " + n + " entries of a row separated by"
                + " spaces. Write every entry exactly: an integer, or a fraction in lowest terms such as -2/7.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.inverse());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int n = puzzle.matrix().size();
        if (answer.rows().size() != n || answer.rows().stream().anyMatch(row -> row.size() != n)) {
            return Score.wrong("expected " + n + " rows of " + n + " entries");
        }
        return Items.allOrNothing(puzzle.inverse().stream().flatMap(List::stream).toList(),
                answer.rows().stream().flatMap(List::stream).toList(), "value");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<List<Rational>> inverse = puzzle.inverse();
        int n = inverse.size();
        Rational determinant = new Rational(puzzle.determinant(), BigInteger.ONE);
        List<List<List<Rational>>> misses = new ArrayList<>();
        misses.add(map(inverse, (i, j) -> inverse.get(j).get(i)));
        misses.add(map(inverse, (i, j) -> inverse.get(i).get(j).negate()));
        misses.add(map(inverse, (i, j) -> inverse.get(i).get(j).multiply(determinant)));
        int row = random.nextInt(n);
        int column = random.nextInt(n);
        misses.add(map(inverse, (i, j) -> i == row && j == column ? inverse.get(i).get(j).add(Rational.ONE) : inverse.get(i).get(j)));
        misses.add(inverse.subList(0, n - 1));
        return NumberAnswers.misses(inverse, misses, Answer::new);
    }

    @Override
    public double cost(Puzzle puzzle) {
        int n = puzzle.matrix().size();
        return n * n * n * (1 + Math.log10(puzzle.determinant().abs().doubleValue()));
    }

    /** The determinant in floating point (partial pivoting), to reject most random draws before exact arithmetic. */
    private static double approximateDeterminant(List<List<Integer>> matrix) {
        int n = matrix.size();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = matrix.get(i).get(j);
            }
        }
        double determinant = 1;
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int i = column + 1; i < n; i++) {
                if (Math.abs(a[i][column]) > Math.abs(a[pivot][column])) {
                    pivot = i;
                }
            }
            if (a[pivot][column] == 0) {
                return 0;
            }
            if (pivot != column) {
                double[] swap = a[pivot];
                a[pivot] = a[column];
                a[column] = swap;
                determinant = -determinant;
            }
            determinant *= a[column][column];
            for (int i = column + 1; i < n; i++) {
                double factor = a[i][column] / a[column][column];
                for (int j = column; j < n; j++) {
                    a[i][j] -= factor * a[column][j];
                }
            }
        }
        return determinant;
    }

    /**
     * A diagonal matrix of the wanted determinant mixed by random row additions that keep entries within the bound;
     * used only when random matrices keep missing the determinant range.
     */
    private static List<List<Integer>> builtMatrix(int n, int max, BigInteger maxDeterminant, RandomGenerator random) {
        int[][] matrix = new int[n][n];
        for (int i = 0; i < n; i++) {
            matrix[i][i] = 1;
        }
        matrix[0][0] = Draw.between(1, (int) Math.min(max, maxDeterminant.longValue()), random) * (random.nextBoolean() ? 1 : -1);
        for (int step = 0; step < 4 * n * n; step++) {
            int target = random.nextInt(n);
            int source = (target + 1 + random.nextInt(n - 1)) % n;
            int sign = random.nextBoolean() ? 1 : -1;
            boolean fits = true;
            for (int j = 0; j < n; j++) {
                fits &= Math.abs(matrix[target][j] + sign * matrix[source][j]) <= max;
            }
            if (fits) {
                for (int j = 0; j < n; j++) {
                    matrix[target][j] += sign * matrix[source][j];
                }
            }
        }
        return ExactMatrix.rows(matrix);
    }

    private static List<List<Rational>> map(List<List<Rational>> matrix, BiFunction<Integer, Integer, Rational> entry) {
        List<List<Rational>> result = new ArrayList<>();
        for (int i = 0; i < matrix.size(); i++) {
            List<Rational> row = new ArrayList<>();
            for (int j = 0; j < matrix.size(); j++) {
                row.add(entry.apply(i, j));
            }
            result.add(row);
        }
        return result;
    }
}
