package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Answers that are one exact number, as the "compute X" bootcamps ask them: codecs that refuse over-long text and may
 * read the value after a last {@code =} (so {@code phi(12) = 4} reads 4), and near misses built from candidate values.
 */
public final class NumberAnswers {
    private NumberAnswers() {}

    /** An integer of any size, read after the last {@code =} of the text when it has one; at most {@code maxLength} characters. */
    public static Codec<BigInteger> integer(int maxLength) {
        return Codec.of(BigInteger::toString, text -> Answers.integer(afterLastEquals(Answers.normalize(capped(text, maxLength)))));
    }

    /** An exact fraction (also read from integers, decimals and LaTeX fractions); at most {@code maxLength} characters. */
    public static Codec<Rational> rational(int maxLength) {
        return Codec.of(Rational::toString, text -> Answers.rational(capped(text, maxLength)));
    }

    /** {@link #rational} read after the last {@code =} of the text when it has one. */
    public static Codec<Rational> rationalAfterEquals(int maxLength) {
        return Codec.of(Rational::toString, text -> Answers.rational(afterLastEquals(Answers.stripDecoration(capped(text, maxLength)))));
    }

    /** The text itself; throws {@link AnswerFormatException} when it is longer than {@code maxLength} characters. */
    public static String capped(String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new AnswerFormatException("the answer is longer than " + maxLength + " characters");
        }
        return text;
    }

    /** The part of {@code text} after its last {@code =}, or all of it when it has none. */
    public static String afterLastEquals(String text) {
        return text.substring(text.lastIndexOf('=') + 1);
    }

    /** The candidates that differ from {@code gold}, each once and in order, as answers: near misses of an exact answer. */
    public static <T, A> List<A> misses(T gold, Collection<T> candidates, Function<? super T, ? extends A> answer) {
        return candidates.stream().filter(value -> !Objects.equals(value, gold)).distinct().<A>map(answer).toList();
    }

    /** CORRECT when {@code given} equals {@code gold} ("{@code what} is gold"); else WRONG ("found given, which is not {@code what}"). */
    public static <T> Score check(T gold, T given, String what) {
        if (given.equals(gold)) {
            return Score.correct(what + " is " + gold);
        }
        return Score.wrong("found " + Answers.abbreviate(String.valueOf(given)) + ", which is not " + what);
    }
}
