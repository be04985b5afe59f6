package dev.bootcamp.camps.math;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.camps.math.LinearSystemBootcamp.Answer;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads {@code x = 3, y = -1/2}, one entry a line, {@code (x, y) = (3, -1/2)}, or bare values in order. */
final class LinearSystemParser {
    /** Longest answer read; also bounds the recursion of nested LaTeX fractions in {@link Answers#rational}. */
    private static final int MAX_ANSWER = 1_000;
    private static final int MAX_ENTRIES = 20;

    private LinearSystemParser() {}

    static Answer parse(String text) {
        NumberAnswers.capped(text, MAX_ANSWER);
        String cleaned = text.replace("\\qquad", ",").replace("\\quad", ",").replace("\\,", " ").replace("\\;", " ")
                .replace("\\!", " ").replace("$", " ").replace(" and ", ",").strip();
        int equals = cleaned.indexOf('=');
        if (equals > 0 && cleaned.indexOf('=', equals + 1) < 0 && "([".indexOf(cleaned.charAt(0)) >= 0) {
            List<String> names = entries(unwrap(cleaned.substring(0, equals)));
            List<String> values = entries(unwrap(cleaned.substring(equals + 1)));
            if (names.size() != values.size()) {
                throw new AnswerFormatException("found " + names.size() + " names but " + values.size() + " values");
            }
            return answer(names.stream().map(LinearSystemParser::name).toList(), values.stream().map(Answers::rational).toList());
        }
        List<String> names = new ArrayList<>();
        List<Rational> values = new ArrayList<>();
        for (String entry : entries(unwrap(cleaned))) {
            int separator = entry.indexOf('=') >= 0 ? entry.indexOf('=') : entry.indexOf(':');
            if (separator >= 0) {
                names.add(name(entry.substring(0, separator)));
            }
            values.add(Answers.rational(separator >= 0 ? entry.substring(separator + 1) : entry));
        }
        if (!names.isEmpty() && names.size() != values.size()) {
            throw new AnswerFormatException("name every value or none of them");
        }
        return answer(names, values);
    }

    private static Answer answer(List<String> names, List<Rational> values) {
        if (values.isEmpty()) {
            throw new AnswerFormatException("no values found");
        }
        if (names.stream().distinct().count() < names.size()) {
            throw new AnswerFormatException("an unknown is given more than one value");
        }
        return new Answer(names, values);
    }

    /** An unknown's name: {@code x}, {@code X}, {@code x_1} and {@code x_{1}} read as {@code x}, {@code x}, {@code x1}. */
    private static String name(String text) {
        StringBuilder name = new StringBuilder();
        for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != '_' && c != '{' && c != '}' && c != ' ') {
                name.append(c);
            }
        }
        if (name.length() == 0 || name.length() > 8 || name.charAt(0) < 'a' || name.charAt(0) > 'z'
                || !name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
            throw new AnswerFormatException("expected the name of an unknown, found '" + Answers.abbreviate(text.strip()) + "'");
        }
        return name.toString();
    }

    /** Pieces separated by commas, semicolons or line breaks, blank pieces dropped. */
    private static List<String> entries(String text) {
        List<String> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ",;\n\r".indexOf(text.charAt(i)) >= 0) {
                String entry = text.substring(start, i).strip();
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
                if (entries.size() > MAX_ENTRIES) {
                    throw new AnswerFormatException("more than " + MAX_ENTRIES + " values");
                }
                start = i + 1;
            }
        }
        return entries;
    }

    /** The text inside one pair of brackets that encloses all of it, or the text itself. */
    private static String unwrap(String text) {
        String stripped = text.strip();
        if (stripped.length() >= 2 && (stripped.charAt(0) == '(' && stripped.endsWith(")") || stripped.charAt(0) == '[' && stripped.endsWith("]"))
                && stripped.indexOf(stripped.charAt(0), 1) < 0) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }
}
