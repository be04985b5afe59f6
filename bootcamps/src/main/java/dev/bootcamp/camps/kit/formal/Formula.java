package dev.bootcamp.camps.kit.formal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A propositional formula with extra operators, as a tree: {@code atom} (a proposition letter), a unary operator
 * (written before its operand, such as {@code ~}, {@code []}, {@code <>}, {@code X}, {@code G}) or a binary one (written
 * between its operands in parentheses, such as {@code &}, {@code |}, {@code ->}, {@code U}). Which operators exist is
 * up to the bootcamp that evaluates it.
 */
public record Formula(String operator, String atom, List<Formula> operands) {
    public Formula {
        requireNonNull(operator, "operator is null");
        operands = List.copyOf(operands);
    }

    public static Formula atom(String name) {
        return new Formula("atom", name, List.of());
    }

    public static Formula unary(String operator, Formula operand) {
        return new Formula(operator, null, List.of(operand));
    }

    public static Formula binary(String operator, Formula left, Formula right) {
        return new Formula(operator, null, List.of(left, right));
    }

    /** Operators in the formula, counted with repetition. */
    public int size() {
        int size = operator.equals("atom") ? 0 : 1;
        for (Formula operand : operands) {
            size += operand.size();
        }
        return size;
    }

    /** Text with binary operators in parentheses and unary ones as prefixes: {@code ([]p -> ~(q & <>r))}. */
    public String render() {
        if (operator.equals("atom")) {
            return atom;
        }
        if (operands.size() == 1) {
            String inner = operands.get(0).render();
            return operator + (Character.isLetter(operator.charAt(operator.length() - 1)) && !inner.startsWith("(") ? " " : "") + inner;
        }
        return "(" + operands.get(0).render() + " " + operator + " " + operands.get(1).render() + ")";
    }

    /**
     * A random formula with exactly {@code operators} operators drawn from {@code unary} and {@code binary} (binary
     * with probability {@code binaryShare}) over the atoms; never the same unary operator twice in a row.
     */
    public static Formula random(int operators, List<String> atoms, List<String> unary, List<String> binary, double binaryShare, RandomGenerator random) {
        if (operators == 0) {
            return atom(atoms.get(random.nextInt(atoms.size())));
        }
        if (random.nextDouble() < binaryShare && operators >= 2 || unary.isEmpty()) {
            int left = random.nextInt(operators);
            return binary(binary.get(random.nextInt(binary.size())), random(left, atoms, unary, binary, binaryShare, random),
                    random(operators - 1 - left, atoms, unary, binary, binaryShare, random));
        }
        String operator = unary.get(random.nextInt(unary.size()));
        Formula operand = random(operators - 1, atoms, unary, binary, binaryShare, random);
        if (operand.operator().equals(operator)) {
            List<String> others = new ArrayList<>(unary);
            others.remove(operator);
            if (!others.isEmpty()) {
                operator = others.get(random.nextInt(others.size()));
            }
        }
        return unary(operator, operand);
    }
}
