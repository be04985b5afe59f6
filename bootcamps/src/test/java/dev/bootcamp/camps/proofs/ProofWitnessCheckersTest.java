package dev.bootcamp.camps.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.proofs.Clauses;
import dev.bootcamp.camps.kit.proofs.FitchLine;
import dev.bootcamp.camps.kit.proofs.FitchProofs;
import dev.bootcamp.camps.kit.proofs.FitchProofs.Justification;
import dev.bootcamp.camps.kit.proofs.FitchSequents.Sequent;
import dev.bootcamp.camps.kit.proofs.Gates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checkers of the proof-witness bootcamps on hand-made cases whose verdicts were worked out by hand. */
class ProofWitnessCheckersTest {
    private static final Sequent MODUS_TOLLENS = new Sequent(List.of("P → Q", "¬Q"), "¬P", FitchProofs.parse("""
            1. P → Q ; Premise
            2. ¬Q ; Premise
            3. | P ; Assume
            4. | Q ; →E 1, 3
            5. | ⊥ ; ¬E 2, 4
            6. ¬P ; ¬I 3-5
            """));

    private static <P, A> Score score(dev.bootcamp.api.Bootcamp<P, A> bootcamp, P puzzle, String answer) {
        return bootcamp.check(puzzle, bootcamp.parse(answer));
    }

    @Test
    void fitchAuditAcceptsAnyRepairOfTheFaultyLineOnly() {
        FitchAuditBootcamp audit = new FitchAuditBootcamp();
        FitchAuditBootcamp.Puzzle puzzle = new FitchAuditBootcamp.Puzzle(MODUS_TOLLENS, 3, new Justification("→E", List.of("1", "2")));
        assertThat(score(audit, puzzle, "4. →E 1, 3").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(score(audit, puzzle, "4. MP 3, 1").verdict()).isEqualTo(Verdict.CORRECT);
        Score shown = score(audit, puzzle, "4. →E 1, 2");
        assertThat(shown.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(shown.detail()).contains("line 4:");
        // Re-justifying a line that was fine leaves line 4 faulty.
        assertThat(score(audit, puzzle, "5. ¬E 4, 2").detail()).contains("line 4:");
        assertThat(score(audit, puzzle, "9. R 1").verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void fitchFillChecksEveryRestoredJustification() {
        FitchFillBootcamp fill = new FitchFillBootcamp();
        FitchFillBootcamp.Puzzle puzzle = new FitchFillBootcamp.Puzzle(MODUS_TOLLENS);
        assertThat(score(fill, puzzle, "1. Premise\n2. Premise\n3. Assume\n4. →E 1, 3\n5. ¬E 2, 4\n6. ¬I 3-5").verdict()).isEqualTo(Verdict.CORRECT);
        Score slip = score(fill, puzzle, "1. Premise\n2. Premise\n3. Assume\n4. →E 1, 3\n5. ¬E 1, 4\n6. ¬I 3-5");
        assertThat(slip.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(slip.detail()).startsWith("line 5:");
        assertThat(score(fill, puzzle, "1. Premise\n2. Premise\n3. Assume\n4. →E 1, 3\n5. ¬E 2, 4").detail()).contains("expected 6");
    }

    @Test
    void nandCircuitMustMatchTheFormulaWithinBudget() {
        NandCircuitBootcamp nand = new NandCircuitBootcamp();
        NandCircuitBootcamp.Puzzle puzzle = new NandCircuitBootcamp.Puzzle("A ∧ B", List.of("A", "B"),
                Gates.parse("g1 = NAND(A, B)\ng2 = NAND(g1, g1)", List.of("NAND"), List.of("A", "B")));
        assertThat(score(nand, puzzle, "g1 = NAND(B, A)\ng2 = NAND(g1, g1)").verdict()).isEqualTo(Verdict.CORRECT);
        Score negated = score(nand, puzzle, "g1 = NAND(A, B)");
        assertThat(negated.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(negated.detail()).contains("A=0 B=0");
        assertThat(score(nand, puzzle, "g1 = NAND(A, B)\ng2 = NAND(g1, g1)\ng3 = NAND(g2, g2)\ng4 = NAND(g3, g3)").detail()).contains("budget");
    }

    @Test
    void circuitDifferenceWantsExactlyTheDisagreeingSettings() {
        CircuitDifferenceBootcamp difference = new CircuitDifferenceBootcamp();
        List<String> inputs = List.of("A", "B", "C");
        List<String> types = List.of("AND", "OR", "XOR");
        // AND(A, B) and OR(A, B) disagree exactly when A and B differ, whatever C is.
        CircuitDifferenceBootcamp.Puzzle puzzle = new CircuitDifferenceBootcamp.Puzzle(inputs,
                Gates.parse("g1 = AND(A, B)\ng2 = XOR(g1, C)", types, inputs), Gates.parse("g1 = OR(A, B)\ng2 = XOR(g1, C)", types, inputs));
        assertThat(score(difference, puzzle, "101, 010, 011, 100").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(score(difference, puzzle, "010, 011, 100").detail()).contains("101");
        assertThat(score(difference, puzzle, "010, 011, 100, 101, 111").detail()).contains("agree on 111");
    }

    @Test
    void argumentCountermodelNeedsTruePremisesAndAFalseConclusion() {
        ArgumentCountermodelBootcamp countermodel = new ArgumentCountermodelBootcamp();
        ArgumentCountermodelBootcamp.Puzzle puzzle = new ArgumentCountermodelBootcamp.Puzzle(List.of("P", "Q", "R"),
                List.of("P → Q", "Q → R"), "R → P", 1);
        assertThat(score(countermodel, puzzle, "P=F, Q=T, R=T").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(score(countermodel, puzzle, "p=false, q=false, r=true").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(score(countermodel, puzzle, "P=T, Q=T, R=T").detail()).contains("conclusion");
        assertThat(score(countermodel, puzzle, "P=T, Q=F, R=F").detail()).contains("premise 1");
        assertThat(score(countermodel, puzzle, "P=F, Q=T").detail()).contains("no value for R");
    }

    @Test
    void theReferenceProofOfTheHandCaseChecks() {
        List<FitchLine> proof = MODUS_TOLLENS.proof();
        assertThat(FitchProofs.check(MODUS_TOLLENS.premiseFormulas(), MODUS_TOLLENS.conclusionFormula(), proof)).isNull();
    }
    @Test
    void minimalDnfNeedsEquivalenceShapeAndTheMinimumCount() {
        MinimalDnfBootcamp dnf = new MinimalDnfBootcamp();
        MinimalDnfBootcamp.Puzzle puzzle = new MinimalDnfBootcamp.Puzzle("A → (B ∧ C)", List.of("A", "B", "C"), "¬A ∨ (B ∧ C)", 2);
        assertThat(score(dnf, puzzle, "(B ∧ C) ∨ ¬A").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(score(dnf, puzzle, "¬A ∨ B").detail()).contains("not equivalent");
        assertThat(score(dnf, puzzle, "¬A ∨ (A ∧ B ∧ C)").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(score(dnf, puzzle, "¬A ∨ (B ∧ C) ∨ (¬A ∧ B)").detail()).contains("3 terms");
        assertThat(score(dnf, puzzle, "A → (B ∧ C)").detail()).contains("not a DNF");
        assertThat(score(dnf, puzzle, "¬(A ∧ ¬B) ∨ (B ∧ C)").detail()).contains("not a DNF");
    }
    @Test
    void davisPutnamEliminationReplaysTheRuleAndDropsTautologies() {
        DavisPutnamEliminationBootcamp elimination = new DavisPutnamEliminationBootcamp();
        long p = Clauses.literal(0, false);
        long notP = Clauses.literal(0, true);
        long q = Clauses.literal(1, false);
        long notQ = Clauses.literal(1, true);
        long r = Clauses.literal(2, false);
        long notR = Clauses.literal(2, true);
        // Eliminating P from P ∨ Q, ¬P ∨ R, ¬P ∨ ¬Q, ¬R: resolvents Q ∨ R and Q ∨ ¬Q (a tautology, dropped); ¬R stays.
        DavisPutnamEliminationBootcamp.Puzzle puzzle = new DavisPutnamEliminationBootcamp.Puzzle(List.of("P", "Q", "R"),
                List.of(p | q, notP | r, notP | notQ, notR), List.of(0));
        assertThat(score(elimination, puzzle, "R ∨ Q\n¬R").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(score(elimination, puzzle, "Q ∨ R").detail()).contains("missing the clause ¬R");
        assertThat(score(elimination, puzzle, "Q ∨ R; ¬R; Q ∨ ¬Q").detail()).contains("Q ∨ ¬Q");
    }
}
