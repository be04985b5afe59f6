package dev.bootcamp.camps.kit.proofs;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;

/**
 * Proof text as numbered lines ({@code 7. body}, also {@code 7)} or {@code 7:}), numbered one after another from a
 * given first number, with a bound on how many lines are read. Blank lines are skipped.
 */
public final class NumberedLines {
    private NumberedLines() {}

    /** The first line's number and the bodies of the lines in order. */
    public record Numbered(int first, List<String> bodies) {
        public Numbered {
            bodies = List.copyOf(bodies);
        }
    }

    /**
     * The lines, numbered on from whatever the first line's number is; throws {@link AnswerFormatException} on a missing
     * or out-of-order number.
     */
    public static Numbered read(String text, int maxLines) {
        if (text.length() > 200_000) {
            throw new AnswerFormatException("the proof is longer than 200000 characters");
        }
        List<String> bodies = new ArrayList<>();
        int expected = -1;
        int first = -1;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (bodies.size() >= maxLines) {
                throw new AnswerFormatException("more than " + maxLines + " lines");
            }
            int digits = 0;
            while (digits < line.length() && digits < 6 && Character.isDigit(line.charAt(digits))) {
                digits++;
            }
            if (digits == 0 || digits >= line.length() || ".):".indexOf(line.charAt(digits)) < 0) {
                throw new AnswerFormatException("expected a line starting with its number and a full stop, found '" + Answers.abbreviate(line) + "'");
            }
            int number = Integer.parseInt(line.substring(0, digits));
            if (expected < 0) {
                expected = number;
                first = number;
            }
            if (number != expected) {
                throw new AnswerFormatException("expected line number " + expected + ", found " + number);
            }
            bodies.add(line.substring(digits + 1).strip());
            expected++;
        }
        if (bodies.isEmpty()) {
            throw new AnswerFormatException("no numbered lines found");
        }
        return new Numbered(first, bodies);
    }

    /**
     * Line references such as {@code 3, 5} or {@code 2-4} (commas or spaces between): each reference as {from, to},
     * with from == to for a single line; at most {@code max} references.
     */
    public static List<int[]> references(String text, int max) {
        List<int[]> references = new ArrayList<>();
        String spaced = text.replace(',', ' ').replace('–', '-').replace('—', '-');
        for (String token : spaced.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (references.size() >= max) {
                throw new AnswerFormatException("more than " + max + " line references");
            }
            int dash = token.indexOf('-');
            if (dash < 0) {
                references.add(new int[] {number(token), number(token)});
            } else {
                references.add(new int[] {number(token.substring(0, dash)), number(token.substring(dash + 1))});
            }
        }
        return references;
    }

    private static int number(String token) {
        if (token.isEmpty() || token.length() > 6 || !token.chars().allMatch(Character::isDigit)) {
            throw new AnswerFormatException("expected a line number, found '" + Answers.abbreviate(token) + "'");
        }
        return Integer.parseInt(token);
    }
}
