package dev.bootcamp.camps.puzzles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The generator's cryptarithm solver: works through the columns from the units up, carrying as in written addition.
 * In each column it tries digits for the addends' letters not yet set, and the column's total then fixes the sum's
 * letter. It keeps the solutions it finds (up to its limit) so the generator can pick a hint that tells them apart.
 * Letters are upper case; a solution maps letter - 'A' to its digit, -1 for letters not in the puzzle.
 */
final class CryptarithmSolver {
    private final List<String> addends;
    private final String sum;
    private final boolean[] leading = new boolean[26];
    private final int[] digit = new int[26];
    private final boolean[] used = new boolean[10];
    private final List<int[]> solutions = new ArrayList<>();
    private int limit;
    private long nodes;

    CryptarithmSolver(List<String> addends, String sum, Map<Character, Integer> hints) {
        this.addends = addends;
        this.sum = sum;
        Arrays.fill(digit, -1);
        for (String word : addends) {
            leading[word.charAt(0) - 'A'] = word.length() > 1;
        }
        leading[sum.charAt(0) - 'A'] |= sum.length() > 1;
        hints.forEach((letter, value) -> {
            digit[letter - 'A'] = value;
            used[value] = true;
        });
    }

    /** Solutions up to {@code limit}; they are kept in {@link #solutions()}. */
    int count(int limit) {
        this.limit = limit;
        solutions.clear();
        column(0, 0);
        return solutions.size();
    }

    List<int[]> solutions() {
        return solutions;
    }

    long nodes() {
        return nodes;
    }

    private void column(int place, int carry) {
        if (place == sum.length()) {
            if (carry == 0) {
                solutions.add(digit.clone());
            }
            return;
        }
        addendLetters(place, 0, 0, carry);
    }

    /** Sets the letters of addend {@code word} and later ones at this place, then the sum's letter. */
    private void addendLetters(int place, int word, int total, int carry) {
        nodes++;
        if (solutions.size() >= limit) {
            return;
        }
        if (word == addends.size()) {
            sumLetter(place, total + carry);
            return;
        }
        String addend = addends.get(word);
        if (place >= addend.length()) {
            addendLetters(place, word + 1, total, carry);
            return;
        }
        int letter = addend.charAt(addend.length() - 1 - place) - 'A';
        if (digit[letter] >= 0) {
            addendLetters(place, word + 1, total + digit[letter], carry);
            return;
        }
        for (int value = leading[letter] ? 1 : 0; value <= 9; value++) {
            if (used[value]) {
                continue;
            }
            digit[letter] = value;
            used[value] = true;
            addendLetters(place, word + 1, total + value, carry);
            used[value] = false;
            digit[letter] = -1;
        }
    }

    private void sumLetter(int place, int total) {
        int letter = sum.charAt(sum.length() - 1 - place) - 'A';
        int value = total % 10;
        if (digit[letter] >= 0) {
            if (digit[letter] == value) {
                column(place + 1, total / 10);
            }
            return;
        }
        if (used[value] || value == 0 && leading[letter]) {
            return;
        }
        digit[letter] = value;
        used[value] = true;
        column(place + 1, total / 10);
        used[value] = false;
        digit[letter] = -1;
    }
}
