package dev.bootcamp.camps.kit.machines;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * A nondeterministic finite automaton with empty moves: state 0 starts; {@code moves.get(s).get(i)} lists the states
 * reachable from {@code s} by reading the {@code i}-th letter of {@code alphabet}, and index {@code alphabet.length()}
 * lists the empty (epsilon) moves.
 */
public record Nfa(String alphabet, List<List<List<Integer>>> moves, List<Boolean> accepting) {
    public Nfa {
        moves = moves.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
        accepting = List.copyOf(accepting);
    }

    /** A random automaton: each letter move present with probability {@code density}, a few empty moves. */
    public static Nfa random(int states, String alphabet, double density, int emptyMoves, RandomGenerator random) {
        List<List<List<Integer>>> moves = new ArrayList<>();
        List<Boolean> accepting = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            List<List<Integer>> row = new ArrayList<>();
            for (int i = 0; i <= alphabet.length(); i++) {
                List<Integer> targets = new ArrayList<>();
                for (int t = 0; t < states && i < alphabet.length(); t++) {
                    if (random.nextDouble() < density) {
                        targets.add(t);
                    }
                }
                row.add(targets);
            }
            moves.add(row);
            accepting.add(random.nextInt(3) == 0);
        }
        for (int k = 0; k < emptyMoves; k++) {
            int from = random.nextInt(states);
            int to = random.nextInt(states);
            List<Integer> empty = moves.get(from).get(alphabet.length());
            if (from != to && !empty.contains(to)) {
                empty.add(to);
                empty.sort(null);
            }
        }
        return new Nfa(alphabet, moves, accepting);
    }

    public int states() {
        return moves.size();
    }

    /** The states reachable from {@code from} by empty moves, {@code from} included. */
    public TreeSet<Integer> closure(TreeSet<Integer> from) {
        TreeSet<Integer> reached = new TreeSet<>(from);
        List<Integer> stack = new ArrayList<>(from);
        while (!stack.isEmpty()) {
            int state = stack.remove(stack.size() - 1);
            for (int target : moves.get(state).get(alphabet.length())) {
                if (reached.add(target)) {
                    stack.add(target);
                }
            }
        }
        return reached;
    }

    /** The set of states the automaton can be in after reading {@code word} (empty moves taken before and after each letter). */
    public TreeSet<Integer> run(String word) {
        TreeSet<Integer> current = new TreeSet<>(List.of(0));
        current = closure(current);
        for (int i = 0; i < word.length(); i++) {
            int letter = alphabet.indexOf(word.charAt(i));
            TreeSet<Integer> next = new TreeSet<>();
            if (letter >= 0) {
                for (int state : current) {
                    next.addAll(moves.get(state).get(letter));
                }
            }
            current = closure(next);
        }
        return current;
    }

    /** The move table, one state a line: the targets of each letter and of the empty move, "-" for none. */
    public String table() {
        StringBuilder text = new StringBuilder("state");
        for (char letter : alphabet.toCharArray()) {
            text.append(" | on ").append(letter);
        }
        text.append(" | empty move\n");
        for (int s = 0; s < states(); s++) {
            text.append(s == 0 ? "->" : "").append(accepting.get(s) ? "*" : "").append(Dfa.name(s));
            for (List<Integer> targets : moves.get(s)) {
                text.append(" | ").append(targets.isEmpty() ? "-" : String.join(",", targets.stream().map(Dfa::name).toList()));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
