package dev.bootcamp.camps.math;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.ExactMatrix;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Find the rank of an integer matrix built as a product of two random factors of a chosen inner size. */
@AutoService(Bootcamp.class)
public final class MatrixRankBootcamp implements Bootcamp<MatrixRankBootcamp.Puzzle, MatrixRankBootcamp.Answer> {
    private static final BootcampInfo INFO = BootcampInfo.builder(MatrixRankBootcamp.class)
            .title("Matrix rank")
            .domain("math")
            .tags("linear-algebra", "matrices", "rank")
            .summary("Find the rank of a rectangular integer matrix (the number of linearly independent rows). The matrix"
                    + " is the product of an m x r and an r x n factor with small entries, for a rank r drawn from 1 to the"
                    + " smaller side, and has no zero row or column. CORRECT for the exact rank, WRONG otherwise.")
            .knob(Knob.integer("rows", 2, 10, 3, "number of rows"))
            .knob(Knob.integer("columns", 2, 10, 3, "number of columns"))
            .knob(Knob.integer("max-factor", 1, 6, 2, "largest absolute entry of the two factors (entries grow with it)"))
            .answerShape("a single integer")
            .build();

    private static final int MAX_ANSWER = 200;

    /** The matrix, one list per row, and its rank. */
    public record Puzzle(List<List<Integer>> matrix, int rank) {
        public Puzzle {
            matrix = matrix.stream().map(List::copyOf).toList();
        }
    }

    public record Answer(int rank) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("rows", Draw.scale(level, 2, 6))
                .with("columns", Draw.scale(level, 3, 7))
                .with("max-factor", Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int m = knobs.integer("rows");
        int n = knobs.integer("columns");
        int factor = knobs.integer("max-factor");
        int rank = Draw.between(1, Math.min(m, n), random);
        while (true) {
            int[][] left = randomMatrix(m, rank, factor, random);
            int[][] right = randomMatrix(rank, n, factor, random);
            List<List<Integer>> product = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                List<Integer> row = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    int sum = 0;
                    for (int k = 0; k < rank; k++) {
                        sum += left[i][k] * right[k][j];
                    }
                    row.add(sum);
                }
                product.add(row);
            }
            if (!hasZeroLine(product) && ExactMatrix.rank(product) == rank) {
                return new Puzzle(product, rank);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        int m = puzzle.matrix().size();
        int n = puzzle.matrix().get(0).size();
        return "Find the rank of this " + m + " x " + n + " matrix (" + m + " rows, one a line, of " + n + " entries):\n\n"
                + ExactMatrix.display(puzzle.matrix()) + "\nThe rank is the largest number of linearly independent rows"
                + " (equivalently, columns). Give the rank as a single integer.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.rank());
    }

    @Override
    public String render(Answer answer) {
        return String.valueOf(answer.rank());
    }

    @Override
    public Answer parse(String text) {
        if (text.length() > MAX_ANSWER) {
            throw new AnswerFormatException("the answer is longer than " + MAX_ANSWER + " characters");
        }
        String body = Answers.normalize(text);
        int equals = body.lastIndexOf('=');
        return new Answer(Answers.intValue(equals >= 0 ? body.substring(equals + 1) : body));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.rank() == puzzle.rank()) {
            return Score.correct("the rank is " + puzzle.rank());
        }
        int most = Math.min(puzzle.matrix().size(), puzzle.matrix().get(0).size());
        if (answer.rank() < 0 || answer.rank() > most) {
            return Score.wrong("the rank of this matrix is between 0 and " + most + ", found " + answer.rank());
        }
        return Score.wrong("found " + answer.rank() + ", which is not the rank");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        int most = Math.min(puzzle.matrix().size(), puzzle.matrix().get(0).size());
        List<Integer> misses = List.of(puzzle.rank() - 1, puzzle.rank() + 1, most, puzzle.matrix().size(), 0);
        return misses.stream().filter(value -> value != puzzle.rank()).distinct().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        int m = puzzle.matrix().size();
        int n = puzzle.matrix().get(0).size();
        int largest = puzzle.matrix().stream().flatMap(List::stream).mapToInt(Math::abs).max().orElse(0);
        return m * n * Math.log10(largest + 2.0);
    }

    private static int[][] randomMatrix(int rows, int columns, int max, RandomGenerator random) {
        int[][] matrix = new int[rows][columns];
        for (int[] row : matrix) {
            for (int j = 0; j < columns; j++) {
                row[j] = Draw.between(-max, max, random);
            }
        }
        return matrix;
    }

    private static boolean hasZeroLine(List<List<Integer>> matrix) {
        for (List<Integer> row : matrix) {
            if (row.stream().allMatch(value -> value == 0)) {
                return true;
            }
        }
        for (int j = 0; j < matrix.get(0).size(); j++) {
            int column = j;
            if (matrix.stream().allMatch(row -> row.get(column) == 0)) {
                return true;
            }
        }
        return false;
    }
}
