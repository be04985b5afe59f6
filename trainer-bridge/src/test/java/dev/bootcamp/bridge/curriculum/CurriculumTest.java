package dev.bootcamp.bridge.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.core.CaseRandom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurriculumTest {
    @TempDir
    Path folder;

    private static CurriculumConfig band(int minSamples) {
        return new CurriculumConfig("band", 0.3, 0.7, 0.9, minSamples, 1, 3);
    }

    @Test
    void aPassRateAboveTheBandRaisesTheLevelAndBelowItLowersIt() throws IOException {
        Curriculum curriculum = new Curriculum(band(10), null);
        for (int i = 0; i < 9; i++) {
            assertThat(curriculum.record("sudoku", 3, 1.0)).isEqualTo(3);
        }
        assertThat(curriculum.record("sudoku", 3, 1.0)).isEqualTo(4);
        for (int i = 0; i < 10; i++) {
            curriculum.record("sudoku", 4, 0.0);
        }
        assertThat(curriculum.level("sudoku")).isEqualTo(3);
    }

    @Test
    void aPassRateInsideTheBandKeepsTheLevel() throws IOException {
        Curriculum curriculum = new Curriculum(band(10), null);
        for (int i = 0; i < 30; i++) {
            curriculum.record("sudoku", 3, i % 2);
        }
        assertThat(curriculum.level("sudoku")).isEqualTo(3);
    }

    @Test
    void onlyResultsAtTheCurrentLevelCount() throws IOException {
        Curriculum curriculum = new Curriculum(band(5), null);
        for (int i = 0; i < 50; i++) {
            curriculum.record("sudoku", 2, 1.0);
        }
        assertThat(curriculum.level("sudoku")).isEqualTo(3);
        assertThat(curriculum.state().bootcamps().get("sudoku").samples()).isZero();
    }

    @Test
    void partialRewardsAreNotPasses() throws IOException {
        Curriculum curriculum = new Curriculum(band(4), null);
        for (int i = 0; i < 4; i++) {
            curriculum.record("knapsack", 3, 0.95);
        }
        assertThat(curriculum.level("knapsack")).isEqualTo(2);
    }

    @Test
    void ratchetPromotesAtTheThresholdAndNeverDemotes() throws IOException {
        Curriculum curriculum = new Curriculum(new CurriculumConfig("ratchet", 0.3, 0.7, 0.9, 10, 4, 1), null);
        for (int i = 0; i < 10; i++) {
            curriculum.record("nim", 1, i == 0 ? 0.0 : 1.0);
        }
        assertThat(curriculum.level("nim")).isEqualTo(2);
        for (int i = 0; i < 40; i++) {
            curriculum.record("nim", 2, 0.0);
        }
        assertThat(curriculum.level("nim")).isEqualTo(2);
    }

    @Test
    void levelsAreSampledFromTheWindowBelowTheCurrentLevel() throws IOException {
        Curriculum curriculum = new Curriculum(new CurriculumConfig("band", 0.3, 0.7, 0.9, 1, 3, 6), null);
        CaseRandom random = new CaseRandom(7);
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(curriculum.sampleLevel("sudoku", random));
        }
        assertThat(seen).containsExactly(4, 5, 6);
    }

    @Test
    void stateIsSavedAtomicallyAndRestored() throws IOException {
        Path file = folder.resolve("state/curriculum.json");
        Curriculum first = new Curriculum(band(5), file);
        for (int i = 0; i < 5; i++) {
            first.record("sudoku", 3, 1.0);
        }
        first.record("arithmetic", 3, 1.0);
        first.flush();
        assertThat(Files.exists(file)).isTrue();
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("curriculum.json");
        }
        Curriculum second = new Curriculum(band(5), file);
        assertThat(second.level("sudoku")).isEqualTo(4);
        assertThat(second.state().bootcamps().get("arithmetic").samples()).isEqualTo(1);
        assertThat(second.state().moves()).isEqualTo(1);
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new CurriculumConfig("bands", 0.3, 0.7, 0.9, 10, 1, 1)).isInstanceOf(ConfigurationException.class).hasMessageContaining("band or ratchet");
        assertThatThrownBy(() -> new CurriculumConfig("band", 0.8, 0.7, 0.9, 10, 1, 1)).isInstanceOf(ConfigurationException.class).hasMessageContaining("low < high");
    }
}
