package dev.bootcamp.camps.kit.formal;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Answers that are a set of named places (worlds w1, w2, ... or positions 0, 1, ...) written as a list, {@code none} when empty. */
public final class Positions {
    private Positions() {}

    /**
     * A codec for sets of indexes 0..count-1 written as {@code prefix} plus a number ({@code w1} is index 0 when
     * {@code base} is 1); the set is written in increasing order and read in any order, duplicates rejected.
     */
    public static Codec<List<Integer>> codec(String prefix, int base) {
        return Codec.of(set -> set.isEmpty() ? "none" : String.join(", ", set.stream().map(index -> prefix + (index + base)).toList()),
                text -> read(text, prefix, base));
    }

    private static List<Integer> read(String text, String prefix, int base) {
        List<String> tokens = Answers.tokens(text, "{}");
        if (tokens.size() == 1 && List.of("none", "empty", "{}").contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        if (tokens.isEmpty()) {
            throw new AnswerFormatException("no items found; write none for the empty set");
        }
        TreeSet<Integer> set = new TreeSet<>();
        for (String token : tokens) {
            String word = token.toLowerCase(Locale.ROOT);
            if (!word.startsWith(prefix) || word.length() == prefix.length() || word.length() > prefix.length() + 4
                    || !word.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new AnswerFormatException("expected " + (prefix.isEmpty() ? "a number" : "a name like " + prefix + base) + ", found '" + Answers.abbreviate(token) + "'");
            }
            if (!set.add(Integer.parseInt(word.substring(prefix.length())) - base)) {
                throw new AnswerFormatException("'" + Answers.abbreviate(token) + "' is listed twice");
            }
        }
        return new ArrayList<>(set);
    }

    /** The set bits of a mask as indexes in increasing order. */
    public static List<Integer> of(long mask) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            if ((mask >>> i & 1) == 1) {
                indexes.add(i);
            }
        }
        return indexes;
    }
}
