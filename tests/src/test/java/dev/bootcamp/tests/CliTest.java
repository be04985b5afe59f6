package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command end to end, in process, with its exit code and what it printed. */
class CliTest {
    @TempDir
    Path folder;

    @Test
    void helpListsEveryCommand() {
        Cli result = Cli.run("--help");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("list", "show", "generate", "verify", "check", "bench");
    }

    @Test
    void listPrintsTableJsonAndMarkdown() throws IOException {
        assertThat(Cli.run("list").out()).contains("knapsack").contains("bootcamps");
        Cli json = Cli.run("list", "--json");
        JsonNode array = Json.readTree(json.out());
        assertThat(array.isArray()).isTrue();
        JsonNode first = array.get(0);
        for (String field : List.of("id", "title", "domain", "version", "knobs")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(Cli.run("list", "--markdown").out()).startsWith("# Catalogue").contains("| `knapsack` |");
        assertThat(Cli.run("list", "--domain", "algorithms").out()).contains("knapsack");
    }

    @Test
    void listRejectsAnUnknownDomainWithSuggestions() {
        Cli result = Cli.run("list", "--domain", "algoritms");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("did you mean 'algorithms'");
    }

    @Test
    void showDescribesKnobsLevelsAndAnExample() {
        Cli result = Cli.run("show", "knapsack");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Knobs", "Levels", "Example at level 2", "Gold answer:", "items");
    }

    @Test
    void unknownIdExitsTwoWithSuggestions() {
        Cli result = Cli.run("show", "knapsak");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("unknown bootcamp 'knapsak'").contains("did you mean 'knapsack'");
        assertThat(result.err().lines().count()).isEqualTo(1);
    }

    @Test
    void generateWritesDeterministicJsonLines() throws IOException {
        Path first = folder.resolve("a.jsonl");
        Path second = folder.resolve("b.jsonl");
        assertThat(Cli.run("generate", "knapsack", "--count", "7", "--seed", "3", "--out", first.toString()).code()).isZero();
        assertThat(Cli.run("generate", "knapsack", "--count", "7", "--seed", "3", "--out", second.toString(), "--threads", "1").code()).isZero();
        List<String> lines = Files.readAllLines(first, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(7);
        assertThat(Files.readAllLines(second, StandardCharsets.UTF_8)).isEqualTo(lines);
        JsonNode record = Json.readTree(lines.get(0));
        for (String field : List.of("id", "bootcamp", "version", "level", "seed", "knobs", "prompt", "puzzle", "answer", "answer_text", "style")) {
            assertThat(record.has(field)).as(field).isTrue();
        }
        assertThat(record.get("level").asInt()).isEqualTo(5);
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("a.jsonl", "b.jsonl");
        }
    }

    @Test
    void generateHonoursTierSetAndStyle() throws IOException {
        Cli result = Cli.run("generate", "knapsack", "--count", "2", "--tier", "hard", "--set", "items=11", "--style", "boxed");
        assertThat(result.code()).isZero();
        JsonNode record = Json.readTree(result.out().lines().findFirst().orElseThrow());
        assertThat(record.get("level").asInt()).isEqualTo(8);
        assertThat(record.get("knobs").get("items").asInt()).isEqualTo(11);
        assertThat(record.get("style").asText()).isEqualTo("boxed");
        assertThat(record.get("prompt").asText()).contains("\\boxed{}");
    }

    @Test
    void generateRejectsBadOptionsWithOneLine() {
        assertRejected(Cli.run("generate", "knapsack", "--set", "itmes=3"), "did you mean 'items'");
        assertRejected(Cli.run("generate", "knapsack", "--set", "items=999"), "takes an integer in 2..60");
        assertRejected(Cli.run("generate", "knapsack", "--tier", "hardd"), "did you mean 'hard'");
        assertRejected(Cli.run("generate", "knapsack", "--style", "box"), "did you mean 'boxed'");
        assertRejected(Cli.run("generate", "knapsack", "--gzip"), "--gzip needs a cluster engine");
        // this class path has no Spark: the engine lives in spark-engine, which ./bootcamp adds for --engine spark
        assertRejected(Cli.run("generate", "knapsack", "--engine", "spark", "--out", folder.resolve("shards").toString()),
                "the spark engine is not on the class path");
        assertRejected(Cli.run("generate", "knapsack", "--level", "11"), "level must be in 1..10");
        assertRejected(Cli.run("generate"), "name bootcamp ids or give --mix");
        assertRejected(Cli.run("generate", "--mix", "knapsack:abc"), "mix weight must be a positive number");
    }

    @Test
    void aFailedGenerateLeavesNoFileBehind() {
        Path target = folder.resolve("never.jsonl");
        Cli result = Cli.run("generate", "knapsack", "--set", "items=999", "--out", target.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void generateMixesByWeight() throws IOException {
        Cli result = Cli.run("generate", "--mix", "algorithms:1", "--count", "20");
        assertThat(result.code()).isZero();
        for (String line : result.out().lines().toList()) {
            assertThat(Json.readTree(line).get("bootcamp").asText()).isIn(Cli.run("list", "--domain", "algorithms").out().lines()
                    .skip(2).map(row -> row.split("\\s+")[0]).toList());
        }
    }

    @Test
    void verifyScoresReportsBadLinesAndSummarises() throws IOException {
        Path cases = folder.resolve("cases.jsonl");
        assertThat(Cli.run("generate", "knapsack", "--count", "3", "--out", cases.toString()).code()).isZero();
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(cases, StandardCharsets.UTF_8)) {
            records.add(Json.readTree(line));
        }
        Path responses = folder.resolve("responses.jsonl");
        Files.write(responses, List.of(
                Json.write(java.util.Map.of("id", records.get(0).get("id").asText(),
                        "response", "<think>let me see</think>\n<answer>" + records.get(0).get("answer_text").asText() + "</answer>")),
                "{this is not json",
                Json.write(java.util.Map.of("id", "knapsack/v1/0000", "response", "1")),
                Json.write(java.util.Map.of("id", records.get(1).get("id").asText(), "response", "I give up"))), StandardCharsets.UTF_8);
        Path scores = folder.resolve("scores.jsonl");
        Cli result = Cli.run("verify", "--cases", cases.toString(), "--responses", responses.toString(), "--out", scores.toString());
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("responses.jsonl:2: not valid JSON").contains("responses.jsonl:3: no case with id");
        assertThat(result.out()).contains("knapsack").contains("mean reward");
        List<String> lines = Files.readAllLines(scores, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode first = Json.readTree(lines.get(0));
        assertThat(first.get("verdict").asText()).isEqualTo("correct");
        assertThat(first.get("reward").asDouble()).isEqualTo(1.0);
        assertThat(Json.readTree(lines.get(1)).get("verdict").asText()).isEqualTo("no_answer");
    }

    @Test
    void verifyNamesAMissingFile() {
        Cli result = Cli.run("verify", "--cases", folder.resolve("missing.jsonl").toString(), "--responses", "x");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("no such file");
    }

    @Test
    void aFailedCommandLeavesNeitherItsOutputNorATemporaryFile() throws IOException {
        Path cases = folder.resolve("cases.jsonl");
        assertThat(Cli.run("generate", "knapsack", "--count", "2", "--out", cases.toString()).code()).isZero();

        Cli result = Cli.run("verify", "--cases", cases.toString(), "--responses", folder.resolve("missing.jsonl").toString(), "--out",
                folder.resolve("scores.jsonl").toString());

        assertThat(result.code()).isEqualTo(2);
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList()).containsExactly("cases.jsonl");
        }
    }

    @Test
    void checkPassesAndReplaysOneSeed() {
        Cli result = Cli.run("check", "run-length-encoding", "--seeds", "3", "--fuzz", "200");
        assertThat(result.code()).as(result.out()).isZero();
        assertThat(result.out()).contains("PASS run-length-encoding").contains("1 of 1 bootcamp passed the contract");
        Cli replay = Cli.run("check", "run-length-encoding", "--level", "7", "--seed", "123");
        assertThat(replay.code()).isZero();
        assertThat(replay.out()).contains("1 of 1 bootcamp passed the contract (1 case, level 7)");
        assertRejected(Cli.run("check"), "name bootcamp ids or give --all");
    }

    @Test
    void checkPrintsTheFixedSampleFiguresAndReportsOnlyTheChosenLaws() {
        Cli result = Cli.run("check", "run-length-encoding", "--seeds", "1", "--fuzz", "0", "--figures", "--law", "no-guessing,Real_Difficulty");
        assertThat(result.code()).as(result.out()).isZero();
        assertThat(result.out()).contains("  level 1: ").contains("  level 10: ").contains(" in 200 cases; best constant answer '")
                .containsPattern("cost level 10 / level 1: [0-9.]+x");
        assertRejected(Cli.run("check", "run-length-encoding", "--law", "no-guesing"), "unknown law 'no-guesing'; laws: determinism,");
    }

    @Test
    void benchPrintsATableAndJson() throws IOException {
        Cli table = Cli.run("bench", "knapsack", "--runs", "1", "--millis", "20");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("catalogue start-up").contains("knapsack");
        Cli json = Cli.run("bench", "knapsack", "--runs", "1", "--millis", "20", "--json");
        JsonNode document = Json.readTree(json.out());
        assertThat(document.get("bootcamps").get(0).get("bootcamp").asText()).isEqualTo("knapsack");
        assertThat(document.get("bootcamps").get(0).get("cases_per_second").asDouble()).isPositive();
        List<String> keys = new ArrayList<>();
        document.fieldNames().forEachRemaining(keys::add);
        document.get("bootcamps").get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as("one key style: snake_case, as the case records and list --json").allMatch(key -> key.matches("[a-z0-9_]+"));
    }

    @Test
    void aCommandLineThatDoesNotParseGetsOneLineAndAHintNotTheHelp() {
        Cli notANumber = Cli.run("generate", "sudoku", "--count", "abc");
        assertThat(notANumber.code()).isEqualTo(2);
        assertThat(notANumber.err().lines().toList())
                .containsExactly("bootcamp: --count takes a whole number, found 'abc'", "try 'bootcamp generate --help'");
        Cli notAPair = Cli.run("generate", "sudoku", "--set", "size");
        assertThat(notAPair.err().lines().toList()).containsExactly("bootcamp: --set takes KNOB=VALUE, found 'size'",
                "try 'bootcamp generate --help'");
        Cli missing = Cli.run("generate", "sudoku", "--set");
        assertThat(missing.err().lines().toList()).hasSize(2).last().isEqualTo("try 'bootcamp generate --help'");
        Cli unknownOption = Cli.run("export", "sudoku", "--trian", "5");
        assertThat(unknownOption.err()).startsWith("bootcamp: unknown option '--trian'; did you mean '--train'?");
        for (Cli result : List.of(notANumber, notAPair, missing, unknownOption)) {
            assertThat(result.err()).doesNotContain("Usage:").doesNotContain("option option");
        }
    }

    @Test
    void suggestionsAreCloseWordsOnly() {
        Cli unrelated = Cli.run("frobnicate");
        assertThat(unrelated.code()).isEqualTo(2);
        assertThat(unrelated.err().lines().toList()).containsExactly("bootcamp: unknown command 'frobnicate'", "try 'bootcamp --help'");
        assertThat(Cli.run("genrate").err()).startsWith("bootcamp: unknown command 'genrate'; did you mean 'generate'?");
        Cli typoDomain = Cli.run("list", "--domain", "spatal");
        assertThat(typoDomain.code()).isEqualTo(2);
        assertThat(typoDomain.err()).contains("no bootcamp in domain 'spatal'; did you mean 'spatial'?");
        Cli numericChoice = Cli.run("generate", "sudoku", "--set", "size=7");
        assertThat(numericChoice.err().strip()).isEqualTo("bootcamp: sudoku: knob 'size' takes one of 4, 6, 9, found '7'");
    }

    @Test
    void evalStopsBeforeItsFirstCaseWhenNothingListensAtTheEndpoint(@TempDir Path folder) throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path out = folder.resolve("run");
        Cli eval = Cli.run("eval", "--llm", "http://127.0.0.1:" + port + "/v1", "--model", "m", "--suite", "quick", "--out", out.toString());
        assertThat(eval.code()).isEqualTo(2);
        assertThat(eval.err().strip()).startsWith("bootcamp: --llm: cannot reach the model at http://127.0.0.1:" + port)
                .endsWith("connection refused; is the server running?").doesNotContain("null");
        assertThat(eval.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void idsFoldCase() {
        Cli upper = Cli.run("generate", "Sudoku", "--count", "2", "--seed", "4");
        Cli lower = Cli.run("generate", "sudoku", "--count", "2", "--seed", "4");
        assertThat(upper.code()).as(upper.err()).isZero();
        assertThat(upper.out()).isEqualTo(lower.out());
        assertThat(Cli.run("show", "KNAPSACK").out()).startsWith("knapsack");
    }

    private static void assertRejected(Cli result, String message) {
        assertThat(result.code()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(message);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
