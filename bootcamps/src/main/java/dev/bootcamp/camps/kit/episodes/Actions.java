package dev.bootcamp.camps.kit.episodes;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** Lenient readers of a player's action text; each reads a bounded prefix and never throws. */
public final class Actions {
    /** Longest number read; a longer run of digits counts as unreadable. */
    private static final int MAX_DIGITS = 18;

    private Actions() {}

    /** The first whole number in the text (an optional minus sign, then digits), if any fits in 18 digits. */
    public static OptionalLong firstNumber(String action) {
        for (int i = 0; i < action.length(); i++) {
            if (Character.isDigit(action.charAt(i)) && action.charAt(i) < 128) {
                int end = i;
                while (end < action.length() && action.charAt(end) >= '0' && action.charAt(end) <= '9') {
                    end++;
                }
                if (end - i > MAX_DIGITS) {
                    return OptionalLong.empty();
                }
                long value = Long.parseLong(action.substring(i, end));
                return OptionalLong.of(i > 0 && action.charAt(i - 1) == '-' ? -value : value);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * The last token of the text made only of characters in {@code alphabet} (case-insensitive, upper-cased), with
     * exactly {@code length} characters; so "my guess: RGBY" and "RGBY" both read as RGBY.
     */
    public static Optional<String> lastCode(String action, String alphabet, int length) {
        String upper = action.toUpperCase(Locale.ROOT);
        String found = null;
        for (String token : upper.split("[^A-Z0-9]+")) {
            if (token.length() == length && token.chars().allMatch(c -> alphabet.indexOf(c) >= 0)) {
                found = token;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * A grid cell named as a column letter and a row number ("B3", "b 3"), the first one in the text, within a board
     * of {@code rows} by {@code columns} (columns A..); as {row, column} from 0.
     */
    public static Optional<int[]> cell(String action, int rows, int columns) {
        String upper = action.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c < 'A' || c > 'Z' || (i > 0 && Character.isLetter(upper.charAt(i - 1)))) {
                continue;
            }
            int j = i + 1;
            while (j < upper.length() && upper.charAt(j) == ' ') {
                j++;
            }
            int start = j;
            while (j < upper.length() && j - start < 3 && upper.charAt(j) >= '0' && upper.charAt(j) <= '9') {
                j++;
            }
            if (j == start || (j < upper.length() && Character.isLetterOrDigit(upper.charAt(j)))) {
                continue;
            }
            int column = c - 'A';
            int row = Integer.parseInt(upper.substring(start, j)) - 1;
            if (column < columns && row >= 0 && row < rows) {
                return Optional.of(new int[] {row, column});
            }
        }
        return Optional.empty();
    }

    /** The cell's name, column letter then row number from 1. */
    public static String cellName(int row, int column) {
        return (char) ('A' + column) + Integer.toString(row + 1);
    }
}
