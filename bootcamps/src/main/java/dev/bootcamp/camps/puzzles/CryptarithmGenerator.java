package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
import dev.bootcamp.camps.puzzles.CryptarithmBootcamp.Assignment;
import dev.bootcamp.camps.puzzles.CryptarithmBootcamp.Puzzle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Makes cryptarithms: addends drawn from the word list with random digits and the sum spelled with their letters (and
 * fresh letters for new digits); of a couple of tries the one with the fewest solutions is kept, and letters' digits
 * are given as hints until exactly one solution remains.
 */
final class CryptarithmGenerator {
    private static final int WORD_TRIES = 400;
    private static final int ROUNDS = 2;
    private static final int SAMPLE_LIMIT = 10;
    private static final int MAX_LETTERS = 10;
    private static final int CANDIDATES = 40;

    private CryptarithmGenerator() {}

    /** A cryptarithm with exactly one solution: {@code count} addends of {@code shortest} to {@code longest} letters. */
    static Puzzle generate(int count, int shortest, int longest, RandomGenerator random) {
        List<String> pool = Words.ofLength(Math.min(shortest, longest), longest);
        Sketch best = null;
        for (int round = 0; round < ROUNDS && (best == null || best.solutions > 1); round++) {
            Sketch sketch = sketch(pool, count, random);
            if (sketch != null && (best == null || sketch.solutions < best.solutions)) {
                best = sketch;
            }
        }
        if (best == null) {
            best = sketch(List.of("ab", "cd"), 2, random);
        }
        Map<Character, Integer> hints = new TreeMap<>();
        while (true) {
            CryptarithmSolver solver = new CryptarithmSolver(best.addends, best.sum, hints);
            if (solver.count(2) == 1) {
                return new Puzzle(best.addends, best.sum, assignments(hints), assignments(best.digits), solver.nodes());
            }
            List<Character> telling = new ArrayList<>();
            for (int[] other : solver.solutions()) {
                best.digits.forEach((letter, digit) -> {
                    if (other[letter - 'A'] != digit && !telling.contains(letter)) {
                        telling.add(letter);
                    }
                });
            }
            char letter = Draw.pick(telling, random);
            hints.put(letter, best.digits.get(letter));
        }
    }

    /** Addends drawn from the words, digits drawn for their letters, and the sum spelled with them. */
    private static final class Sketch {
        final List<String> addends;
        final String sum;
        final Map<Character, Integer> digits;
        final int solutions;

        Sketch(List<String> addends, String sum, Map<Character, Integer> digits, int solutions) {
            this.addends = addends;
            this.sum = sum;
            this.digits = digits;
            this.solutions = solutions;
        }
    }

    private static Sketch sketch(List<String> pool, int count, RandomGenerator random) {
        for (int attempt = 0; attempt < WORD_TRIES; attempt++) {
            List<String> addends = new ArrayList<>();
            TreeSet<Character> letters = new TreeSet<>();
            for (int i = 0; i < count; i++) {
                // with three or more addends, of a few random words the one that brings the fewest new letters, so
                // that long sums stay within ten letters
                String chosen = null;
                int fewest = Integer.MAX_VALUE;
                for (int candidate = 0; candidate < (count >= 3 ? CANDIDATES : 1); candidate++) {
                    String word = Draw.pick(pool, random).toUpperCase(Locale.ROOT);
                    int added = (int) word.chars().distinct().filter(c -> !letters.contains((char) c)).count();
                    if (added < fewest && !addends.contains(word)) {
                        fewest = added;
                        chosen = word;
                    }
                }
                if (chosen == null) {
                    break;
                }
                addends.add(chosen);
                chosen.chars().forEach(c -> letters.add((char) c));
            }
            if (letters.size() > MAX_LETTERS || addends.size() < count) {
                continue;
            }
            Map<Character, Integer> digits = new TreeMap<>();
            int[] order = Draw.permutation(10, random);
            int next = 0;
            for (char letter : letters) {
                digits.put(letter, order[next++]);
            }
            boolean leadingZero = addends.stream().anyMatch(word -> word.length() > 1 && digits.get(word.charAt(0)) == 0);
            if (leadingZero) {
                continue;
            }
            long total = 0;
            for (String word : addends) {
                long value = 0;
                for (char letter : word.toCharArray()) {
                    value = value * 10 + digits.get(letter);
                }
                total += value;
            }
            List<Character> fresh = new ArrayList<>();
            for (char letter = 'A'; letter <= 'Z'; letter++) {
                if (!letters.contains(letter)) {
                    fresh.add(letter);
                }
            }
            Draw.shuffle(fresh, random);
            StringBuilder sum = new StringBuilder();
            for (char place : Long.toString(total).toCharArray()) {
                int value = place - '0';
                Character letter = null;
                for (Map.Entry<Character, Integer> entry : digits.entrySet()) {
                    if (entry.getValue() == value) {
                        letter = entry.getKey();
                    }
                }
                if (letter == null) {
                    letter = fresh.remove(fresh.size() - 1);
                    digits.put(letter, value);
                }
                sum.append(letter);
            }
            CryptarithmSolver solver = new CryptarithmSolver(addends, sum.toString(), Map.of());
            return new Sketch(addends, sum.toString(), digits, solver.count(SAMPLE_LIMIT));
        }
        return null;
    }

    private static List<Assignment> assignments(Map<Character, Integer> digits) {
        List<Assignment> list = new ArrayList<>();
        digits.forEach((letter, digit) -> list.add(new Assignment(String.valueOf(letter), digit)));
        return list;
    }
}
