package dev.bootcamp.camps.kit.formal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Function symbols and their arities (0 for constants), in a fixed order, with random terms over them. */
public record Signature(List<String> names, List<Integer> arities) {
    public Signature {
        names = List.copyOf(names);
        arities = List.copyOf(arities);
        if (names.size() != arities.size()) {
            throw new IllegalArgumentException("one arity per name, found " + arities.size() + " for " + names.size());
        }
    }

    /**
     * {@code functions} symbols from f, g, h, k, ... with arities 1..maxArity (at least one of arity 2 when
     * maxArity allows) and {@code constants} constants from a, b, c, d, ...
     */
    public static Signature random(int functions, int constants, int maxArity, RandomGenerator random) {
        List<String> names = new ArrayList<>();
        List<Integer> arities = new ArrayList<>();
        String functionNames = "fghkpq";
        for (int i = 0; i < functions; i++) {
            names.add(String.valueOf(functionNames.charAt(i)));
            arities.add(i == 0 && maxArity >= 2 ? 2 : 1 + random.nextInt(maxArity));
        }
        for (int i = 0; i < constants; i++) {
            names.add(String.valueOf((char) ('a' + i)));
            arities.add(0);
        }
        return new Signature(names, arities);
    }

    /**
     * The same arities under fresh names: function symbols drawn from f, g, h, k, p, q, r, t and constants from a, b, c,
     * d, e, m, n, in a random order, so that symbol names carry no pattern from case to case.
     */
    public Signature renamed(RandomGenerator random) {
        List<String> functionNames = new ArrayList<>(List.of("f", "g", "h", "k", "p", "q", "r", "t"));
        List<String> constantNames = new ArrayList<>(List.of("a", "b", "c", "d", "e", "m", "n"));
        for (int i = functionNames.size() - 1; i > 0; i--) {
            Collections.swap(functionNames, i, random.nextInt(i + 1));
        }
        for (int i = constantNames.size() - 1; i > 0; i--) {
            Collections.swap(constantNames, i, random.nextInt(i + 1));
        }
        List<String> fresh = new ArrayList<>();
        int functions = 0;
        int constants = 0;
        for (int arity : arities) {
            fresh.add(arity == 0 ? constantNames.get(constants++) : functionNames.get(functions++));
        }
        return new Signature(fresh, arities);
    }

    public Map<String, Integer> arityMap() {
        Map<String, Integer> map = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), arities.get(i));
        }
        return map;
    }

    public List<String> symbolsOfArity(int arity) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (arities.get(i) == arity) {
                found.add(names.get(i));
            }
        }
        return found;
    }

    public List<String> functionSymbols() {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (arities.get(i) > 0) {
                found.add(names.get(i));
            }
        }
        return found;
    }

    /** "f (2 arguments), g (1 argument) and the constants a, b". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        List<String> constants = symbolsOfArity(0);
        for (int i = 0; i < names.size(); i++) {
            if (arities.get(i) > 0) {
                parts.add(names.get(i) + " (" + arities.get(i) + " argument" + (arities.get(i) == 1 ? "" : "s") + ")");
            }
        }
        String text = String.join(", ", parts);
        if (!constants.isEmpty()) {
            text += (text.isEmpty() ? "" : "; ") + "constants " + String.join(", ", constants);
        }
        return text;
    }

    /**
     * A random term of depth at most {@code depth}: below the top, a leaf is a variable from {@code variables} with
     * probability {@code variableShare} (when there are any), else a constant; inner nodes appear with probability
     * {@code branch}. The root is always a function application when depth allows.
     */
    public Term randomTerm(int depth, List<String> variables, double variableShare, double branch, RandomGenerator random) {
        return randomTerm(depth, variables, variableShare, branch, true, random);
    }

    private Term randomTerm(int depth, List<String> variables, double variableShare, double branch, boolean root, RandomGenerator random) {
        List<String> functions = functionSymbols();
        List<String> constants = symbolsOfArity(0);
        if (depth > 1 && !functions.isEmpty() && (root || random.nextDouble() < branch)) {
            String symbol = functions.get(random.nextInt(functions.size()));
            int arity = arityMap().get(symbol);
            List<Term> args = new ArrayList<>();
            for (int i = 0; i < arity; i++) {
                args.add(randomTerm(depth - 1, variables, variableShare, branch, false, random));
            }
            return Term.of(symbol, args);
        }
        if (!variables.isEmpty() && (constants.isEmpty() || random.nextDouble() < variableShare)) {
            return Term.var(variables.get(random.nextInt(variables.size())));
        }
        return Term.constant(constants.get(random.nextInt(constants.size())));
    }
}
