package dev.bootcamp.camps.kit.formal;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reading and comparing first-order terms: a bounded parser for terms and substitutions, syntactic unification with
 * the occurs check, one-way matching and equality up to renaming of variables.
 */
public final class Terms {
    /** The longest term or substitution text read. */
    public static final int MAX_TEXT = 20_000;
    /** The deepest nesting of parentheses read. */
    public static final int MAX_DEPTH = 60;
    private static final int MAX_NAME = 24;

    private Terms() {}

    /** Parses one whole term; throws {@link AnswerFormatException} with a reason for anything else. */
    public static Term parse(String text) {
        Reader reader = new Reader(text);
        Term term = reader.term(0);
        reader.end();
        return term;
    }

    /**
     * Parses a substitution written as bindings {@code X = t} (also {@code X -> t} or {@code X := t}) separated by
     * commas, semicolons or line breaks, optionally inside braces; {@code {}} or the word {@code identity} is the empty
     * substitution. A variable bound twice is an error.
     */
    public static Map<String, Term> parseSubstitution(String text) {
        String body = text.strip();
        if (body.startsWith("{") && body.endsWith("}") && body.length() >= 2) {
            body = body.substring(1, body.length() - 1).strip();
        }
        Map<String, Term> binding = new TreeMap<>();
        if (body.isEmpty() || body.equalsIgnoreCase("identity") || body.equalsIgnoreCase("empty")) {
            return binding;
        }
        Reader reader = new Reader(body);
        while (true) {
            reader.skip();
            Term variable = reader.term(0);
            if (!variable.variable()) {
                throw new AnswerFormatException("a binding must start with a variable, found '" + Answers.abbreviate(variable.render()) + "'");
            }
            reader.arrow();
            Term value = reader.term(0);
            if (binding.put(variable.symbol(), value) != null) {
                throw new AnswerFormatException("variable " + variable.symbol() + " is bound twice");
            }
            if (!reader.separator()) {
                break;
            }
        }
        reader.end();
        return binding;
    }

    /** Bindings written {@code X = t}, joined by commas, in the map's order; {@code {}} when there are none. */
    public static String renderSubstitution(Map<String, Term> binding) {
        if (binding.isEmpty()) {
            return "{}";
        }
        List<String> parts = new ArrayList<>();
        binding.forEach((name, value) -> parts.add(name + " = " + value.render()));
        return String.join(", ", parts);
    }

    /**
     * A most general unifier of the pairs (each {@code {left, right}}) as an idempotent substitution sorted by
     * variable, or null when none exists (a symbol clash or a failed occurs check).
     */
    public static Map<String, Term> unify(List<Term[]> pairs) {
        Map<String, Term> binding = new TreeMap<>();
        Deque<Term[]> work = new ArrayDeque<>(pairs);
        while (!work.isEmpty()) {
            Term[] pair = work.pop();
            Term left = pair[0].substitute(binding);
            Term right = pair[1].substitute(binding);
            if (left.equals(right)) {
                continue;
            }
            if (!left.variable() && right.variable()) {
                Term swap = left;
                left = right;
                right = swap;
            }
            if (left.variable()) {
                if (right.occurs(left.symbol())) {
                    return null;
                }
                Map<String, Term> one = Map.of(left.symbol(), right);
                binding.replaceAll((name, value) -> value.substitute(one));
                binding.put(left.symbol(), right);
                continue;
            }
            if (!left.symbol().equals(right.symbol()) || left.args().size() != right.args().size()) {
                return null;
            }
            for (int i = left.args().size() - 1; i >= 0; i--) {
                work.push(new Term[] {left.args().get(i), right.args().get(i)});
            }
        }
        return binding;
    }

    /** A most general unifier of two terms, or null. */
    public static Map<String, Term> unify(Term left, Term right) {
        return unify(List.<Term[]>of(new Term[] {left, right}));
    }

    /** A substitution σ with {@code pattern}σ = {@code target} (binding only the pattern's variables), or null. */
    public static Map<String, Term> match(Term pattern, Term target) {
        Map<String, Term> binding = new TreeMap<>();
        return match(pattern, target, binding) ? binding : null;
    }

    /** Extends {@code binding} so that {@code pattern} matches {@code target}; false (binding then unspecified) if impossible. */
    public static boolean match(Term pattern, Term target, Map<String, Term> binding) {
        if (pattern.variable()) {
            Term bound = binding.putIfAbsent(pattern.symbol(), target);
            return bound == null || bound.equals(target);
        }
        if (target.variable() || !pattern.symbol().equals(target.symbol()) || pattern.args().size() != target.args().size()) {
            return false;
        }
        for (int i = 0; i < pattern.args().size(); i++) {
            if (!match(pattern.args().get(i), target.args().get(i), binding)) {
                return false;
            }
        }
        return true;
    }

    /** The term with its variables renamed, in order of first occurrence, to names no parsed term can contain. */
    public static Term canonical(Term term) {
        Map<String, Term> renaming = new HashMap<>();
        for (String name : term.variables()) {
            renaming.put(name, Term.var("_" + renaming.size()));
        }
        return term.substitute(renaming);
    }

    /** Whether two terms are equal up to a one-to-one renaming of variables. */
    public static boolean variant(Term left, Term right) {
        return canonical(left).equals(canonical(right));
    }

    /** A message naming the first symbol used with an arity other than {@code arities} gives (or unknown), else null. */
    public static String signatureProblem(Term term, Map<String, Integer> arities) {
        if (term.variable()) {
            return null;
        }
        Integer arity = arities.get(term.symbol());
        if (arity == null) {
            return "unknown symbol '" + Answers.abbreviate(term.symbol()) + "'";
        }
        if (arity != term.args().size()) {
            return "symbol " + term.symbol() + " takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", found " + term.args().size();
        }
        for (Term arg : term.args()) {
            String problem = signatureProblem(arg, arities);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** A character-level reader; recursion is bounded by {@link #MAX_DEPTH}. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            if (text.length() > MAX_TEXT) {
                throw new AnswerFormatException("the text is too long (" + text.length() + " characters; at most " + MAX_TEXT + ")");
            }
            this.text = text;
        }

        void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        Term term(int depth) {
            if (depth > MAX_DEPTH) {
                throw new AnswerFormatException("the term is nested too deeply (more than " + MAX_DEPTH + " levels)");
            }
            skip();
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) && text.charAt(at) < 128 || text.charAt(at) == '_')) {
                at++;
            }
            if (at == start) {
                throw new AnswerFormatException(at >= text.length() ? "a term is missing at the end"
                        : "expected a name at '" + Answers.abbreviate(text.substring(at)) + "'");
            }
            String name = text.substring(start, at);
            if (name.length() > MAX_NAME) {
                throw new AnswerFormatException("name too long: '" + Answers.abbreviate(name) + "'");
            }
            boolean variable = Character.isUpperCase(name.charAt(0));
            skip();
            if (at >= text.length() || text.charAt(at) != '(') {
                return variable ? Term.var(name) : Term.constant(name);
            }
            if (variable) {
                throw new AnswerFormatException("variable " + name + " cannot take arguments (function symbols start with a lower-case letter)");
            }
            at++;
            List<Term> args = new ArrayList<>();
            while (true) {
                args.add(term(depth + 1));
                skip();
                if (at < text.length() && text.charAt(at) == ',') {
                    at++;
                    continue;
                }
                if (at < text.length() && text.charAt(at) == ')') {
                    at++;
                    return Term.of(name, args);
                }
                throw new AnswerFormatException("expected ',' or ')' after an argument of " + name);
            }
        }

        void arrow() {
            skip();
            for (String arrow : List.of(":=", "->", "=", "↦")) {
                if (text.startsWith(arrow, at)) {
                    at += arrow.length();
                    return;
                }
            }
            throw new AnswerFormatException("expected '=' after a variable in a binding");
        }

        boolean separator() {
            skip();
            if (at < text.length() && (text.charAt(at) == ',' || text.charAt(at) == ';')) {
                at++;
                return true;
            }
            boolean newline = false;
            for (int back = at - 1; back >= 0 && Character.isWhitespace(text.charAt(back)); back--) {
                newline |= text.charAt(back) == '\n';
            }
            return at < text.length() && newline;
        }

        void end() {
            skip();
            if (at < text.length()) {
                throw new AnswerFormatException("unexpected text after the end: '" + Answers.abbreviate(text.substring(at)) + "'");
            }
        }
    }
}
