package dev.bootcamp.camps.kit;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.verify.Formula;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A polynomial in one variable with exact rational coefficients, for generators: arithmetic, calculus, composition
 * and printing. A plain record, so puzzles may hold it.
 *
 * @param coefficients lowest degree first, without trailing zeros (the zero polynomial has none)
 */
public record Polynomial(List<Rational> coefficients) {
    public static final Polynomial ZERO = new Polynomial(List.of());
    public static final Polynomial ONE = constant(Rational.ONE);
    /** The variable itself. */
    public static final Polynomial X = of(0, 1);

    public Polynomial {
        List<Rational> trimmed = new ArrayList<>(coefficients);
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).signum() == 0) {
            trimmed.remove(trimmed.size() - 1);
        }
        trimmed.forEach(coefficient -> requireNonNull(coefficient, "a coefficient is null"));
        coefficients = List.copyOf(trimmed);
    }

    /** Integer coefficients, lowest degree first: {@code of(1, 0, 2)} is {@code 2x^2 + 1}. */
    public static Polynomial of(long... coefficients) {
        List<Rational> values = new ArrayList<>();
        for (long coefficient : coefficients) {
            values.add(Rational.of(coefficient));
        }
        return new Polynomial(values);
    }

    public static Polynomial constant(Rational value) {
        return new Polynomial(List.of(value));
    }

    /** {@code slope * x + intercept}. */
    public static Polynomial linear(Rational slope, Rational intercept) {
        return new Polynomial(List.of(intercept, slope));
    }

    /** Integer coefficients drawn from [-maxCoefficient, maxCoefficient], the leading one non-zero. */
    public static Polynomial random(int degree, int maxCoefficient, RandomGenerator random) {
        if (degree < 0 || maxCoefficient < 1) {
            throw new IllegalArgumentException("expected a degree of at least 0 and a coefficient bound of at least 1, found "
                    + degree + " and " + maxCoefficient);
        }
        long[] coefficients = new long[degree + 1];
        for (int i = 0; i <= degree; i++) {
            coefficients[i] = Draw.between(-maxCoefficient, maxCoefficient, random);
        }
        while (coefficients[degree] == 0) {
            coefficients[degree] = Draw.between(-maxCoefficient, maxCoefficient, random);
        }
        return of(coefficients);
    }

    /**
     * The polynomial a formula in one variable equals, found by evaluating it at 0, 1, ..., {@code degree} (Newton's
     * divided differences). Correct when the formula is a polynomial in {@code variable} of degree at most {@code degree};
     * throws {@link ArithmeticException} when it cannot be evaluated there.
     */
    public static Polynomial interpolate(Formula formula, String variable, int degree) {
        List<Rational> values = new ArrayList<>();
        for (int i = 0; i <= degree; i++) {
            values.add(formula.evaluate(Map.of(variable, Rational.of(i))));
        }
        // divided differences on the points 0..degree: level k divides by k
        List<Rational> newton = new ArrayList<>();
        for (int level = 0; level <= degree; level++) {
            newton.add(values.get(0));
            List<Rational> next = new ArrayList<>();
            for (int i = 0; i + 1 < values.size(); i++) {
                next.add(values.get(i + 1).subtract(values.get(i)).divide(Rational.of(level + 1)));
            }
            values = next;
        }
        Polynomial result = ZERO;
        Polynomial basis = ONE;
        for (int k = 0; k <= degree; k++) {
            result = result.add(basis.scale(newton.get(k)));
            basis = basis.multiply(of(-k, 1));
        }
        return result;
    }

    /** The degree; -1 for the zero polynomial. */
    public int degree() {
        return coefficients.size() - 1;
    }

    public boolean isZero() {
        return coefficients.isEmpty();
    }

    /** The coefficient of x^power; zero above the degree. */
    public Rational coefficient(int power) {
        return power < coefficients.size() ? coefficients.get(power) : Rational.ZERO;
    }

    public Rational leading() {
        return isZero() ? Rational.ZERO : coefficients.get(degree());
    }

    public Polynomial add(Polynomial other) {
        List<Rational> sum = new ArrayList<>();
        for (int i = 0; i < Math.max(coefficients.size(), other.coefficients.size()); i++) {
            sum.add(coefficient(i).add(other.coefficient(i)));
        }
        return new Polynomial(sum);
    }

    public Polynomial subtract(Polynomial other) {
        return add(other.negate());
    }

    public Polynomial negate() {
        return scale(Rational.ONE.negate());
    }

    public Polynomial scale(Rational factor) {
        return new Polynomial(coefficients.stream().map(factor::multiply).toList());
    }

    public Polynomial multiply(Polynomial other) {
        if (isZero() || other.isZero()) {
            return ZERO;
        }
        Rational[] product = new Rational[degree() + other.degree() + 1];
        Arrays.fill(product, Rational.ZERO);
        for (int i = 0; i < coefficients.size(); i++) {
            for (int j = 0; j < other.coefficients.size(); j++) {
                product[i + j] = product[i + j].add(coefficients.get(i).multiply(other.coefficients.get(j)));
            }
        }
        return new Polynomial(List.of(product));
    }

    public Polynomial pow(int exponent) {
        if (exponent < 0) {
            throw new IllegalArgumentException("expected a non-negative exponent, found " + exponent);
        }
        Polynomial result = ONE;
        for (int i = 0; i < exponent; i++) {
            result = result.multiply(this);
        }
        return result;
    }

    public Polynomial derivative() {
        List<Rational> result = new ArrayList<>();
        for (int i = 1; i < coefficients.size(); i++) {
            result.add(coefficients.get(i).multiply(Rational.of(i)));
        }
        return new Polynomial(result);
    }

    /** The antiderivative with constant term zero. */
    public Polynomial antiderivative() {
        List<Rational> result = new ArrayList<>();
        result.add(Rational.ZERO);
        for (int i = 0; i < coefficients.size(); i++) {
            result.add(coefficients.get(i).divide(Rational.of(i + 1)));
        }
        return new Polynomial(result);
    }

    /** Horner's rule. */
    public Rational evaluate(Rational at) {
        Rational value = Rational.ZERO;
        for (int i = coefficients.size() - 1; i >= 0; i--) {
            value = value.multiply(at).add(coefficients.get(i));
        }
        return value;
    }

    /** This polynomial with {@code inner} substituted for its variable. */
    public Polynomial compose(Polynomial inner) {
        Polynomial result = ZERO;
        for (int i = coefficients.size() - 1; i >= 0; i--) {
            result = result.multiply(inner).add(constant(coefficients.get(i)));
        }
        return result;
    }

    /** Whether every coefficient is an integer. */
    public boolean isIntegral() {
        return coefficients.stream().allMatch(Rational::isInteger);
    }

    /** The largest absolute value of a numerator or denominator among the coefficients. */
    public BigInteger height() {
        BigInteger height = BigInteger.ZERO;
        for (Rational coefficient : coefficients) {
            height = height.max(coefficient.numerator().abs()).max(coefficient.denominator());
        }
        return height;
    }

    /**
     * Human text, highest power first, with implicit multiplication: {@code 3x^2 - x + 1/2}; a fractional coefficient of
     * a power is bracketed, {@code (1/2)x^2}. Reads back with {@link Formula#parse}.
     */
    public String text(String variable) {
        if (isZero()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        for (int power = degree(); power >= 0; power--) {
            Rational coefficient = coefficients.get(power);
            if (coefficient.signum() == 0) {
                continue;
            }
            Rational magnitude = coefficient.signum() < 0 ? coefficient.negate() : coefficient;
            if (text.length() == 0) {
                text.append(coefficient.signum() < 0 ? "-" : "");
            } else {
                text.append(coefficient.signum() < 0 ? " - " : " + ");
            }
            String monomial = power == 0 ? "" : power == 1 ? variable : variable + "^" + power;
            if (power == 0) {
                text.append(magnitude);
            } else if (!magnitude.equals(Rational.ONE)) {
                text.append(magnitude.isInteger() ? magnitude.toString() : "(" + magnitude + ")").append(monomial);
            } else {
                text.append(monomial);
            }
        }
        return text.toString();
    }

    /** {@link #text} in x. */
    @Override
    public String toString() {
        return text("x");
    }
}
