package dev.bootcamp.camps.kit.machines;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A deterministic finite automaton over a small alphabet of letters: state 0 starts, {@code next.get(s).get(i)} is the
 * state after reading the {@code i}-th letter of {@code alphabet} in state {@code s}.
 */
public record Dfa(String alphabet, List<List<Integer>> next, List<Boolean> accepting) {
    public Dfa {
        next = next.stream().map(List::copyOf).toList();
        accepting = List.copyOf(accepting);
        if (next.size() != accepting.size()) {
            throw new IllegalArgumentException("a DFA needs one accepting flag per state");
        }
    }

    /** A random automaton with {@code states} states, each accepting with probability one half (at least one of each kind). */
    public static Dfa random(int states, String alphabet, RandomGenerator random) {
        while (true) {
            List<List<Integer>> next = new ArrayList<>();
            List<Boolean> accepting = new ArrayList<>();
            for (int s = 0; s < states; s++) {
                List<Integer> row = new ArrayList<>();
                for (int i = 0; i < alphabet.length(); i++) {
                    row.add(random.nextInt(states));
                }
                next.add(row);
                accepting.add(random.nextBoolean());
            }
            if (accepting.contains(true) && accepting.contains(false)) {
                return new Dfa(alphabet, next, accepting);
            }
        }
    }

    public int states() {
        return next.size();
    }

    /** Whether the word is accepted; a letter outside the alphabet rejects. */
    public boolean accepts(String word) {
        int state = 0;
        for (int i = 0; i < word.length(); i++) {
            int letter = alphabet.indexOf(word.charAt(i));
            if (letter < 0) {
                return false;
            }
            state = next.get(state).get(letter);
        }
        return accepting.get(state);
    }

    /** The name of a state: q0, q1, ... */
    public static String name(int state) {
        return "q" + state;
    }

    /** The transition table, one state a line, the start marked with {@code ->} and accepting states with {@code *}. */
    public String table() {
        StringBuilder text = new StringBuilder("state");
        for (char letter : alphabet.toCharArray()) {
            text.append(" | on ").append(letter);
        }
        text.append('\n');
        for (int s = 0; s < states(); s++) {
            text.append(s == 0 ? "->" : "").append(accepting.get(s) ? "*" : "").append(name(s));
            for (int target : next.get(s)) {
                text.append(" | ").append(name(target));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * A shortest word accepted by {@code a} and rejected by {@code b} (the first in alphabet order among the shortest),
     * or null when there is none. Both automata share one alphabet.
     */
    public static String difference(Dfa a, Dfa b) {
        int width = b.states();
        int[] parent = new int[a.states() * width];
        int[] letterOf = new int[parent.length];
        Arrays.fill(parent, -2);
        Deque<Integer> queue = new ArrayDeque<>();
        parent[0] = -1;
        queue.add(0);
        while (!queue.isEmpty()) {
            int pair = queue.poll();
            int left = pair / width;
            int right = pair % width;
            if (a.accepting.get(left) && !b.accepting.get(right)) {
                StringBuilder word = new StringBuilder();
                for (int at = pair; parent[at] >= 0; at = parent[at]) {
                    word.append(a.alphabet.charAt(letterOf[at]));
                }
                return word.reverse().toString();
            }
            for (int i = 0; i < a.alphabet.length(); i++) {
                int target = a.next.get(left).get(i) * width + b.next.get(right).get(i);
                if (parent[target] == -2) {
                    parent[target] = pair;
                    letterOf[target] = i;
                    queue.add(target);
                }
            }
        }
        return null;
    }
}
