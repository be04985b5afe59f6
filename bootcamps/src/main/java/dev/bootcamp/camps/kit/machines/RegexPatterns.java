package dev.bootcamp.camps.kit.machines;

import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random patterns in {@link Regex} syntax over a small alphabet, nested up to a depth. */
public final class RegexPatterns {
    private RegexPatterns() {}

    /** A random pattern over {@code alphabet} whose tree is at most {@code depth} operators deep. */
    public static String random(int depth, String alphabet, RandomGenerator random) {
        if (depth == 0 || random.nextInt(10) < 2) {
            return atom(alphabet, random);
        }
        int kind = random.nextInt(8);
        if (kind < 4) {
            StringBuilder text = new StringBuilder();
            int parts = Draw.between(2, 3, random);
            for (int i = 0; i < parts; i++) {
                String part = random(depth - 1, alphabet, random);
                text.append(part.contains("|") && !enclosed(part) ? "(" + part + ")" : part);
            }
            return text.toString();
        }
        if (kind < 6) {
            return "(" + random(depth - 1, alphabet, random) + "|" + random(depth - 1, alphabet, random) + ")";
        }
        String body = random(depth - 1, alphabet, random);
        String operand = body.length() == 1 || enclosed(body) ? body : "(" + body + ")";
        return operand + switch (random.nextInt(5)) {
            case 0, 1 -> "*";
            case 2 -> "+";
            case 3 -> "?";
            default -> {
                int min = Draw.between(1, 2, random);
                yield random.nextBoolean() ? "{" + min + "}" : "{" + min + "," + (min + Draw.between(1, 2, random)) + "}";
            }
        };
    }

    private static String atom(String alphabet, RandomGenerator random) {
        int kind = random.nextInt(10);
        if (kind < 7) {
            return String.valueOf(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (kind == 7) {
            return ".";
        }
        String letters = Draw.letters(2, alphabet.length(), 'a', random);
        if (letters.charAt(0) == letters.charAt(1)) {
            return letters.substring(1);
        }
        return (kind == 8 ? "[" : "[^") + letters + "]";
    }

    /** Whether the whole text is one bracketed group or one class. */
    private static boolean enclosed(String text) {
        if (text.startsWith("[") && text.indexOf(']') == text.length() - 1) {
            return true;
        }
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0 && i < text.length() - 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Easy guesses of {@code length} letters over the first two letters of {@code alphabet}: one letter repeated, one
     * letter changed at either end, two halves, and alternations. A witness task rejects puzzles that any of them solves.
     */
    public static List<String> guesses(int length, String alphabet) {
        List<String> guesses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String x = String.valueOf(alphabet.charAt(i));
            String y = String.valueOf(alphabet.charAt(1 - i));
            guesses.add(x.repeat(length));
            guesses.add(x.repeat(length - 1) + y);
            guesses.add(y + x.repeat(length - 1));
            guesses.add(x.repeat(length / 2) + y.repeat(length - length / 2));
            guesses.add((x + y).repeat(length).substring(0, length));
        }
        return guesses;
    }
}
