package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads answers made of a few named values, such as {@code gcd = 6, lcm = 360}, one {@code mean: 7/2} a line, or
 * {@code gcd(12, 18) = 6; lcm(12, 18) = 36}. Entries are separated by semicolons, line breaks, the word "and", or
 * commas outside parentheses (a comma between two digits is a thousands separator and stays in its number).
 */
public final class LabelledValues {
    /** Longest answer read. */
    public static final int MAX_CHARS = 4_000;
    private static final int MAX_ENTRIES = 40;
    private static final int MAX_DEPTH = 20;
    private static final List<String> LATEX_WRAPPERS = List.of("\\text", "\\mathrm", "\\operatorname", "\\textbf", "\\mathbf");

    private LabelledValues() {}

    /**
     * The value texts in the order of {@code names}: either every entry is labelled (in any order, each name once) or
     * none is and there is one value per name, in order.
     *
     * @param aliases a label reduced to lower-case letters a to z (such as {@code populationvariance}) to its name
     * @param names the canonical names, in the order unlabelled values are read
     */
    public static List<String> read(String text, Map<String, String> aliases, List<String> names) {
        if (text.length() > MAX_CHARS) {
            throw new AnswerFormatException("the answer is longer than " + MAX_CHARS + " characters");
        }
        String body = Answers.stripDecoration(text);
        for (String wrapper : LATEX_WRAPPERS) {
            body = body.replace(wrapper, " ");
        }
        body = body.replace(" and ", ";").replace(" AND ", ";").replace(" And ", ";");
        List<String> entries = entries(body);
        if (entries.isEmpty()) {
            throw new AnswerFormatException("no values found");
        }
        String[] values = new String[names.size()];
        int labelled = 0;
        for (String entry : entries) {
            int separator = separator(entry);
            if (separator < 0) {
                continue;
            }
            labelled++;
            String label = label(entry.substring(0, separator));
            String name = aliases.get(label);
            if (name == null) {
                throw new AnswerFormatException("unknown label '" + Answers.abbreviate(entry.substring(0, separator).strip())
                        + "'; expected " + String.join(", ", names));
            }
            int index = names.indexOf(name);
            if (values[index] != null) {
                throw new AnswerFormatException(name + " is given twice");
            }
            int skip = entry.charAt(separator) == ' ' ? " is ".length() : 1;
            values[index] = entry.substring(separator + skip).strip();
        }
        if (labelled == 0) {
            if (entries.size() != names.size()) {
                throw new AnswerFormatException("expected " + names.size() + " values (" + String.join(", ", names) + "), found " + entries.size());
            }
            return List.copyOf(entries);
        }
        if (labelled != entries.size()) {
            throw new AnswerFormatException("label every value or none of them");
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (values[i] == null) {
                missing.add(names.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new AnswerFormatException("no value for " + String.join(", ", missing));
        }
        return List.of(values);
    }

    /**
     * A label reduced to its lower-case letters a to z before any parenthesis, without a leading "the", with a Greek
     * sigma spelled out: {@code GCD(12, 18)} gives {@code gcd}, {@code The mean} gives {@code mean}, {@code σ²} gives
     * {@code sigma}.
     */
    public static String label(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip().replace("\u03c3", "sigma");
        if (lower.startsWith("the ")) {
            lower = lower.substring(4);
        }
        int parenthesis = lower.indexOf('(');
        String head = parenthesis >= 0 ? lower.substring(0, parenthesis) : lower;
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c >= 'a' && c <= 'z') {
                label.append(c);
            }
        }
        return label.toString();
    }

    /** Where the label ends: the first {@code =} or {@code :} outside parentheses, or the word "is"; -1 when unlabelled. */
    private static int separator(String entry) {
        int depth = 0;
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && (c == '=' || c == ':')) {
                return i;
            }
        }
        int is = entry.toLowerCase(Locale.ROOT).indexOf(" is ");
        return is > 0 ? is : -1;
    }

    private static List<String> entries(String text) {
        List<String> entries = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? ';' : text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new AnswerFormatException("brackets nested more than " + MAX_DEPTH + " deep");
                }
                continue;
            }
            if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
                continue;
            }
            boolean grouping = c == ',' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1));
            boolean separator = c == ';' || c == '\n' || c == '\r' || c == ',' && !grouping;
            if (!separator || depth > 0 && i < text.length()) {
                continue;
            }
            String entry = Answers.stripDecoration(text.substring(start, i));
            if (!entry.isEmpty()) {
                entries.add(entry);
                if (entries.size() > MAX_ENTRIES) {
                    throw new AnswerFormatException("more than " + MAX_ENTRIES + " entries");
                }
            }
            start = i + 1;
        }
        return entries;
    }
}
