package dev.bootcamp.camps.kit.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.kit.proofs.FitchProofs.Justification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Justifications read on their own, as the fill-in and repair tasks do, and proofs completed from them. */
class FitchJustificationTest {
    private static final List<Prop> PREMISES = List.of(PropParser.parse("P → Q"), PropParser.parse("¬Q"));
    private static final int[] DEPTHS = {0, 0, 1, 1, 1, 0};
    private static final List<String> FORMULAS = List.of("P → Q", "¬Q", "P", "Q", "⊥", "¬P");

    private static String complete(String... justifications) {
        List<FitchLine> lines = new ArrayList<>();
        for (int i = 0; i < justifications.length; i++) {
            Justification step = FitchProofs.parseJustification(justifications[i], i + 1);
            lines.add(new FitchLine(DEPTHS[i], FORMULAS.get(i), step.rule(), step.citations()));
        }
        return FitchProofs.check(PREMISES, PropParser.parse("¬P"), lines);
    }

    @Test
    void rulesAndCitationsAreReadInCanonicalForm() {
        Justification step = FitchProofs.parseJustification(" or-e 1, 2-3, 4–5 ", 6);
        assertThat(step).isEqualTo(new Justification(FitchRules.OR_ELIM, List.of("1", "2-3", "4-5")));
        assertThat(step.write()).isEqualTo("∨E 1, 2-3, 4-5");
        // A one-line subproof is still written as a range.
        assertThat(FitchProofs.parseJustification("->I 3", 4).citations()).containsExactly("3-3");
        assertThat(FitchProofs.parseJustification("Premise", 1).write()).isEqualTo("Premise");
    }

    @Test
    void correctJustificationsCompleteTheProof() {
        assertThat(complete("Premise", "Premise", "Assume", "→E 1, 3", "¬E 2, 4", "¬I 3-5")).isNull();
        assertThat(complete("pr", "premise", "assume", "MP 3, 1", "~E 4, 2", "~I 3-5")).isNull();
    }

    @Test
    void oneWrongJustificationIsNamedByItsLine() {
        assertThat(complete("Premise", "Premise", "Assume", "→E 1, 2", "¬E 2, 4", "¬I 3-5")).startsWith("line 4:");
        assertThat(complete("Premise", "Premise", "Assume", "→E 1, 3", "¬E 2, 4", "IP 3-5")).startsWith("line 6:");
        assertThat(complete("Premise", "Premise", "Assume", "→E 1, 3", "¬E 2, 4", "¬I 3-4")).startsWith("line 6:");
    }

    @Test
    void unknownRulesAndBadCitationsAreFormatErrors() {
        assertThatThrownBy(() -> FitchProofs.parseJustification("magic 1", 3)).isInstanceOf(AnswerFormatException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> FitchProofs.parseJustification("∧E one", 3)).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> FitchProofs.parseJustification("", 3)).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void theSchemeTableNamesEveryRule() {
        for (String rule : FitchRules.ALL) {
            assertThat(FitchRules.schemes()).contains("  " + rule + " ");
        }
    }
}
