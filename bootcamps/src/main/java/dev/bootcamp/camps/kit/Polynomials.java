package dev.bootcamp.camps.kit;

import java.util.random.RandomGenerator;

/** Counting and drawing polynomials the way the calculus and algebra bootcamps build their functions. */
public final class Polynomials {
    private Polynomials() {}

    /** How many terms a polynomial has once multiplied out: its non-zero coefficients. */
    public static long terms(Polynomial polynomial) {
        return polynomial.coefficients().stream().filter(coefficient -> coefficient.signum() != 0).count();
    }

    /** A random polynomial of the degree ({@link Polynomial#random}) with at least two terms, so never a bare monomial. */
    public static Polynomial withTwoTerms(int degree, int maxCoefficient, RandomGenerator random) {
        while (true) {
            Polynomial polynomial = Polynomial.random(degree, maxCoefficient, random);
            if (terms(polynomial) >= 2) {
                return polynomial;
            }
        }
    }
}
