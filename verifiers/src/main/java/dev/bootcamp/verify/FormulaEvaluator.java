package dev.bootcamp.verify;

import dev.bootcamp.verify.Formula.Constant;
import dev.bootcamp.verify.Formula.Negation;
import dev.bootcamp.verify.Formula.Power;
import dev.bootcamp.verify.Formula.Product;
import dev.bootcamp.verify.Formula.Sum;
import dev.bootcamp.verify.Formula.Variable;
import java.math.BigInteger;
import java.util.Map;

/**
 * Exact evaluation of a {@link Formula}. Intermediate values are fractions left unreduced (integers stay integers, so
 * a polynomial at an integer point costs no gcd at all); a fraction is reduced only when it outgrows
 * {@link Formula#MAX_VALUE_BITS}, and evaluation fails if it is still too large.
 */
final class FormulaEvaluator {
    /** A fraction, not necessarily in lowest terms, with a positive denominator. */
    private record Fraction(BigInteger numerator, BigInteger denominator) {}

    private static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
    private static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    private FormulaEvaluator() {}

    static Rational evaluate(Formula formula, Map<String, Rational> point) {
        Fraction value = value(formula, point);
        return new Rational(value.numerator(), value.denominator());
    }

    private static Fraction value(Formula formula, Map<String, Rational> point) {
        if (formula instanceof Constant constant) {
            return new Fraction(constant.value().numerator(), constant.value().denominator());
        }
        if (formula instanceof Variable variable) {
            Rational value = point.get(variable.name());
            if (value == null) {
                throw new IllegalArgumentException("no value given for the variable " + variable.name());
            }
            return new Fraction(value.numerator(), value.denominator());
        }
        if (formula instanceof Negation negation) {
            Fraction operand = value(negation.operand(), point);
            return new Fraction(operand.numerator().negate(), operand.denominator());
        }
        if (formula instanceof Sum sum) {
            Fraction total = ZERO;
            for (Formula term : sum.terms()) {
                total = add(total, value(term, point));
            }
            return total;
        }
        if (formula instanceof Product product) {
            Fraction total = ONE;
            for (Formula factor : product.numerator()) {
                total = multiply(total, value(factor, point));
            }
            for (Formula factor : product.denominator()) {
                Fraction divisor = value(factor, point);
                if (divisor.numerator().signum() == 0) {
                    throw new ArithmeticException("division by zero");
                }
                Fraction reciprocal = divisor.numerator().signum() > 0 ? new Fraction(divisor.denominator(), divisor.numerator())
                        : new Fraction(divisor.denominator().negate(), divisor.numerator().negate());
                total = multiply(total, reciprocal);
            }
            return total;
        }
        Power power = (Power) formula;
        Fraction base = value(power.base(), point);
        int exponent = power.exponent();
        if ((long) bits(base) * exponent > Formula.MAX_VALUE_BITS) {
            base = reduce(base);
            if ((long) bits(base) * exponent > Formula.MAX_VALUE_BITS) {
                throw new ArithmeticException("a power is over " + Formula.MAX_VALUE_BITS + " bits");
            }
        }
        return new Fraction(base.numerator().pow(exponent), base.denominator().pow(exponent));
    }

    private static Fraction add(Fraction left, Fraction right) {
        if (left.denominator().equals(right.denominator())) {
            return bounded(new Fraction(left.numerator().add(right.numerator()), left.denominator()));
        }
        return bounded(new Fraction(left.numerator().multiply(right.denominator()).add(right.numerator().multiply(left.denominator())),
                left.denominator().multiply(right.denominator())));
    }

    private static Fraction multiply(Fraction left, Fraction right) {
        return bounded(new Fraction(left.numerator().multiply(right.numerator()), left.denominator().multiply(right.denominator())));
    }

    private static Fraction bounded(Fraction value) {
        if (bits(value) <= Formula.MAX_VALUE_BITS) {
            return value;
        }
        Fraction reduced = reduce(value);
        if (bits(reduced) > Formula.MAX_VALUE_BITS) {
            throw new ArithmeticException("a value is over " + Formula.MAX_VALUE_BITS + " bits");
        }
        return reduced;
    }

    private static Fraction reduce(Fraction value) {
        BigInteger gcd = value.numerator().gcd(value.denominator());
        if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) {
            return value;
        }
        return new Fraction(value.numerator().divide(gcd), value.denominator().divide(gcd));
    }

    private static int bits(Fraction value) {
        return value.numerator().bitLength() + value.denominator().bitLength();
    }
}
