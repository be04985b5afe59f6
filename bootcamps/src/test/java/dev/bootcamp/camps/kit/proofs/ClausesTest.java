package dev.bootcamp.camps.kit.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClausesTest {
    private static final List<String> NAMES = List.of("P", "Q", "R");

    private static long clause(String text) {
        return Clauses.mask(Clauses.literals(text), NAMES);
    }

    @Test
    void resolventsDropTheClashingPair() {
        long first = clause("P ∨ Q");
        long second = clause("¬P ∨ R");
        assertThat(Clauses.clashes(first, second)).isEqualTo(1L);
        assertThat(Clauses.render(Clauses.resolve(first, second, 0), NAMES)).isEqualTo("Q ∨ R");
        assertThat(Clauses.clashes(clause("P ∨ Q"), clause("P ∨ R"))).isZero();
    }

    @Test
    void literalsAreReadInAnyOrderAndSpelling() {
        assertThat(Clauses.literals("~R | P, -Q")).containsExactly("P", "¬Q", "¬R");
        assertThat(Clauses.literals("□")).isEmpty();
        assertThatThrownBy(() -> Clauses.literals("P ∨ q")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void theRupTestFollowsUnitPropagation() {
        // P ∨ Q, ¬P ∨ Q, ¬Q ∨ R: assuming ¬Q forces P and ¬P, so Q passes; R passes via Q; ¬R does not.
        List<Long> clauses = List.of(clause("P ∨ Q"), clause("¬P ∨ Q"), clause("¬Q ∨ R"));
        assertThat(Clauses.propagatesToConflict(clauses, clause("Q"))).isTrue();
        assertThat(Clauses.propagatesToConflict(clauses, clause("R"))).isTrue();
        assertThat(Clauses.propagatesToConflict(clauses, clause("¬R"))).isFalse();
        assertThat(Clauses.propagatesToConflict(clauses, 0)).isFalse();
    }

    @Test
    void refutationsEndInTheEmptyClauseWithValidSteps() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20; i++) {
            List<Long> clauses = Resolution.unsatInstance(5, 3, 2, random);
            assertThat(Clauses.unsatisfiable(clauses, 5)).isTrue();
            List<Resolution.Step> steps = Resolution.refute(clauses, 3, random);
            List<Long> known = new java.util.ArrayList<>(clauses);
            for (Resolution.Step step : steps) {
                long first = known.get(step.first());
                long second = known.get(step.second());
                long clash = Clauses.clashes(first, second);
                assertThat(Long.bitCount(clash)).isEqualTo(1);
                assertThat(Clauses.resolve(first, second, Long.numberOfTrailingZeros(clash))).isEqualTo(step.clause());
                known.add(step.clause());
            }
            assertThat(steps.get(steps.size() - 1).clause()).isZero();
        }
    }
}
