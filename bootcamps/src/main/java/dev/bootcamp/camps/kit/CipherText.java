package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.random.RandomGenerator;

/** English plaintexts and letter-only answers shared by the cipher bootcamps. */
public final class CipherText {
    /** Letters in the alphabet A to Z. */
    public static final int ALPHABET = 26;
    /** Most letters accepted in one answer. */
    public static final int MAX_LETTERS = 20_000;

    private CipherText() {}

    /** {@code count} words drawn independently from {@link Words}, in lower case. */
    public static List<String> words(RandomGenerator random, int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(Words.pick(random));
        }
        return List.copyOf(words);
    }

    /** The letters a to z (either case) of {@code text}, in order and in upper case; everything else is dropped. */
    public static String letters(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append((char) (c - 'a' + 'A'));
            } else if (c >= 'A' && c <= 'Z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    /**
     * Reads an answer made of letters: the letters a to z in upper case, in order. Spaces, punctuation and case are
     * ignored; digits and letters outside a to z are refused, and so is text without letters.
     */
    public static String parseLetters(String text) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append((char) (c - 'a' + 'A'));
            } else if (c >= 'A' && c <= 'Z') {
                letters.append(c);
            } else if (Character.isLetterOrDigit(c)) {
                throw new AnswerFormatException("expected only the letters A to Z, found '" + c + "'");
            }
            if (letters.length() > MAX_LETTERS) {
                throw new AnswerFormatException("more than " + MAX_LETTERS + " letters");
            }
        }
        if (letters.isEmpty()) {
            throw new AnswerFormatException("no letters found in '" + Answers.abbreviate(text) + "'");
        }
        return letters.toString();
    }

    /** The words as sentences of three to eight words, each with a capital and a full stop, and some commas. */
    public static String sentences(List<String> words, RandomGenerator random) {
        StringBuilder text = new StringBuilder();
        int sentenceEnd = -1;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > sentenceEnd) {
                sentenceEnd = Math.min(words.size() - 1, i + Draw.between(2, 7, random));
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            text.append(i == 0 ? "" : " ").append(word);
            if (i == sentenceEnd) {
                text.append('.');
            } else if (random.nextInt(6) == 0) {
                text.append(',');
            }
        }
        return text.toString();
    }

    /** The characters of {@code text} in blocks of {@code size} separated by single spaces. */
    public static String blocks(String text, int size) {
        StringBuilder grouped = new StringBuilder(text.length() + text.length() / size);
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && i % size == 0) {
                grouped.append(' ');
            }
            grouped.append(text.charAt(i));
        }
        return grouped.toString();
    }

    /** Applies {@code map} to each letter a to z (either case, keeping the case) and keeps every other character. */
    public static String mapLetters(String text, IntUnaryOperator map) {
        StringBuilder mapped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char base = c >= 'a' && c <= 'z' ? 'a' : c >= 'A' && c <= 'Z' ? 'A' : 0;
            mapped.append(base == 0 ? c : (char) (base + Math.floorMod(map.applyAsInt(c - base), ALPHABET)));
        }
        return mapped.toString();
    }

    /** {@code letters} (upper case) with one letter, chosen at random, replaced by another. */
    public static String changeOne(String letters, RandomGenerator random) {
        int at = random.nextInt(letters.length());
        char other = (char) ('A' + Math.floorMod(letters.charAt(at) - 'A' + Draw.between(1, ALPHABET - 1, random), ALPHABET));
        return letters.substring(0, at) + other + letters.substring(at + 1);
    }

    /** One line comparing letter strings: where the first difference is and how many letters agree. */
    public static String difference(String expected, String found) {
        if (found.length() != expected.length()) {
            return "expected " + expected.length() + " letters, found " + found.length();
        }
        int right = 0;
        int first = -1;
        for (int i = 0; i < expected.length(); i++) {
            if (expected.charAt(i) == found.charAt(i)) {
                right++;
            } else if (first < 0) {
                first = i;
            }
        }
        if (first < 0) {
            return "the letters match";
        }
        return "letter " + (first + 1) + " is " + found.charAt(first) + " but should be " + expected.charAt(first) + "; " + right
                + " of " + expected.length() + " letters are right";
    }
}
