package dev.bootcamp.camps.math;

import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of rule a sequence may follow. Each is linear in its unknown parameters, so the terms shown give a linear
 * system per kind, solved exactly: a kind either does not fit the terms, fits them with exactly one set of parameters
 * (and so one continuation), or fits with many (and is then useless for a puzzle).
 */
enum SequenceNextTermRules {
    ARITHMETIC(2, 0, "arithmetic: each term is the previous term plus a fixed number"),
    GEOMETRIC(1, 1, "geometric: each term is the previous term times a fixed number (possibly negative or a fraction)"),
    QUADRATIC(3, 0, "quadratic: the n-th term is a polynomial of degree at most 2 in n (second differences are constant)"),
    AFFINE(2, 1, "multiply-and-add: each term is a fixed integer times the previous term plus a fixed integer"),
    TWO_TERM(2, 2, "two-term recurrence: each term is p times the previous term plus q times the term before that, for"
            + " fixed integers p and q"),
    CUBIC(4, 0, "cubic: the n-th term is a polynomial of degree at most 3 in n (third differences are constant)");

    private final int parameters;
    private final int lookBack;
    private final String description;

    SequenceNextTermRules(int parameters, int lookBack, String description) {
        this.parameters = parameters;
        this.lookBack = lookBack;
        this.description = description;
    }

    String description() {
        return description;
    }

    /** The fewest terms that determine the parameters and confirm them with one more equation. */
    int fewestTerms() {
        return parameters + lookBack + 1;
    }

    /** Whether the description promises integer parameters. */
    private boolean integral() {
        return this == AFFINE || this == TWO_TERM;
    }

    /**
     * The next {@code count} terms if this kind fits the terms with exactly one set of parameters; an empty list if it
     * does not fit; null if it fits with more than one.
     */
    List<Rational> continuation(List<Rational> terms, int count) {
        List<Rational[]> rows = new ArrayList<>();
        for (int n = lookBack; n < terms.size(); n++) {
            Rational[] row = new Rational[parameters + 1];
            Rational[] design = design(terms, n);
            System.arraycopy(design, 0, row, 0, parameters);
            row[parameters] = terms.get(n);
            rows.add(row);
        }
        Rational[] solution = solve(rows, parameters);
        if (solution == null) {
            return List.of();
        }
        if (solution.length == 0) {
            return null;
        }
        if (integral()) {
            for (Rational parameter : solution) {
                if (!parameter.isInteger()) {
                    return List.of();
                }
            }
        }
        List<Rational> extended = new ArrayList<>(terms);
        for (int i = 0; i < count; i++) {
            Rational[] design = design(extended, extended.size());
            Rational next = Rational.ZERO;
            for (int j = 0; j < parameters; j++) {
                next = next.add(design[j].multiply(solution[j]));
            }
            extended.add(next);
        }
        return List.copyOf(extended.subList(terms.size(), extended.size()));
    }

    /** The coefficients of the parameters in the equation for term {@code n} (0-based; position n + 1). */
    private Rational[] design(List<Rational> terms, int n) {
        Rational position = Rational.of(n + 1);
        return switch (this) {
            case ARITHMETIC -> new Rational[] {Rational.ONE, position};
            case QUADRATIC -> new Rational[] {Rational.ONE, position, position.multiply(position)};
            case CUBIC -> new Rational[] {Rational.ONE, position, position.multiply(position), position.multiply(position).multiply(position)};
            case GEOMETRIC -> new Rational[] {terms.get(n - 1)};
            case AFFINE -> new Rational[] {terms.get(n - 1), Rational.ONE};
            case TWO_TERM -> new Rational[] {terms.get(n - 1), terms.get(n - 2)};
        };
    }

    /**
     * Gauss-Jordan elimination on augmented rows: the unique solution, an empty array when there are many, or null when
     * there is none.
     */
    private static Rational[] solve(List<Rational[]> rows, int unknowns) {
        List<Rational[]> matrix = new ArrayList<>();
        rows.forEach(row -> matrix.add(row.clone()));
        int rank = 0;
        int[] pivotColumn = new int[unknowns];
        for (int column = 0; column < unknowns && rank < matrix.size(); column++) {
            int pivot = -1;
            for (int r = rank; r < matrix.size(); r++) {
                if (matrix.get(r)[column].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            Rational[] swap = matrix.get(rank);
            matrix.set(rank, matrix.get(pivot));
            matrix.set(pivot, swap);
            Rational[] lead = matrix.get(rank);
            Rational scale = lead[column];
            for (int c = 0; c <= unknowns; c++) {
                lead[c] = lead[c].divide(scale);
            }
            for (int r = 0; r < matrix.size(); r++) {
                Rational factor = matrix.get(r)[column];
                if (r != rank && factor.signum() != 0) {
                    Rational[] row = matrix.get(r);
                    for (int c = 0; c <= unknowns; c++) {
                        row[c] = row[c].subtract(factor.multiply(lead[c]));
                    }
                }
            }
            pivotColumn[rank] = column;
            rank++;
        }
        for (int r = rank; r < matrix.size(); r++) {
            if (matrix.get(r)[unknowns].signum() != 0) {
                return null;
            }
        }
        if (rank < unknowns) {
            return new Rational[0];
        }
        Rational[] solution = new Rational[unknowns];
        for (int r = 0; r < rank; r++) {
            solution[pivotColumn[r]] = matrix.get(r)[unknowns];
        }
        return solution;
    }
}
