package dev.bootcamp.camps.kit;

import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.random.RandomGenerator;

/** Polynomials built from chosen rational roots, for the algebra bootcamps whose solutions must stay rational. */
public final class RationalRoots {
    private RationalRoots() {}

    /**
     * A rational p/q (a root, a bound): q is drawn from 2..maxDenominator with chance {@code fractionChance} (else 1), then p from
     * -maxNumerator..maxNumerator (so the fraction may reduce).
     */
    public static Rational draw(int maxNumerator, double fractionChance, int maxDenominator, RandomGenerator random) {
        int denominator = random.nextDouble() < fractionChance ? Draw.between(2, maxDenominator, random) : 1;
        return new Rational(BigInteger.valueOf(Draw.between(-maxNumerator, maxNumerator, random)), BigInteger.valueOf(denominator));
    }

    /** q x - p for the root p/q: the linear factor with integer coefficients that vanishes there. */
    public static Polynomial factor(Rational root) {
        return Polynomial.of(root.numerator().negate().longValueExact(), root.denominator().longValueExact());
    }

    /** a x^2 + b x + c with b^2 < 4ac, so no real root: a in 1..max/2, b in -max..max, c in 1..2max. */
    public static Polynomial withoutRealRoots(int maxCoefficient, RandomGenerator random) {
        while (true) {
            long a = Draw.between(1, Math.max(1, maxCoefficient / 2), random);
            long b = Draw.between(-maxCoefficient, maxCoefficient, random);
            long c = Draw.between(1, 2 * maxCoefficient, random);
            if (b * b < 4 * a * c) {
                return Polynomial.of(c, b, a);
            }
        }
    }
}
