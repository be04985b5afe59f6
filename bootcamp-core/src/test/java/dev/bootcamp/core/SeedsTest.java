package dev.bootcamp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {
    @Test
    void caseSeedIsAPureFunctionOfItsInputs() {
        assertThat(Seeds.caseSeed(42, "sudoku", 7)).isEqualTo(Seeds.caseSeed(42, "sudoku", 7));
    }

    @Test
    void caseSeedsArePinnedSoEveryMachineMakesTheSameCases() {
        // Changing these changes every generated case: bump every bootcamp's version if it is ever intended.
        assertThat(Seeds.caseSeed(0, "x", 0)).isEqualTo(7955648511084020048L);
        assertThat(Seeds.caseSeed(0, "x", 1)).isEqualTo(5511010304738471309L);
    }

    @Test
    void caseSeedsAreNeverNegative() {
        for (long index = 0; index < 10_000; index++) {
            assertThat(Seeds.caseSeed(-1, "sudoku", index)).isNotNegative();
        }
    }

    @Test
    void neighbouringIndicesDifferInAboutHalfTheirBits() {
        long changedBits = 0;
        int pairs = 2_000;
        for (int index = 0; index < pairs; index++) {
            changedBits += Long.bitCount(Seeds.caseSeed(1, "sudoku", index) ^ Seeds.caseSeed(1, "sudoku", index + 1));
        }
        // 63 usable bits: unrelated seeds differ in about 31.5 of them; seed + index would differ in about 2.
        assertThat(changedBits / (double) pairs).isBetween(29.0, 34.0);
    }

    @Test
    void neighbouringRunSeedsAreNotShiftedCopiesOfEachOther() {
        Set<Long> runOne = new HashSet<>();
        Set<Long> runTwo = new HashSet<>();
        for (long index = 0; index < 1_000; index++) {
            runOne.add(Seeds.caseSeed(1, "sudoku", index));
            runTwo.add(Seeds.caseSeed(2, "sudoku", index));
        }
        runOne.retainAll(runTwo);
        assertThat(runOne).isEmpty();
    }

    @Test
    void differentBootcampsGetDifferentSeedsFromTheSameRun() {
        assertThat(Seeds.caseSeed(1, "sudoku", 0)).isNotEqualTo(Seeds.caseSeed(1, "kakuro", 0));
    }

    @Test
    void distinctIndicesGiveDistinctSeeds() {
        Set<Long> seeds = new HashSet<>();
        for (long index = 0; index < 100_000; index++) {
            seeds.add(Seeds.caseSeed(5, "knapsack", index));
        }
        assertThat(seeds).hasSize(100_000);
    }

    @Test
    void streamSeedsDependOnTheStreamName() {
        assertThat(Seeds.streamSeed(1, "mix")).isNotEqualTo(Seeds.streamSeed(1, "test")).isNotNegative();
        assertThat(Seeds.streamSeed(1, "mix")).isEqualTo(Seeds.streamSeed(1, "mix"));
    }

    @Test
    void stableHashReadsTheUtf8BytesOfTheText() {
        assertThat(Seeds.stableHash("caf\u00e9")).isNotEqualTo(Seeds.stableHash("cafe"));
        assertThat(Seeds.stableHash("")).isEqualTo(Seeds.mix(0xCBF29CE484222325L));
    }

    @Test
    void mixIsSplitMix64sFinaliser() {
        // The first output of the reference SplitMix64 seeded with 0 is mix(golden ratio).
        assertThat(Seeds.mix(0x9E3779B97F4A7C15L)).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(Seeds.mix(0)).isZero();
    }
}
