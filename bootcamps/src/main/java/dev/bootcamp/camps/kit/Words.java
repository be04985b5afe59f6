package dev.bootcamp.camps.kit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * About two thousand common English words: lower case, letters a to z only, 2 to 11 letters, sorted, no duplicates.
 *
 * <p>The list is read from {@code words.txt} beside this class on first use, not when the catalogue starts.
 */
public final class Words {
    /** Shortest and longest word in the list. */
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 11;

    private static final String RESOURCE = "words.txt";

    private Words() {}

    /** Every word, sorted alphabetically; immutable. */
    public static List<String> all() {
        return Holder.WORDS;
    }

    /** Whether the lower-case word is in the list. */
    public static boolean contains(String word) {
        return Collections.binarySearch(Holder.WORDS, word) >= 0;
    }

    /** The words with between {@code min} and {@code max} letters (both inclusive), sorted alphabetically. */
    public static List<String> ofLength(int min, int max) {
        int low = Math.max(min, MIN_LENGTH);
        int high = Math.min(max, MAX_LENGTH);
        if (low == high) {
            return Holder.BY_LENGTH.get(low);
        }
        return Holder.WORDS.stream().filter(word -> word.length() >= low && word.length() <= high).toList();
    }

    /** The words that start with {@code prefix}, sorted alphabetically (a contiguous range of the sorted list). */
    public static List<String> withPrefix(String prefix) {
        List<String> words = Holder.WORDS;
        int from = insertionPoint(words, prefix);
        int to = from;
        while (to < words.size() && words.get(to).startsWith(prefix)) {
            to++;
        }
        return words.subList(from, to);
    }

    /** One word, uniformly. */
    public static String pick(RandomGenerator random) {
        return Draw.pick(Holder.WORDS, random);
    }

    /** {@code count} distinct words in random order (a partial shuffle of the list). */
    public static List<String> sample(RandomGenerator random, int count) {
        List<String> words = Holder.WORDS;
        if (count < 0 || count > words.size()) {
            throw new IllegalArgumentException("can sample 0.." + words.size() + " distinct words, asked for " + count);
        }
        int[] order = new int[words.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        List<String> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int j = Draw.between(i, order.length - 1, random);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            chosen.add(words.get(order[i]));
        }
        return List.copyOf(chosen);
    }

    /** {@code wordCount} words chosen independently (repeats possible), joined by single spaces, in lower case. */
    public static String sentence(RandomGenerator random, int wordCount) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < wordCount; i++) {
            text.append(i == 0 ? "" : " ").append(pick(random));
        }
        return text.toString();
    }

    private static int insertionPoint(List<String> words, String key) {
        int found = Collections.binarySearch(words, key);
        return found >= 0 ? found : -found - 1;
    }

    /** Loaded by the JVM on the first access to a field, which is the first call to a method above. */
    private static final class Holder {
        static final List<String> WORDS = load();
        static final List<List<String>> BY_LENGTH = byLength(WORDS);
    }

    private static List<List<String>> byLength(List<String> words) {
        List<List<String>> lists = new ArrayList<>();
        for (int length = 0; length <= MAX_LENGTH; length++) {
            int wanted = length;
            lists.add(words.stream().filter(word -> word.length() == wanted).toList());
        }
        return List.copyOf(lists);
    }

    private static List<String> load() {
        try (InputStream stream = Words.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("the word list " + RESOURCE + " is missing beside " + Words.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, UTF_8));
            List<String> words = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (word.isEmpty()) {
                    continue;
                }
                checkWord(word, words.size() + 1);
                if (!words.isEmpty() && words.get(words.size() - 1).compareTo(word) >= 0) {
                    throw new IllegalStateException(RESOURCE + " must be sorted without duplicates, found '" + word
                            + "' after '" + words.get(words.size() - 1) + "'");
                }
                words.add(word);
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the word list " + RESOURCE, e);
        }
    }

    private static void checkWord(String word, int number) {
        boolean letters = word.chars().allMatch(c -> c >= 'a' && c <= 'z');
        if (!letters || word.length() < MIN_LENGTH || word.length() > MAX_LENGTH) {
            throw new IllegalStateException(RESOURCE + " word " + number + " must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " lower-case letters a to z, found '" + word + "'");
        }
    }
}
