package dev.bootcamp.camps.kit.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatesTest {
    private static final List<String> INPUTS = List.of("A", "B");
    private static final List<String> NAND = List.of("NAND");

    @Test
    void fourNandGatesMakeExclusiveOr() {
        // Rows 00, 01, 10, 11 are bits 0..3: XOR is true on rows 1 and 2.
        String xor = "g1 = NAND(A, B)\ng2 = NAND(A, g1)\ng3 = NAND(B, g1)\ng4 = NAND(g2, g3)";
        assertThat(Gates.output(Gates.parse(xor, NAND, INPUTS), INPUTS)).isEqualTo(0b0110L);
    }

    @Test
    void aWiringSlipChangesTheTable() {
        // g3 reads A instead of B: the output is NAND(NAND(A, g1), NAND(A, g1)) = A ∧ ¬B, true only on row 2.
        String slip = "g1 = NAND(A, B)\ng2 = NAND(A, g1)\ng3 = NAND(A, g1)\ng4 = NAND(g2, g3)";
        assertThat(Gates.output(Gates.parse(slip, NAND, INPUTS), INPUTS)).isEqualTo(0b0100L);
    }

    @Test
    void otherGateTypesAreSimulated() {
        List<String> all = List.of("NOT", "AND", "OR", "NOR", "XOR", "NAND");
        long[] tables = Gates.tables(Gates.parse("g1 = NOT(A)\ng2 = OR(g1, B)\ng3 = NOR(A, B)\ng4 = XOR(g2, g3)", all, INPUTS), INPUTS);
        assertThat(tables).containsExactly(0b0011L, 0b1011L, 0b0001L, 0b1010L);
    }

    @Test
    void badCircuitsAreFormatErrorsNamingTheGate() {
        assertThatThrownBy(() -> Gates.parse("g1 = AND(A, B)", NAND, INPUTS)).isInstanceOf(AnswerFormatException.class).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> Gates.parse("g1 = NAND(A, g1)", NAND, INPUTS)).isInstanceOf(AnswerFormatException.class).hasMessageContaining("g1 reads");
        assertThatThrownBy(() -> Gates.parse("g2 = NAND(A, B)", NAND, INPUTS)).isInstanceOf(AnswerFormatException.class).hasMessageContaining("expected gate g1");
        assertThatThrownBy(() -> Gates.parse("g1 = NAND(A)", NAND, INPUTS)).isInstanceOf(AnswerFormatException.class).hasMessageContaining("takes 2");
        assertThatThrownBy(() -> Gates.parse("g1 = NAND(A, C)", NAND, INPUTS)).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void gateNamesWithLeadingZerosReadTheSameGate() {
        assertThat(Gates.output(Gates.parse("g1 = NAND(A, B)\ng2 = NAND(g01, G1)", NAND, INPUTS), INPUTS)).isEqualTo(0b1000L);
    }
}
