package dev.bootcamp.camps.kit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Primes for number-theory bootcamps: a sieve below {@link #SIEVE_LIMIT}, primality, factorisation, random primes. */
public final class Primes {
    /** Every prime below this is in the sieve; factorisation is complete for numbers below its square. */
    public static final int SIEVE_LIMIT = 1 << 20;

    private static final long[] WITNESSES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};

    private Primes() {}

    /** Whether {@code n} is prime; exact for every {@code long} (deterministic Miller-Rabin above the sieve). */
    public static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        if (n < SIEVE_LIMIT) {
            return Arrays.binarySearch(Holder.PRIMES, (int) n) >= 0;
        }
        if (n % 2 == 0) {
            return false;
        }
        BigInteger value = BigInteger.valueOf(n);
        BigInteger minusOne = value.subtract(BigInteger.ONE);
        int shift = minusOne.getLowestSetBit();
        BigInteger odd = minusOne.shiftRight(shift);
        for (long witness : WITNESSES) {
            BigInteger x = BigInteger.valueOf(witness).modPow(odd, value);
            if (x.equals(BigInteger.ONE) || x.equals(minusOne)) {
                continue;
            }
            boolean composite = true;
            for (int i = 1; i < shift && composite; i++) {
                x = x.multiply(x).mod(value);
                composite = !x.equals(minusOne);
            }
            if (composite) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code n} is prime, for any size (probabilistic with error below 2^-64 above the {@code long} range). */
    public static boolean isPrime(BigInteger n) {
        if (n.bitLength() < 63) {
            return isPrime(n.longValue());
        }
        return n.isProbablePrime(64);
    }

    /** The primes in {@code [low, high]}, ascending; both bounds below {@link #SIEVE_LIMIT}. */
    public static List<Integer> between(int low, int high) {
        int from = insertionPoint(low);
        int to = insertionPoint(high + 1);
        List<Integer> primes = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            primes.add(Holder.PRIMES[i]);
        }
        return primes;
    }

    /** A prime drawn uniformly from {@code [low, high]}; the smallest prime above {@code high} when there is none. */
    public static int random(int low, int high, RandomGenerator random) {
        int from = insertionPoint(Math.max(2, low));
        int to = insertionPoint(high + 1);
        if (to <= from) {
            return Holder.PRIMES[Math.min(from, Holder.PRIMES.length - 1)];
        }
        return Holder.PRIMES[random.nextInt(from, to)];
    }

    /** Prime to exponent, ascending; for {@code 2 <= n < SIEVE_LIMIT^2}. */
    public static SortedMap<Long, Integer> factorize(long n) {
        if (n < 2 || n / SIEVE_LIMIT >= SIEVE_LIMIT) {
            throw new IllegalArgumentException("can factorise 2.." + ((long) SIEVE_LIMIT * SIEVE_LIMIT - 1) + ", found " + n);
        }
        SortedMap<Long, Integer> factors = new TreeMap<>();
        long rest = n;
        for (int prime : Holder.PRIMES) {
            if ((long) prime * prime > rest) {
                break;
            }
            while (rest % prime == 0) {
                factors.merge((long) prime, 1, Integer::sum);
                rest /= prime;
            }
        }
        if (rest > 1) {
            factors.merge(rest, 1, Integer::sum);
        }
        return factors;
    }

    /** Euler's totient from a factorisation (prime to exponent). */
    public static long totient(SortedMap<Long, Integer> factors) {
        long result = 1;
        for (var factor : factors.entrySet()) {
            long prime = factor.getKey();
            result = Math.multiplyExact(result, prime - 1);
            for (int i = 1; i < factor.getValue(); i++) {
                result = Math.multiplyExact(result, prime);
            }
        }
        return result;
    }

    private static int insertionPoint(int value) {
        int index = Arrays.binarySearch(Holder.PRIMES, value);
        return index >= 0 ? index : -index - 1;
    }

    /** The sieve, built on first use rather than when the catalogue loads. */
    private static final class Holder {
        static final int[] PRIMES = sieve(SIEVE_LIMIT);

        private static int[] sieve(int limit) {
            boolean[] composite = new boolean[limit];
            int count = 0;
            int[] primes = new int[limit / 10];
            for (int i = 2; i < limit; i++) {
                if (composite[i]) {
                    continue;
                }
                primes[count++] = i;
                for (long j = (long) i * i; j < limit; j += i) {
                    composite[(int) j] = true;
                }
            }
            return Arrays.copyOf(primes, count);
        }
    }
}
