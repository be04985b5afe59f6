package dev.bootcamp.camps.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.kit.formal.Formula;
import dev.bootcamp.camps.kit.formal.Positions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Modal and temporal evaluation, and the anti-unifier, on models worked out by hand. */
class FormalEvaluationTest {
    private static final Formula P = Formula.atom("p");
    private static final Formula Q = Formula.atom("q");

    @Test
    void boxAndDiamondFollowTheArrows() {
        // w1 -> w2, w3; w2 -> w2; w3 -> nothing. p true at w2 only.
        List<Long> successors = List.of(0b110L, 0b010L, 0L);
        List<Long> letters = List.of(0L, 1L, 0L);
        List<String> atoms = List.of("p");
        assertThat(ModalKripkeEvalBootcamp.evaluate(Formula.unary("<>", P), successors, letters, atoms, 3)).isEqualTo(0b011L);
        // []p: w1 sees w3 where p fails; w2 sees only w2; w3 sees nothing, so it holds vacuously
        assertThat(ModalKripkeEvalBootcamp.evaluate(Formula.unary("[]", P), successors, letters, atoms, 3)).isEqualTo(0b110L);
        assertThat(ModalKripkeEvalBootcamp.evaluate(Formula.binary("->", P, Formula.unary("~", P)), successors, letters, atoms, 3)).isEqualTo(0b101L);
    }

    @Test
    void temporalOperatorsStopAtTheEndOfTheTrace() {
        // steps 1..4: p, p q, (nothing), q
        List<Integer> trace = List.of(0b01, 0b11, 0b00, 0b10);
        assertThat(LtlTracePositionsBootcamp.evaluate(Formula.unary("X", Q), trace)).containsExactly(true, false, true, false);
        assertThat(LtlTracePositionsBootcamp.evaluate(Formula.unary("G", Formula.unary("F", Q)), trace)).containsExactly(true, true, true, true);
        assertThat(LtlTracePositionsBootcamp.evaluate(Formula.unary("G", P), trace)).containsExactly(false, false, false, false);
        // p U q: step 1 (p until q at 2), step 2 (q), step 3 fails (no p, no q), step 4 (q)
        assertThat(LtlTracePositionsBootcamp.evaluate(Formula.binary("U", P, Q), trace)).containsExactly(true, true, false, true);
        assertThat(Formula.binary("U", P, Formula.unary("X", Q)).render()).isEqualTo("(p U X q)");
    }

    @Test
    void readsPlaceSets() {
        assertThat(Positions.codec("w", 1).parse("{w3, w1}")).containsExactly(0, 2);
        assertThat(Positions.codec("", 1).parse("none")).isEmpty();
        assertThatThrownBy(() -> Positions.codec("w", 1).parse("w1 w1")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Positions.codec("w", 1).parse("x1")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void generalisesWithOneVariablePerDifferingPair() {
        var terms = List.of(dev.bootcamp.camps.kit.formal.Terms.parse("f(g(a), a, h(b))"), dev.bootcamp.camps.kit.formal.Terms.parse("f(g(b), b, h(b))"));
        assertThat(AntiUnificationBootcamp.generalise(terms).render()).isEqualTo("f(g(X1), X1, h(b))");
    }
}
