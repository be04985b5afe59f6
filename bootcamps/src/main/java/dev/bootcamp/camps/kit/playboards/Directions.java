package dev.bootcamp.camps.kit.playboards;

import java.util.Locale;

/** The four directions of a board, read leniently from a player's action: up, right, down, left (numbered 0 to 3). */
public final class Directions {
    /** Direction names, by number. */
    public static final String[] NAMES = {"up", "right", "down", "left"};
    /** Row and column steps, by number. */
    public static final int[] ROW_STEP = {-1, 0, 1, 0};
    public static final int[] COLUMN_STEP = {0, 1, 0, -1};

    private static final String[][] WORDS = {{"up", "north"}, {"right", "east"}, {"down", "south"}, {"left", "west"}};
    private static final String LETTERS = "URDL";
    private static final int MAX_WORDS = 200;

    private Directions() {}

    /**
     * The direction the text names: the first of the words up/down/left/right (or north/south/east/west) among its first
     * 200 words, or a single letter U, R, D or L when that letter is the whole action; -1 when it names none.
     */
    public static int read(String action) {
        String text = action.toLowerCase(Locale.ROOT);
        int words = 0;
        int i = 0;
        while (i < text.length() && words < MAX_WORDS) {
            while (i < text.length() && !isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                int found = direction(text.substring(start, Math.min(i, start + 8)), i - start);
                if (found >= 0) {
                    return found;
                }
            }
        }
        String stripped = action.strip();
        if (stripped.length() == 1) {
            return LETTERS.indexOf(Character.toUpperCase(stripped.charAt(0)));
        }
        return -1;
    }

    private static int direction(String word, int length) {
        for (int d = 0; d < 4; d++) {
            for (String name : WORDS[d]) {
                if (name.length() == length && name.equals(word)) {
                    return d;
                }
            }
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
