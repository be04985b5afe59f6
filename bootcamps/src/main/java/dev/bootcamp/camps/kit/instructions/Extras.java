package dev.bootcamp.camps.kit.instructions;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.instructions.Extra.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The shared pool of extra rules. Extras are derived from the reference text a bootcamp has already written, so every
 * combination drawn is satisfiable by construction (the reference text is the witness); the bootcamp names the kinds
 * that would be redundant with, or contrary to, its own rules.
 */
public final class Extras {
    private Extras() {}

    /** Every kind of the pool except {@code excluded}. */
    public static Set<Kind> allBut(Kind... excluded) {
        Set<Kind> kinds = EnumSet.allOf(Kind.class);
        kinds.removeAll(List.of(excluded));
        return kinds;
    }

    /**
     * Up to {@code count} extras of distinct kinds from {@code kinds}, each kept by {@code gold}; a bank word not used in
     * the text becomes a forbidden word.
     */
    public static List<Extra> derive(String gold, List<String> bank, int count, Set<Kind> kinds, RandomGenerator random) {
        List<Kind> order = new ArrayList<>(kinds);
        Draw.shuffle(order, random);
        List<Extra> extras = new ArrayList<>();
        for (Kind kind : order) {
            if (extras.size() >= count) {
                break;
            }
            Extra extra = derive(kind, gold, bank, random);
            if (extra != null) {
                extras.add(extra);
            }
        }
        return List.copyOf(extras);
    }

    private static Extra derive(Kind kind, String gold, List<String> bank, RandomGenerator random) {
        List<String> words = Text.words(gold);
        if (words.isEmpty()) {
            return null;
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(words));
        String lettersUsed = lettersOf(gold);
        return switch (kind) {
            case KEYWORD_AT_LEAST -> {
                String word = Draw.pick(distinct, random);
                yield new Extra(kind, word, Text.occurrences(words, word));
            }
            case FORBIDDEN_WORD -> {
                List<String> unused = bank.stream().filter(word -> !distinct.contains(word)).toList();
                yield unused.isEmpty() ? null : new Extra(kind, Draw.pick(unused, random), 0);
            }
            case LETTER_AT_LEAST, LETTER_AT_MOST -> {
                char letter = lettersUsed.charAt(random.nextInt(lettersUsed.length()));
                yield new Extra(kind, String.valueOf(letter), Text.letterCount(gold, letter));
            }
            case LETTER_ABSENT -> {
                String bankLetters = lettersOf(String.join(" ", bank));
                StringBuilder absent = new StringBuilder();
                for (char c : bankLetters.toCharArray()) {
                    if (lettersUsed.indexOf(c) < 0) {
                        absent.append(c);
                    }
                }
                yield absent.length() == 0 ? null : new Extra(kind, String.valueOf(absent.charAt(random.nextInt(absent.length()))), 0);
            }
            case WORDS_AT_LEAST, WORDS_AT_MOST -> new Extra(kind, "", words.size());
            case NO_COMMA -> gold.indexOf(',') >= 0 ? null : new Extra(kind, "", 0);
            case LOWER_CASE -> gold.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? null : new Extra(kind, "", 0);
            case FIRST_WORD -> new Extra(kind, words.get(0), 0);
            case LAST_WORD -> new Extra(kind, words.get(words.size() - 1), 0);
            case DISTINCT_AT_LEAST -> new Extra(kind, "", distinct.size());
            case LONGEST_AT_MOST -> new Extra(kind, "", words.stream().mapToInt(String::length).max().orElse(0));
            case SHORTEST_AT_LEAST -> new Extra(kind, "", words.stream().mapToInt(String::length).min().orElse(0));
            case ORDER -> {
                if (distinct.size() < 2) {
                    yield null;
                }
                int first = random.nextInt(distinct.size() - 1);
                int second = Draw.between(first + 1, distinct.size() - 1, random);
                yield new Extra(kind, distinct.get(first) + " " + distinct.get(second), 0);
            }
            case INITIAL_AT_LEAST -> {
                char initial = Draw.pick(words, random).charAt(0);
                yield new Extra(kind, String.valueOf(initial), (int) words.stream().filter(word -> word.charAt(0) == initial).count());
            }
        };
    }

    /** The rule as the prompt states it. */
    public static String instruction(Extra extra) {
        String word = extra.word();
        int n = extra.number();
        return switch (extra.kind()) {
            case KEYWORD_AT_LEAST -> "Use the word \"" + word + "\" at least " + times(n) + ".";
            case FORBIDDEN_WORD -> "Never use the word \"" + word + "\".";
            case LETTER_AT_LEAST -> "The letter \"" + word + "\" (either case) must occur at least " + times(n) + " in all.";
            case LETTER_AT_MOST -> "The letter \"" + word + "\" (either case) may occur at most " + times(n) + " in all.";
            case LETTER_ABSENT -> "Never use the letter \"" + word + "\", in either case.";
            case WORDS_AT_LEAST -> "The whole answer has at least " + n + " words.";
            case WORDS_AT_MOST -> "The whole answer has at most " + n + " words.";
            case NO_COMMA -> "Do not use any commas.";
            case LOWER_CASE -> "Write everything in lower case: no capital letters anywhere.";
            case FIRST_WORD -> "The very first word of the answer is \"" + word + "\".";
            case LAST_WORD -> "The very last word of the answer is \"" + word + "\".";
            case DISTINCT_AT_LEAST -> "Use at least " + n + " different words.";
            case LONGEST_AT_MOST -> "No word may be longer than " + n + " letters.";
            case SHORTEST_AT_LEAST -> "Every word has at least " + n + " letters.";
            case ORDER -> {
                String[] pair = word.split(" ", 2);
                yield "Both \"" + pair[0] + "\" and \"" + pair[1] + "\" appear, and the first \"" + pair[0]
                        + "\" comes before the first \"" + pair[1] + "\".";
            }
            case INITIAL_AT_LEAST -> "At least " + n + " of the words begin with the letter \"" + word + "\".";
        };
    }

    /** The extra checked against a text. */
    public static Outcome check(Extra extra, String text) {
        List<String> words = Text.words(text);
        String word = extra.word();
        int n = extra.number();
        return switch (extra.kind()) {
            case KEYWORD_AT_LEAST -> count("\"" + word + "\" used", Text.occurrences(words, word), n, Integer.MAX_VALUE);
            case FORBIDDEN_WORD -> Outcome.extra(!words.contains(word), "the forbidden word \"" + word + "\"");
            case LETTER_AT_LEAST -> count("letter " + word, Text.letterCount(text, word.charAt(0)), n, Integer.MAX_VALUE);
            case LETTER_AT_MOST -> count("letter " + word, Text.letterCount(text, word.charAt(0)), 0, n);
            case LETTER_ABSENT -> count("letter " + word, Text.letterCount(text, word.charAt(0)), 0, 0);
            case WORDS_AT_LEAST -> count("words", words.size(), n, Integer.MAX_VALUE);
            case WORDS_AT_MOST -> count("words", words.size(), 0, n);
            case NO_COMMA -> Outcome.extra(text.indexOf(',') < 0, "no commas");
            case LOWER_CASE -> Outcome.extra(text.chars().noneMatch(c -> c >= 'A' && c <= 'Z'), "lower case only");
            case FIRST_WORD -> Outcome.extra(!words.isEmpty() && words.get(0).equals(word), "first word \"" + word + "\"");
            case LAST_WORD -> Outcome.extra(!words.isEmpty() && words.get(words.size() - 1).equals(word), "last word \"" + word + "\"");
            case DISTINCT_AT_LEAST -> count("different words", new LinkedHashSet<>(words).size(), n, Integer.MAX_VALUE);
            case LONGEST_AT_MOST -> count("longest word", words.stream().mapToInt(String::length).max().orElse(0), 0, n);
            case SHORTEST_AT_LEAST -> count("shortest word", words.stream().mapToInt(String::length).min().orElse(0), n, Integer.MAX_VALUE);
            case ORDER -> {
                String[] pair = word.split(" ", 2);
                int first = words.indexOf(pair[0]);
                int second = words.indexOf(pair[1]);
                yield Outcome.extra(first >= 0 && second >= 0 && first < second, "\"" + pair[0] + "\" first appears before \"" + pair[1] + "\"");
            }
            case INITIAL_AT_LEAST -> count("words beginning with " + word, (int) words.stream().filter(each -> each.charAt(0) == word.charAt(0)).count(),
                    n, Integer.MAX_VALUE);
        };
    }

    /** "once", "twice", "3 times". */
    public static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static Outcome count(String what, int found, int low, int high) {
        boolean met = found >= low && found <= high;
        String range = low == high ? "" + low : high == Integer.MAX_VALUE ? "at least " + low : low == 0 ? "at most " + high : low + ".." + high;
        return Outcome.extra(met, what + ": " + found + (met ? "" : ", wanted " + range));
    }

    private static String lettersOf(String text) {
        StringBuilder letters = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) {
            if (Text.letterCount(text, c) > 0) {
                letters.append(c);
            }
        }
        return letters.toString();
    }
}
