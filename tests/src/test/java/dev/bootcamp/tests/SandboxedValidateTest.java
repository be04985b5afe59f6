package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bootcamp validate} on hostile candidates (issue 11), end to end: a report and exit code 3 whatever the candidate does. */
class SandboxedValidateTest {
    private static final String GENERATE = "public Puzzle generate(Knobs knobs, RandomGenerator random) {";

    @TempDir
    Path folder;

    @Test
    void anEscapedExitStillGivesAReportAndExitCodeThree() throws IOException {
        Path file = write("System.\\u0065xit(42);");
        Cli validated = Cli.run("validate", file.toString(), "--seeds", "1", "--fuzz", "10", "--timeout", "60",
                "--unsandboxed", "--report", folder.resolve("exit").toString());
        assertThat(validated.code()).as(validated.out() + validated.err()).isEqualTo(3);
        assertThat(validated.out()).startsWith("FAIL sum-of-digits").contains("[environment]");
        JsonNode report = Json.readTree(folder.resolve("exit/report.json").toFile());
        assertThat(report.path("contract").path("status").asText()).isEqualTo("NOT_RUN");
    }

    @Test
    void anEndlessCandidateIsKilledAtTheTimeoutWithAReport() throws IOException {
        Path file = write("java.util.stream.IntStream.range(0, 4).parallel().forEach(i -> { long n = i; while (n >= 0) { n = n + 1 > 0 ? n + 1 : 0; } });");
        Cli validated = Cli.run("validate", file.toString(), "--seeds", "1", "--fuzz", "10", "--timeout", "20",
                "--unsandboxed", "--report", folder.resolve("spin").toString());
        assertThat(validated.code()).as(validated.out() + validated.err()).isEqualTo(3);
        assertThat(validated.out()).contains("contract stopped").contains("killed");
        JsonNode report = Json.readTree(folder.resolve("spin/report.json").toFile());
        assertThat(report.path("contract").path("status").asText()).isEqualTo("ERROR");
    }

    private Path write(String statement) throws IOException {
        String source;
        try (InputStream in = SandboxedValidateTest.class.getResourceAsStream("/agent/SumOfDigitsBootcamp.java")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(source).contains(GENERATE);
        Path file = folder.resolve("SumOfDigitsBootcamp.java");
        Files.writeString(file, source.replace(GENERATE, GENERATE + "\n        " + statement));
        return file;
    }
}
