package dev.bootcamp.camps.kit;

import dev.bootcamp.verify.Rational;

/** Exact arithmetic on {@link Rational} that the class itself does not offer. */
public final class Rationals {
    private Rationals() {}

    /** {@code base} to a power {@code exponent >= 0}, exactly. */
    public static Rational power(Rational base, int exponent) {
        return new Rational(base.numerator().pow(exponent), base.denominator().pow(exponent));
    }
}
