package dev.bootcamp.camps.logic;

import static dev.bootcamp.camps.kit.PropositionalFormula.not;
import static dev.bootcamp.camps.kit.PropositionalFormula.of;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.PropositionalFormula;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Rewrites a formula one step at a time, either by a law of logic (De Morgan, contraposition, distribution,
 * exportation, ...) or by a classic fallacy (converse, inverse, a half-applied De Morgan, a misplaced parenthesis). A
 * fallacy usually changes the meaning but not always; the bootcamp decides equivalence from truth tables.
 */
final class LogicalEquivalenceRewriter {
    private LogicalEquivalenceRewriter() {}

    /** One rewrite of a random node where a rule applies; null when no rule of the kind applies anywhere. */
    static PropositionalFormula step(PropositionalFormula formula, boolean sound, RandomGenerator random) {
        List<Integer> places = new ArrayList<>();
        for (int index = 0; index < formula.nodes(); index++) {
            if (!rewrites(formula.at(index), sound).isEmpty()) {
                places.add(index);
            }
        }
        if (places.isEmpty()) {
            return null;
        }
        int index = Draw.pick(places, random);
        return formula.replace(index, Draw.pick(rewrites(formula.at(index), sound), random));
    }

    /** The rewrites of one node by the laws ({@code sound}) or by the fallacies. */
    static List<PropositionalFormula> rewrites(PropositionalFormula node, boolean sound) {
        List<PropositionalFormula> out = new ArrayList<>();
        String operator = node.operator();
        if (operator.equals("var")) {
            return out;
        }
        PropositionalFormula a = node.operands().get(0);
        if (operator.equals("not")) {
            rewriteNegation(a, sound, out);
            return out;
        }
        PropositionalFormula b = node.operands().get(1);
        if (sound) {
            if (!operator.equals("implies")) {
                out.add(of(operator, b, a));
            }
            switch (operator) {
                case "and" -> {
                    out.add(not(of("or", negate(a), negate(b))));
                    if (b.operator().equals("or")) {
                        out.add(of("or", of("and", a, b.operands().get(0)), of("and", a, b.operands().get(1))));
                    }
                    if (b.operator().equals("not")) {
                        out.add(not(of("implies", a, b.operands().get(0))));
                    }
                }
                case "or" -> {
                    out.add(not(of("and", negate(a), negate(b))));
                    out.add(of("implies", negate(a), b));
                    if (b.operator().equals("and")) {
                        out.add(of("and", of("or", a, b.operands().get(0)), of("or", a, b.operands().get(1))));
                    }
                    if (a.operator().equals("and") && b.operator().equals("and") && a.operands().get(0).equals(b.operands().get(0))) {
                        out.add(of("and", a.operands().get(0), of("or", a.operands().get(1), b.operands().get(1))));
                    }
                }
                case "implies" -> {
                    out.add(of("or", negate(a), b));
                    out.add(of("implies", negate(b), negate(a)));
                    if (b.operator().equals("implies")) {
                        out.add(of("implies", of("and", a, b.operands().get(0)), b.operands().get(1)));
                    }
                    if (a.operator().equals("and")) {
                        out.add(of("implies", a.operands().get(0), of("implies", a.operands().get(1), b)));
                    }
                    if (a.operator().equals("or")) {
                        out.add(of("and", of("implies", a.operands().get(0), b), of("implies", a.operands().get(1), b)));
                    }
                    if (b.operator().equals("and")) {
                        out.add(of("and", of("implies", a, b.operands().get(0)), of("implies", a, b.operands().get(1))));
                    }
                }
                default -> {
                    out.add(of("and", of("implies", a, b), of("implies", b, a)));
                    out.add(of("iff", negate(a), negate(b)));
                    out.add(of("or", of("and", a, b), of("and", negate(a), negate(b))));
                }
            }
            return out;
        }
        switch (operator) {
            case "and" -> {
                out.add(not(of("or", a, b)));
                if (b.operator().equals("or")) {
                    out.add(of("or", of("and", a, b.operands().get(0)), b.operands().get(1)));
                }
            }
            case "or" -> {
                out.add(of("implies", a, b));
                if (b.operator().equals("and")) {
                    out.add(of("and", of("or", a, b.operands().get(0)), b.operands().get(1)));
                }
            }
            case "implies" -> {
                out.add(of("implies", b, a));
                out.add(of("implies", negate(a), negate(b)));
                out.add(of("or", a, negate(b)));
                if (b.operator().equals("implies")) {
                    out.add(of("implies", of("implies", a, b.operands().get(0)), b.operands().get(1)));
                }
                if (a.operator().equals("or")) {
                    out.add(of("or", of("implies", a.operands().get(0), b), of("implies", a.operands().get(1), b)));
                }
            }
            default -> {
                out.add(of("implies", a, b));
                out.add(of("iff", a, negate(b)));
            }
        }
        return out;
    }

    private static void rewriteNegation(PropositionalFormula inner, boolean sound, List<PropositionalFormula> out) {
        if (inner.operands().size() != 2) {
            return;
        }
        PropositionalFormula a = inner.operands().get(0);
        PropositionalFormula b = inner.operands().get(1);
        switch (inner.operator()) {
            case "and" -> out.add(sound ? of("or", negate(a), negate(b)) : of("and", negate(a), negate(b)));
            case "or" -> out.add(sound ? of("and", negate(a), negate(b)) : of("or", negate(a), negate(b)));
            case "implies" -> out.add(sound ? of("and", a, negate(b)) : of("implies", negate(a), negate(b)));
            default -> out.add(sound ? of("iff", a, negate(b)) : of("iff", negate(a), negate(b)));
        }
    }

    /** Not A, with a double negation removed. */
    static PropositionalFormula negate(PropositionalFormula formula) {
        return formula.operator().equals("not") ? formula.operands().get(0) : not(formula);
    }
}
