package dev.bootcamp.camps.kit.formal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Positive Datalog: ground facts as {@link Term}s such as {@code edge(a, b)}, rules whose head and body atoms use
 * upper-case variables, and the least fixpoint by naive rounds (every rule against every fact known, until a round adds
 * nothing). Meant for small programs: a round joins each rule body by backtracking over the facts.
 */
public final class Datalog {
    /** Facts in a fixed order: by rendered text. */
    public static final Comparator<Term> ORDER = Comparator.comparing(Term::render);

    private Datalog() {}

    /** A rule {@code head :- body1, ..., bodyn}. */
    public record Clause(Term head, List<Term> body) {
        public Clause {
            body = List.copyOf(body);
        }

        public String render() {
            List<String> parts = new ArrayList<>();
            body.forEach(atom -> parts.add(atom.render()));
            return head.render() + " :- " + String.join(", ", parts) + ".";
        }
    }

    /** The least fixpoint and the number of rounds that added facts. */
    public record Fixpoint(Set<Term> facts, int rounds) {}

    /** The least fixpoint of the facts under the rules, stopping (unfinished) after {@code maxFacts} facts. */
    public static Fixpoint fixpoint(Set<Term> facts, List<Clause> rules, int maxFacts) {
        Set<Term> known = new HashSet<>(facts);
        Map<String, List<Term>> byPredicate = new HashMap<>();
        facts.stream().sorted(ORDER).forEach(fact -> byPredicate.computeIfAbsent(fact.symbol(), k -> new ArrayList<>()).add(fact));
        int rounds = 0;
        while (known.size() <= maxFacts) {
            List<Term> derived = new ArrayList<>();
            for (Clause rule : rules) {
                join(rule, 0, new HashMap<>(), byPredicate, derived);
            }
            boolean added = false;
            for (Term fact : derived) {
                if (known.add(fact)) {
                    byPredicate.computeIfAbsent(fact.symbol(), k -> new ArrayList<>()).add(fact);
                    added = true;
                }
            }
            if (!added) {
                break;
            }
            rounds++;
        }
        Set<Term> sorted = new TreeSet<>(ORDER);
        sorted.addAll(known);
        return new Fixpoint(sorted, rounds);
    }

    private static void join(Clause rule, int at, Map<String, Term> binding, Map<String, List<Term>> byPredicate, List<Term> derived) {
        if (at == rule.body().size()) {
            derived.add(rule.head().substitute(binding));
            return;
        }
        List<Term> candidates = byPredicate.getOrDefault(rule.body().get(at).symbol(), List.of());
        for (int k = 0, size = candidates.size(); k < size; k++) {
            Map<String, Term> extended = new HashMap<>(binding);
            if (Terms.match(rule.body().get(at), candidates.get(k), extended)) {
                join(rule, at + 1, extended, byPredicate, derived);
            }
        }
    }

    /** The facts with predicate {@code predicate}, in order. */
    public static List<Term> facts(Set<Term> facts, String predicate) {
        return facts.stream().filter(fact -> fact.symbol().equals(predicate)).sorted(ORDER).toList();
    }
}
