package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
import dev.bootcamp.camps.puzzles.WordSearchBootcamp.Placement;
import dev.bootcamp.camps.puzzles.WordSearchBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Makes word-search grids from the common-word list. */
final class WordSearchGenerator {
    /** Directions as (row step, column step), in the order the {@code directions} knob unlocks them. */
    static final int[][] STEPS = {{0, 1}, {1, 0}, {1, 1}, {-1, 1}, {0, -1}, {-1, 0}, {-1, -1}, {1, -1}};
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private WordSearchGenerator() {}

    /**
     * Hides distinct random words (none a palindrome or part of another), each at one of 200 random spots where it fits.
     * Half the free cells take letters of the hidden words, so fragments of them appear as decoys.
     */
    static Puzzle generate(int size, int wanted, int directions, RandomGenerator random) {
        List<String> pool = new ArrayList<>(Words.ofLength(3, Math.min(size, Words.MAX_LENGTH)));
        Draw.shuffle(pool, random);
        char[][] grid = new char[size][size];
        List<String> words = new ArrayList<>();
        List<Placement> hidden = new ArrayList<>();
        int failures = 0;
        for (String candidate : pool) {
            if (words.size() == wanted || failures > 20 * wanted) {
                break;
            }
            String word = candidate.toUpperCase(Locale.ROOT);
            if (isPalindrome(word) || words.stream().anyMatch(other -> other.contains(word) || word.contains(other))) {
                continue;
            }
            Placement placement = place(grid, word, directions, random);
            if (placement == null) {
                failures++;
                continue;
            }
            words.add(word);
            hidden.add(placement);
        }
        String letters = String.join("", words);
        List<String> rows = new ArrayList<>();
        for (char[] row : grid) {
            for (int column = 0; column < size; column++) {
                if (row[column] == 0) {
                    row[column] = random.nextBoolean() && !letters.isEmpty() ? letters.charAt(random.nextInt(letters.length()))
                            : ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                }
            }
            rows.add(new String(row));
        }
        List<String> listed = new ArrayList<>(words);
        listed.sort(null);
        List<Placement> ordered = listed.stream().map(word -> hidden.get(words.indexOf(word))).toList();
        return new Puzzle(rows, listed, directions, ordered);
    }

    /** Places the word at a random start and direction where it fits (crossing only matching letters), or returns null. */
    private static Placement place(char[][] grid, String word, int directions, RandomGenerator random) {
        int size = grid.length;
        for (int attempt = 0; attempt < 200; attempt++) {
            int[] step = STEPS[random.nextInt(directions)];
            int row = random.nextInt(size);
            int column = random.nextInt(size);
            int endRow = row + step[0] * (word.length() - 1);
            int endColumn = column + step[1] * (word.length() - 1);
            if (endRow < 0 || endRow >= size || endColumn < 0 || endColumn >= size) {
                continue;
            }
            boolean fits = true;
            for (int i = 0; i < word.length() && fits; i++) {
                char cell = grid[row + step[0] * i][column + step[1] * i];
                fits = cell == 0 || cell == word.charAt(i);
            }
            if (!fits) {
                continue;
            }
            for (int i = 0; i < word.length(); i++) {
                grid[row + step[0] * i][column + step[1] * i] = word.charAt(i);
            }
            return new Placement(word, row + 1, column + 1, endRow + 1, endColumn + 1);
        }
        return null;
    }

    private static boolean isPalindrome(String word) {
        return new StringBuilder(word).reverse().toString().equals(word);
    }
}
