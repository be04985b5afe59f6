package dev.bootcamp.camps.kit.instructions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text measures of the instruction bootcamps, each defined once here and stated in prompts by the matching rule
 * sentence, so that what a prompt says and what a checker counts cannot drift apart. All scans are linear.
 */
public final class Text {
    /** What a word is, as prompts state it. */
    public static final String WORD_RULE = "Words are runs of the letters a to z, compared ignoring case; any"
            + " other character separates them.";
    /** What a sentence is, as prompts state it. */
    public static final String SENTENCE_RULE = "Sentences end at . ! ? or the end of the text (pieces without words do"
            + " not count).";
    /** What a paragraph is, as prompts state it. */
    public static final String PARAGRAPH_RULE = "Paragraphs are separated by blank lines; only blocks that contain a word count.";
    /** What a line is, as prompts state it. */
    public static final String LINE_RULE = "Blank lines are ignored, as are spaces at line ends.";

    private Text() {}

    /** The words of the text in order, in lower case. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    /** The words of the text as written (case kept), in order. */
    public static List<String> rawWords(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** The sentences of the text, each as its raw text (terminal mark included); pieces without a word are dropped. */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isTerminal(text.charAt(i))) {
                String piece = text.substring(start, Math.min(i + 1, text.length())).strip();
                if (hasWord(piece)) {
                    sentences.add(piece);
                }
                start = i + 1;
            }
        }
        return sentences;
    }

    /** The paragraphs of the text (blocks between blank lines that contain a word), each stripped. */
    public static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                addBlock(paragraphs, current);
                continue;
            }
            current.append(current.length() == 0 ? "" : "\n").append(line);
        }
        addBlock(paragraphs, current);
        return paragraphs;
    }

    /** The non-blank lines of the text, each stripped. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** How many times the letter occurs in the text, ignoring case. */
    public static int letterCount(String text, char letter) {
        char lower = Character.toLowerCase(letter);
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLetter(c) && Character.toLowerCase(c) == lower) {
                count++;
            }
        }
        return count;
    }

    /** How many times the lower-case word occurs among the words. */
    public static int occurrences(List<String> words, String word) {
        int count = 0;
        for (String each : words) {
            if (each.equals(word)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the character is an ASCII letter, the only letters a word is made of. */
    public static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether the text contains at least one word. */
    public static boolean hasWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first letter of the text in lower case, or a space when it has none. */
    public static char firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLetter(text.charAt(i))) {
                return Character.toLowerCase(text.charAt(i));
            }
        }
        return ' ';
    }

    /** A quoted excerpt of model text for a detail line, at most 40 characters. */
    public static String quote(String text) {
        String flat = text.replace('\n', ' ');
        return "\"" + (flat.length() > 40 ? flat.substring(0, 37) + "..." : flat) + "\"";
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static void addBlock(List<String> blocks, StringBuilder current) {
        String block = current.toString().strip();
        if (hasWord(block)) {
            blocks.add(block);
        }
        current.setLength(0);
    }
}
