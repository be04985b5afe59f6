package dev.bootcamp.camps.kit.opponents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Heaps of objects named by letters (A, B, C, ...): shown as lines of bars and moves on them read leniently. */
public final class Heaps {
    /** The most heaps a game may have (A to Z). */
    public static final int MAX_HEAPS = 26;
    /** Longest count read; a longer run of digits is unreadable. */
    private static final int MAX_DIGITS = 9;

    private Heaps() {}

    /** A move read from a player's text: take {@code count} objects from heap {@code heap} (from 0). */
    public record Take(int heap, int count) {}

    /** The heap's name: A for heap 0. */
    public static String name(int heap) {
        return String.valueOf((char) ('A' + heap));
    }

    /** One line per heap, such as {@code heap B:  5  |||||}. */
    public static String render(List<Integer> heaps) {
        StringBuilder text = new StringBuilder();
        for (int heap = 0; heap < heaps.size(); heap++) {
            int size = heaps.get(heap);
            text.append(heap == 0 ? "" : "\n").append("heap ").append(name(heap)).append(": ")
                    .append(size < 10 ? " " : "").append(size).append(size == 0 ? "" : "  " + "|".repeat(size));
        }
        return text.toString();
    }

    /**
     * The words and numbers of the text, in order: runs of ASCII letters and runs of ASCII digits (so "B3" is "B" then
     * "3"); anything else separates them. Digit runs longer than nine digits are kept as they are and read as no number.
     */
    public static List<String> tokens(String action) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < action.length()) {
            char c = action.charAt(i);
            int end = i + 1;
            if (isLetter(c)) {
                while (end < action.length() && isLetter(action.charAt(end))) {
                    end++;
                }
                tokens.add(action.substring(i, end));
            } else if (isDigit(c)) {
                while (end < action.length() && isDigit(action.charAt(end))) {
                    end++;
                }
                tokens.add(action.substring(i, end));
            }
            i = end;
        }
        return tokens;
    }

    /** The first token that is a number of at most nine digits, or -1. */
    public static int firstNumber(List<String> tokens) {
        for (String token : tokens) {
            if (isDigit(token.charAt(0))) {
                return token.length() <= MAX_DIGITS ? Integer.parseInt(token) : -1;
            }
        }
        return -1;
    }

    /**
     * The heap named by a one-letter word among the first {@code heaps} letters: the first capital one, else the first
     * small one (so "take 3 from heap b" reads, but a capital name wins over the English word "a"); -1 when none.
     */
    public static int heapLetter(List<String> tokens, int heaps) {
        int small = -1;
        for (String token : tokens) {
            if (token.length() != 1) {
                continue;
            }
            char c = token.charAt(0);
            if (c >= 'A' && c < 'A' + heaps) {
                return c - 'A';
            }
            if (small < 0 && c >= 'a' && c < 'a' + heaps) {
                small = c - 'a';
            }
        }
        return small;
    }

    /** A move "take COUNT from heap LETTER", read leniently ("B 3", "3 from b", "heap B: take 3"); empty if unreadable. */
    public static Optional<Take> read(String action, int heaps) {
        List<String> tokens = tokens(action);
        int heap = heapLetter(tokens, heaps);
        int count = firstNumber(tokens);
        return heap < 0 || count < 0 ? Optional.empty() : Optional.of(new Take(heap, count));
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
