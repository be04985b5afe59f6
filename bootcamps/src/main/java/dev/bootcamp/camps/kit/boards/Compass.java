package dev.bootcamp.camps.kit.boards;

import java.util.Locale;

/** The four directions on a board drawn with row 1 at the top, with their words and one-letter names. */
public enum Compass {
    UP(-1, 0), DOWN(1, 0), LEFT(0, -1), RIGHT(0, 1);

    private final int rows;
    private final int columns;

    Compass(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /** The change of row of one step (up is -1). */
    public int rows() {
        return rows;
    }

    /** The change of column of one step (left is -1). */
    public int columns() {
        return columns;
    }

    /** The lower-case word, "up". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The upper-case letter, "U". */
    public char letter() {
        return name().charAt(0);
    }

    /** The direction opposite this one. */
    public Compass opposite() {
        return values()[ordinal() ^ 1];
    }

    /**
     * The direction named by {@code word}: its word or letter in any case, or the compass words north, south, west and
     * east; null for anything else.
     */
    public static Compass parse(String word) {
        if (word.length() > 5) {
            return null;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "u", "up", "n", "north" -> UP;
            case "d", "down", "s", "south" -> DOWN;
            case "l", "left", "w", "west" -> LEFT;
            case "r", "right", "e", "east" -> RIGHT;
            default -> null;
        };
    }

    /** The direction whose upper-case letter is {@code letter}, or null. */
    public static Compass ofLetter(char letter) {
        for (Compass direction : values()) {
            if (direction.letter() == letter) {
                return direction;
            }
        }
        return null;
    }
}
