package dev.bootcamp.camps.kit.playboards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every cell a player's action names, in order, as kit.episodes.Actions reads one: a column letter and a row number
 * ("B3", "b 3"), the letter not part of a longer word. For moves that name two cells ("B3 to B1").
 */
public final class CellWords {
    private CellWords() {}

    /** Up to {@code most} cells named in the text that lie within a rows x columns board, as {row, column} from 0. */
    public static List<int[]> read(String action, int rows, int columns, int most) {
        String upper = action.toUpperCase(Locale.ROOT);
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < upper.length() && found.size() < most; i++) {
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
                found.add(new int[] {row, column});
            }
        }
        return found;
    }
}
