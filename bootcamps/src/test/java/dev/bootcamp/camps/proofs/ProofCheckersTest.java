package dev.bootcamp.camps.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.formal.Rule;
import dev.bootcamp.camps.kit.formal.Signature;
import dev.bootcamp.camps.kit.formal.Term;
import dev.bootcamp.camps.kit.formal.Terms;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The new proof checkers on hand-made puzzles: a correct proof passes, a proof with one bad step fails naming it. */
class ProofCheckersTest {
    private static Rule rule(String name, String left, String right) {
        return new Rule(name, Terms.parse(left), Terms.parse(right));
    }

    @Test
    void peanoChainsAreReplayedStepByStep() {
        PeanoArithmeticProofBootcamp camp = new PeanoArithmeticProofBootcamp();
        Term left = Terms.parse("add(s(0), s(0))");
        Term two = Terms.parse("s(s(0))");
        PeanoArithmeticProofBootcamp.Puzzle puzzle = new PeanoArithmeticProofBootcamp.Puzzle(left, two, List.of());
        // 1 + 1 = s(1 + 0) = s(1) = 2
        String good = "add(s(0), s(0))\nP2 -> root : s(add(s(0), 0))\nP1 -> 1 : s(s(0))";
        assertThat(camp.check(puzzle, camp.parse(good)).passed()).isTrue();
        String badAxiom = "add(s(0), s(0))\nP2 -> root : s(add(s(0), 0))\nP3 -> 1 : s(s(0))";
        Score score = camp.check(puzzle, camp.parse(badAxiom));
        assertThat(score.passed()).isFalse();
        assertThat(score.detail()).startsWith("step 2 (P3 ->)");
        String badPosition = "add(s(0), s(0))\nP2 -> root : s(add(s(0), 0))\nP1 -> root : s(s(0))";
        assertThat(camp.check(puzzle, camp.parse(badPosition)).detail()).startsWith("step 2");
        // backwards steps are allowed: 2 <- 1 + 1
        PeanoArithmeticProofBootcamp.Puzzle reverse = new PeanoArithmeticProofBootcamp.Puzzle(two, left, List.of());
        String back = "s(s(0))\nP1 <- 1 : s(add(s(0), 0))\nP2 <- root : add(s(0), s(0))";
        assertThat(camp.check(reverse, camp.parse(back)).passed()).isTrue();
    }

    @Test
    void nonConfluenceWitnessesAreReplayed() {
        NonConfluenceWitnessBootcamp camp = new NonConfluenceWitnessBootcamp();
        Signature signature = new Signature(List.of("f", "g", "a", "b"), List.of(1, 1, 0, 0));
        // f(g(X)) -> a and g(b) -> b: f(g(b)) goes to a, or to f(b), both normal
        List<Rule> rules = List.of(rule("R1", "f(g(X))", "a"), rule("R2", "g(b)", "b"));
        NonConfluenceWitnessBootcamp.Puzzle puzzle = new NonConfluenceWitnessBootcamp.Puzzle(signature, rules, null, 0);
        assertThat(camp.check(puzzle, camp.parse("term: f(g(b))\nfirst: R1 at root\nsecond: R2 at 1")).passed()).isTrue();
        Score wrongPlace = camp.check(puzzle, camp.parse("term: f(g(b))\nfirst: R1 at root\nsecond: R2 at root"));
        assertThat(wrongPlace.detail()).isEqualTo("second sequence, step 1: R2 does not apply at root of f(g(b))");
        Score notNormal = camp.check(puzzle, camp.parse("term: f(g(b))\nfirst: R1 at root\nsecond: none"));
        assertThat(notNormal.detail()).startsWith("second sequence ends at f(g(b)), not a normal form");
        Score same = camp.check(puzzle, camp.parse("term: f(g(b))\nfirst: R1 at root\nsecond: R1 at root"));
        assertThat(same.detail()).startsWith("both sequences end in the same normal form");
    }

    @Test
    void lpoPrecedenceNamesTheUnorientedRule() {
        LpoPrecedenceBootcamp camp = new LpoPrecedenceBootcamp();
        Signature signature = new Signature(List.of("f", "g", "a"), List.of(1, 1, 0));
        List<Rule> rules = List.of(rule("R1", "f(X)", "g(X)"), rule("R2", "g(a)", "a"));
        LpoPrecedenceBootcamp.Puzzle puzzle = new LpoPrecedenceBootcamp.Puzzle(signature, rules, List.of("f", "g", "a"), 1);
        assertThat(camp.check(puzzle, camp.parse("f > g > a")).passed()).isTrue();
        assertThat(camp.check(puzzle, camp.parse("g > f > a")).detail()).startsWith("rule R1 is not oriented");
        assertThat(camp.check(puzzle, camp.parse("f > g")).detail()).startsWith("the precedence must list all 3 symbols");
        assertThat(camp.check(puzzle, camp.parse("f > g > z")).passed()).isFalse();
    }

    @Test
    void loopInvariantsAreCheckedOnEveryState() {
        LoopInvariantBootcamp camp = new LoopInvariantBootcamp();
        // {i = 0 & n >= 0 & x = 1} while (i < n) { i := i + 1; x := x + 2; } {x = 1 + 2 * n}
        LoopInvariantBootcamp.Puzzle puzzle = new LoopInvariantBootcamp.Puzzle(List.of("i", "n"), List.of("x"),
                "i = 0 & n >= 0 & x = 1", "i < n", List.of("i", "x"), List.of("i + 1", "x + 2"), "x = 1 + 2 * n", "(i <= n) & (x = 1 + 2 * i)");
        assertThat(camp.check(puzzle, camp.parse("i <= n & x = 2 * i + 1")).passed()).isTrue();
        // without i <= n the loop may stop past n
        assertThat(camp.check(puzzle, camp.parse("x = 2 * i + 1")).detail()).startsWith("condition 3 fails");
        assertThat(camp.check(puzzle, camp.parse("i <= n & x = 2 * i + 1 & n < 3")).detail()).startsWith("condition 1 fails");
        assertThat(camp.check(puzzle, camp.parse("i <= n & x >= 1 & x <= 2 * i + 1")).detail()).startsWith("condition 3 fails");
        assertThat(camp.check(puzzle, camp.parse("i <= n & x = 2 * i + 1 & x < 9")).detail()).startsWith("condition 2 fails");
        assertThat(camp.check(puzzle, camp.parse("i <= n & z = 0")).detail()).contains("not a variable");
    }
}
