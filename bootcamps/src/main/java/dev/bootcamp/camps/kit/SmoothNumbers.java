package dev.bootcamp.camps.kit;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Composite numbers of a given number of digits whose prime factors are all small enough to find by hand, drawn
 * uniformly among such numbers, and the work of factoring them by trial division.
 */
public final class SmoothNumbers {
    /** Largest number of digits drawn. */
    public static final int MAX_DIGITS = 15;

    private SmoothNumbers() {}

    /**
     * A uniformly random composite number with exactly {@code digits} digits whose prime factors are all at most
     * {@code maxPrime}, as prime to exponent (ascending). Draws uniformly and rejects; where such numbers are too rare for
     * that, half the attempts instead multiply random primes (not uniform, but always ends).
     */
    public static SortedMap<Long, Integer> random(int digits, int maxPrime, RandomGenerator random) {
        if (digits < 2 || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("digits must be in 2.." + MAX_DIGITS + ", found " + digits);
        }
        if (maxPrime < 2 || maxPrime >= Primes.SIEVE_LIMIT) {
            throw new IllegalArgumentException("maxPrime must be in 2.." + (Primes.SIEVE_LIMIT - 1) + ", found " + maxPrime);
        }
        List<Integer> primes = Primes.between(2, maxPrime);
        long low = pow10(digits - 1);
        long high = pow10(digits) - 1;
        for (int attempt = 0; ; attempt++) {
            // Uniform draws while they hit often enough; where such numbers are rare, build one from random primes.
            SortedMap<Long, Integer> factors = attempt % 2_000 < 1_000 ? drawn(low, high, primes, random) : built(low, high, maxPrime, random);
            if (factors != null && factors.values().stream().mapToInt(Integer::intValue).sum() >= 2) {
                return factors;
            }
        }
    }

    private static SortedMap<Long, Integer> drawn(long low, long high, List<Integer> primes, RandomGenerator random) {
        long rest = random.nextLong(low, high + 1);
        SortedMap<Long, Integer> factors = new TreeMap<>();
        for (int prime : primes) {
            if ((long) prime * prime > rest) {
                break;
            }
            while (rest % prime == 0) {
                factors.merge((long) prime, 1, Integer::sum);
                rest /= prime;
            }
        }
        // What is left is 1 or a prime, since every prime up to its square root has been divided out (or it is larger
        // than maxPrime squared, hence not smooth).
        if (rest > 1 && (rest > primes.get(primes.size() - 1) || !Primes.isPrime(rest))) {
            return null;
        }
        if (rest > 1) {
            factors.merge(rest, 1, Integer::sum);
        }
        return factors;
    }

    /** A product of random primes, each at most maxPrime and small enough to stay at most high; null past high. */
    private static SortedMap<Long, Integer> built(long low, long high, int maxPrime, RandomGenerator random) {
        SortedMap<Long, Integer> factors = new TreeMap<>();
        long product = 1;
        while (product < low) {
            long bound = Math.min(maxPrime, high / product);
            if (bound < 2) {
                return null;
            }
            int prime = Primes.random(2, (int) bound, random);
            factors.merge((long) prime, 1, Integer::sum);
            product *= prime;
        }
        return factors;
    }

    /**
     * The divisions a person makes factoring {@code factors}' product by trial division: primes in increasing order,
     * one trial each until the square of the prime exceeds what is left, plus one division per factor found.
     */
    public static int trialDivisions(SortedMap<Long, Integer> factors) {
        long rest = 1;
        for (var factor : factors.entrySet()) {
            for (int i = 0; i < factor.getValue(); i++) {
                rest *= factor.getKey();
            }
        }
        int work = 0;
        for (int prime : Primes.between(2, (int) Math.min(Primes.SIEVE_LIMIT - 1, Math.sqrt((double) rest) + 1))) {
            if ((long) prime * prime > rest) {
                break;
            }
            work++;
            while (rest % prime == 0) {
                rest /= prime;
                work++;
            }
        }
        return work;
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }

    /** The number a factorisation (prime to exponent) stands for. */
    public static long value(SortedMap<Long, Integer> factors) {
        long number = 1;
        for (var power : factors.entrySet()) {
            for (int i = 0; i < power.getValue(); i++) {
                number *= power.getKey();
            }
        }
        return number;
    }
}
