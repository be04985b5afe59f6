package dev.bootcamp.camps.kit;

/** The 5x5 letter square of the Playfair and Polybius ciphers: I and J share a cell, and a keyword mixes the order. */
public final class KeySquare {
    /** Cells on a side. */
    public static final int SIZE = 5;
    private static final String NO_J = "ABCDEFGHIKLMNOPQRSTUVWXYZ";

    private KeySquare() {}

    /**
     * The 25 letters row by row: the keyword's letters (J as I) without repeats, then the rest of A to Z without J. An
     * empty keyword gives the plain square.
     */
    public static String of(String keyword) {
        StringBuilder square = new StringBuilder(SIZE * SIZE);
        for (char c : (CipherText.letters(keyword).replace('J', 'I') + NO_J).toCharArray()) {
            if (square.indexOf(String.valueOf(c)) < 0) {
                square.append(c);
            }
        }
        return square.toString();
    }

    /** Row {@code row} (from 0) of the square, its letters separated by spaces. */
    public static String row(String square, int row) {
        return String.join(" ", square.substring(row * SIZE, row * SIZE + SIZE).split(""));
    }
}
