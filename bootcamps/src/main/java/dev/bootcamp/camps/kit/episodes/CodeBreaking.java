package dev.bootcamp.camps.kit.episodes;

import java.util.List;

/**
 * Codes over a small alphabet, as in mastermind and bulls and cows: feedback as exact and misplaced matches, and the
 * expert that always plays the first code (in order) consistent with all feedback so far.
 */
public final class CodeBreaking {
    private CodeBreaking() {}

    /** Exact matches (right symbol, right place) and misplaced ones (right symbol, wrong place), as {exact, misplaced}. */
    public static int[] feedback(String secret, String guess) {
        return new int[] {exact(secret.toCharArray(), guess), common(secret.toCharArray(), guess) - exact(secret.toCharArray(), guess)};
    }

    private static int exact(char[] code, String guess) {
        int exact = 0;
        for (int i = 0; i < code.length; i++) {
            exact += code[i] == guess.charAt(i) ? 1 : 0;
        }
        return exact;
    }

    /** Symbols the two share, each matched at most once: the sum over symbols of the smaller count. */
    private static int common(char[] code, String guess) {
        int common = 0;
        for (int i = 0; i < code.length; i++) {
            char symbol = code[i];
            boolean first = true;
            for (int j = 0; j < i && first; j++) {
                first = code[j] != symbol;
            }
            if (first) {
                int inCode = 0;
                int inGuess = 0;
                for (int j = 0; j < code.length; j++) {
                    inCode += code[j] == symbol ? 1 : 0;
                    inGuess += guess.charAt(j) == symbol ? 1 : 0;
                }
                common += Math.min(inCode, inGuess);
            }
        }
        return common;
    }

    /**
     * The first code in the order of {@code alphabet} (with or without repeated symbols) that gives the recorded
     * feedback for every guess so far; {@code feedback.get(i)} is {exact, misplaced} for {@code guesses.get(i)}. The
     * search starts at the last guess when it is a code of this alphabet: every code before it was already ruled out
     * when it was chosen, so an expert's whole episode scans the code space once (after anyone else's guesses the search
     * goes on from the start).
     */
    public static String firstConsistent(String alphabet, int length, boolean repeats, List<String> guesses, List<int[]> feedback) {
        int[] digits = new int[length];
        String last = guesses.isEmpty() ? "" : guesses.get(guesses.size() - 1);
        boolean fromLast = last.length() == length && last.chars().allMatch(c -> alphabet.indexOf(c) >= 0);
        if (fromLast) {
            for (int i = 0; i < length; i++) {
                digits[i] = alphabet.indexOf(last.charAt(i));
            }
        }
        char[] code = new char[length];
        while (true) {
            boolean valid = true;
            for (int i = 0; i < length; i++) {
                code[i] = alphabet.charAt(digits[i]);
                for (int j = 0; j < i && !repeats; j++) {
                    valid &= code[j] != code[i];
                }
            }
            if (valid && consistent(code, guesses, feedback)) {
                return new String(code);
            }
            int at = length - 1;
            while (at >= 0 && ++digits[at] == alphabet.length()) {
                digits[at--] = 0;
            }
            if (at < 0) {
                if (!fromLast) {
                    throw new IllegalStateException("no code is consistent with the feedback");
                }
                fromLast = false; // guesses not made by this expert: search the whole space from the start
            }
        }
    }

    private static boolean consistent(char[] code, List<String> guesses, List<int[]> feedback) {
        for (int i = 0; i < guesses.size(); i++) {
            int[] expected = feedback.get(i);
            String guess = guesses.get(i);
            int exact = exact(code, guess);
            if (exact != expected[0] || common(code, guess) - exact != expected[1]) {
                return false;
            }
        }
        return true;
    }
}
