package dev.bootcamp.camps.kit.formal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A first-order term: a variable (a name starting with an upper-case letter, no arguments) or a function symbol (a name
 * starting with a lower-case letter or a digit) applied to zero or more argument terms. Written in prefix form, such as
 * {@code f(X, g(a))}; a constant is written without parentheses.
 */
public record Term(String symbol, boolean variable, List<Term> args) {
    public Term {
        requireNonNull(symbol, "symbol is null");
        args = List.copyOf(args);
        if (variable && !args.isEmpty()) {
            throw new IllegalArgumentException("variable " + symbol + " cannot have arguments");
        }
    }

    public static Term var(String name) {
        return new Term(name, true, List.of());
    }

    public static Term constant(String name) {
        return new Term(name, false, List.of());
    }

    public static Term of(String symbol, Term... args) {
        return new Term(symbol, false, List.of(args));
    }

    public static Term of(String symbol, List<Term> args) {
        return new Term(symbol, false, args);
    }

    /** The number of symbol occurrences. */
    public int size() {
        int size = 1;
        for (Term arg : args) {
            size += arg.size();
        }
        return size;
    }

    /** 1 for a variable or constant, else one more than the deepest argument. */
    public int depth() {
        int deepest = 0;
        for (Term arg : args) {
            deepest = Math.max(deepest, arg.depth());
        }
        return deepest + 1;
    }

    /** The variable names in order of first occurrence, left to right. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        collect(names);
        return names;
    }

    private void collect(Set<String> names) {
        if (variable) {
            names.add(symbol);
        }
        for (Term arg : args) {
            arg.collect(names);
        }
    }

    public boolean occurs(String name) {
        if (variable) {
            return symbol.equals(name);
        }
        for (Term arg : args) {
            if (arg.occurs(name)) {
                return true;
            }
        }
        return false;
    }

    public boolean ground() {
        return variables().isEmpty();
    }

    /** This term with every variable bound in {@code binding} replaced (once, not repeatedly). */
    public Term substitute(Map<String, Term> binding) {
        if (variable) {
            return binding.getOrDefault(symbol, this);
        }
        if (args.isEmpty()) {
            return this;
        }
        List<Term> replaced = new ArrayList<>(args.size());
        for (Term arg : args) {
            replaced.add(arg.substitute(binding));
        }
        return new Term(symbol, false, replaced);
    }

    /** The subterm at {@code position} (argument numbers from 1), or null where the position does not exist. */
    public Term at(List<Integer> position) {
        Term term = this;
        for (int index : position) {
            if (index < 1 || index > term.args.size()) {
                return null;
            }
            term = term.args.get(index - 1);
        }
        return term;
    }

    /** This term with the subterm at an existing {@code position} replaced by {@code replacement}. */
    public Term replace(List<Integer> position, Term replacement) {
        return replace(position, 0, replacement);
    }

    private Term replace(List<Integer> position, int from, Term replacement) {
        if (from == position.size()) {
            return replacement;
        }
        List<Term> replaced = new ArrayList<>(args);
        int index = position.get(from) - 1;
        replaced.set(index, args.get(index).replace(position, from + 1, replacement));
        return new Term(symbol, false, replaced);
    }

    /** Every position of the term in pre-order (the root, then each argument's positions left to right). */
    public List<List<Integer>> positions() {
        List<List<Integer>> all = new ArrayList<>();
        walk(new ArrayList<>(), all);
        return all;
    }

    private void walk(List<Integer> here, List<List<Integer>> all) {
        all.add(List.copyOf(here));
        for (int i = 0; i < args.size(); i++) {
            here.add(i + 1);
            args.get(i).walk(here, all);
            here.remove(here.size() - 1);
        }
    }

    /** Prefix text: {@code f(X, g(a))}. */
    public String render() {
        StringBuilder text = new StringBuilder();
        render(text);
        return text.toString();
    }

    private void render(StringBuilder text) {
        text.append(symbol);
        if (!args.isEmpty()) {
            text.append('(');
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    text.append(", ");
                }
                args.get(i).render(text);
            }
            text.append(')');
        }
    }

    /** A position written as argument numbers joined by dots, or {@code root} for the empty position. */
    public static String position(List<Integer> position) {
        if (position.isEmpty()) {
            return "root";
        }
        StringBuilder text = new StringBuilder();
        for (int index : position) {
            text.append(text.length() == 0 ? "" : ".").append(index);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
