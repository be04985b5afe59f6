package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bootcamp.core.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} checks every case against its spec: a tampered puzzle or a foreign id is a refused, numbered line, and
 * a chosen wrong answer never scores correct through it; bytes that are not UTF-8 cost one line, not the run.
 */
class VerifyUntrustedCasesTest {
    @TempDir
    Path folder;

    private Path cases;
    private final List<ObjectNode> records = new ArrayList<>();

    @BeforeEach
    void generate() throws Exception {
        cases = folder.resolve("cases.jsonl");
        assertThat(Cli.run("generate", "knapsack", "--count", "12", "--seed", "3", "--out", cases.toString()).code()).isZero();
        for (String line : Files.readAllLines(cases, StandardCharsets.UTF_8)) {
            records.add((ObjectNode) Json.readTree(line));
        }
    }

    private static String gold(JsonNode record) {
        return "<answer>" + record.get("answer_text").asText() + "</answer>";
    }

    private static String response(JsonNode record, String text) {
        return Json.write(Map.of("id", record.get("id").asText(), "response", text));
    }

    /** Case i of the file whose gold scores below 1 on case 0 (found by verify itself, trusting nothing). */
    private int otherThanFirst() throws Exception {
        Path probe = folder.resolve("probe.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            lines.add(response(records.get(0), gold(records.get(i))));
        }
        Files.write(probe, lines, StandardCharsets.UTF_8);
        Path scores = folder.resolve("probe-scores.jsonl");
        Cli.run("verify", "--cases", cases.toString(), "--responses", probe.toString(), "--out", scores.toString());
        List<String> scored = Files.readAllLines(scores, StandardCharsets.UTF_8);
        for (int i = 0; i < scored.size(); i++) {
            if (Json.readTree(scored.get(i)).get("reward").asDouble() < 1) {
                return i + 1;
            }
        }
        throw new AssertionError("no gold among the cases fails on case 0");
    }

    private Path write(String name, List<String> lines) throws Exception {
        return Files.write(folder.resolve(name), lines, StandardCharsets.UTF_8);
    }

    @Test
    void aTamperedPuzzleIsRefusedByLineAndTheChosenWrongAnswerDoesNotScore() throws Exception {
        int other = otherThanFirst();
        ObjectNode tampered = records.get(0).deepCopy();
        tampered.set("puzzle", records.get(other).get("puzzle"));
        ObjectNode renamed = records.get(2).deepCopy();
        renamed.put("id", records.get(1).get("id").asText());
        renamed.put("seed", records.get(1).get("seed").asLong() + 1);
        Path forged = write("forged.jsonl", List.of(Json.write(tampered), Json.write(records.get(3)), Json.write(renamed)));
        Path responses = write("responses.jsonl", List.of(response(records.get(0), gold(records.get(other))), response(records.get(3), gold(records.get(3))),
                response(records.get(1), gold(records.get(2))), response(records.get(0), gold(records.get(0)))));
        Path scores = folder.resolve("scores.jsonl");

        Cli result = Cli.run("verify", "--cases", forged.toString(), "--responses", responses.toString(), "--out", scores.toString());

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("forged.jsonl:1: refused: case " + records.get(0).get("id").asText() + ": its puzzle differs")
                .contains("responses.jsonl:1: not scored: its case was refused (" + forged + ":1)")
                .contains("forged.jsonl:3: refused: case id '" + records.get(1).get("id").asText() + "' does not match its spec")
                .contains("responses.jsonl:3: not scored").contains("responses.jsonl:4: not scored");
        List<String> lines = Files.readAllLines(scores, StandardCharsets.UTF_8);
        assertThat(lines).singleElement().satisfies(line -> {
            JsonNode score = Json.readTree(line);
            assertThat(score.get("id").asText()).isEqualTo(records.get(3).get("id").asText());
            assertThat(score.get("verdict").asText()).isEqualTo("correct");
        });
    }

    @Test
    void trustPuzzlesScoresTheFileAsWrittenAndAcceptsRecordsWithoutASpec() throws Exception {
        int other = otherThanFirst();
        ObjectNode tampered = records.get(0).deepCopy();
        tampered.set("puzzle", records.get(other).get("puzzle"));
        ObjectNode specless = Json.objectNode();
        specless.put("id", "mine-1").put("bootcamp", "knapsack").set("puzzle", records.get(4).get("puzzle"));
        Path file = write("trusted.jsonl", List.of(Json.write(tampered), Json.write(specless)));
        Path responses = write("responses.jsonl", List.of(response(records.get(0), gold(records.get(other))),
                Json.write(Map.of("id", "mine-1", "response", gold(records.get(4))))));

        Cli refused = Cli.run("verify", "--cases", file.toString(), "--responses", responses.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("trusted.jsonl:2: not a case record (a case needs the field 'version'); a record without a spec is scored only"
                + " with --trust-puzzles");

        Path scores = folder.resolve("scores.jsonl");
        Cli trusted = Cli.run("verify", "--trust-puzzles", "--cases", file.toString(), "--responses", responses.toString(), "--out", scores.toString());
        assertThat(trusted.code()).as(trusted.err()).isZero();
        assertThat(Files.readAllLines(scores, StandardCharsets.UTF_8)).hasSize(2)
                .allSatisfy(line -> assertThat(Json.readTree(line).get("verdict").asText()).isEqualTo("correct"));
        assertThat(Cli.run("verify", "--help").out()).contains("--trust-puzzles").contains("Trust the cases file");
    }

    @Test
    void aLineThatIsNotUtf8IsReportedByNumberAndTheRestAreScored() throws Exception {
        ByteArrayOutputStream casesBytes = new ByteArrayOutputStream();
        casesBytes.writeBytes((Json.write(records.get(0)) + "\n").getBytes(StandardCharsets.UTF_8));
        casesBytes.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xc3, '"', '}', '\n'});
        casesBytes.writeBytes((Json.write(records.get(1)) + "\n").getBytes(StandardCharsets.UTF_8));
        Path badCases = Files.write(folder.resolve("bad-cases.jsonl"), casesBytes.toByteArray());
        ByteArrayOutputStream responseBytes = new ByteArrayOutputStream();
        responseBytes.writeBytes((response(records.get(0), gold(records.get(0))) + "\n").getBytes(StandardCharsets.UTF_8));
        responseBytes.writeBytes(new byte[] {'{', '"', 'x', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}', '\n'});
        responseBytes.writeBytes((response(records.get(1), gold(records.get(1))) + "\n").getBytes(StandardCharsets.UTF_8));
        Path responses = Files.write(folder.resolve("bad-responses.jsonl"), responseBytes.toByteArray());
        Path scores = folder.resolve("scores.jsonl");

        Cli result = Cli.run("verify", "--cases", badCases.toString(), "--responses", responses.toString(), "--out", scores.toString());

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("bad-cases.jsonl:2: not valid UTF-8").contains("bad-responses.jsonl:2: not valid UTF-8")
                .doesNotContain("I/O error").contains("2 line(s) could not be scored");
        assertThat(Files.readAllLines(scores, StandardCharsets.UTF_8)).hasSize(2)
                .allSatisfy(line -> assertThat(Json.readTree(line).get("verdict").asText()).isEqualTo("correct"));
    }
}
