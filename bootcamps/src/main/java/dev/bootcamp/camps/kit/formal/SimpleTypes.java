package dev.bootcamp.camps.kit.formal;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Simple types for lambda terms: type variables and arrows, kept as {@link Term}s ({@code ->} a binary symbol, type
 * variables as term variables). Inference of principal types by unification with a work budget, and a bounded reader
 * and writer for type text such as {@code (a -> b) -> a -> b} (arrows associate to the right).
 */
public final class SimpleTypes {
    /** The arrow symbol. */
    public static final String ARROW = "->";
    /** The most nodes a principal type may have; larger ones count as untypable here. */
    public static final int MAX_TYPE_NODES = 400;
    private static final int BUDGET = 200_000;
    private static final int MAX_TEXT = 2_000;

    private SimpleTypes() {}

    public static Term arrow(Term from, Term to) {
        return Term.of(ARROW, from, to);
    }

    /**
     * The principal type of a closed named term with its variables renamed a, b, c, ... in order of first occurrence,
     * or null when the term has free variables, has no simple type, or its type is too large.
     */
    public static Term principal(Lambda term) {
        if (!term.freeNames().isEmpty()) {
            return null;
        }
        Inference inference = new Inference();
        try {
            Term type = inference.infer(term, new ArrayList<>(), new ArrayList<>());
            return tidy(inference.resolve(type));
        } catch (TooMuch failure) {
            return null;
        }
    }

    /** The type with its variables renamed a, b, c, ... (then a1, b1, ...) in order of first occurrence. */
    public static Term tidy(Term type) {
        Map<String, Term> renaming = new HashMap<>();
        for (String name : type.variables()) {
            int n = renaming.size();
            renaming.put(name, Term.var(String.valueOf((char) ('a' + n % 26)) + (n >= 26 ? String.valueOf(n / 26) : "")));
        }
        return type.substitute(renaming);
    }

    /** Whether {@code specific} is {@code general} with its type variables replaced by types (the same for each occurrence). */
    public static boolean instanceOf(Term specific, Term general) {
        Map<String, Term> apart = new HashMap<>();
        for (String name : general.variables()) {
            apart.put(name, Term.var("_" + name));
        }
        return Terms.match(general.substitute(apart), specific) != null;
    }

    /** Type text: arrows to the right without parentheses, an arrow on the left in parentheses. */
    public static String render(Term type) {
        if (type.variable() || type.args().isEmpty()) {
            return type.symbol();
        }
        Term from = type.args().get(0);
        String left = render(from);
        return (from.variable() ? left : "(" + left + ")") + " -> " + render(type.args().get(1));
    }

    /** Reads type text; type variables are names of letters and digits starting with a letter. */
    public static Term parse(String text) {
        if (text.length() > MAX_TEXT) {
            throw new AnswerFormatException("the type is too long (at most " + MAX_TEXT + " characters)");
        }
        int[] at = {0};
        Term type = type(text, at, 0);
        skip(text, at);
        if (at[0] < text.length()) {
            throw new AnswerFormatException("unexpected text in the type at '" + Answers.abbreviate(text.substring(at[0])) + "'");
        }
        return type;
    }

    private static Term type(String text, int[] at, int depth) {
        if (depth > 100) {
            throw new AnswerFormatException("the type is nested too deeply");
        }
        List<Term> parts = new ArrayList<>();
        while (true) {
            parts.add(atom(text, at, depth));
            skip(text, at);
            if (text.startsWith("->", at[0])) {
                at[0] += 2;
            } else if (at[0] < text.length() && text.charAt(at[0]) == '→') {
                at[0]++;
            } else {
                break;
            }
        }
        Term result = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            result = arrow(parts.get(i), result);
        }
        return result;
    }

    private static Term atom(String text, int[] at, int depth) {
        skip(text, at);
        if (at[0] >= text.length()) {
            throw new AnswerFormatException("a type is missing at the end");
        }
        if (text.charAt(at[0]) == '(') {
            at[0]++;
            Term inner = type(text, at, depth + 1);
            skip(text, at);
            if (at[0] >= text.length() || text.charAt(at[0]) != ')') {
                throw new AnswerFormatException("a '(' in the type is not closed");
            }
            at[0]++;
            return inner;
        }
        int start = at[0];
        while (at[0] < text.length() && text.charAt(at[0]) < 128 && Character.isLetterOrDigit(text.charAt(at[0]))) {
            at[0]++;
        }
        if (at[0] == start || !Character.isLetter(text.charAt(start)) || at[0] - start > 8) {
            throw new AnswerFormatException("expected a type variable (such as a or b) at '" + Answers.abbreviate(text.substring(start)) + "'");
        }
        return Term.var(text.substring(start, at[0]));
    }

    private static void skip(String text, int[] at) {
        while (at[0] < text.length() && Character.isWhitespace(text.charAt(at[0]))) {
            at[0]++;
        }
    }

    private static final class TooMuch extends RuntimeException {
        TooMuch() {
            super(null, null, false, false);
        }
    }

    /** Constraint solving with a triangular substitution and a work budget. */
    private static final class Inference {
        private final Map<String, Term> binding = new HashMap<>();
        private int fresh;
        private int work;

        private Term fresh() {
            return Term.var("T" + fresh++);
        }

        private void spend() {
            if (++work > BUDGET) {
                throw new TooMuch();
            }
        }

        Term infer(Lambda term, List<String> names, List<Term> types) {
            spend();
            switch (term.kind()) {
                case VAR -> {
                    return types.get(names.lastIndexOf(term.name()));
                }
                case ABS -> {
                    Term parameter = fresh();
                    names.add(term.name());
                    types.add(parameter);
                    Term body = infer(term.body(), names, types);
                    names.remove(names.size() - 1);
                    types.remove(types.size() - 1);
                    return arrow(parameter, body);
                }
                default -> {
                    Term function = infer(term.left(), names, types);
                    Term argument = infer(term.right(), names, types);
                    Term result = fresh();
                    unify(function, arrow(argument, result));
                    return result;
                }
            }
        }

        private Term walk(Term type) {
            while (type.variable() && binding.containsKey(type.symbol())) {
                spend();
                type = binding.get(type.symbol());
            }
            return type;
        }

        private void unify(Term left, Term right) {
            Term a = walk(left);
            Term b = walk(right);
            if (a.equals(b)) {
                return;
            }
            if (!a.variable() && b.variable()) {
                Term swap = a;
                a = b;
                b = swap;
            }
            if (a.variable()) {
                if (occurs(a.symbol(), b)) {
                    throw new TooMuch();
                }
                binding.put(a.symbol(), b);
                return;
            }
            unify(a.args().get(0), b.args().get(0));
            unify(a.args().get(1), b.args().get(1));
        }

        private boolean occurs(String name, Term type) {
            Term here = walk(type);
            spend();
            if (here.variable()) {
                return here.symbol().equals(name);
            }
            return occurs(name, here.args().get(0)) || occurs(name, here.args().get(1));
        }

        Term resolve(Term type) {
            int[] nodes = {0};
            return resolve(type, nodes);
        }

        private Term resolve(Term type, int[] nodes) {
            Term here = walk(type);
            if (++nodes[0] > MAX_TYPE_NODES) {
                throw new TooMuch();
            }
            if (here.variable()) {
                return here;
            }
            return arrow(resolve(here.args().get(0), nodes), resolve(here.args().get(1), nodes));
        }
    }

    /** Whether every type variable occurs at least twice (no binder is vacuous, no variable is a mere projection). */
    public static boolean relevant(Term type) {
        for (String name : type.variables()) {
            if (count(type, name) < 2) {
                return false;
            }
        }
        return true;
    }

    private static int count(Term type, String name) {
        if (type.variable()) {
            return type.symbol().equals(name) ? 1 : 0;
        }
        int total = 0;
        for (Term arg : type.args()) {
            total += count(arg, name);
        }
        return total;
    }

    /** The number of arrows in a type. */
    public static int arrows(Term type) {
        return (type.size() - 1) / 2;
    }
}
