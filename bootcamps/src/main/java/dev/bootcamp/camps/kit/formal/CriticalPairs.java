package dev.bootcamp.camps.kit.formal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Critical pairs of a rewrite system: where the left side of one rule (the inner one) unifies with a non-variable
 * subterm of another's left side (the outer one, renamed apart), the most general common instance is a peak that
 * rewrites two ways. An overlap of a rule with itself at the root is left out.
 */
public final class CriticalPairs {
    private CriticalPairs() {}

    /** The peak, the outer rule applied at its root ({@code outerResult}), and the inner rule at {@code position}. */
    public record Overlap(Rule outer, Rule inner, List<Integer> position, Term peak, Term outerResult, Term innerResult) {
        public Overlap {
            position = List.copyOf(position);
        }
    }

    /** Every overlap, outer rule by outer rule, positions in pre-order, inner rules in order. */
    public static List<Overlap> overlaps(List<Rule> rules) {
        List<Overlap> found = new ArrayList<>();
        for (Rule outer : rules) {
            for (List<Integer> position : outer.left().positions()) {
                Term here = outer.left().at(position);
                if (here.variable()) {
                    continue;
                }
                for (Rule inner : rules) {
                    if (inner == outer && position.isEmpty()) {
                        continue;
                    }
                    Rule renamed = apart(inner);
                    Map<String, Term> unifier = Terms.unify(here, renamed.left());
                    if (unifier == null) {
                        continue;
                    }
                    Term peak = outer.left().substitute(unifier);
                    found.add(new Overlap(outer, inner, position, peak, outer.right().substitute(unifier),
                            peak.replace(position, renamed.right().substitute(unifier))));
                }
            }
        }
        return found;
    }

    /** The rule with each variable V renamed V_2, so that it shares no variable with the rules as written. */
    static Rule apart(Rule rule) {
        Map<String, Term> renaming = new HashMap<>();
        for (String name : rule.left().variables()) {
            renaming.put(name, Term.var(name + "_2"));
        }
        for (String name : rule.right().variables()) {
            renaming.put(name, Term.var(name + "_2"));
        }
        return new Rule(rule.name(), rule.left().substitute(renaming), rule.right().substitute(renaming));
    }
}
