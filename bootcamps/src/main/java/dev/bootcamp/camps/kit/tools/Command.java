package dev.bootcamp.camps.kit.tools;

import java.util.Locale;

/**
 * One action read as a verb and the rest: "Calc 2 + 3" is verb "calc" and rest "2 + 3". The verb is the first run of
 * ASCII letters (lower-cased, at most 20), after any leading spaces, quotes or punctuation; the rest is the text after
 * it, stripped. Reading is linear in the text and never throws.
 *
 * @param verb the lower-cased verb, empty when the action starts with no letter
 * @param rest the text after the verb, stripped (original case)
 */
public record Command(String verb, String rest) {
    private static final int MAX_VERB = 20;

    public Command {
        verb = verb == null ? "" : verb;
        rest = rest == null ? "" : rest;
    }

    /** Reads an action; {@code null} reads as the empty command. */
    public static Command read(String action) {
        if (action == null) {
            return new Command("", "");
        }
        int i = 0;
        while (i < action.length() && !isAsciiLetter(action.charAt(i)) && !Character.isLetterOrDigit(action.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < action.length() && isAsciiLetter(action.charAt(i)) && i - start < MAX_VERB) {
            i++;
        }
        if (i < action.length() && isAsciiLetter(action.charAt(i))) {
            return new Command("", action.strip());
        }
        return new Command(action.substring(start, i).toLowerCase(Locale.ROOT), action.substring(i).strip());
    }

    /**
     * Reads an action whose verb may come after a few words of preamble: when the first word is not one of
     * {@code verbs}, the first of the next few words that is one starts the command ("I offer 900" reads as "offer
     * 900"). Falls back to {@link #read(String)}.
     */
    public static Command read(String action, java.util.Collection<String> verbs) {
        Command plain = read(action);
        if (action == null || verbs.contains(plain.verb())) {
            return plain;
        }
        int at = 0;
        for (int word = 0; word < 6 && at < action.length() && at < 200; word++) {
            while (at < action.length() && !isAsciiLetter(action.charAt(at))) {
                at++;
            }
            int start = at;
            while (at < action.length() && isAsciiLetter(action.charAt(at)) && at - start < MAX_VERB) {
                at++;
            }
            String candidate = action.substring(start, at).toLowerCase(Locale.ROOT);
            if (verbs.contains(candidate) && (at >= action.length() || !isAsciiLetter(action.charAt(at)))) {
                return new Command(candidate, action.substring(at).strip());
            }
            while (at < action.length() && isAsciiLetter(action.charAt(at))) {
                at++;
            }
        }
        return plain;
    }

    /** Whether the verb is one of {@code verbs}. */
    public boolean is(String... verbs) {
        for (String candidate : verbs) {
            if (verb.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** The rest as lower-case words of ASCII letters and digits, at most {@code max} of them (others ignored). */
    public java.util.List<String> words(int max) {
        return Command.words(rest, max);
    }

    /** Lower-case words of ASCII letters and digits in {@code text}, at most {@code max}; linear, never throws. */
    public static java.util.List<String> words(String text, int max) {
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length() && words.size() < max; i++) {
            char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (word.length() < 40) {
                    word.append(c);
                }
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    /** The text cut to {@code max} characters with "..." when longer, for quoting untrusted text back. */
    public static String abbreviate(String text, int max) {
        String line = text.replace('\n', ' ').replace('\r', ' ');
        return line.length() <= max ? line : line.substring(0, Math.max(0, max - 3)) + "...";
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
