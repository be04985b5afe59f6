package dev.bootcamp.camps.kit.formal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lexicographic path order, critical pairs and Datalog fixpoints on cases worked out by hand. */
class LpoAndCriticalPairsTest {
    private static Rule rule(String name, String left, String right) {
        return new Rule(name, Terms.parse(left), Terms.parse(right));
    }

    @Test
    void pathOrderFollowsThePrecedence() {
        Map<String, Integer> fOverG = Map.of("f", 2, "g", 1);
        Map<String, Integer> gOverF = Map.of("f", 1, "g", 2);
        assertThat(Lpo.greater(Terms.parse("f(X)"), Terms.parse("g(X)"), fOverG)).isTrue();
        assertThat(Lpo.greater(Terms.parse("f(X)"), Terms.parse("g(X)"), gOverF)).isFalse();
        // a proper subterm is always smaller; a variable not on the left never is
        assertThat(Lpo.greater(Terms.parse("f(f(X))"), Terms.parse("f(X)"), gOverF)).isTrue();
        assertThat(Lpo.greater(Terms.parse("f(X)"), Terms.parse("Y"), fOverG)).isFalse();
        // lexicographic case: g(X) > X at the first argument, and f(g(X), Y) > g(Y) needs f > g
        assertThat(Lpo.greater(Terms.parse("f(g(X), Y)"), Terms.parse("f(X, g(Y))"), fOverG)).isTrue();
        assertThat(Lpo.greater(Terms.parse("f(g(X), Y)"), Terms.parse("f(X, g(Y))"), gOverF)).isFalse();
        Map<String, Integer> peano = Map.of("add", 3, "s", 2, "0", 1);
        List<Rule> rules = List.of(rule("P1", "add(X, 0)", "X"), rule("P2", "add(X, s(Y))", "s(add(X, Y))"));
        assertThat(Lpo.unoriented(rules, peano)).isEqualTo(-1);
        assertThat(Lpo.unoriented(rules, Map.of("add", 1, "s", 3, "0", 2))).isEqualTo(1);
    }

    @Test
    void criticalPairsOfASelfOverlap() {
        // f(f(X)) -> g(X) overlaps itself at position 1: the peak f(f(f(X'))) gives g(f(X')) and f(g(X'))
        List<CriticalPairs.Overlap> overlaps = CriticalPairs.overlaps(List.of(rule("R1", "f(f(X))", "g(X)")));
        assertThat(overlaps).hasSize(1);
        CriticalPairs.Overlap overlap = overlaps.get(0);
        assertThat(overlap.position()).containsExactly(1);
        assertThat(overlap.peak().render()).isEqualTo("f(f(f(X_2)))");
        assertThat(overlap.outerResult().render()).isEqualTo("g(f(X_2))");
        assertThat(overlap.innerResult().render()).isEqualTo("f(g(X_2))");
        // rules whose left sides cannot meet have none
        assertThat(CriticalPairs.overlaps(List.of(rule("R1", "f(a)", "b"), rule("R2", "g(X)", "X")))).isEmpty();
    }

    @Test
    void datalogReachesTheTransitiveClosure() {
        Set<Term> facts = Set.of(Terms.parse("edge(a, b)"), Terms.parse("edge(b, c)"));
        List<Datalog.Clause> rules = List.of(
                new Datalog.Clause(Terms.parse("path(X, Y)"), List.of(Terms.parse("edge(X, Y)"))),
                new Datalog.Clause(Terms.parse("path(X, Z)"), List.of(Terms.parse("path(X, Y)"), Terms.parse("edge(Y, Z)"))));
        Datalog.Fixpoint fixpoint = Datalog.fixpoint(facts, rules, 100);
        assertThat(Datalog.facts(fixpoint.facts(), "path")).extracting(Term::render).containsExactly("path(a, b)", "path(a, c)", "path(b, c)");
        assertThat(fixpoint.rounds()).isEqualTo(2);
    }
}
