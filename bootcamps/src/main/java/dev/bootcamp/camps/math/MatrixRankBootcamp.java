package dev.bootcamp.camps.math;

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
import java.util.random.RandomGenerator;

/**
 * Find the rank of an integer matrix by giving its reduced row echelon form, whose nonzero rows witness the rank. The
 * matrix is a random full-column-rank factor times a planted echelon form, so the echelon form has small entries.
 */
@AutoService(Bootcamp.class)
public final class MatrixRankBootcamp extends Camp<MatrixRankBootcamp.Puzzle, MatrixRankBootcamp.Answer> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 2, 10, 3, "number of rows");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 2, 10, 3, "number of columns");
    private static final Knob<Integer> MAX_FACTOR = Knob.integer("max-factor", 1, 6, 2, "largest absolute entry of the left factor");
    private static final Knob<Integer> MAX_ENTRY = Knob.integer("max-entry", 1, 9, 3, "largest absolute numerator of a free entry of the echelon form");
    private static final Knob<Integer> MAX_DENOMINATOR = Knob.integer("max-denominator", 1, 5, 1, "largest denominator of a free entry of the echelon form");
    private static final BootcampInfo INFO = BootcampInfo.builder(MatrixRankBootcamp.class)
            .title("Matrix rank")
            .domain("math")
            .tags("linear-algebra", "matrices", "rank")
            .summary("Find the rank of a rectangular integer matrix by giving the nonzero rows of its reduced row echelon"
                    + " form (their number is the rank; all-zero rows may be included or left out). The matrix is an m x r"
                    + " factor with small entries times a planted r x n echelon form with small entries (fractions at higher"
                    + " levels), for a rank r from 1 to the smaller side, and has no zero row or column. CORRECT when every"
                    + " entry of the echelon form is exactly right, WRONG otherwise.")
            .version(2)
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(MAX_FACTOR)
            .knob(MAX_ENTRY)
            .knob(MAX_DENOMINATOR)
            .answerShape("the nonzero rows of the reduced row echelon form, one row a line, entries separated by spaces")
            .build();

    /** The matrix, one list per row, and the nonzero rows of its reduced row echelon form. */
    public record Puzzle(List<List<Integer>> matrix, List<List<Rational>> echelon) {
        public Puzzle {
            matrix = matrix.stream().map(List::copyOf).toList();
            echelon = echelon.stream().map(List::copyOf).toList();
        }
    }

    /** The proposed nonzero rows; all-zero rows are dropped when read. */
    public record Answer(List<List<Rational>> rows) {
        public Answer {
            rows = rows.stream().map(List::copyOf).filter(row -> row.stream().anyMatch(value -> value.signum() != 0)).toList();
        }
    }

    public MatrixRankBootcamp() {
        super(INFO, ExactMatrix.codec().map(Answer::new, Answer::rows));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROWS, Draw.scale(level, 2, 6))
                .with(COLUMNS, Draw.scale(level, 3, 7))
                .with(MAX_FACTOR, Draw.scale(level, 3, 4))
                .with(MAX_ENTRY, Draw.scale(level, 4, 6))
                .with(MAX_DENOMINATOR, level < 4 ? 1 : level < 8 ? 2 : 3);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int m = knobs.get(ROWS);
        int n = knobs.get(COLUMNS);
        int rank = Draw.between(1, Math.min(m, n), random);
        while (true) {
            int[][] left = ExactMatrix.random(m, rank, knobs.get(MAX_FACTOR), random);
            int[][] right = plantedEchelon(rank, n, knobs.get(MAX_ENTRY), knobs.get(MAX_DENOMINATOR), random);
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
            if (hasZeroLine(product) || ExactMatrix.rank(product) != rank) {
                continue;
            }
            Puzzle puzzle = new Puzzle(product, reducedEchelon(product));
            // a row of the matrix that is already the whole echelon form would print the answer in the prompt
            if (!ExactMatrix.shows(question(puzzle), render(solve(puzzle)))) {
                return puzzle;
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        int m = puzzle.matrix().size();
        int n = puzzle.matrix().get(0).size();
        return "Find the rank of this " + m + " x " + n + " matrix (" + m + " rows, one a line, of " + n + " entries) by"
                + " computing its reduced row echelon form:\n\n" + ExactMatrix.display(puzzle.matrix())
                + "\nIn reduced row echelon form every nonzero row starts with a leading 1, each leading 1 is to the right of"
                + " the one in the row above, and a column with a leading 1 has 0 everywhere else. The number of nonzero"
                + " rows is the rank. Give the nonzero rows of the reduced row echelon form, one row a line, with the " + n
                + " entries of a row separated by spaces. Write every entry exactly: an integer, or a fraction in lowest"
                + " terms such as -2/3. All-zero rows may be included or left out.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.echelon());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int n = puzzle.matrix().get(0).size();
        if (answer.rows().stream().anyMatch(row -> row.size() != n)) {
            return Score.wrong("expected rows of " + n + " entries");
        }
        if (answer.rows().size() != puzzle.echelon().size()) {
            return Score.wrong("found " + answer.rows().size() + " nonzero rows, which is not the rank");
        }
        return Items.allOrNothing(puzzle.echelon().stream().flatMap(List::stream).toList(),
                answer.rows().stream().flatMap(List::stream).toList(), "value");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<List<Rational>> echelon = puzzle.echelon();
        int rows = echelon.size();
        int n = echelon.get(0).size();
        List<List<List<Rational>>> misses = new ArrayList<>();
        if (rows > 1) {
            misses.add(echelon.subList(0, rows - 1));
            misses.add(List.of(echelon.get(1), echelon.get(0)));
        }
        List<List<Rational>> bumped = new ArrayList<>(echelon);
        int row = random.nextInt(rows);
        List<Rational> changed = new ArrayList<>(echelon.get(row));
        int column = random.nextInt(n);
        changed.set(column, changed.get(column).add(Rational.ONE));
        bumped.set(row, changed);
        misses.add(bumped);
        List<List<Rational>> doubled = new ArrayList<>(echelon);
        doubled.set(0, echelon.get(0).stream().map(value -> value.multiply(Rational.of(2))).toList());
        misses.add(doubled);
        return NumberAnswers.misses(echelon, misses, Answer::new);
    }

    /** Elimination work: a pass over the matrix per pivot, weighted by the digits of the entries. */
    @Override
    public double cost(Puzzle puzzle) {
        int m = puzzle.matrix().size();
        int n = puzzle.matrix().get(0).size();
        int largest = puzzle.matrix().stream().flatMap(List::stream).mapToInt(Math::abs).max().orElse(0);
        return m * n * puzzle.echelon().size() * Math.log10(largest + 2.0);
    }

    /**
     * An integer r x n matrix whose reduced row echelon form has its first leading 1 in the first column, further leading
     * 1s in random columns, and free entries p/q with |p| at most maxEntry and q at most maxDenominator; each row is
     * scaled by the least common denominator of its entries so that the result is integral.
     */
    private static int[][] plantedEchelon(int rank, int n, int maxEntry, int maxDenominator, RandomGenerator random) {
        List<Integer> others = new ArrayList<>();
        for (int j = 1; j < n; j++) {
            others.add(j);
        }
        List<Integer> pivots = new ArrayList<>(Draw.sample(others, rank - 1, random));
        pivots.add(0);
        pivots.sort(null);
        int[][] rows = new int[rank][n];
        for (int i = 0; i < rank; i++) {
            Rational[] entries = new Rational[n];
            BigInteger scale = BigInteger.ONE;
            for (int j = 0; j < n; j++) {
                entries[j] = Rational.ZERO;
                if (j == pivots.get(i)) {
                    entries[j] = Rational.ONE;
                } else if (j > pivots.get(i) && !pivots.contains(j)) {
                    entries[j] = Rational.of(Draw.between(-maxEntry, maxEntry, random), Draw.between(1, maxDenominator, random));
                }
                BigInteger denominator = entries[j].denominator();
                scale = scale.multiply(denominator).divide(scale.gcd(denominator));
            }
            for (int j = 0; j < n; j++) {
                rows[i][j] = entries[j].multiply(new Rational(scale, BigInteger.ONE)).numerator().intValueExact();
            }
        }
        return rows;
    }

    /** The nonzero rows of the reduced row echelon form, by Gauss-Jordan elimination over the rationals. */
    static List<List<Rational>> reducedEchelon(List<List<Integer>> matrix) {
        int m = matrix.size();
        int n = matrix.get(0).size();
        Rational[][] a = new Rational[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = Rational.of(matrix.get(i).get(j));
            }
        }
        int rank = 0;
        for (int column = 0; column < n && rank < m; column++) {
            int pivot = rank;
            while (pivot < m && a[pivot][column].signum() == 0) {
                pivot++;
            }
            if (pivot == m) {
                continue;
            }
            Rational[] swap = a[pivot];
            a[pivot] = a[rank];
            a[rank] = swap;
            Rational lead = a[rank][column];
            for (int j = 0; j < n; j++) {
                a[rank][j] = a[rank][j].divide(lead);
            }
            for (int i = 0; i < m; i++) {
                Rational factor = a[i][column];
                if (i == rank || factor.signum() == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    a[i][j] = a[i][j].subtract(factor.multiply(a[rank][j]));
                }
            }
            rank++;
        }
        List<List<Rational>> rows = new ArrayList<>();
        for (int i = 0; i < rank; i++) {
            rows.add(List.of(a[i]));
        }
        return List.copyOf(rows);
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
