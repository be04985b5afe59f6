package dev.bootcamp.camps.strings;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Word lists for {@link AnagramGroupingBootcamp}: English anagram families, or made-up strings with decoys. */
final class AnagramGroupingGenerator {
    private static final String LETTERS = "abcdefghijklmnoprstu";
    private static final int MAX_ATTEMPTS = 10_000;

    private AnagramGroupingGenerator() {}

    /** The word's letters in alphabetical order: two words are anagrams exactly when their keys are equal. */
    static String key(String word) {
        char[] letters = word.toCharArray();
        Arrays.sort(letters);
        return new String(letters);
    }

    /** Whole anagram families from the word list, about two words in three, and the rest words with no partner here. */
    static List<String> realWords(int count, RandomGenerator random) {
        List<List<String>> families = new ArrayList<>(Families.ALL);
        Draw.shuffle(families, random);
        Set<String> chosen = new LinkedHashSet<>();
        Set<String> keys = new HashSet<>();
        int target = Math.max(2, (int) Math.round(count * 0.65));
        for (List<String> family : families) {
            if (chosen.size() + family.size() > Math.min(count, target)) {
                continue;
            }
            chosen.addAll(family);
            keys.add(key(family.get(0)));
        }
        for (int attempt = 0; chosen.size() < count && attempt < MAX_ATTEMPTS; attempt++) {
            String word = Words.pick(random);
            if (keys.add(key(word))) {
                chosen.add(word);
            }
        }
        return new ArrayList<>(chosen);
    }

    /** Groups of distinct permutations of random letter multisets, and decoys one letter away from a group's letters. */
    static List<String> madeUp(int count, int length, int maxGroup, double decoyShare, RandomGenerator random) {
        Set<String> chosen = new LinkedHashSet<>();
        List<String> bases = new ArrayList<>();
        int decoys = Math.min(count - 1, (int) Math.round(count * decoyShare));
        for (int attempt = 0; chosen.size() < count - decoys && attempt < MAX_ATTEMPTS; attempt++) {
            String base = randomString(length, random);
            bases.add(base);
            int size = Math.min(count - decoys - chosen.size(), Draw.between(1, maxGroup, random));
            for (int tries = 0; tries < 10 * size && size > 0; tries++) {
                if (chosen.add(shuffled(base, random))) {
                    size--;
                }
            }
        }
        for (int attempt = 0; chosen.size() < count && attempt < MAX_ATTEMPTS; attempt++) {
            char[] letters = shuffled(Draw.pick(bases, random), random).toCharArray();
            letters[random.nextInt(length)] = LETTERS.charAt(random.nextInt(LETTERS.length()));
            chosen.add(new String(letters));
        }
        return new ArrayList<>(chosen);
    }

    private static String randomString(int length, RandomGenerator random) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    private static String shuffled(String text, RandomGenerator random) {
        List<Character> letters = new ArrayList<>();
        for (char c : text.toCharArray()) {
            letters.add(c);
        }
        Draw.shuffle(letters, random);
        StringBuilder out = new StringBuilder(text.length());
        letters.forEach(out::append);
        return out.toString();
    }

    /** The anagram families of the word list, built on first use. */
    private static final class Families {
        static final List<List<String>> ALL = build();

        private static List<List<String>> build() {
            Map<String, List<String>> byKey = new TreeMap<>();
            for (String word : Words.all()) {
                byKey.computeIfAbsent(key(word), unused -> new ArrayList<>()).add(word);
            }
            return byKey.values().stream().filter(family -> family.size() > 1).map(List::copyOf).toList();
        }
    }
}
