package dev.bootcamp.camps.kit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A propositional formula over variables numbered from 0, as a small tree that Jackson serialises through its fields.
 *
 * <p>{@code operator} is {@code var} (the variable {@code variable}), {@code not} (one operand) or one of {@link
 * #BINARY} (two operands). Truth tables are bit masks: over {@code n} variables (at most {@link #MAX_VARIABLES}) row
 * {@code r} gives variable {@code i} the value of bit {@code n - 1 - i} of {@code r}, so the rows count in binary from
 * all false to all true with the first variable most significant, and bit {@code r} of the table is the formula's
 * value in row {@code r}.
 */
public record PropositionalFormula(String operator, int variable, List<PropositionalFormula> operands) {
    /** The binary connectives. */
    public static final List<String> BINARY = List.of("and", "or", "implies", "iff");
    /** The most variables a truth table holds (64 rows in a long). */
    public static final int MAX_VARIABLES = 6;
    private static final long[][] MASKS = allMasks();

    public PropositionalFormula {
        requireNonNull(operator, "operator is null");
        operands = List.copyOf(operands);
        int expected = switch (operator) {
            case "var" -> 0;
            case "not" -> 1;
            case "and", "or", "implies", "iff" -> 2;
            default -> throw new IllegalArgumentException("unknown operator '" + operator + "'; expected var, not, " + BINARY);
        };
        if (operands.size() != expected) {
            throw new IllegalArgumentException(operator + " takes " + expected + " operands, found " + operands.size());
        }
    }

    public static PropositionalFormula variable(int index) {
        return new PropositionalFormula("var", index, List.of());
    }

    public static PropositionalFormula not(PropositionalFormula operand) {
        return new PropositionalFormula("not", -1, List.of(operand));
    }

    public static PropositionalFormula of(String operator, PropositionalFormula left, PropositionalFormula right) {
        return new PropositionalFormula(operator, -1, List.of(left, right));
    }

    /**
     * A random formula with {@code connectives} binary connectives (at least {@code variables - 1}) in which every one
     * of the {@code variables} appears; each node is negated with probability {@code negation}, never twice in a row.
     */
    public static PropositionalFormula random(int variables, int connectives, double negation, RandomGenerator random) {
        int leaves = Math.max(variables, connectives + 1);
        List<Integer> names = new ArrayList<>();
        for (int i = 0; i < leaves; i++) {
            names.add(i < variables ? i : random.nextInt(variables));
        }
        Draw.shuffle(names, random);
        return build(names, 0, leaves, negation, random);
    }

    /** A random formula with exactly {@code connectives} binary connectives whose leaves are any of the variables. */
    public static PropositionalFormula randomPart(int variables, int connectives, double negation, RandomGenerator random) {
        List<Integer> names = new ArrayList<>();
        for (int i = 0; i <= connectives; i++) {
            names.add(random.nextInt(variables));
        }
        return build(names, 0, connectives + 1, negation, random);
    }

    private static PropositionalFormula build(List<Integer> names, int from, int to, double negation, RandomGenerator random) {
        PropositionalFormula node;
        if (to - from == 1) {
            node = variable(names.get(from));
        } else {
            int split = from + 1 + random.nextInt(to - from - 1);
            node = of(randomOperator(random), build(names, from, split, negation, random), build(names, split, to, negation, random));
        }
        return random.nextDouble() < negation ? not(node) : node;
    }

    /** And, or and implies three times as often as iff, which makes truth tables balanced and hard to read. */
    public static String randomOperator(RandomGenerator random) {
        int draw = random.nextInt(10);
        return draw < 3 ? "and" : draw < 6 ? "or" : draw < 9 ? "implies" : "iff";
    }

    /** The truth table over {@code variables} variables, as described in the class comment. */
    public long table(int variables) {
        if (variables < 1 || variables > MAX_VARIABLES) {
            throw new IllegalArgumentException("a truth table needs 1.." + MAX_VARIABLES + " variables, found " + variables);
        }
        return evaluate(MASKS[variables], all(variables));
    }

    /** The truth table of every node, in preorder (entry 0 is the whole formula's), computed in one pass. */
    public long[] tables(int variables) {
        if (variables < 1 || variables > MAX_VARIABLES) {
            throw new IllegalArgumentException("a truth table needs 1.." + MAX_VARIABLES + " variables, found " + variables);
        }
        long[] tables = new long[nodes()];
        fill(tables, 0, MASKS[variables], all(variables));
        return tables;
    }

    /** Fills the tables of this subtree, whose root is at {@code index}; returns the index after the subtree. */
    private int fill(long[] tables, int index, long[] masks, long all) {
        int next = index + 1;
        long[] values = new long[operands.size()];
        for (int i = 0; i < values.length; i++) {
            int after = operands.get(i).fill(tables, next, masks, all);
            values[i] = tables[next];
            next = after;
        }
        tables[index] = switch (operator) {
            case "var" -> masks[variable];
            case "not" -> ~values[0] & all;
            case "and" -> values[0] & values[1];
            case "or" -> values[0] | values[1];
            case "implies" -> (~values[0] | values[1]) & all;
            case "iff" -> ~(values[0] ^ values[1]) & all;
            default -> throw new IllegalStateException(operator);
        };
        return next;
    }

    /** Whether some proper subformula (not a lone variable) is true in every row or in none. */
    public boolean hasConstantPart(int variables) {
        long[] tables = tables(variables);
        long all = all(variables);
        for (int index = 1; index < tables.length; index++) {
            if (tables[index] == 0 || tables[index] == all) {
                return true;
            }
        }
        return false;
    }

    /** Whether it holds a double negation or a connective between two copies of one subformula ({@code r ∧ r}). */
    public boolean hasRedundancy() {
        if (operator.equals("not") && operands.get(0).operator.equals("not")
                || operands.size() == 2 && operands.get(0).equals(operands.get(1))) {
            return true;
        }
        return operands.stream().anyMatch(PropositionalFormula::hasRedundancy);
    }

    /** All rows of a table over {@code variables} variables. */
    public static long all(int variables) {
        int rows = 1 << variables;
        return rows == 64 ? -1L : (1L << rows) - 1;
    }

    /** The value of the formula in row {@code row} of a table over {@code variables} variables. */
    public boolean value(int variables, int row) {
        return (table(variables) >>> row & 1) == 1;
    }

    /** {@code MASKS[n][i]}: the rows of a table over n variables in which variable i is true. */
    private static long[][] allMasks() {
        long[][] masks = new long[MAX_VARIABLES + 1][];
        for (int variables = 1; variables <= MAX_VARIABLES; variables++) {
            masks[variables] = new long[variables];
            for (int row = 0; row < 1 << variables; row++) {
                for (int i = 0; i < variables; i++) {
                    if ((row >> (variables - 1 - i) & 1) == 1) {
                        masks[variables][i] |= 1L << row;
                    }
                }
            }
        }
        return masks;
    }

    private long evaluate(long[] masks, long all) {
        return switch (operator) {
            case "var" -> masks[variable];
            case "not" -> ~operands.get(0).evaluate(masks, all) & all;
            case "and" -> operands.get(0).evaluate(masks, all) & operands.get(1).evaluate(masks, all);
            case "or" -> operands.get(0).evaluate(masks, all) | operands.get(1).evaluate(masks, all);
            case "implies" -> (~operands.get(0).evaluate(masks, all) | operands.get(1).evaluate(masks, all)) & all;
            case "iff" -> ~(operands.get(0).evaluate(masks, all) ^ operands.get(1).evaluate(masks, all)) & all;
            default -> throw new IllegalStateException(operator);
        };
    }

    /** The number of binary connectives. */
    public int connectives() {
        int count = operands.size() == 2 ? 1 : 0;
        for (PropositionalFormula operand : operands) {
            count += operand.connectives();
        }
        return count;
    }

    /** The number of nodes; nodes are numbered from 0 in preorder for {@link #at} and {@link #replace}. */
    public int nodes() {
        int count = 1;
        for (PropositionalFormula operand : operands) {
            count += operand.nodes();
        }
        return count;
    }

    /** The variables that appear, as a bit set (bit i for variable i). */
    public int variablesUsed() {
        int used = operator.equals("var") ? 1 << variable : 0;
        for (PropositionalFormula operand : operands) {
            used |= operand.variablesUsed();
        }
        return used;
    }

    /** The node at a preorder index. */
    public PropositionalFormula at(int index) {
        if (index == 0) {
            return this;
        }
        int offset = 1;
        for (PropositionalFormula operand : operands) {
            int size = operand.nodes();
            if (index < offset + size) {
                return operand.at(index - offset);
            }
            offset += size;
        }
        throw new IndexOutOfBoundsException("node " + index + " of " + nodes());
    }

    /** A copy with the node at a preorder index replaced. */
    public PropositionalFormula replace(int index, PropositionalFormula replacement) {
        if (index == 0) {
            return replacement;
        }
        List<PropositionalFormula> copy = new ArrayList<>(operands);
        int offset = 1;
        for (int i = 0; i < copy.size(); i++) {
            int size = copy.get(i).nodes();
            if (index < offset + size) {
                copy.set(i, copy.get(i).replace(index - offset, replacement));
                return new PropositionalFormula(operator, variable, copy);
            }
            offset += size;
        }
        throw new IndexOutOfBoundsException("node " + index + " of " + nodes());
    }

    /** With symbols: ¬ ∧ ∨ → ↔, binary subformulas in parentheses (not the whole formula). */
    public String symbols(List<String> names) {
        StringBuilder text = new StringBuilder();
        write(names, false, true, text);
        return text.toString();
    }

    /** In words: not, and, or, if ... then ..., if and only if, binary subformulas in parentheses. */
    public String words(List<String> names) {
        StringBuilder text = new StringBuilder();
        write(names, true, true, text);
        return text.toString();
    }

    private void write(List<String> names, boolean words, boolean top, StringBuilder text) {
        switch (operator) {
            case "var" -> text.append(names.get(variable));
            case "not" -> {
                text.append(words ? "not " : "¬");
                operands.get(0).write(names, words, false, text);
            }
            default -> {
                if (!top) {
                    text.append('(');
                }
                if (words && operator.equals("implies")) {
                    text.append("if ");
                }
                operands.get(0).write(names, words, false, text);
                text.append(words ? wordFor(operator) : symbolFor(operator));
                operands.get(1).write(names, words, false, text);
                if (!top) {
                    text.append(')');
                }
            }
        }
    }

    /** How formulas written with {@link #symbols} or {@link #words} read, for a prompt. */
    public static String legend(boolean words) {
        if (words) {
            return "Formulas are written in words: \"not A\" is true when A is false; \"A and B\" is true when both are"
                    + " true; \"A or B\" is true when at least one is true; \"if A then B\" is false only when A is true and"
                    + " B is false; \"A if and only if B\" is true when A and B have the same value. Parentheses group"
                    + " subformulas, and \"not\" applies only to what directly follows it.";
        }
        return "Symbols: ¬A (not A) is true when A is false; A ∧ B (and) is true when both are true; A ∨ B (or) is true when"
                + " at least one is true; A → B (if A then B) is false only when A is true and B is false; A ↔ B (if and"
                + " only if) is true when A and B have the same value. Parentheses group subformulas, and ¬ applies only to"
                + " what directly follows it.";
    }

    private static String symbolFor(String operator) {
        return switch (operator) {
            case "and" -> " ∧ ";
            case "or" -> " ∨ ";
            case "implies" -> " → ";
            default -> " ↔ ";
        };
    }

    private static String wordFor(String operator) {
        return switch (operator) {
            case "and" -> " and ";
            case "or" -> " or ";
            case "implies" -> " then ";
            default -> " if and only if ";
        };
    }
}
