package dev.bootcamp.camps.kit;

import java.util.List;

/** Small pieces of English that puzzle prompts share: number words, capitals, and "a, b and c". */
public final class Prose {
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty");

    private Prose() {}

    /** The number as a word ("zero" to "twenty"), in digits beyond. */
    public static String number(int n) {
        return n >= 0 && n < NUMBERS.size() ? NUMBERS.get(n) : String.valueOf(n);
    }

    /** The text with its first character in upper case. */
    public static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The words joined as a list in prose: "a", "a and b", "a, b and c". */
    public static String and(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** The lines numbered from 1, each on its own line: "1. first\n2. second\n". */
    public static String numbered(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i + 1).append(". ").append(lines.get(i)).append('\n');
        }
        return text.toString();
    }
}
