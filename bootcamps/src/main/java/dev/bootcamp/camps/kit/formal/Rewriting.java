package dev.bootcamp.camps.kit.formal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rewriting with rules at positions: single steps, their checking, and normal forms under a fixed strategy. */
public final class Rewriting {
    private Rewriting() {}

    /** A rewrite step: the rule used and the position rewritten. */
    public record Step(Rule rule, List<Integer> position) {
        public Step {
            position = List.copyOf(position);
        }
    }

    /** A normal form and the steps taken to it; {@code finished} is false when the step or size bound stopped it. */
    public record Run(Term result, List<Step> steps, boolean finished) {
        public Run {
            steps = List.copyOf(steps);
        }
    }

    /**
     * Whether {@code after} is {@code before} with the subterm at {@code position} replaced by one instance of
     * {@code rule}: {@code before|p = left σ} and {@code after|p = right σ} for one substitution σ, the two terms equal
     * elsewhere. Returns null when it is, otherwise a one-line reason.
     */
    public static String stepProblem(Term before, Term after, Rule rule, List<Integer> position) {
        Term from = before.at(position);
        Term to = after.at(position);
        if (from == null) {
            return "position " + Term.position(position) + " does not exist in " + before.render();
        }
        if (to == null) {
            return "position " + Term.position(position) + " does not exist in " + after.render();
        }
        Term hole = Term.var("_hole");
        if (!before.replace(position, hole).equals(after.replace(position, hole))) {
            return "the terms differ outside position " + Term.position(position);
        }
        Map<String, Term> binding = new TreeMap<>();
        if (!Terms.match(rule.left(), from, binding)) {
            return "the subterm " + from.render() + " at " + Term.position(position) + " is not an instance of " + rule.left().render();
        }
        if (!Terms.match(rule.right(), to, binding)) {
            return "the subterm " + to.render() + " is not the matching instance of " + rule.right().render();
        }
        return null;
    }

    /** The term rewritten once at {@code position} by {@code rule}, or null when the rule does not apply there. */
    public static Term rewriteAt(Term term, Rule rule, List<Integer> position) {
        Term here = term.at(position);
        Map<String, Term> binding = here == null ? null : Terms.match(rule.left(), here);
        return binding == null ? null : term.replace(position, rule.right().substitute(binding));
    }

    /** The first rule, in order, that rewrites {@code term} at its root, or null. */
    public static Rule applicable(Term term, List<Rule> rules) {
        for (Rule rule : rules) {
            if (Terms.match(rule.left(), term) != null) {
                return rule;
            }
        }
        return null;
    }

    /**
     * The redex chosen by the strategy: leftmost-innermost (a redex with no redex below it, the leftmost such) when
     * {@code innermost}, else leftmost-outermost (the first redex in pre-order). At that position the first rule in
     * order that applies is used. Null when the term is in normal form.
     */
    public static Step nextStep(Term term, List<Rule> rules, boolean innermost) {
        return find(term, rules, innermost, new ArrayList<>());
    }

    private static Step find(Term term, List<Rule> rules, boolean innermost, List<Integer> here) {
        if (!innermost) {
            Rule rule = applicable(term, rules);
            if (rule != null) {
                return new Step(rule, here);
            }
        }
        for (int i = 0; i < term.args().size(); i++) {
            here.add(i + 1);
            Step step = find(term.args().get(i), rules, innermost, here);
            here.remove(here.size() - 1);
            if (step != null) {
                return step;
            }
        }
        if (innermost) {
            Rule rule = applicable(term, rules);
            if (rule != null) {
                return new Step(rule, here);
            }
        }
        return null;
    }

    /** Rewrites under the strategy until no rule applies, at most {@code maxSteps} steps and terms of {@code maxSize}. */
    public static Run normalise(Term term, List<Rule> rules, boolean innermost, int maxSteps, int maxSize) {
        List<Step> steps = new ArrayList<>();
        Term current = term;
        while (true) {
            Step step = nextStep(current, rules, innermost);
            if (step == null) {
                return new Run(current, steps, true);
            }
            if (steps.size() >= maxSteps) {
                return new Run(current, steps, false);
            }
            current = rewriteAt(current, step.rule(), step.position());
            steps.add(step);
            if (current.size() > maxSize) {
                return new Run(current, steps, false);
            }
        }
    }
}
