package dev.bootcamp.camps.logic;

import static dev.bootcamp.camps.logic.ZebraPuzzleBootcamp.ATTRIBUTES;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.logic.ZebraPuzzleBootcamp.Answer;
import dev.bootcamp.camps.logic.ZebraPuzzleBootcamp.Attribute;
import dev.bootcamp.camps.logic.ZebraPuzzleBootcamp.Row;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads zebra-puzzle answers: a table of houses, leniently laid out (headers, bars and punctuation skipped, rows in any
 * order), with every value checked against the code's lists and kept in the order given, which the checker holds to
 * the stated attribute order.
 */
final class ZebraPuzzleParser {
    /** Lower-case value to {attribute, value} in {@link ZebraPuzzleBootcamp#ATTRIBUTES}; every value is one word, used once overall. */
    private static final Map<String, int[]> VOCABULARY = vocabulary();
    /** Header words a table answer may carry ("House | colour | drink"); they are skipped. */
    private static final Set<String> HEADERS = Set.of("house", "houses", "colour", "color", "nationality", "drink", "pet",
            "hobby", "music", "number");
    private static final int MAX_TOKENS = 2_000;
    private static final int MAX_HOUSE_NUMBER = 99;

    private ZebraPuzzleParser() {}

    /**
     * Words and numbers are read as tokens; header words are skipped. With house numbers, each number starts a row
     * (so tables and one-line answers work); without any, each line is a row, in order.
     */
    static Answer read(String text) {
        List<List<String>> lines = new ArrayList<>();
        boolean numbered = false;
        int total = 0;
        for (String line : text.split("\\R")) {
            List<String> words = tokens(line);
            total += words.size();
            if (total > MAX_TOKENS) {
                throw new AnswerFormatException("more than " + MAX_TOKENS + " words");
            }
            words.removeIf(word -> HEADERS.contains(word.toLowerCase(Locale.ROOT)));
            if (!words.isEmpty()) {
                lines.add(words);
                numbered |= words.stream().anyMatch(word -> Character.isDigit(word.charAt(0)));
            }
        }
        Map<Integer, List<String>> rows = new TreeMap<>();
        List<String> current = null;
        for (List<String> line : lines) {
            if (!numbered) {
                current = new ArrayList<>();
                rows.put(rows.size() + 1, current);
            }
            for (String word : line) {
                if (Character.isDigit(word.charAt(0))) {
                    int house = word.length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(word);
                    if (house < 1 || house > MAX_HOUSE_NUMBER) {
                        throw new AnswerFormatException("expected house numbers from 1 to at most " + MAX_HOUSE_NUMBER + ", found "
                                + Answers.abbreviate(word));
                    }
                    current = new ArrayList<>();
                    if (rows.put(house, current) != null) {
                        throw new AnswerFormatException("house " + house + " is listed twice");
                    }
                } else if (current == null) {
                    throw new AnswerFormatException("expected a house number before '" + Answers.abbreviate(word) + "'");
                } else {
                    current.add(word);
                }
            }
        }
        if (rows.isEmpty()) {
            throw new AnswerFormatException("no houses found; expected lines such as 'House 1: red, Swede, tea'");
        }
        List<Row> answer = new ArrayList<>();
        rows.forEach((house, words) -> answer.add(new Row(house, canonical(house, words))));
        return new Answer(answer);
    }

    /** The row's values spelled as in the code, in the order given; unknown values and two of one attribute are refused. */
    private static List<String> canonical(int house, List<String> words) {
        if (words.isEmpty()) {
            throw new AnswerFormatException("house " + house + " has no values");
        }
        List<String> values = new ArrayList<>();
        Set<Integer> attributes = new TreeSet<>();
        for (String word : words) {
            int[] found = VOCABULARY.get(word.toLowerCase(Locale.ROOT));
            if (found == null) {
                throw new AnswerFormatException("unknown value '" + Answers.abbreviate(word) + "' in house " + house);
            }
            Attribute attribute = ATTRIBUTES.get(found[0]);
            if (!attributes.add(found[0])) {
                throw new AnswerFormatException("house " + house + " has two values of " + attribute.name());
            }
            values.add(attribute.values().get(found[1]));
        }
        return values;
    }

    /** Runs of letters and runs of digits; everything else separates. */
    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= line.length(); i++) {
            boolean boundary = i == line.length() || kind(line.charAt(i)) != kind(line.charAt(i - 1));
            if (boundary) {
                if (kind(line.charAt(start)) != 0) {
                    tokens.add(line.substring(start, i));
                }
                start = i;
            }
        }
        return tokens;
    }

    private static int kind(char c) {
        if (c >= '0' && c <= '9') {
            return 1;
        }
        return Character.isLetter(c) ? 2 : 0;
    }

    private static Map<String, int[]> vocabulary() {
        Map<String, int[]> words = new TreeMap<>();
        for (int attribute = 0; attribute < ATTRIBUTES.size(); attribute++) {
            List<String> values = ATTRIBUTES.get(attribute).values();
            for (int value = 0; value < values.size(); value++) {
                if (words.put(values.get(value).toLowerCase(Locale.ROOT), new int[] {attribute, value}) != null) {
                    throw new IllegalStateException("the value " + values.get(value) + " is listed twice");
                }
            }
        }
        return words;
    }
}
