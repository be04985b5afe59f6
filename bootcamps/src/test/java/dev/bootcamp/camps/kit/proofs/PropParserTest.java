package dev.bootcamp.camps.kit.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropParserTest {
    @Test
    void precedenceAndGroupingFollowTheDocumentedOrder() {
        assertThat(PropParser.parse("~P & Q | R -> S").toString()).isEqualTo("((¬P ∧ Q) ∨ R) → S");
        assertThat(PropParser.parse("P -> Q -> R").toString()).isEqualTo("P → (Q → R)");
        assertThat(PropParser.parse("P ↑ (Q ↑ R)").toString()).isEqualTo("P ↑ (Q ↑ R)");
        assertThat(PropParser.parse("not P and Q").toString()).isEqualTo("¬P ∧ Q");
    }

    @Test
    void printedFormulasReadBackToThemselves() {
        for (String text : List.of("¬(P ∧ Q) ↔ (¬P ∨ ¬Q)", "(P → Q) → ((Q → R) → (P → R))", "⊥ → P", "¬¬(P ↓ Q)")) {
            assertThat(PropParser.parse(text).toString()).isEqualTo(text);
        }
    }

    @Test
    void truthTablesMatchHandComputedValues() {
        List<String> names = List.of("P", "Q");
        // Rows 00, 01, 10, 11: P → Q is false only in row 10 (bit 2).
        assertThat(Tables.table(PropParser.parse("P → Q"), names)).isEqualTo(0b1011L);
        assertThat(Tables.table(PropParser.parse("P ↑ Q"), names)).isEqualTo(0b0111L);
    }

    @Test
    void ambiguousOrBrokenTextIsRejected() {
        for (String bad : List.of("P ↔ Q ↔ R", "P ↑ Q ↑ R", "P ∧", "(P", "p", "PQ", "P ∧ Q ↑ R")) {
            assertThatThrownBy(() -> PropParser.parse(bad)).as(bad).isInstanceOf(AnswerFormatException.class);
        }
    }
}
