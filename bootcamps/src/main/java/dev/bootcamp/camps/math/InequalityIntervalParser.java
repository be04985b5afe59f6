package dev.bootcamp.camps.math;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.camps.math.InequalityIntervalBootcamp.Interval;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a set of real numbers in interval notation, {@code (-inf, 2] U (5, inf)}, with a single scan: pieces are
 * brackets or braces, separated by unions ({@code U}, {@code \cup}, the union sign, {@code or}) or commas.
 */
final class InequalityIntervalParser {
    private static final int MAX_ANSWER = 1_000;
    private static final int MAX_PIECES = 50;
    private static final List<String> EMPTY = List.of("empty", "empty set", "none", "no solution", "no solutions",
            "no real solution", "no real solutions", "{}", "\u2205", "\\emptyset", "\\varnothing", "\\{\\}");
    private static final List<String> EVERYTHING = List.of("all real numbers", "all reals", "r", "\u211d", "\\mathbb{r}",
            "\\mathbb r", "(-inf,inf)", "(-inf,+inf)", "all x", "every real number");
    private static final List<String> SEPARATORS = List.of("\\cup", "\u222a", "u", "or", ",", ";");

    private InequalityIntervalParser() {}

    static List<Interval> parse(String text) {
        NumberAnswers.capped(text, MAX_ANSWER);
        String body = normalize(text);
        String compact = body.replace(" ", "");
        if (EMPTY.contains(body) || EMPTY.contains(compact)) {
            return List.of();
        }
        if (EVERYTHING.contains(body) || EVERYTHING.contains(compact)) {
            return List.of(new Interval(null, false, null, false));
        }
        List<Interval> pieces = new ArrayList<>();
        int i = 0;
        boolean separated = true;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            String separator = separatorAt(body, i);
            if (separator != null) {
                if (pieces.isEmpty() || separated) {
                    throw new AnswerFormatException("'" + separator + "' must stand between two intervals");
                }
                separated = true;
                i += separator.length();
                continue;
            }
            if (!separated) {
                throw new AnswerFormatException("expected U between intervals, found '" + Answers.abbreviate(body.substring(i)) + "'");
            }
            i = c == '{' ? points(body, i, pieces) : interval(body, i, pieces);
            separated = false;
            if (pieces.size() > MAX_PIECES) {
                throw new AnswerFormatException("more than " + MAX_PIECES + " intervals");
            }
        }
        if (pieces.isEmpty() || separated) {
            throw new AnswerFormatException("expected intervals such as (-inf, 2] U (5, inf), found '" + Answers.abbreviate(text) + "'");
        }
        return pieces;
    }

    /** Lower case, one space for any run of whitespace, the usual spellings of infinity and union made plain. */
    private static String normalize(String text) {
        String body = text.strip().toLowerCase(Locale.ROOT);
        while (body.endsWith(".")) {
            body = body.substring(0, body.length() - 1).strip();
        }
        if (body.length() >= 2 && body.startsWith("$") && body.endsWith("$")) {
            body = body.replace("$", "").strip();
        }
        int member = Math.max(body.lastIndexOf("\\in "), body.lastIndexOf('\u2208'));
        if (member >= 0) {
            body = body.substring(member + (body.charAt(member) == '\u2208' ? 1 : 4));
        }
        body = body.replace("\\left", "").replace("\\right", "").replace("\\infty", "inf").replace("\u221e", "inf")
                .replace("infinity", "inf").replace('\u2212', '-').replace("\\{", "{").replace("\\}", "}")
                .replace("\\,", " ").replace("\\ ", " ");
        return String.join(" ", body.split("\\s+")).strip();
    }

    private static String separatorAt(String body, int at) {
        for (String separator : SEPARATORS) {
            if (body.startsWith(separator, at)) {
                boolean word = Character.isLetter(separator.charAt(0));
                int end = at + separator.length();
                if (!word || (end == body.length() || !Character.isLetter(body.charAt(end))) && (at == 0 || !Character.isLetter(body.charAt(at - 1)))) {
                    return separator;
                }
            }
        }
        return null;
    }

    /** {@code (a, b)}, {@code [a, b)}, ...; returns where the text resumes. */
    private static int interval(String body, int start, List<Interval> pieces) {
        char open = body.charAt(start);
        if (open != '(' && open != '[') {
            throw new AnswerFormatException("expected '(' or '[' to open an interval, found '" + Answers.abbreviate(body.substring(start)) + "'");
        }
        int close = start + 1;
        while (close < body.length() && body.charAt(close) != ')' && body.charAt(close) != ']') {
            close++;
        }
        if (close >= body.length()) {
            throw new AnswerFormatException("an interval is not closed with ')' or ']'");
        }
        String[] ends = body.substring(start + 1, close).split(",", -1);
        if (ends.length != 2) {
            throw new AnswerFormatException("expected two ends in an interval, found '" + Answers.abbreviate(body.substring(start, close + 1)) + "'");
        }
        Rational low = end(ends[0], -1);
        Rational high = end(ends[1], 1);
        boolean lowClosed = open == '[' && low != null;
        boolean highClosed = body.charAt(close) == ']' && high != null;
        if (low != null && high != null && (low.compareTo(high) > 0 || low.equals(high) && !(lowClosed && highClosed))) {
            throw new AnswerFormatException("the interval '" + Answers.abbreviate(body.substring(start, close + 1)) + "' is empty or reversed");
        }
        pieces.add(new Interval(low, lowClosed, high, highClosed));
        return close + 1;
    }

    /** {@code {a}} or {@code {a, b}}: single points. */
    private static int points(String body, int start, List<Interval> pieces) {
        int close = body.indexOf('}', start);
        if (close < 0) {
            throw new AnswerFormatException("a set of points is not closed with '}'");
        }
        for (String item : body.substring(start + 1, close).split(",", -1)) {
            Rational point = end(item, 0);
            if (point == null) {
                throw new AnswerFormatException("infinity is not a point");
            }
            pieces.add(new Interval(point, true, point, true));
        }
        return close + 1;
    }

    /** A finite end, or null for infinity on the side {@code sign} asks for (0: neither allowed). */
    private static Rational end(String text, int sign) {
        String item = text.strip();
        boolean negative = item.startsWith("-");
        String magnitude = item.startsWith("-") || item.startsWith("+") ? item.substring(1).strip() : item;
        if (magnitude.equals("inf") || magnitude.equals("oo")) {
            if (sign == 0 || negative != (sign < 0)) {
                throw new AnswerFormatException("'" + Answers.abbreviate(item) + "' is on the wrong side of an interval");
            }
            return null;
        }
        return Answers.rational(item);
    }
}
