package dev.bootcamp.camps.kit.formal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The lexicographic path order on first-order terms for a precedence given as ranks (a greater rank is a greater
 * symbol), and random rewrite systems it orients (and so proves terminating). Meant for small terms: the recursion
 * follows the definition and is exponential in the worst case.
 */
public final class Lpo {
    private Lpo() {}

    /**
     * Whether {@code s >lpo t}: s is not a variable and (a) t is a variable occurring in s, or (b) some argument of s
     * equals t or is greater than t, or (c) the head of s is greater than the head of t and s is greater than every
     * argument of t, or (d) the heads are equal, s is greater than every argument of t and the arguments compare
     * lexicographically (the first differing argument of s is greater).
     */
    public static boolean greater(Term s, Term t, Map<String, Integer> rank) {
        if (s.variable()) {
            return false;
        }
        if (t.variable()) {
            return s.occurs(t.symbol());
        }
        for (Term arg : s.args()) {
            if (arg.equals(t) || greater(arg, t, rank)) {
                return true;
            }
        }
        int f = rank.getOrDefault(s.symbol(), -1);
        int g = rank.getOrDefault(t.symbol(), -1);
        if (s.symbol().equals(t.symbol()) && s.args().size() == t.args().size()) {
            for (int i = 0; i < s.args().size(); i++) {
                if (!s.args().get(i).equals(t.args().get(i))) {
                    return greater(s.args().get(i), t.args().get(i), rank) && dominates(s, t, rank);
                }
            }
            return false;
        }
        return f > g && dominates(s, t, rank);
    }

    private static boolean dominates(Term s, Term t, Map<String, Integer> rank) {
        for (Term arg : t.args()) {
            if (!greater(s, arg, rank)) {
                return false;
            }
        }
        return true;
    }

    /** The first rule (by index) whose left side is not LPO-greater than its right side, or -1 when all are oriented. */
    public static int unoriented(List<Rule> rules, Map<String, Integer> rank) {
        for (int i = 0; i < rules.size(); i++) {
            if (!greater(rules.get(i).left(), rules.get(i).right(), rank)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A random rule over the signature oriented by the precedence: a left side of depth 2..{@code depth} that is not a
     * variable, and a right side of depth at most {@code depth} whose variables occur on the left; null after a few
     * failed tries.
     */
    public static Rule randomRule(String name, Signature signature, int depth, List<String> variables, Map<String, Integer> rank, RandomGenerator random) {
        for (int attempt = 0; attempt < 40; attempt++) {
            Term left = signature.randomTerm(2 + random.nextInt(Math.max(1, depth - 1)), variables, 0.5, 0.6, random);
            List<String> usable = new ArrayList<>(left.variables());
            Term right = signature.randomTerm(1 + random.nextInt(depth), usable, usable.isEmpty() ? 0 : 0.5, 0.5, random);
            if (!right.variables().stream().allMatch(usable::contains) || left.equals(right)) {
                continue;
            }
            if (greater(left, right, rank)) {
                return new Rule(name, left, right);
            }
        }
        return null;
    }
}
