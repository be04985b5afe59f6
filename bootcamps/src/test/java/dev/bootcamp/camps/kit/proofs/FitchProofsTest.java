package dev.bootcamp.camps.kit.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FitchProofsTest {
    private static final List<Prop> MODUS_TOLLENS = List.of(PropParser.parse("P -> Q"), PropParser.parse("~Q"));

    private static String check(List<Prop> premises, String goal, String proof) {
        return FitchProofs.check(premises, PropParser.parse(goal), FitchProofs.parse(proof));
    }

    @Test
    void aHandWrittenModusTollensProofChecks() {
        String proof = """
                1. P → Q ; Premise
                2. ¬Q ; Premise
                3. | P ; Assume
                4. | Q ; →E 1, 3
                5. | ⊥ ; ¬E 2, 4
                6. ¬P ; ¬I 3-5
                """;
        assertThat(check(MODUS_TOLLENS, "¬P", proof)).isNull();
    }

    @Test
    void asciiSpellingsAreRead() {
        String proof = "1. P -> Q ; premise\n2. ~Q ; pr\n3. | P ; assume\n4. | Q ; MP 3, 1\n5. | _|_ ; ~E 4, 2\n6. ~P ; ~I 3-5";
        assertThat(check(MODUS_TOLLENS, "~P", proof)).isNull();
    }

    @Test
    void aWrongRuleIsNamedWithItsLine() {
        String proof = "1. P → Q ; Premise\n2. ¬Q ; Premise\n3. | P ; Assume\n4. | Q ; →E 1, 2\n5. | ⊥ ; ¬E 2, 4\n6. ¬P ; ¬I 3-5";
        assertThat(check(MODUS_TOLLENS, "¬P", proof)).startsWith("line 4:");
    }

    @Test
    void aLineInsideAnEndedSubproofCannotBeCited() {
        // Line 3 is inside the subproof 2-3, which has ended by line 5.
        String proof = "1. P ∧ Q ; Premise\n2. | R ; Assume\n3. | P ; ∧E 1\n4. R → P ; →I 2-3\n5. P ∨ R ; ∨I 3";
        assertThat(check(List.of(PropParser.parse("P ∧ Q")), "P ∨ R", proof)).startsWith("line 5:").contains("cannot be cited");
    }

    @Test
    void aSubproofThatIsStillOpenCannotBeDischarged() {
        String proof = "1. | P ; Assume\n2. | P → P ; →I 1-1\n3. P → P ; R 2";
        assertThat(check(List.of(), "P → P", proof)).startsWith("line 2:");
    }

    @Test
    void theProofMustEndWithTheConclusionOutsideSubproofs() {
        assertThat(check(MODUS_TOLLENS, "¬P", "1. P → Q ; Premise\n2. | P ; Assume\n3. | Q ; →E 1, 2")).contains("inside a subproof");
        assertThat(check(MODUS_TOLLENS, "¬P", "1. P → Q ; Premise")).contains("not the conclusion");
    }

    @Test
    void aSecondAssumptionAtTheSameLevelStartsASiblingSubproof() {
        String proof = """
                1. P ∨ Q ; Premise
                2. | P ; Assume
                3. | Q ∨ P ; ∨I 2
                4. | Q ; Assume
                5. | Q ∨ P ; ∨I 4
                6. Q ∨ P ; ∨E 1, 2-3, 4-5
                """;
        assertThat(check(List.of(PropParser.parse("P ∨ Q")), "Q ∨ P", proof)).isNull();
        // Citing line 2 from inside the second subproof is out of scope.
        String leaky = proof.replace("5. | Q ∨ P ; ∨I 4", "5. | Q ∨ P ; ∨I 2");
        assertThat(check(List.of(PropParser.parse("P ∨ Q")), "Q ∨ P", leaky)).startsWith("line 5:");
    }

    @Test
    void malformedLinesAreFormatErrors() {
        assertThatThrownBy(() -> FitchProofs.parse("1. P ∧ Q Premise")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> FitchProofs.parse("1. P ∧ Q ; Magic 1")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> FitchProofs.parse("2. P ; Premise")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> FitchProofs.parse("1. " + "(".repeat(500) + "P ; Premise")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void theProverWritesProofsTheCheckerAccepts() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 30; i++) {
            FitchSequents.Sequent sequent = FitchSequents.random(3, 2, 2, 2, 60, random);
            assertThat(FitchProofs.check(sequent.premiseFormulas(), sequent.conclusionFormula(), sequent.proof())).isNull();
            assertThat(FitchProofs.parse(FitchProofs.write(sequent.proof()))).isEqualTo(sequent.proof());
        }
    }

    @Test
    void theProverFindsExcludedMiddleByIndirectProof() {
        List<FitchLine> proof = FitchProver.prove(List.of(), PropParser.parse("P ∨ ¬P"), 100, 6);
        assertThat(proof).isNotNull();
        assertThat(FitchProofs.check(List.of(), PropParser.parse("P ∨ ¬P"), proof)).isNull();
    }
}
