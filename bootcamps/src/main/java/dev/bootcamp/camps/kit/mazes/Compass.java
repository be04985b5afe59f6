package dev.bootcamp.camps.kit.mazes;

/**
 * The four grid headings, clockwise from north. Rows grow downwards (south) and columns to the right (east); each
 * heading also has the screen letter of a move drawn on a picture (U, R, D, L).
 */
public enum Compass {
    NORTH('N', 'U', -1, 0),
    EAST('E', 'R', 0, 1),
    SOUTH('S', 'D', 1, 0),
    WEST('W', 'L', 0, -1);

    private final char letter;
    private final char screen;
    private final int rowStep;
    private final int columnStep;

    Compass(char letter, char screen, int rowStep, int columnStep) {
        this.letter = letter;
        this.screen = screen;
        this.rowStep = rowStep;
        this.columnStep = columnStep;
    }

    /** N, E, S or W. */
    public char letter() {
        return letter;
    }

    /** U, R, D or L: the same move named as on a screen. */
    public char screen() {
        return screen;
    }

    /** -1, 0 or 1: how the row changes by one step. */
    public int rowStep() {
        return rowStep;
    }

    /** -1, 0 or 1: how the column changes by one step. */
    public int columnStep() {
        return columnStep;
    }

    /** The heading after a quarter turn to the right. */
    public Compass right() {
        return values()[(ordinal() + 1) % 4];
    }

    /** The heading after a quarter turn to the left. */
    public Compass left() {
        return values()[(ordinal() + 3) % 4];
    }

    public Compass opposite() {
        return values()[(ordinal() + 2) % 4];
    }

    /** The lower-case name: north, east, south, west. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The heading whose compass letter (N, E, S, W) or screen letter (U, R, D, L) is {@code letter}; null if none. */
    public static Compass of(char letter) {
        char upper = Character.toUpperCase(letter);
        for (Compass heading : values()) {
            if (heading.letter == upper || heading.screen == upper) {
                return heading;
            }
        }
        return null;
    }
}
