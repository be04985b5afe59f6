package dev.bootcamp.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RationalTest {
    @Test
    void fractionsAreKeptInLowestTermsWithAPositiveDenominator() {
        Rational value = Rational.of(6, -8);
        assertThat(value.numerator()).isEqualTo(-3);
        assertThat(value.denominator()).isEqualTo(4);
        assertThat(Rational.of(-6, -8)).isEqualTo(Rational.of(3, 4));
    }

    @Test
    void zeroHasDenominatorOne() {
        assertThat(Rational.of(0, -7)).isEqualTo(Rational.ZERO);
        assertThat(Rational.of(0, 5).denominator()).isEqualTo(BigInteger.ONE);
    }

    @Test
    void aZeroDenominatorIsRefused() {
        assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rational.ONE.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void arithmeticIsExact() {
        Rational third = Rational.of(1, 3);
        Rational sixth = Rational.of(1, 6);
        assertThat(third.add(sixth)).isEqualTo(Rational.of(1, 2));
        assertThat(third.subtract(sixth)).isEqualTo(sixth);
        assertThat(third.multiply(Rational.of(3, 5))).isEqualTo(Rational.of(1, 5));
        assertThat(third.divide(sixth)).isEqualTo(Rational.of(2));
        assertThat(third.divide(Rational.of(-2))).isEqualTo(Rational.of(-1, 6));
        assertThat(third.negate()).isEqualTo(Rational.of(-1, 3));
    }

    @Test
    void equalValuesAreEqualWhateverTheirSpelling() {
        assertThat(Rational.of(2, 4)).isEqualTo(Rational.of(1, 2)).hasSameHashCodeAs(Rational.of(1, 2));
        assertThat(Rational.of(new BigDecimal("0.50"))).isEqualTo(Rational.of(1, 2));
    }

    @Test
    void decimalsConvertExactly() {
        assertThat(Rational.of(new BigDecimal("-1.25"))).isEqualTo(Rational.of(-5, 4));
        assertThat(Rational.of(new BigDecimal("1E+3"))).isEqualTo(Rational.of(1000));
        assertThat(Rational.of(new BigDecimal("0.1"))).isEqualTo(Rational.of(1, 10));
    }

    @Test
    void comparisonOrdersByValue() {
        List<Rational> values = new ArrayList<>(List.of(Rational.of(1, 2), Rational.of(-3, 4), Rational.of(2, 3), Rational.ZERO,
                Rational.of(-1, 2)));
        Collections.sort(values);
        assertThat(values).containsExactly(Rational.of(-3, 4), Rational.of(-1, 2), Rational.ZERO, Rational.of(1, 2), Rational.of(2, 3));
        assertThat(Rational.of(2, 4).compareTo(Rational.of(1, 2))).isZero();
    }

    @Test
    void signAndIntegralityAreReported() {
        assertThat(Rational.of(-1, 3).signum()).isEqualTo(-1);
        assertThat(Rational.ZERO.signum()).isZero();
        assertThat(Rational.of(4, 2).isInteger()).isTrue();
        assertThat(Rational.of(3, 2).isInteger()).isFalse();
    }

    @Test
    void toStringWritesIntegersPlainAndFractionsWithASlash() {
        assertThat(Rational.of(3)).hasToString("3");
        assertThat(Rational.of(-3, 4)).hasToString("-3/4");
        assertThat(Rational.of(6, 3)).hasToString("2");
    }

    @Test
    void toDoubleIsTheNearestDouble() {
        assertThat(Rational.of(1, 3).toDouble()).isEqualTo(1.0 / 3);
        assertThat(Rational.of(-7, 2).toDouble()).isEqualTo(-3.5);
    }

    @Test
    void toDoubleIsCorrectlyRoundedForLongFractions() {
        assertThat(Rational.of(-948_893_066_024L, 870_752_979_347L).toDouble()).isEqualTo(-1.0897385234737862);
    }

    @Test
    void digitsMeasureTheSizeOfNumeratorAndDenominator() {
        assertThat(Rational.of(-123, 46).digits()).isEqualTo(5);
        assertThat(Rational.of(7).digits()).isEqualTo(2);
    }

    @Test
    void partsAreRequired() {
        assertThatThrownBy(() -> new Rational(null, BigInteger.ONE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Rational(BigInteger.ONE, null)).isInstanceOf(NullPointerException.class);
    }
}
