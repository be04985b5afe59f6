package dev.bootcamp.camps.kit.machines;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Our own regular expressions, matched by a Thompson automaton (state sets, linear in the text; never
 * {@code java.util.regex}). Syntax: lower-case letters, {@code .} (any letter of the alphabet), classes {@code [abc]}
 * and {@code [^ab]}, grouping {@code ( )}, alternation {@code |}, and the postfix operators {@code * + ?} and
 * {@code {m}} / {@code {m,n}}. A pattern must match the whole text.
 */
public final class Regex {
    private static final int MAX_PATTERN = 200;
    private static final int MAX_DEPTH = 30;
    private static final int MAX_STATES = 4_000;
    private static final int SPLIT = -1;
    private static final int MATCH = -2;

    private final String alphabet;
    private final List<BitSet> accepts = new ArrayList<>();
    private final List<int[]> out = new ArrayList<>();
    private final int start;
    private final String pattern;
    private int at;

    private Regex(String pattern, String alphabet) {
        if (pattern.length() > MAX_PATTERN) {
            throw new IllegalArgumentException("pattern longer than " + MAX_PATTERN);
        }
        this.pattern = pattern;
        this.alphabet = alphabet;
        int match = state(null, MATCH, MATCH);
        Node node = alternation(0);
        if (at != pattern.length()) {
            throw new IllegalArgumentException("unexpected '" + pattern.charAt(at) + "' at " + at + " in " + pattern);
        }
        start = compile(node, match);
    }

    /** The compiled pattern over {@code alphabet} (the letters {@code .} and {@code [^...]} range over). */
    public static Regex compile(String pattern, String alphabet) {
        return new Regex(pattern, alphabet);
    }

    public String pattern() {
        return pattern;
    }

    // --- parsing into a small tree ---

    private sealed interface Node permits Letters, Sequence, Choice, Repeat {}

    private record Letters(BitSet letters) implements Node {}

    private record Sequence(List<Node> parts) implements Node {}

    private record Choice(List<Node> options) implements Node {}

    private record Repeat(Node body, int min, int max) implements Node {}

    private Node alternation(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("pattern nested too deeply");
        }
        List<Node> options = new ArrayList<>();
        options.add(sequence(depth));
        while (at < pattern.length() && pattern.charAt(at) == '|') {
            at++;
            options.add(sequence(depth));
        }
        return options.size() == 1 ? options.get(0) : new Choice(options);
    }

    private Node sequence(int depth) {
        List<Node> parts = new ArrayList<>();
        while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
            Node atom = atom(depth);
            while (at < pattern.length() && "*+?{".indexOf(pattern.charAt(at)) >= 0) {
                atom = postfix(atom);
            }
            parts.add(atom);
        }
        return new Sequence(parts);
    }

    private Node postfix(Node atom) {
        char operator = pattern.charAt(at++);
        return switch (operator) {
            case '*' -> new Repeat(atom, 0, -1);
            case '+' -> new Repeat(atom, 1, -1);
            case '?' -> new Repeat(atom, 0, 1);
            default -> {
                int close = pattern.indexOf('}', at);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed { in " + pattern);
                }
                String[] bounds = pattern.substring(at, close).split(",", -1);
                at = close + 1;
                int min = Integer.parseInt(bounds[0].strip());
                int max = bounds.length == 1 ? min : Integer.parseInt(bounds[1].strip());
                if (min < 0 || max < min || max > 9) {
                    throw new IllegalArgumentException("bad repeat bounds in " + pattern);
                }
                yield new Repeat(atom, min, max);
            }
        };
    }

    private Node atom(int depth) {
        char c = pattern.charAt(at++);
        if (c == '(') {
            Node inner = alternation(depth + 1);
            if (at >= pattern.length() || pattern.charAt(at) != ')') {
                throw new IllegalArgumentException("unclosed ( in " + pattern);
            }
            at++;
            return inner;
        }
        BitSet letters = new BitSet();
        if (c == '.') {
            alphabet.chars().forEach(letters::set);
        } else if (c == '[') {
            boolean negated = at < pattern.length() && pattern.charAt(at) == '^';
            if (negated) {
                at++;
            }
            int close = pattern.indexOf(']', at);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed [ in " + pattern);
            }
            pattern.substring(at, close).chars().forEach(letters::set);
            at = close + 1;
            if (negated) {
                BitSet all = new BitSet();
                alphabet.chars().forEach(all::set);
                all.andNot(letters);
                letters = all;
            }
        } else if (Character.isLetterOrDigit(c)) {
            letters.set(c);
        } else {
            throw new IllegalArgumentException("unexpected '" + c + "' in " + pattern);
        }
        return new Letters(letters);
    }

    // --- Thompson construction: each state reads a letter of its set and moves to out[0], or splits to out[0] and out[1] ---

    private int state(BitSet letters, int first, int second) {
        if (accepts.size() >= MAX_STATES) {
            throw new IllegalArgumentException("pattern too large");
        }
        accepts.add(letters);
        out.add(new int[] {first, second});
        return accepts.size() - 1;
    }

    private int compile(Node node, int next) {
        if (node instanceof Letters letters) {
            return state(letters.letters(), next, next);
        }
        if (node instanceof Sequence sequence) {
            int entry = next;
            for (int i = sequence.parts().size() - 1; i >= 0; i--) {
                entry = compile(sequence.parts().get(i), entry);
            }
            return entry;
        }
        if (node instanceof Choice choice) {
            int entry = compile(choice.options().get(choice.options().size() - 1), next);
            for (int i = choice.options().size() - 2; i >= 0; i--) {
                entry = state(null, compile(choice.options().get(i), next), entry);
            }
            return entry;
        }
        Repeat repeat = (Repeat) node;
        int entry = next;
        if (repeat.max() < 0) {
            int loop = state(null, SPLIT, next);
            out.get(loop)[0] = compile(repeat.body(), loop);
            entry = loop;
        } else {
            for (int i = repeat.min(); i < repeat.max(); i++) {
                entry = state(null, compile(repeat.body(), entry), next);
            }
        }
        for (int i = 0; i < repeat.min(); i++) {
            entry = compile(repeat.body(), entry);
        }
        return entry;
    }

    // --- simulation ---

    private void add(BitSet set, int state) {
        if (state < 0 || set.get(state)) {
            return;
        }
        List<Integer> stack = new ArrayList<>(List.of(state));
        set.set(state);
        while (!stack.isEmpty()) {
            int s = stack.remove(stack.size() - 1);
            if (accepts.get(s) == null && out.get(s)[0] != MATCH) {
                for (int target : out.get(s)) {
                    if (target >= 0 && !set.get(target)) {
                        set.set(target);
                        stack.add(target);
                    }
                }
            }
        }
    }

    private BitSet begin() {
        BitSet set = new BitSet();
        add(set, start);
        return set;
    }

    private BitSet step(BitSet current, char letter) {
        BitSet next = new BitSet();
        for (int s = current.nextSetBit(0); s >= 0; s = current.nextSetBit(s + 1)) {
            if (accepts.get(s) != null && accepts.get(s).get(letter)) {
                add(next, out.get(s)[0]);
            }
        }
        return next;
    }

    private boolean matched(BitSet set) {
        return set.get(0);
    }

    /** Whether the pattern matches the whole of {@code text}. Linear in the text. */
    public boolean matches(String text) {
        BitSet current = begin();
        for (int i = 0; i < text.length() && !current.isEmpty(); i++) {
            current = step(current, text.charAt(i));
        }
        return matched(current);
    }

    /**
     * A random word of exactly {@code length} letters that the pattern matches (each letter drawn among those that can
     * still lead to a match), or null when there is none.
     */
    public String witness(int length, RandomGenerator random) {
        int count = accepts.size();
        List<BitSet> closures = new ArrayList<>();
        List<BitSet> afters = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            BitSet closed = new BitSet();
            add(closed, s);
            closures.add(closed);
            BitSet after = new BitSet();
            if (accepts.get(s) != null && !accepts.get(s).isEmpty()) {
                add(after, out.get(s)[0]);
            }
            afters.add(after);
        }
        List<BitSet> good = new ArrayList<>();
        BitSet done = new BitSet();
        done.set(0);
        good.add(done);
        for (int k = 1; k <= length; k++) {
            BitSet previous = good.get(k - 1);
            BitSet readers = new BitSet();
            for (int p = 0; p < count; p++) {
                if (afters.get(p).intersects(previous)) {
                    readers.set(p);
                }
            }
            BitSet now = new BitSet();
            for (int s = 0; s < count; s++) {
                if (closures.get(s).intersects(readers)) {
                    now.set(s);
                }
            }
            good.add(now);
        }
        BitSet current = begin();
        StringBuilder word = new StringBuilder();
        for (int remaining = length; remaining > 0; remaining--) {
            List<Character> viable = new ArrayList<>();
            for (char letter : alphabet.toCharArray()) {
                if (step(current, letter).intersects(good.get(remaining - 1))) {
                    viable.add(letter);
                }
            }
            if (viable.isEmpty()) {
                return null;
            }
            char letter = viable.get(random.nextInt(viable.size()));
            word.append(letter);
            current = step(current, letter);
        }
        return matched(current) ? word.toString() : null;
    }
}
