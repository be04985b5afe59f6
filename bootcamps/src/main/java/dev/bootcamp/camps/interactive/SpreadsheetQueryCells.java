package dev.bootcamp.camps.interactive;

import dev.bootcamp.camps.kit.tools.Table;
import java.util.Optional;

/** Cell references of {@link SpreadsheetQueryBootcamp}: "B7" and "B3:C9", read leniently and bounded. */
final class SpreadsheetQueryCells {
    private SpreadsheetQueryCells() {}

    /** A cell or rectangle "B3", "b3:c9", "B 3 - C 9" as {row, column, row, column} from 0, within the sheet. */
    static Optional<int[]> range(String text, Table sheet) {
        StringBuilder compact = new StringBuilder();
        for (int i = 0; i < text.length() && compact.length() < 24; i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if (c != ' ' && c != '$') {
                compact.append(c);
            }
        }
        int[] first = reference(compact, 0, sheet);
        if (first == null) {
            return Optional.empty();
        }
        int at = first[2];
        if (at < compact.length() && (compact.charAt(at) == ':' || compact.charAt(at) == '-')) {
            int[] second = reference(compact, at + 1, sheet);
            return second == null ? Optional.empty() : Optional.of(new int[] {first[0], first[1], second[0], second[1]});
        }
        return Optional.of(new int[] {first[0], first[1], first[0], first[1]});
    }

    /** {row, column, end} of a reference at {@code at}, or null. */
    private static int[] reference(CharSequence text, int at, Table sheet) {
        if (at >= text.length() || text.charAt(at) < 'A' || text.charAt(at) > 'Z') {
            return null;
        }
        int column = text.charAt(at) - 'A';
        int end = at + 1;
        int row = 0;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9' && end - at <= 4) {
            row = row * 10 + text.charAt(end) - '0';
            end++;
        }
        if (end == at + 1 || row < 1 || row > sheet.size() || column >= sheet.columns().size()) {
            return null;
        }
        return new int[] {row - 1, column, end};
    }

    static String name(int row, int column) {
        return (char) ('A' + column) + Integer.toString(row + 1);
    }
}
