package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Grids;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Exact linear algebra on small integer matrices (rows of {@code Integer}), and reading matrices of fractions. */
public final class ExactMatrix {
    /** Longest matrix answer read; also bounds the recursion of LaTeX fractions in {@link Answers#rational}. */
    public static final int MAX_ANSWER_CHARS = 20_000;
    /** Most rows or columns read from an answer. */
    public static final int MAX_SIDE = 20;

    private static final List<String> MATRIX_ENVIRONMENTS = List.of("pmatrix", "bmatrix", "vmatrix", "matrix");

    private ExactMatrix() {}

    /** The determinant by fraction-free (Bareiss) elimination. */
    public static BigInteger determinant(List<List<Integer>> matrix) {
        int n = matrix.size();
        BigInteger[][] a = big(matrix);
        BigInteger previous = BigInteger.ONE;
        int sign = 1;
        for (int k = 0; k < n - 1; k++) {
            if (a[k][k].signum() == 0) {
                int swap = k + 1;
                while (swap < n && a[swap][k].signum() == 0) {
                    swap++;
                }
                if (swap == n) {
                    return BigInteger.ZERO;
                }
                BigInteger[] row = a[k];
                a[k] = a[swap];
                a[swap] = row;
                sign = -sign;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    a[i][j] = a[i][j].multiply(a[k][k]).subtract(a[i][k].multiply(a[k][j])).divide(previous);
                }
            }
            previous = a[k][k];
        }
        BigInteger result = a[n - 1][n - 1];
        return sign < 0 ? result.negate() : result;
    }

    /** The rank by Gaussian elimination over the rationals. */
    public static int rank(List<List<Integer>> matrix) {
        Rational[][] a = rational(matrix);
        int rows = a.length;
        int columns = rows == 0 ? 0 : a[0].length;
        int rank = 0;
        for (int column = 0; column < columns && rank < rows; column++) {
            int pivot = rank;
            while (pivot < rows && a[pivot][column].signum() == 0) {
                pivot++;
            }
            if (pivot == rows) {
                continue;
            }
            Rational[] swap = a[pivot];
            a[pivot] = a[rank];
            a[rank] = swap;
            for (int i = rank + 1; i < rows; i++) {
                if (a[i][column].signum() == 0) {
                    continue;
                }
                Rational factor = a[i][column].divide(a[rank][column]);
                for (int j = column; j < columns; j++) {
                    a[i][j] = a[i][j].subtract(factor.multiply(a[rank][j]));
                }
            }
            rank++;
        }
        return rank;
    }

    /** The inverse by Gauss-Jordan elimination over the rationals; null when the matrix is singular. */
    public static List<List<Rational>> inverse(List<List<Integer>> matrix) {
        int n = matrix.size();
        Rational[][] a = new Rational[n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = Rational.of(matrix.get(i).get(j));
                a[i][n + j] = i == j ? Rational.ONE : Rational.ZERO;
            }
        }
        for (int column = 0; column < n; column++) {
            int pivot = column;
            while (pivot < n && a[pivot][column].signum() == 0) {
                pivot++;
            }
            if (pivot == n) {
                return null;
            }
            Rational[] swap = a[pivot];
            a[pivot] = a[column];
            a[column] = swap;
            Rational scale = a[column][column];
            for (int j = 0; j < 2 * n; j++) {
                a[column][j] = a[column][j].divide(scale);
            }
            for (int i = 0; i < n; i++) {
                if (i == column || a[i][column].signum() == 0) {
                    continue;
                }
                Rational factor = a[i][column];
                for (int j = 0; j < 2 * n; j++) {
                    a[i][j] = a[i][j].subtract(factor.multiply(a[column][j]));
                }
            }
        }
        List<List<Rational>> inverse = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Rational> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                row.add(a[i][n + j]);
            }
            inverse.add(List.copyOf(row));
        }
        return List.copyOf(inverse);
    }

    /**
     * Reads rows of exact numbers, one row a line, entries separated by spaces or commas ({@code [[1, -1/2], [0, 3]]}
     * also reads); rows may be ragged, the caller checks the shape.
     */
    public static List<List<Rational>> readRows(String text) {
        if (text.length() > MAX_ANSWER_CHARS) {
            throw new AnswerFormatException("the answer is longer than " + MAX_ANSWER_CHARS + " characters");
        }
        String body = text;
        for (String environment : MATRIX_ENVIRONMENTS) {
            body = body.replace("\\begin{" + environment + "}", "\n").replace("\\end{" + environment + "}", "\n");
        }
        List<List<String>> cells = Grids.tokenRows(body.replace("\\\\", "\n").replace('&', ' '));
        if (cells.size() > MAX_SIDE) {
            throw new AnswerFormatException("expected at most " + MAX_SIDE + " rows, found " + cells.size());
        }
        List<List<Rational>> rows = new ArrayList<>();
        for (List<String> row : cells) {
            if (row.size() > MAX_SIDE) {
                throw new AnswerFormatException("expected at most " + MAX_SIDE + " entries in a row, found " + row.size());
            }
            rows.add(row.stream().map(Answers::rational).toList());
        }
        return List.copyOf(rows);
    }

    /** Rows as lines of entries separated by single spaces. */
    public static String render(List<List<Rational>> rows) {
        List<String> lines = new ArrayList<>();
        for (List<Rational> row : rows) {
            lines.add(String.join(" ", row.stream().map(Rational::toString).toList()));
        }
        return String.join("\n", lines);
    }

    /** An integer matrix laid out for a prompt: one row a line, columns right-aligned, indented. */
    public static String display(List<List<Integer>> matrix) {
        int width = 1;
        for (List<Integer> row : matrix) {
            for (int value : row) {
                width = Math.max(width, String.valueOf(value).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<Integer> row : matrix) {
            text.append("   ");
            for (int value : row) {
                String cell = String.valueOf(value);
                text.append(" ".repeat(width - cell.length() + 1)).append(cell);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static BigInteger[][] big(List<List<Integer>> matrix) {
        BigInteger[][] a = new BigInteger[matrix.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = matrix.get(i).stream().map(value -> BigInteger.valueOf(value)).toArray(BigInteger[]::new);
        }
        return a;
    }

    private static Rational[][] rational(List<List<Integer>> matrix) {
        Rational[][] a = new Rational[matrix.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = matrix.get(i).stream().map(value -> Rational.of(value)).toArray(Rational[]::new);
        }
        return a;
    }

    /** The codec of a matrix answer: {@link #render} and {@link #readRows}. */
    public static Codec<List<List<Rational>>> codec() {
        return Codec.of(ExactMatrix::render, ExactMatrix::readRows);
    }

    /** A rows x columns matrix of entries drawn uniformly from -max..max, row by row. */
    public static int[][] random(int rows, int columns, int max, RandomGenerator random) {
        int[][] matrix = new int[rows][columns];
        for (int[] row : matrix) {
            for (int j = 0; j < columns; j++) {
                row[j] = Draw.between(-max, max, random);
            }
        }
        return matrix;
    }

    /** The rows of an integer matrix as lists. */
    public static List<List<Integer>> rows(int[][] matrix) {
        return Arrays.stream(matrix).map(row -> Arrays.stream(row).boxed().toList()).toList();
    }

    /** Whether a question shows an answer's text, runs of whitespace aside: a prompt must not print its own answer. */
    public static boolean shows(String question, String answer) {
        return collapse(question).contains(collapse(answer));
    }

    private static String collapse(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }
}
