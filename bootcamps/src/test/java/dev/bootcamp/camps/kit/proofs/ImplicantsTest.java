package dev.bootcamp.camps.kit.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImplicantsTest {
    private static final List<String> ABC = List.of("A", "B", "C");

    private static long table(String formula) {
        return Tables.table(PropParser.parse(formula), ABC);
    }

    @Test
    void majorityHasThreePrimesAndNeedsAllThree() {
        long majority = table("(A ∧ B) ∨ (A ∧ C) ∨ (B ∧ C)");
        assertThat(Implicants.primes(majority, 3)).hasSize(3);
        assertThat(Implicants.minimumCover(majority, 3)).hasSize(3);
    }

    @Test
    void theConsensusTermIsPrimeButNotNeeded() {
        // (A ∧ B) ∨ (¬A ∧ C) has the consensus prime B ∧ C, which a minimum cover leaves out.
        long table = table("(A ∧ B) ∨ (¬A ∧ C)");
        assertThat(Implicants.primes(table, 3)).hasSize(3);
        List<Implicants.Cube> cover = Implicants.minimumCover(table, 3);
        assertThat(cover).hasSize(2);
        long rows = 0;
        for (Implicants.Cube cube : cover) {
            rows |= cube.rows(3);
        }
        assertThat(rows).isEqualTo(table);
        assertThat(cover.stream().map(cube -> cube.formula(ABC).toString())).doesNotContain("B ∧ C");
    }

    @Test
    void aCubeWritesItsLiteralsInVariableOrder() {
        // Variable 0 (A) fixed true, variable 2 (C) fixed false.
        Implicants.Cube cube = new Implicants.Cube(0b101, 0b001);
        assertThat(cube.formula(ABC).toString()).isEqualTo("A ∧ ¬C");
        assertThat(cube.rows(3)).isEqualTo(table("A ∧ ¬C"));
    }

    @Test
    void aNonPrimeImplicantIsNotListed() {
        long table = table("A ∨ (B ∧ C)");
        assertThat(Implicants.primes(table, 3).stream().map(cube -> cube.formula(ABC).toString())).containsExactlyInAnyOrder("A", "B ∧ C");
    }
}
