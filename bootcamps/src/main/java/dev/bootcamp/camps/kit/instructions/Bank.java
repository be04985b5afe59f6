package dev.bootcamp.camps.kit.instructions;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Word banks: the closed vocabulary most instruction bootcamps write from. No two words of a bank have the same length
 * and differ in one letter only, so a text written from a bank cannot have one letter changed and stay inside it; that
 * makes a reference text rigid against single edits while still leaving many valid answers.
 */
public final class Bank {
    /** Words never put in a bank: they would read as an answer label or a reasoning tag in a response. */
    private static final Set<String> RESERVED = Set.of("answer", "think", "boxed", "final");

    private Bank() {}

    /**
     * A bank of {@code size} words from the kit word list with {@code minLength..maxLength} letters that pass {@code
     * filter}, containing every word of {@code required} (which must already be at least two letters apart), sorted.
     */
    public static List<String> draw(RandomGenerator random, int size, List<String> required, int minLength, int maxLength,
            Predicate<String> filter) {
        List<String> chosen = new ArrayList<>();
        for (String word : required) {
            if (!chosen.contains(word)) {
                chosen.add(word);
            }
        }
        List<String> pool = new ArrayList<>(Words.ofLength(minLength, maxLength));
        Draw.shuffle(pool, random);
        for (String word : pool) {
            if (chosen.size() >= size) {
                break;
            }
            if (!RESERVED.contains(word) && filter.test(word) && fits(word, chosen)) {
                chosen.add(word);
            }
        }
        return List.copyOf(new TreeSet<>(chosen));
    }

    /** Whether the word may join the chosen words: not reserved, not already there, and two letters or more from each. */
    public static boolean fits(String word, List<String> chosen) {
        if (RESERVED.contains(word)) {
            return false;
        }
        for (String other : chosen) {
            if (other.length() == word.length() && distance(word, other) <= 1) {
                return false;
            }
        }
        return true;
    }

    /** The sentence that states a bank in a prompt. */
    public static String instruction(List<String> bank) {
        return "Word bank (any case; a word may recur unless a rule forbids it): "
                + String.join(", ", bank) + ".";
    }

    /** Whether every word of the text is in the bank, as a core rule. */
    public static Outcome check(String text, List<String> bank) {
        Set<String> known = new TreeSet<>(bank);
        for (String word : Text.words(text)) {
            if (!known.contains(word)) {
                return Outcome.core(false, "\"" + abbreviate(word) + "\" is not in the word bank");
            }
        }
        return Outcome.core(true, "every word is from the bank");
    }

    private static int distance(String a, String b) {
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differ++;
            }
        }
        return differ;
    }

    private static String abbreviate(String word) {
        return word.length() > 20 ? word.substring(0, 17) + "..." : word;
    }
}
