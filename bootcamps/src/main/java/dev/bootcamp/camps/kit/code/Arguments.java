package dev.bootcamp.camps.kit.code;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.NumberAnswers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Input-synthesis answers: one whole-number argument x searched in {@code -range..range}, checked against the set of
 * arguments our interpreter found to qualify (every qualifying x is accepted).
 */
public final class Arguments {
    private Arguments() {}

    /** One whole number, read after a last {@code =} ({@code x = -4}); at most 200 characters and below 2^40 in size. */
    public static Codec<Long> codec() {
        return NumberAnswers.integer(200).map(value -> {
            if (value.bitLength() > 40) {
                throw new AnswerFormatException("x is far outside the range");
            }
            return value.longValue();
        }, BigInteger::valueOf);
    }

    /** The arguments in {@code -range..range} for which {@code qualifies} holds, in increasing order. */
    public static List<Long> qualifying(int range, LongPredicate qualifies) {
        List<Long> found = new ArrayList<>();
        for (long x = -range; x <= range; x++) {
            if (qualifies.test(x)) {
                found.add(x);
            }
        }
        return found;
    }

    /** CORRECT when {@code x} is in the range and among {@code solutions}; {@code property} words what they share. */
    public static Score check(long x, int range, List<Long> solutions, String property) {
        if (Math.abs(x) > range) {
            return Score.wrong("x = " + x + " is outside " + -range + ".." + range);
        }
        if (solutions.contains(x)) {
            return Score.correct("x = " + x + " " + property);
        }
        return Score.wrong("x = " + x + " does not satisfy: " + property);
    }

    /** Arguments next to {@code gold} (and one just outside the range) that are not solutions: near misses. */
    public static List<Long> misses(long gold, int range, List<Long> solutions) {
        List<Long> misses = new ArrayList<>();
        for (long x : List.of(gold + 1, gold - 1, -gold, (long) range + 1, 0L)) {
            if (!solutions.contains(x) && !misses.contains(x)) {
                misses.add(x);
            }
        }
        return misses;
    }

    /** True when {@code solutions} holds none of the arguments a guesser tries first (0, 1, -1). */
    public static boolean avoidsObvious(List<Long> solutions) {
        return !solutions.contains(0L) && !solutions.contains(1L) && !solutions.contains(-1L);
    }
}
