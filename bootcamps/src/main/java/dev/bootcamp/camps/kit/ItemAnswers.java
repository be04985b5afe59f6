package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Answers to several numbered items in one response ("1. yes 2. no", "yes, no", one per line): bootcamps that ask
 * several independent questions and score them all or nothing, so that no constant answer collects a share.
 */
public final class ItemAnswers {
    private ItemAnswers() {}

    /**
     * One word per item, in item order, read with {@code item}: words are separated by whitespace, commas, semicolons
     * or newlines, and an item label (a number, alone or followed by {@code .}, {@code :} or {@code )}) before a word
     * is dropped. Throws {@link AnswerFormatException} unless exactly {@code count} words remain.
     */
    public static <T> List<T> words(String text, int count, Function<String, T> item) {
        List<T> values = read(text, item, count, "expected " + count + " answers, found more");
        if (values.size() != count) {
            throw new AnswerFormatException("expected " + count + " answers, one per item, found " + values.size());
        }
        return values;
    }

    /**
     * Every item word in order, read with {@code item} as {@link #words} reads them, for a parser that does not know how
     * many items the puzzle has (the checker compares counts). At most {@link Answers#MAX_ITEMS} items.
     */
    public static <T> List<T> all(String text, Function<String, T> item) {
        List<T> values = read(text, item, Answers.MAX_ITEMS, "more than " + Answers.MAX_ITEMS + " answers");
        if (values.isEmpty()) {
            throw new AnswerFormatException("no answers found");
        }
        return values;
    }

    /** The item words in order, labels dropped, lower-cased and read with {@code item}; more than {@code limit} is an error. */
    private static <T> List<T> read(String text, Function<String, T> item, int limit, String tooMany) {
        List<T> values = new ArrayList<>();
        for (String token : Answers.tokens(text)) {
            String word = withoutLabel(token);
            if (word.isEmpty()) {
                continue;
            }
            if (values.size() == limit) {
                throw new AnswerFormatException(tooMany);
            }
            values.add(item.apply(word.toLowerCase(Locale.ROOT)));
        }
        return values;
    }

    /** The token without a leading item number and its punctuation; empty when the token is only a label. */
    private static String withoutLabel(String token) {
        int digits = 0;
        while (digits < token.length() && Character.isDigit(token.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return token;
        }
        if (digits == token.length()) {
            return "";
        }
        char mark = token.charAt(digits);
        if (mark == '.' || mark == ':' || mark == ')') {
            return token.substring(digits + 1).strip();
        }
        return token;
    }
}
