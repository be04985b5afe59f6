package dev.bootcamp.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids derived from class names, the kebab-case rule, and "did you mean" suggestions. */
public final class Names {
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private Names() {}

    /** {@code ShortestPathBootcamp} becomes {@code shortest-path}; {@code NQueensBootcamp} becomes {@code n-queens}. */
    public static String idOf(Class<?> type) {
        String name = type.getSimpleName();
        if (name.endsWith("Bootcamp") && name.length() > "Bootcamp".length()) {
            name = name.substring(0, name.length() - "Bootcamp".length());
        }
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                char before = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(before) || Character.isDigit(before) || nextLower) {
                    id.append('-');
                }
            }
            id.append(Character.toLowerCase(c));
        }
        return id.toString();
    }

    public static boolean isKebab(String id) {
        return id != null && KEBAB.matcher(id).matches();
    }

    /**
     * Up to three candidates close to {@code wanted}, closest first; empty when nothing is close. {@code wanted} itself
     * is never suggested (it was refused for another reason), and a candidate counts as close only within an edit
     * distance of a third of the word (at least 2) or as a prefix or part of it, so unrelated words get no suggestion.
     */
    public static List<String> closest(String wanted, Collection<String> candidates) {
        String key = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, key.length() / 3);
        List<Candidate> scored = new ArrayList<>();
        for (String candidate : candidates) {
            if (candidate.equals(wanted)) {
                continue;
            }
            int distance = distance(key, candidate.toLowerCase(Locale.ROOT));
            boolean prefix = !key.isEmpty() && (candidate.startsWith(key) || key.startsWith(candidate));
            boolean contains = key.length() >= 3 && candidate.contains(key);
            if (distance <= limit || prefix || contains) {
                scored.add(new Candidate(candidate, prefix || contains ? Math.min(distance, limit) : distance));
            }
        }
        scored.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
        return scored.stream().limit(3).map(Candidate::name).toList();
    }

    /** "; did you mean 'x'?" or "" when there is no close candidate. */
    public static String didYouMean(String wanted, Collection<String> candidates) {
        List<String> close = closest(wanted, candidates);
        if (close.isEmpty()) {
            return "";
        }
        return "; did you mean " + String.join(" or ", close.stream().map(c -> "'" + c + "'").toList()) + "?";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Candidate(String name, int distance) {}

    /** The text up to its first line break ({@code "null"} for null): a message fit for a one-line error. */
    public static String firstLine(String text) {
        String message = String.valueOf(text);
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
