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
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.verify.Answers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Compute the determinant of a square integer matrix. */
@AutoService(Bootcamp.class)
public final class MatrixDeterminantBootcamp extends Camp<MatrixDeterminantBootcamp.Puzzle, MatrixDeterminantBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 2, 8, 3, "number of rows and columns");
    private static final Knob<Integer> MAX_ENTRY = Knob.integer("max-entry", 1, 50, 5, "largest absolute value of an entry");
    private static final Knob<Double> SINGULAR = Knob.decimal("singular", 0, 1, 0.1, "chance that one row is a combination of two others");
    private static final BootcampInfo INFO = BootcampInfo.builder(MatrixDeterminantBootcamp.class)
            .title("Matrix determinant")
            .version(2)
            .domain("math")
            .tags("linear-algebra", "matrices", "determinant")
            .summary("Compute the determinant of a square matrix of small integers; a few matrices (about 2 in 100 from"
                    + " level 3) are singular (a row is a combination of two others), so the determinant is 0. CORRECT for the exact integer, WRONG otherwise.")
            .knob(SIZE)
            .knob(MAX_ENTRY)
            .knob(SINGULAR)
            .answerShape("a single integer")
            .build();

    private static final int MAX_ANSWER = 300;
    private static final int MAX_PERMANENT_SIZE = 5;

    /** The matrix, one list per row, and its determinant. */
    public record Puzzle(List<List<Integer>> matrix, BigInteger determinant) {
        public Puzzle {
            matrix = matrix.stream().map(List::copyOf).toList();
            requireNonNull(determinant, "determinant is null");
        }
    }

    public record Answer(BigInteger value) {
        public Answer {
            requireNonNull(value, "value is null");
        }
    }

    public MatrixDeterminantBootcamp() {
        super(INFO, NumberAnswers.integer(MAX_ANSWER).map(Answer::new, Answer::value));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 2, 6))
                .with(MAX_ENTRY, 9)
                // A singular matrix has the guessable determinant 0, so such cases stay rare.
                .with(SINGULAR, level <= 2 ? 0.0 : 0.02);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int n = knobs.get(SIZE);
        int max = knobs.get(MAX_ENTRY);
        boolean singular = n >= 3 && random.nextDouble() < knobs.get(SINGULAR);
        while (true) {
            int[][] matrix = ExactMatrix.random(n, n, max, random);
            if (singular) {
                combineRows(matrix, max, random);
            }
            List<List<Integer>> rows = ExactMatrix.rows(matrix);
            BigInteger determinant = ExactMatrix.determinant(rows);
            if (singular == (determinant.signum() == 0)) {
                return new Puzzle(rows, determinant);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        int n = puzzle.matrix().size();
        return "Compute the determinant of this " + n + " x " + n + " matrix (one row a line):\n\n"
                + ExactMatrix.display(puzzle.matrix()) + "\nGive the determinant as a single integer.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.determinant());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.value().equals(puzzle.determinant())) {
            return Score.correct("the determinant is " + puzzle.determinant());
        }
        if (answer.value().negate().equals(puzzle.determinant())) {
            return Score.wrong("the sign is wrong");
        }
        return Score.wrong("found " + Answers.abbreviate(answer.value().toString()) + ", which is not the determinant");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        BigInteger determinant = puzzle.determinant();
        List<List<Integer>> matrix = puzzle.matrix();
        BigInteger diagonal = BigInteger.ONE;
        for (int i = 0; i < matrix.size(); i++) {
            diagonal = diagonal.multiply(BigInteger.valueOf(matrix.get(i).get(i)));
        }
        List<BigInteger> misses = new ArrayList<>(List.of(determinant.negate(), determinant.add(BigInteger.ONE),
                determinant.subtract(BigInteger.ONE), diagonal));
        if (matrix.size() <= MAX_PERMANENT_SIZE) {
            misses.add(permanent(matrix, 0, new boolean[matrix.size()]));
        }
        return NumberAnswers.misses(determinant, misses, Answer::new);
    }

    @Override
    public double cost(Puzzle puzzle) {
        int n = puzzle.matrix().size();
        int largest = puzzle.matrix().stream().flatMap(List::stream).mapToInt(Math::abs).max().orElse(0);
        return n * n * n * Math.log10(largest + 2.0);
    }

    /**
     * Redraws two random rows with entries up to half the bound and replaces a third by their sum or difference, so
     * the matrix is singular and its entries stay within the bound.
     */
    private static void combineRows(int[][] matrix, int max, RandomGenerator random) {
        int n = matrix.length;
        int[] order = Draw.permutation(n, random);
        int half = Math.max(1, max / 2);
        int sign = random.nextBoolean() ? 1 : -1;
        for (int j = 0; j < n; j++) {
            matrix[order[1]][j] = Draw.between(-half, half, random);
            matrix[order[2]][j] = Draw.between(-half, half, random);
            matrix[order[0]][j] = matrix[order[1]][j] + sign * matrix[order[2]][j];
        }
    }

    /** The permanent (the determinant without signs), a common slip on small matrices. */
    private static BigInteger permanent(List<List<Integer>> matrix, int row, boolean[] used) {
        if (row == matrix.size()) {
            return BigInteger.ONE;
        }
        BigInteger sum = BigInteger.ZERO;
        for (int column = 0; column < matrix.size(); column++) {
            if (!used[column] && matrix.get(row).get(column) != 0) {
                used[column] = true;
                sum = sum.add(BigInteger.valueOf(matrix.get(row).get(column)).multiply(permanent(matrix, row + 1, used)));
                used[column] = false;
            }
        }
        return sum;
    }
}
