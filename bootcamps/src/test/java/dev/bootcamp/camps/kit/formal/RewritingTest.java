package dev.bootcamp.camps.kit.formal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rewrite steps, strategies and equational chains on hand-worked cases. */
class RewritingTest {
    private static final List<Rule> RULES = List.of(
            new Rule("r1", Terms.parse("f(X, Y)"), Terms.parse("X")),
            new Rule("r2", Terms.parse("g(X)"), Terms.parse("X")));

    @Test
    void innermostAndOutermostTakeDifferentRoutes() {
        Term start = Terms.parse("f(g(a), g(b))");
        // innermost: g(a) -> a, then g(b) -> b, then f(a, b) -> a
        Rewriting.Run inner = Rewriting.normalise(start, RULES, true, 100, 100);
        assertThat(inner.result().render()).isEqualTo("a");
        assertThat(inner.steps()).hasSize(3);
        assertThat(inner.steps().get(0).position()).containsExactly(1);
        assertThat(inner.steps().get(1).position()).containsExactly(2);
        // outermost: f(g(a), g(b)) -> g(a) -> a
        Rewriting.Run outer = Rewriting.normalise(start, RULES, false, 100, 100);
        assertThat(outer.result().render()).isEqualTo("a");
        assertThat(outer.steps()).hasSize(2);
        assertThat(outer.finished()).isTrue();
        assertThat(Rewriting.normalise(start, RULES, true, 1, 100).finished()).isFalse();
    }

    @Test
    void checksOneStepAtAPosition() {
        Rule identity = new Rule("A2", Terms.parse("m(e, X)"), Terms.parse("X"));
        Term before = Terms.parse("m(a, m(e, b))");
        assertThat(Rewriting.stepProblem(before, Terms.parse("m(a, b)"), identity, List.of(2))).isNull();
        assertThat(Rewriting.stepProblem(before, Terms.parse("m(a, b)"), identity, List.of())).contains("not an instance");
        assertThat(Rewriting.stepProblem(before, Terms.parse("m(b, b)"), identity, List.of(2))).contains("differ outside");
        assertThat(Rewriting.stepProblem(before, Terms.parse("m(a, b)"), identity, List.of(3))).contains("does not exist");
        // right to left, the introduced side may bind a variable freely: e = m(i(X), X) read backwards
        Rule inverse = new Rule("A4", Terms.parse("m(i(X), X)"), Terms.parse("e"));
        assertThat(Rewriting.stepProblem(Terms.parse("e"), Terms.parse("m(i(c), c)"), inverse.reversed(), List.of())).isNull();
        assertThat(Rewriting.stepProblem(Terms.parse("e"), Terms.parse("m(i(c), b)"), inverse.reversed(), List.of())).contains("not the matching instance");
    }

    @Test
    void acceptsAValidChainAndNamesTheFirstBadStep() {
        Theory monoid = Theory.all().get(0);
        Term left = Terms.parse("m(e, m(a, e))");
        Term right = Terms.parse("a");
        Chains.Chain good = Chains.parse("m(e, m(a, e))\nA2 -> root : m(a, e)\nA3 -> root : a");
        assertThat(Chains.problem(good, monoid, left, right)).isNull();
        assertThat(Chains.parse(Chains.render(good))).isEqualTo(good);
        Chains.Chain bad = Chains.parse("m(e, m(a, e))\nA2 -> 2 : m(e, a)\nA2 -> root : a");
        assertThat(Chains.problem(bad, monoid, left, right)).startsWith("step 1");
        Chains.Chain short_ = Chains.parse("m(e, m(a, e))\nA2 -> root : m(a, e)");
        assertThat(Chains.problem(short_, monoid, left, right)).contains("ends at m(a, e)");
        Chains.Chain unknown = Chains.parse("m(e, m(a, e))\nA9 -> root : m(a, e)");
        assertThat(Chains.problem(unknown, monoid, left, right)).contains("names no axiom");
    }
}
