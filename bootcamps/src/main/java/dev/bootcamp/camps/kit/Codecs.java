package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The answer codecs bootcamps share. Each parse is total: {@link AnswerFormatException} or a value, nothing else. */
public final class Codecs {
    private Codecs() {}

    /** A whole number that fits an {@code int}. */
    public static Codec<Integer> integer() {
        return Codec.of(String::valueOf, Answers::intValue);
    }

    /** A whole number that fits a {@code long}. */
    public static Codec<Long> longValue() {
        return Codec.of(String::valueOf, Answers::longValue);
    }

    /** A whole number of any size (up to {@link Answers#MAX_DIGITS} digits). */
    public static Codec<BigInteger> bigInteger() {
        return Codec.of(BigInteger::toString, Answers::integer);
    }

    /** An exact fraction such as {@code -3/4}, also read from integers and terminating decimals. */
    public static Codec<Rational> rational() {
        return Codec.of(Rational::toString, Answers::rational);
    }

    /** One word, lower-cased. */
    public static Codec<String> word() {
        return Codec.of(word -> word, text -> {
            List<String> tokens = Answers.tokens(text);
            if (tokens.size() != 1) {
                throw new AnswerFormatException("expected one word, found " + tokens.size());
            }
            return tokens.get(0).toLowerCase(Locale.ROOT);
        });
    }

    /**
     * Items written one after another with {@code separator} and read back split on whitespace, commas or semicolons:
     * a path of node names, a list of numbers, a sequence of moves.
     */
    public static <T> Codec<List<T>> list(Codec<T> item, String separator) {
        return Codec.of(items -> items.stream().map(item::render).collect(Collectors.joining(separator)),
                text -> List.copyOf(Answers.list(text, item::parse)));
    }

    /**
     * Several independent results in one answer, read as labelled or plain words ({@code 1. yes 2. no}, {@code yes, no},
     * one per line) and written joined by {@code separator}; check them with {@link Items#allOrNothing} so that no
     * constant answer collects a share.
     */
    public static <T> Codec<List<T>> items(Codec<T> item, String separator) {
        return Codec.of(items -> items.stream().map(item::render).collect(Collectors.joining(separator)),
                text -> List.copyOf(ItemAnswers.all(text, item::parse)));
    }

    /** A grid of one-character cells from {@code alphabet}, written with spaces between cells, one row a line. */
    public static Codec<List<String>> grid(String alphabet) {
        return Codec.of(rows -> Grid.of(rows).render(), text -> Grid.parseRows(text, alphabet));
    }

    /** A grid of one-character cells from {@code alphabet}, written without separators, one row a line. */
    public static Codec<List<String>> compactGrid(String alphabet) {
        return Codec.of(rows -> Grid.of(rows).compact(), text -> Grid.parseRows(text, alphabet));
    }

    /**
     * A fixed number of results written one a line, each after its number and {@code mark} ({@code 1. yes}, {@code 2)
     * Tautology}), as {@code label} words it, and read back as {@link ItemAnswers#words} reads exactly {@code count} of
     * them; check them with {@link Items#allOrNothing}.
     */
    public static <T> Codec<List<T>> numbered(String mark, int count, Function<T, String> label, Function<String, T> item) {
        return Codec.of(items -> IntStream.range(0, items.size()).mapToObj(i -> (i + 1) + mark + " " + label.apply(items.get(i)))
                .collect(Collectors.joining("\n")), text -> List.copyOf(ItemAnswers.words(text, count, item)));
    }
}
