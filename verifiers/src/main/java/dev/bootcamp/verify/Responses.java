package dev.bootcamp.verify;

import dev.bootcamp.api.AnswerStyle;

/**
 * The answer pipeline's scans over untrusted model text: reasoning removal and extraction in each {@link AnswerStyle}. All
 * are linear-time (no regular expressions on model text).
 */
public final class Responses {
    private static final String THINK_OPEN = "<think>";
    private static final String THINK_CLOSE = "</think>";

    private Responses() {}

    /** Finds the answer text, in the given style, in a response whose reasoning has already been removed. */
    public static Extraction extract(AnswerStyle style, String text) {
        return switch (style) {
            case TAGS -> lastTagged(text, "<answer>", "</answer>");
            case BOXED -> lastBoxed(text);
            case FINAL_LINE -> lastAnswerLine(text);
        };
    }

    /**
     * Removes reasoning: every {@code <think>…</think>} block, everything before a stray {@code </think>} (chat
     * templates often open the block in the prompt), and everything after an unclosed {@code <think>}.
     */
    public static String stripReasoning(String text) {
        // The next tag positions at or after `position`, searched again only once passed: one linear scan in all.
        int open = find(text, THINK_OPEN, 0);
        int close = find(text, THINK_CLOSE, 0);
        if (open < 0 && close < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 1 << 16));
        int position = 0;
        while (position < text.length()) {
            if (open >= 0 && open < position) {
                open = find(text, THINK_OPEN, position);
            }
            if (close >= 0 && close < position) {
                close = find(text, THINK_CLOSE, position);
            }
            if (close >= 0 && (open < 0 || close < open)) {
                out.setLength(0);
                position = close + THINK_CLOSE.length();
                continue;
            }
            if (open < 0) {
                out.append(text, position, text.length());
                break;
            }
            out.append(text, position, open);
            if (close < 0) {
                break;
            }
            position = close + THINK_CLOSE.length();
        }
        return out.toString();
    }

    static Extraction lastTagged(String text, String open, String close) {
        int end = findLast(text, close, text.length());
        if (end < 0) {
            return Extraction.missing("no " + open + "…" + close + " block");
        }
        int start = findLast(text, open, end);
        if (start < 0) {
            return Extraction.missing("no " + open + " before the last " + close);
        }
        return nonEmpty(text.substring(start + open.length(), end));
    }

    static Extraction lastBoxed(String text) {
        String marker = "\\boxed{";
        int start = findLast(text, marker, text.length());
        if (start < 0) {
            return Extraction.missing("no \\boxed{…}");
        }
        int depth = 1;
        int from = start + marker.length();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '}')) {
                i++;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return nonEmpty(text.substring(from, i).replace("\\\\", "\n"));
            }
        }
        return Extraction.missing("unbalanced braces in the last \\boxed{");
    }

    static Extraction lastAnswerLine(String text) {
        int found = -1;
        boolean boldLabel = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int i = lineStart;
            boolean starred = false;
            while (i < lineEnd && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '*' || text.charAt(i) == '#')) {
                starred |= text.charAt(i) == '*';
                i++;
            }
            if (text.regionMatches(true, i, "answer:", 0, 7)) {
                found = i + 7;
                boldLabel = starred;
            }
            lineStart = lineEnd + 1;
        }
        if (found < 0) {
            return Extraction.missing("no line starting with \"Answer:\"");
        }
        String answer = text.substring(found).strip();
        // Markdown bold is decoration: the closing ** of a bold label ("**Answer:** 42") and ** around the whole answer
        // ("Answer: **42**"). A lone ** at one end of an unbolded answer is content (a grid row of stars).
        if (boldLabel && answer.startsWith("**")) {
            answer = answer.substring(2).strip();
        }
        if (answer.length() >= 4 && answer.startsWith("**") && answer.endsWith("**")) {
            answer = answer.substring(2, answer.length() - 2).strip();
        }
        return nonEmpty(answer);
    }

    private static Extraction nonEmpty(String answer) {
        String stripped = answer.strip();
        if (stripped.isEmpty()) {
            return Extraction.missing("the answer is empty");
        }
        return Extraction.found(stripped);
    }

    /** First index of an ASCII needle at or after {@code from}, ignoring ASCII case; -1 if absent. */
    static int find(String text, String needle, int from) {
        int last = text.length() - needle.length();
        char first = needle.charAt(0);
        boolean letter = first >= 'a' && first <= 'z';
        for (int i = Math.max(0, from); i <= last; i++) {
            if (!letter) {
                // A tag starts with '<' or '\\': jump between its occurrences (indexOf is vectorised).
                i = text.indexOf(first, i);
                if (i < 0 || i > last) {
                    return -1;
                }
            }
            if (lower(text.charAt(i)) == first && matchesAt(text, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    /** Last index of an ASCII needle that ends at or before {@code end}, ignoring ASCII case; -1 if absent. */
    static int findLast(String text, String needle, int end) {
        char first = needle.charAt(0);
        boolean letter = first >= 'a' && first <= 'z';
        for (int i = Math.min(end, text.length()) - needle.length(); i >= 0; i--) {
            if (!letter) {
                i = text.lastIndexOf(first, i);
                if (i < 0) {
                    return -1;
                }
            }
            if (lower(text.charAt(i)) == first && matchesAt(text, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the lower-case ASCII needle is at {@code at}, ignoring ASCII case only (so no Unicode look-alike matches). */
    private static boolean matchesAt(String text, int at, String needle) {
        for (int k = 1; k < needle.length(); k++) {
            if (lower(text.charAt(at + k)) != needle.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
