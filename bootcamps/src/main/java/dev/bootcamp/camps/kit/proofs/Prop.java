package dev.bootcamp.camps.kit.proofs;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.camps.kit.PropositionalFormula;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A propositional formula over named variables: {@code var} (with {@code name}), {@code false} (⊥), {@code not}, and
 * the binary {@code and}, {@code or}, {@code implies}, {@code iff}, {@code nand}, {@code nor}. Written with {@link
 * #toString} in symbols (¬ ∧ ∨ → ↔ ↑ ↓ ⊥), binary subformulas in parentheses except the whole formula; {@link
 * PropParser} reads that form back.
 */
public record Prop(String op, String name, List<Prop> args) {
    public static final Prop FALSE = new Prop("false", "", List.of());

    public Prop {
        requireNonNull(op, "op is null");
        requireNonNull(name, "name is null");
        args = List.copyOf(args);
        int arity = switch (op) {
            case "var", "false" -> 0;
            case "not" -> 1;
            case "and", "or", "implies", "iff", "nand", "nor" -> 2;
            default -> throw new IllegalArgumentException("unknown connective '" + op + "'");
        };
        if (args.size() != arity) {
            throw new IllegalArgumentException(op + " takes " + arity + " operands, found " + args.size());
        }
    }

    public static Prop var(String name) {
        return new Prop("var", name, List.of());
    }

    public static Prop not(Prop operand) {
        return new Prop("not", "", List.of(operand));
    }

    public static Prop of(String op, Prop left, Prop right) {
        return new Prop(op, "", List.of(left, right));
    }

    public static Prop and(Prop left, Prop right) {
        return of("and", left, right);
    }

    public static Prop or(Prop left, Prop right) {
        return of("or", left, right);
    }

    public static Prop implies(Prop left, Prop right) {
        return of("implies", left, right);
    }

    /** The kit formula with variable i named {@code names.get(i)}. */
    public static Prop from(PropositionalFormula formula, List<String> names) {
        if (formula.operator().equals("var")) {
            return var(names.get(formula.variable()));
        }
        List<Prop> operands = new ArrayList<>();
        for (PropositionalFormula operand : formula.operands()) {
            operands.add(from(operand, names));
        }
        return new Prop(formula.operator(), "", operands);
    }

    public boolean is(String connective) {
        return op.equals(connective);
    }

    public Prop left() {
        return args.get(0);
    }

    public Prop right() {
        return args.get(1);
    }

    public boolean isBinary() {
        return args.size() == 2;
    }

    /** The negated formula when this is a negation, else null. */
    public Prop negated() {
        return op.equals("not") ? args.get(0) : null;
    }

    /** The number of connectives (⊥ and variables count 0). */
    public int size() {
        int count = args.isEmpty() ? 0 : 1;
        for (Prop arg : args) {
            count += arg.size();
        }
        return count;
    }

    /** The nesting depth (a variable has depth 0). */
    public int depth() {
        int deepest = 0;
        for (Prop arg : args) {
            deepest = Math.max(deepest, arg.depth() + 1);
        }
        return deepest;
    }

    /** The variable names that occur, sorted. */
    public TreeSet<String> variables() {
        TreeSet<String> names = new TreeSet<>();
        collect(names);
        return names;
    }

    private void collect(TreeSet<String> names) {
        if (op.equals("var")) {
            names.add(name);
        }
        for (Prop arg : args) {
            arg.collect(names);
        }
    }

    /** The connectives that occur (not counting variables), sorted. */
    public TreeSet<String> connectives() {
        TreeSet<String> found = new TreeSet<>();
        connectives(found);
        return found;
    }

    private void connectives(TreeSet<String> found) {
        if (!op.equals("var")) {
            found.add(op);
        }
        for (Prop arg : args) {
            arg.connectives(found);
        }
    }

    /**
     * The truth table as a bit mask: {@code masks} maps each variable to the rows where it is true, {@code all} has a
     * bit for every row. A variable missing from {@code masks} is false everywhere.
     */
    public long table(Map<String, Long> masks, long all) {
        return switch (op) {
            case "var" -> masks.getOrDefault(name, 0L);
            case "false" -> 0L;
            case "not" -> ~left().table(masks, all) & all;
            case "and" -> left().table(masks, all) & right().table(masks, all);
            case "or" -> left().table(masks, all) | right().table(masks, all);
            case "implies" -> (~left().table(masks, all) | right().table(masks, all)) & all;
            case "iff" -> ~(left().table(masks, all) ^ right().table(masks, all)) & all;
            case "nand" -> ~(left().table(masks, all) & right().table(masks, all)) & all;
            case "nor" -> ~(left().table(masks, all) | right().table(masks, all)) & all;
            default -> throw new IllegalStateException(op);
        };
    }

    /** The value under an assignment of the variables (missing ones are false). */
    public boolean value(Map<String, Boolean> assignment) {
        return switch (op) {
            case "var" -> assignment.getOrDefault(name, false);
            case "false" -> false;
            case "not" -> !left().value(assignment);
            case "and" -> left().value(assignment) && right().value(assignment);
            case "or" -> left().value(assignment) || right().value(assignment);
            case "implies" -> !left().value(assignment) || right().value(assignment);
            case "iff" -> left().value(assignment) == right().value(assignment);
            case "nand" -> !(left().value(assignment) && right().value(assignment));
            case "nor" -> !(left().value(assignment) || right().value(assignment));
            default -> throw new IllegalStateException(op);
        };
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        write(text, true);
        return text.toString();
    }

    private void write(StringBuilder text, boolean top) {
        switch (op) {
            case "var" -> text.append(name);
            case "false" -> text.append('⊥');
            case "not" -> {
                text.append('¬');
                left().write(text, false);
            }
            default -> {
                if (!top) {
                    text.append('(');
                }
                left().write(text, false);
                text.append(' ').append(symbol(op)).append(' ');
                right().write(text, false);
                if (!top) {
                    text.append(')');
                }
            }
        }
    }

    /** The symbol of a binary connective. */
    public static String symbol(String op) {
        return switch (op) {
            case "and" -> "∧";
            case "or" -> "∨";
            case "implies" -> "→";
            case "iff" -> "↔";
            case "nand" -> "↑";
            case "nor" -> "↓";
            default -> throw new IllegalArgumentException(op);
        };
    }
}
