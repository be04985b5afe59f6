package dev.bootcamp.core;

import dev.bootcamp.api.Bootcamp;
import java.util.random.RandomGenerator;

/**
 * The random source handed to {@link Bootcamp#generate}: SplitMix64, with every method a generator is likely
 * to call implemented here rather than inherited, so a seed gives the same numbers on every JDK.
 */
public final class CaseRandom implements RandomGenerator {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    public CaseRandom(long seed) {
        this.state = seed;
    }

    @Override
    public long nextLong() {
        state += GOLDEN;
        return Seeds.mix(state);
    }

    @Override
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, found " + bound);
        }
        return (int) nextLong(bound);
    }

    @Override
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("origin " + origin + " must be below bound " + bound);
        }
        return (int) (origin + nextLong((long) bound - origin));
    }

    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, found " + bound);
        }
        // Rejection sampling on the top bits: unbiased and the same everywhere.
        long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
        while (true) {
            long candidate = nextLong() >>> 1;
            if (candidate < limit) {
                return candidate % bound;
            }
        }
    }

    @Override
    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("origin " + origin + " must be below bound " + bound);
        }
        long span = bound - origin;
        if (span > 0) {
            return origin + nextLong(span);
        }
        while (true) {
            long candidate = nextLong();
            if (candidate >= origin && candidate < bound) {
                return candidate;
            }
        }
    }

    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    @Override
    public double nextDouble(double bound) {
        if (!(bound > 0 && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be positive and finite, found " + bound);
        }
        double value = nextDouble() * bound;
        return value < bound ? value : Math.nextDown(bound);
    }

    @Override
    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("origin " + origin + " must be below bound " + bound + ", both finite");
        }
        double value = origin + nextDouble() * (bound - origin);
        return value < bound ? value : Math.nextDown(bound);
    }

    @Override
    public float nextFloat(float bound) {
        if (!(bound > 0 && bound < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be positive and finite, found " + bound);
        }
        float value = nextFloat() * bound;
        return value < bound ? value : Math.nextDown(bound);
    }

    @Override
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    @Override
    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    @Override
    public double nextGaussian() {
        // Box-Muller, one value per call, so it does not depend on a JDK's ziggurat tables.
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
