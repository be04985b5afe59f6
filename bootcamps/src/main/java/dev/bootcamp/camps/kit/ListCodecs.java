package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Codecs for answers that are lists: at least one item, or "none" for an empty choice. */
public final class ListCodecs {
    private ListCodecs() {}

    /**
     * Items read from the tokens of the text (split on whitespace, commas, semicolons and any of {@code separators}),
     * written joined by {@code joiner}; an answer without any is malformed ("no {@code what} found").
     */
    public static <T> Codec<List<T>> tokens(Function<String, T> item, String joiner, String separators, String what) {
        return nonEmpty(Codec.of(items -> items.stream().map(String::valueOf).collect(Collectors.joining(joiner)),
                text -> Answers.tokens(text, separators).stream().map(item).toList()), what);
    }

    /** {@code codec}, except that an empty list is malformed ("no {@code what} found"). */
    public static <T> Codec<List<T>> nonEmpty(Codec<List<T>> codec, String what) {
        return Codec.of(codec::render, text -> {
            List<T> items = codec.parse(text);
            if (items.isEmpty()) {
                throw new AnswerFormatException("no " + what + " found");
            }
            return items;
        });
    }

    /**
     * {@code codec} with the empty list written as the first of {@code words} and read from any of them (compared
     * after {@link Answers#normalize}), for a choice that may be empty.
     */
    public static <T> Codec<List<T>> orNone(Codec<List<T>> codec, String... words) {
        List<String> none = List.of(words);
        return Codec.of(items -> items.isEmpty() ? none.get(0) : codec.render(items),
                text -> none.contains(Answers.normalize(text)) ? List.of() : codec.parse(text));
    }

    /**
     * Numbered things chosen from a list ("3 5 8", "item 3, item 5", "#3 and #5"), each at most once, written separated
     * by spaces; the word {@code noun} (also plural, also glued to the number) and "and" are skipped. At least one.
     */
    public static Codec<List<Integer>> numbered(String noun) {
        Set<String> filler = Set.of(noun, noun + "s", "and");
        return Codec.of(items -> items.stream().map(String::valueOf).collect(Collectors.joining(" ")), text -> {
            Set<Integer> chosen = new LinkedHashSet<>();
            for (String token : Answers.tokens(text, "#")) {
                if (filler.contains(token.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int number = Answers.intValue(token.regionMatches(true, 0, noun, 0, noun.length()) ? token.substring(noun.length()) : token);
                if (!chosen.add(number)) {
                    throw new AnswerFormatException(noun + " " + number + " is listed twice");
                }
            }
            if (chosen.isEmpty()) {
                throw new AnswerFormatException("no " + noun + " numbers found");
            }
            return List.copyOf(chosen);
        });
    }

    /**
     * One item a line, lines also ended by any of the characters {@code enders}, blank ones skipped; written one a line.
     * An answer without any is malformed ("no {@code what} found").
     */
    public static <T> Codec<List<T>> lines(Function<String, T> read, Function<T, String> write, String enders, String what) {
        return nonEmpty(Codec.of(items -> items.stream().map(write).collect(Collectors.joining("\n")),
                text -> Arrays.stream(text.split("[\\n" + enders + "]")).filter(line -> !line.isBlank()).map(read).toList()), what);
    }
}
