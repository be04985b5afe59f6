package dev.bootcamp.verify;

import dev.bootcamp.api.AnswerFormatException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed readers for answer text, shared by every bootcamp: lenient about whitespace, case, separators and harmless
 * decoration (a trailing full stop, surrounding brackets), strict about content. Every reader throws
 * {@link AnswerFormatException} with a reason and is bounded in the size it accepts.
 */
public final class Answers {
    /** Longest number accepted, in digits. */
    public static final int MAX_DIGITS = 200;
    /** Most items accepted in one list. */
    public static final int MAX_ITEMS = 10_000;

    private Answers() {}

    /** An integer: optional sign, thousands separators ({@code 1,234} or {@code 1 234} or {@code 1_234}). */
    public static BigInteger integer(String text) {
        String cleaned = number(text);
        int start = cleaned.startsWith("-") || cleaned.startsWith("+") ? 1 : 0;
        if (cleaned.length() == start) {
            throw new AnswerFormatException("expected an integer, found '" + abbreviate(text) + "'");
        }
        for (int i = start; i < cleaned.length(); i++) {
            if (cleaned.charAt(i) < '0' || cleaned.charAt(i) > '9') {
                throw new AnswerFormatException("expected an integer, found '" + abbreviate(text) + "'");
            }
        }
        if (cleaned.length() - start > MAX_DIGITS) {
            throw new AnswerFormatException("the integer has more than " + MAX_DIGITS + " digits");
        }
        return new BigInteger(cleaned.startsWith("+") ? cleaned.substring(1) : cleaned);
    }

    /** An integer that fits in a {@code long}. */
    public static long longValue(String text) {
        BigInteger value = integer(text);
        if (value.bitLength() > 63) {
            throw new AnswerFormatException("the integer " + abbreviate(text) + " is out of range");
        }
        return value.longValue();
    }

    /** An int, for indices and small counts. */
    public static int intValue(String text) {
        BigInteger value = integer(text);
        if (value.bitLength() > 31) {
            throw new AnswerFormatException("the integer " + abbreviate(text) + " is out of range");
        }
        return value.intValue();
    }

    /**
     * An exact rational: an integer, {@code a/b}, a decimal ({@code 0.75}), a mixed number ({@code 1 1/2}) or LaTeX
     * {@code \frac{a}{b}}. Decimals are read exactly, so {@code 0.333} is not {@code 1/3}.
     */
    public static Rational rational(String text) {
        return rational(text, 0);
    }

    private static Rational rational(String text, int depth) {
        if (depth > 8) {
            throw new AnswerFormatException("fractions nested more than 8 deep");
        }
        String cleaned = stripDecoration(text).replace("\\left", "").replace("\\right", "").replace("\\dfrac", "\\frac")
                .replace("\\tfrac", "\\frac").replace('\u2212', '-').strip();
        if (cleaned.startsWith("\\frac") || cleaned.startsWith("-\\frac")) {
            return latexFraction(cleaned, depth);
        }
        String[] words = cleaned.split("\\s+");
        if (words.length == 2 && words[1].contains("/") && !words[0].contains("/")) {
            Rational whole = rational(words[0], depth + 1);
            Rational fraction = rational(words[1], depth + 1);
            if (fraction.signum() < 0 || !whole.isInteger()) {
                throw new AnswerFormatException("expected a number, found '" + abbreviate(text) + "'");
            }
            return words[0].startsWith("-") ? whole.subtract(fraction) : whole.add(fraction);
        }
        int slash = cleaned.indexOf('/');
        if (slash >= 0) {
            BigInteger numerator = integer(cleaned.substring(0, slash));
            BigInteger denominator = integer(cleaned.substring(slash + 1));
            if (denominator.signum() == 0) {
                throw new AnswerFormatException("the denominator is zero in '" + abbreviate(text) + "'");
            }
            return new Rational(numerator, denominator);
        }
        return Rational.of(decimalValue(cleaned, text));
    }

    /** A decimal number read exactly; accepts {@code 1e-3} and thousands separators. */
    public static BigDecimal decimal(String text) {
        return decimalValue(stripDecoration(text), text);
    }

    /** Whether two numbers agree within an absolute or a relative tolerance. */
    public static boolean close(double expected, double actual, double absolute, double relative) {
        double difference = Math.abs(expected - actual);
        return difference <= absolute || difference <= relative * Math.abs(expected);
    }

    /** yes/no, true/false, y/n, 1/0. */
    public static boolean bool(String text) {
        String word = normalize(text);
        return switch (word) {
            case "yes", "true", "y", "t", "1" -> true;
            case "no", "false", "n", "f", "0" -> false;
            default -> throw new AnswerFormatException("expected yes or no, found '" + abbreviate(text) + "'");
        };
    }

    /** One of the options, matched after normalising case, whitespace and surrounding punctuation. */
    public static String choice(String text, List<String> options) {
        String word = normalize(text);
        for (String option : options) {
            if (normalize(option).equals(word)) {
                return option;
            }
        }
        throw new AnswerFormatException("expected one of " + String.join(", ", options) + ", found '" + abbreviate(text) + "'");
    }

    /** Lower case, runs of whitespace as one space, surrounding quotes, brackets and full stops removed. */
    public static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        lower = stripDecoration(lower);
        return String.join(" ", lower.split("\\s+")).strip();
    }

    /** Items separated by commas, semicolons, whitespace or newlines, inside optional brackets. */
    public static List<String> tokens(String text) {
        return tokens(text, "");
    }

    /**
     * Items separated by commas, semicolons, whitespace, newlines or any of {@code separators} (a path written
     * {@code A -> B -> C} reads with {@code "->"}: each character of it separates).
     */
    public static List<String> tokens(String text, String separators) {
        String body = stripDecoration(text);
        List<String> items = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= body.length(); i++) {
            boolean separator = i == body.length() || isSeparator(body.charAt(i)) || separators.indexOf(body.charAt(i)) >= 0;
            if (separator) {
                if (start >= 0) {
                    items.add(body.substring(start, i));
                    if (items.size() > MAX_ITEMS) {
                        throw new AnswerFormatException("more than " + MAX_ITEMS + " items");
                    }
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return items;
    }

    /** A list of items read with {@code item}. */
    public static <T> List<T> list(String text, Function<String, T> item) {
        List<T> values = new ArrayList<>();
        for (String token : tokens(text)) {
            values.add(item.apply(token));
        }
        return values;
    }

    public static List<Integer> intList(String text) {
        return list(text, Answers::intValue);
    }

    /** A set: order and repeats do not matter; read into insertion order, duplicates rejected. */
    public static <T> Set<T> set(String text, Function<String, T> item) {
        Set<T> values = new LinkedHashSet<>();
        for (T value : list(text, item)) {
            if (!values.add(value)) {
                throw new AnswerFormatException("'" + value + "' is listed twice");
            }
        }
        return values;
    }

    /** A permutation of 1..n, each exactly once. */
    public static List<Integer> permutation(String text, int n) {
        List<Integer> values = intList(text);
        if (values.size() != n) {
            throw new AnswerFormatException("expected " + n + " numbers, found " + values.size());
        }
        boolean[] seen = new boolean[n + 1];
        for (int value : values) {
            if (value < 1 || value > n || seen[value]) {
                throw new AnswerFormatException("expected each of 1.." + n + " exactly once, found " + value + (value >= 1 && value <= n ? " twice" : ""));
            }
            seen[value] = true;
        }
        return values;
    }

    /** Lines of text with blank lines and surrounding whitespace removed. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                lines.add(stripped);
                if (lines.size() > MAX_ITEMS) {
                    throw new AnswerFormatException("more than " + MAX_ITEMS + " lines");
                }
            }
        }
        return lines;
    }

    /** The text without a trailing full stop and without brackets, quotes or dollar signs around the whole of it. */
    public static String stripDecoration(String text) {
        String s = text.strip();
        // Most answers start with no opening bracket or quote and end without a full stop: nothing to strip.
        if (s.isEmpty() || QUOTES.indexOf(s.charAt(0)) < 0 && "([{".indexOf(s.charAt(0)) < 0 && s.charAt(s.length() - 1) != '.') {
            return s;
        }
        int[] match = matchingBrackets(s);
        int[][] quotes = quoteCounts(s);
        int start = 0;
        int end = s.length();
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            while (start < end && Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            if (end - start >= 1 && s.charAt(end - 1) == '.' && !(end - start >= 2 && s.charAt(end - 2) == '.')) {
                end--;
                changed = true;
                continue;
            }
            if (end - start >= 2 && encloses(s, start, end, match, quotes)) {
                start++;
                end--;
                changed = true;
            }
        }
        return s.substring(start, end);
    }

    private static final String QUOTES = "\"'`$";

    /** Whether s[start] and s[end - 1] are a pair that encloses all of s[start, end), so {@code (1)+(2)} is left alone. */
    private static boolean encloses(String s, int start, int end, int[] match, int[][] quotes) {
        char open = s.charAt(start);
        char close = s.charAt(end - 1);
        int quote = QUOTES.indexOf(open);
        if (quote >= 0) {
            return open == close && quotes[quote][end - 1] - quotes[quote][start + 1] == 0;
        }
        return (open == '(' && close == ')' || open == '[' && close == ']' || open == '{' && close == '}') && match[start] == end - 1;
    }

    /** For each opening bracket, the index of the closing bracket of the same kind that matches it, or -1. */
    private static int[] matchingBrackets(String s) {
        int[] match = new int[s.length()];
        java.util.Arrays.fill(match, -1);
        int[][] stacks = new int[3][s.length()];
        int[] depth = new int[3];
        for (int i = 0; i < s.length(); i++) {
            int kind = "([{".indexOf(s.charAt(i));
            if (kind >= 0) {
                stacks[kind][depth[kind]++] = i;
                continue;
            }
            kind = ")]}".indexOf(s.charAt(i));
            if (kind >= 0 && depth[kind] > 0) {
                match[stacks[kind][--depth[kind]]] = i;
            }
        }
        return match;
    }

    /** counts[q][i]: how many of quote character q occur in s[0, i). */
    private static int[][] quoteCounts(String s) {
        int[][] counts = new int[QUOTES.length()][s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            int quote = QUOTES.indexOf(s.charAt(i));
            for (int q = 0; q < QUOTES.length(); q++) {
                counts[q][i + 1] = counts[q][i] + (q == quote ? 1 : 0);
            }
        }
        return counts;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';';
    }

    private static String number(String text) {
        String s = stripDecoration(text).replace('\u2212', '-');
        if (s.length() > MAX_DIGITS + 40) {
            throw new AnswerFormatException("the number is longer than " + MAX_DIGITS + " digits");
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean groupSeparator = (c == ',' || c == '_' || c == ' ' || c == '\u00a0' || c == '\u2009')
                    && i > 0 && i + 3 < s.length() + 1 && Character.isDigit(s.charAt(i - 1)) && isGroup(s, i + 1);
            if (!groupSeparator) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isGroup(String s, int from) {
        if (from + 3 > s.length()) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return from + 3 == s.length() || !Character.isDigit(s.charAt(from + 3));
    }

    private static BigDecimal decimalValue(String cleaned, String original) {
        String s = number(cleaned);
        if (s.isEmpty() || s.length() > MAX_DIGITS + 10) {
            throw new AnswerFormatException("expected a number, found '" + abbreviate(original) + "'");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw new AnswerFormatException("expected a number, found '" + abbreviate(original) + "'");
            }
        }
        try {
            BigDecimal value = new BigDecimal(s);
            if (Math.abs((long) value.scale()) > MAX_DIGITS || value.precision() > MAX_DIGITS) {
                throw new AnswerFormatException("the number " + abbreviate(original) + " is too large");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new AnswerFormatException("expected a number, found '" + abbreviate(original) + "'");
        }
    }

    private static Rational latexFraction(String s, int depth) {
        boolean negative = s.startsWith("-");
        String body = negative ? s.substring(1) : s;
        int[] first = braces(body, "\\frac".length());
        int[] second = braces(body, first[1] + 1);
        if (second[1] != body.length() - 1) {
            throw new AnswerFormatException("expected \\frac{a}{b}, found '" + abbreviate(s) + "'");
        }
        Rational numerator = rational(body.substring(first[0] + 1, first[1]), depth + 1);
        Rational value = numerator.divide(nonZero(rational(body.substring(second[0] + 1, second[1]), depth + 1), s));
        return negative ? value.negate() : value;
    }

    private static Rational nonZero(Rational value, String text) {
        if (value.signum() == 0) {
            throw new AnswerFormatException("the denominator is zero in '" + abbreviate(text) + "'");
        }
        return value;
    }

    private static int[] braces(String s, int from) {
        int open = from;
        while (open < s.length() && s.charAt(open) == ' ') {
            open++;
        }
        if (open >= s.length() || s.charAt(open) != '{') {
            throw new AnswerFormatException("expected \\frac{a}{b}, found '" + abbreviate(s) + "'");
        }
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return new int[] {open, i};
            }
        }
        throw new AnswerFormatException("unbalanced braces in '" + abbreviate(s) + "'");
    }

    /** At most 40 characters of untrusted text, for error messages. */
    public static String abbreviate(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() <= 40 ? flat : flat.substring(0, 37) + "...";
    }
}
