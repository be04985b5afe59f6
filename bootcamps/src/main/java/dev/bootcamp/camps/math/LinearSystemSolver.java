package dev.bootcamp.camps.math;

import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two independent exact solvers for square linear systems: Gauss-Jordan elimination over the rationals for the
 * generator, and fraction-free (Bareiss) rank computation over the integers for counting solutions.
 */
final class LinearSystemSolver {
    private LinearSystemSolver() {}

    /** The unique solution by Gauss-Jordan elimination over the rationals; null when the matrix is singular. */
    static List<Rational> solve(List<List<Integer>> rows, List<Integer> constants) {
        int n = rows.size();
        Rational[][] matrix = new Rational[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                matrix[i][j] = Rational.of(rows.get(i).get(j));
            }
            matrix[i][n] = Rational.of(constants.get(i));
        }
        for (int column = 0; column < n; column++) {
            int pivot = column;
            while (pivot < n && matrix[pivot][column].signum() == 0) {
                pivot++;
            }
            if (pivot == n) {
                return null;
            }
            Rational[] swap = matrix[pivot];
            matrix[pivot] = matrix[column];
            matrix[column] = swap;
            for (int i = 0; i < n; i++) {
                if (i == column || matrix[i][column].signum() == 0) {
                    continue;
                }
                Rational factor = matrix[i][column].divide(matrix[column][column]);
                for (int j = column; j <= n; j++) {
                    matrix[i][j] = matrix[i][j].subtract(factor.multiply(matrix[column][j]));
                }
            }
        }
        List<Rational> solution = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            solution.add(matrix[i][n].divide(matrix[i][i]));
        }
        return solution;
    }

    /** 0, 1 or {@code limit} (infinitely many), from the ranks of the matrix and the augmented matrix. */
    static long countSolutions(List<List<Integer>> coefficients, List<Integer> constants, long limit) {
        int n = constants.size();
        BigInteger[][] augmented = new BigInteger[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                augmented[i][j] = BigInteger.valueOf(coefficients.get(i).get(j));
            }
            augmented[i][n] = BigInteger.valueOf(constants.get(i));
        }
        int matrixRank = rank(augmented, n);
        int augmentedRank = rank(augmented, n + 1);
        if (matrixRank < augmentedRank) {
            return 0;
        }
        return matrixRank == n ? Math.min(1, limit) : limit;
    }

    /** The rank of the first {@code columns} columns, by fraction-free (Bareiss) elimination on a copy. */
    private static int rank(BigInteger[][] source, int columns) {
        int n = source.length;
        BigInteger[][] matrix = new BigInteger[n][];
        for (int i = 0; i < n; i++) {
            matrix[i] = Arrays.copyOf(source[i], columns);
        }
        int rank = 0;
        BigInteger previous = BigInteger.ONE;
        for (int column = 0; column < columns && rank < n; column++) {
            int pivot = rank;
            while (pivot < n && matrix[pivot][column].signum() == 0) {
                pivot++;
            }
            if (pivot == n) {
                continue;
            }
            BigInteger[] swap = matrix[pivot];
            matrix[pivot] = matrix[rank];
            matrix[rank] = swap;
            for (int i = rank + 1; i < n; i++) {
                for (int j = column + 1; j < columns; j++) {
                    matrix[i][j] = matrix[i][j].multiply(matrix[rank][column]).subtract(matrix[i][column].multiply(matrix[rank][j])).divide(previous);
                }
                matrix[i][column] = BigInteger.ZERO;
            }
            previous = matrix[rank][column];
            rank++;
        }
        return rank;
    }
}
