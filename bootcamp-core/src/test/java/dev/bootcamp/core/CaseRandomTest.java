package dev.bootcamp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseRandomTest {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    @Test
    void theSequenceIsReferenceSplitMix64() {
        CaseRandom random = new CaseRandom(0);
        assertThat(random.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(random.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
        assertThat(random.nextLong()).isEqualTo(0x06C45D188009454FL);
    }

    @Test
    void theSameSeedGivesTheSameNumbers() {
        CaseRandom one = new CaseRandom(99);
        CaseRandom other = new CaseRandom(99);
        for (int i = 0; i < 100; i++) {
            assertThat(one.nextInt(1000)).isEqualTo(other.nextInt(1000));
        }
    }

    @Test
    void boundedIntsStayInRange() {
        CaseRandom random = new CaseRandom(1);
        for (int bound : new int[] {1, 2, 3, 7, 1000, Integer.MAX_VALUE}) {
            for (int i = 0; i < 2_000; i++) {
                assertThat(random.nextInt(bound)).isBetween(0, bound - 1);
            }
        }
    }

    @Test
    void intsBetweenAnOriginAndABoundStayInRange() {
        CaseRandom random = new CaseRandom(2);
        for (int i = 0; i < 2_000; i++) {
            assertThat(random.nextInt(-5, 5)).isBetween(-5, 4);
            assertThat(random.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE)).isLessThan(Integer.MAX_VALUE);
            assertThat(random.nextLong(-1_000_000_000_000L, 3)).isBetween(-1_000_000_000_000L, 2L);
        }
    }

    @Test
    void emptyOrNegativeBoundsAreRefused() {
        CaseRandom random = new CaseRandom(3);
        assertThatThrownBy(() -> random.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.nextInt(-4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.nextInt(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.nextLong(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.nextLong(7, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void smallBoundsAreHitEvenly() {
        CaseRandom random = new CaseRandom(4);
        int[] counts = new int[10];
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            counts[random.nextInt(10)]++;
        }
        double chiSquare = 0;
        for (int count : counts) {
            double expected = draws / 10.0;
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        // 9 degrees of freedom: 27.9 is the 0.1% critical value.
        assertThat(chiSquare).isLessThan(27.9);
    }

    @Test
    void largeBoundsAreUnbiasedThanksToRejection() {
        // With a bound of 3 * 2^61, plain modulo of 63 random bits would land in the lowest third half the time.
        long bound = 3L << 61;
        CaseRandom random = new CaseRandom(5);
        int lowest = 0;
        int draws = 30_000;
        for (int i = 0; i < draws; i++) {
            long value = random.nextLong(bound);
            assertThat(value).isBetween(0L, bound - 1);
            if (value < 1L << 61) {
                lowest++;
            }
        }
        assertThat(lowest / (double) draws).isBetween(0.31, 0.36);
    }

    @Test
    void doublesAreInTheUnitInterval() {
        CaseRandom random = new CaseRandom(6);
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            double value = random.nextDouble();
            assertThat(value).isGreaterThanOrEqualTo(0).isLessThan(1);
            sum += value;
        }
        assertThat(sum / 10_000).isBetween(0.48, 0.52);
    }

    @Test
    void theLargestDoubleIsStillBelowOne() {
        assertThat(yielding(-1L).nextDouble()).isLessThan(1.0);
        assertThat(yielding(-1L).nextFloat()).isLessThan(1.0f);
        assertThat(yielding(0L).nextDouble()).isZero();
    }

    @Test
    void doublesBetweenAnOriginAndABoundStayBelowTheBound() {
        assertThat(yielding(-1L).nextDouble(1.0, 2.0)).isLessThan(2.0);
    }

    @Test
    void doubleBoundsThatAreNotPositiveAndFiniteAreRefused() {
        CaseRandom random = new CaseRandom(7);
        assertThatThrownBy(() -> random.nextDouble(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.nextDouble(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.nextDouble(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longsAcrossTheWholeRangeAreAllowed() {
        CaseRandom random = new CaseRandom(8);
        assertThat(random.nextLong(Long.MIN_VALUE, Long.MAX_VALUE)).isLessThan(Long.MAX_VALUE);
        assertThat(random.nextLong(-1, Long.MAX_VALUE)).isGreaterThanOrEqualTo(-1);
    }

    @Test
    void booleansAreFair() {
        CaseRandom random = new CaseRandom(9);
        int heads = 0;
        for (int i = 0; i < 10_000; i++) {
            heads += random.nextBoolean() ? 1 : 0;
        }
        assertThat(heads).isBetween(4_800, 5_200);
    }

    @Test
    void gaussiansHaveMeanZeroAndUnitSpread() {
        CaseRandom random = new CaseRandom(10);
        double sum = 0;
        double squares = 0;
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            double value = random.nextGaussian();
            assertThat(value).isFinite();
            sum += value;
            squares += value * value;
        }
        assertThat(sum / draws).isBetween(-0.05, 0.05);
        assertThat(squares / draws).isBetween(0.95, 1.05);
    }

    @Test
    void theExtremeRawValuesGiveFiniteGaussians() {
        assertThat(yielding(0L).nextGaussian()).isFinite();
        assertThat(yielding(-1L).nextGaussian()).isFinite();
    }

    /** A generator whose next {@code nextLong()} returns {@code value}: SplitMix64 is invertible. */
    private static CaseRandom yielding(long value) {
        return new CaseRandom(unmix(value) - GOLDEN);
    }

    private static long unmix(long z) {
        z = unshift(z, 31);
        z *= inverse(0x94D049BB133111EBL);
        z = unshift(z, 27);
        z *= inverse(0xBF58476D1CE4E5B9L);
        return unshift(z, 30);
    }

    /** Inverts {@code x ^ (x >>> shift)}. */
    private static long unshift(long y, int shift) {
        long x = y;
        for (int k = shift; k < 64; k += shift) {
            x ^= y >>> k;
        }
        return x;
    }

    /** The inverse of an odd number modulo 2^64, by Newton's iteration. */
    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 6; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
