package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers that give every named person or thing one value ({@code Alice: knight}, {@code Lunch: 3}, {@code concert:
 * 14}), one {@code name: value} a line, sorted by name: the answer shape of puzzles that assign values to people
 * under clues.
 */
public final class NamedValues {
    private static final int MAX_ENTRIES = 100;

    private NamedValues() {}

    /**
     * Writes {@code name: value} lines in name order; reads words split on whitespace, commas, semicolons, {@code :}
     * and {@code =}, drops {@code fillers} (any case) and bare punctuation, and takes the rest as name, value, name, value... Each name
     * passes {@code name} (which checks and spells it, or throws), each value {@code value}; a name given twice, a name
     * without a value, or nothing at all is an {@link AnswerFormatException} ({@code example} shows the expected form).
     */
    public static <V> Codec<SortedMap<String, V>> codec(Set<String> fillers, Function<String, String> name, Function<String, V> value,
            Function<V, String> show, String example) {
        return codec(": ", "\n", fillers, name, value, show, example);
    }

    /** {@link #codec} writing {@code name + mark + value} joined by {@code separator} ({@code a=true, b=false}). */
    public static <V> Codec<SortedMap<String, V>> codec(String mark, String separator, Set<String> fillers, Function<String, String> name,
            Function<String, V> value, Function<V, String> show, String example) {
        return Codec.of(entries -> entries.entrySet().stream().map(entry -> entry.getKey() + mark + show.apply(entry.getValue()))
                .collect(Collectors.joining(separator)), text -> read(text, fillers, name, value, example));
    }

    private static <V> SortedMap<String, V> read(String text, Set<String> fillers, Function<String, String> name, Function<String, V> value,
            String example) {
        SortedMap<String, V> entries = new TreeMap<>();
        String pending = null;
        for (String token : Answers.tokens(text, ":=")) {
            if (fillers.contains(token.toLowerCase(Locale.ROOT)) || token.chars().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            if (pending == null) {
                pending = name.apply(token);
                continue;
            }
            if (entries.put(pending, value.apply(token)) != null) {
                throw new AnswerFormatException(pending + " is given twice");
            }
            if (entries.size() > MAX_ENTRIES) {
                throw new AnswerFormatException("more than " + MAX_ENTRIES + " entries");
            }
            pending = null;
        }
        if (pending != null) {
            throw new AnswerFormatException("no value for " + Answers.abbreviate(pending));
        }
        if (entries.isEmpty()) {
            throw new AnswerFormatException("no '" + example + "' lines found");
        }
        return entries;
    }

    /** The entries as records, in name order. */
    public static <V, R> List<R> records(Map<String, V> entries, BiFunction<String, V, R> record) {
        return entries.entrySet().stream().map(entry -> record.apply(entry.getKey(), entry.getValue())).toList();
    }

    /** Records as entries, by name (the inverse of {@link #records}). */
    public static <V, R> SortedMap<String, V> entries(List<R> records, Function<R, String> name, Function<R, V> value) {
        SortedMap<String, V> entries = new TreeMap<>();
        records.forEach(record -> entries.put(name.apply(record), value.apply(record)));
        return entries;
    }

    /** A name check for {@link #codec}: letters only, at most {@code maxLength} of them, spelled as {@link PersonNames#capitalised}. */
    public static Function<String, String> capitalisedName(int maxLength, String noun) {
        return token -> {
            if (token.length() > maxLength || !token.chars().allMatch(Character::isLetter)) {
                throw new AnswerFormatException("expected " + noun + ", found '" + Answers.abbreviate(token) + "'");
            }
            return PersonNames.capitalised(token);
        };
    }
}
