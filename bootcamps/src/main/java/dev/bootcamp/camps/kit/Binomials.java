package dev.bootcamp.camps.kit;

import java.math.BigInteger;

/** Exact factorials and binomial coefficients for counting and probability bootcamps. */
public final class Binomials {
    private Binomials() {}

    /** n!, for n at least 0. */
    public static BigInteger factorial(int n) {
        BigInteger result = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            result = result.multiply(BigInteger.valueOf(i));
        }
        return result;
    }

    /** The number of k-element subsets of an n-element set; zero when k or n is negative or k exceeds n. */
    public static BigInteger choose(int n, int k) {
        if (k < 0 || n < 0 || k > n) {
            return BigInteger.ZERO;
        }
        int smaller = Math.min(k, n - k);
        BigInteger result = BigInteger.ONE;
        for (int i = 1; i <= smaller; i++) {
            result = result.multiply(BigInteger.valueOf(n - smaller + i)).divide(BigInteger.valueOf(i));
        }
        return result;
    }

    /** n (n - 1) ... (n - k + 1), the number of ordered selections of k from n. */
    public static BigInteger fallingFactorial(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i));
        }
        return result;
    }
}
