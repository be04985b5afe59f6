package dev.bootcamp.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bootcamp.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkVerifyTest extends LocalSpark {
    private static final String MIX = "arithmetic:2,knapsack:1,word-sorting:1,sudoku:1";

    @TempDir
    Path temp;

    private Path cases;
    private Path responses;

    /** 400 cases; per case a right and a wrong answer (a GRPO group of two), one unknown id, one malformed line. */
    @BeforeEach
    void casesAndResponses() throws IOException {
        cases = temp.resolve("cases.jsonl");
        assertThat(Cli.run("generate", "--mix", MIX, "--count", "400", "--seed", "9", "--out", cases.toString()).code()).isZero();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(cases)) {
            JsonNode record = Json.readTree(line);
            String id = record.get("id").asText();
            lines.add(Json.write(Map.of("id", id, "response", "<think>hm</think><answer>" + record.get("answer_text").asText() + "</answer>")));
            lines.add(Json.write(Map.of("id", id, "response", "<answer>7</answer>")));
        }
        lines.add(Json.write(Map.of("id", "no-such-case", "response", "<answer>1</answer>")));
        lines.add("{not json");
        responses = temp.resolve("responses.jsonl");
        Files.write(responses, lines);
    }

    @Test
    void sparkScoresEqualTheSingleProcessScoresAndTheSummaryTableIsTheSame() throws Exception {
        Path single = temp.resolve("scores.jsonl");
        Cli local = Cli.run("verify", "--cases", cases.toString(), "--responses", responses.toString(), "--out", single.toString());
        Path folder = temp.resolve("scores");
        Cli spark = Cli.run("verify", "--engine", "spark", "--partitions", "3", "--cases", cases.toString(), "--responses", responses.toString(),
                "--out", folder.toString());

        assertThat(local.code()).isEqualTo(3);
        assertThat(spark.code()).as(spark.err()).isEqualTo(3);
        assertThat(spark.out()).isEqualTo(local.out());
        assertThat(spark.out()).contains("all").contains("800");
        assertThat(spark.err()).contains("no case with id 'no-such-case'").contains("expected {\"id\": string, \"response\": string}")
                .contains("2 line(s) could not be scored");
        List<String> sparkLines = new String(SparkGenerateTest.concatenate(shards(folder), false), StandardCharsets.UTF_8).lines().toList();
        assertThat(sparkLines).hasSize(800);
        assertThat(sparkLines.stream().sorted().toList()).isEqualTo(Files.readAllLines(single).stream().sorted().toList());
        List<String> ids = sparkLines.stream().map(line -> readTree(line).get("id").asText()).toList();
        for (Path shard : shards(folder)) {
            List<String> shardIds = Files.readAllLines(shard).stream().map(line -> readTree(line).get("id").asText()).toList();
            assertThat(shardIds).as("each shard is sorted by id").isSorted();
        }
        assertThat(ids).hasSize(800);

        JsonNode manifest = Json.readTree(folder.resolve("_manifest.json").toFile());
        assertThat(manifest.get("scored").asLong()).isEqualTo(800);
        assertThat(manifest.get("problems").asLong()).isEqualTo(2);
        assertThat(manifest.get("summary").get("sudoku").get("5").get("correct").asLong()).isPositive();
        for (JsonNode shard : manifest.get("shards")) {
            byte[] bytes = Files.readAllBytes(folder.resolve(shard.get("file").asText()));
            assertThat(shard.get("sha256").asText()).isEqualTo(SparkGenerateTest.sha256(bytes));
        }
    }

    @Test
    void aCaseWhosePuzzleDiffersFromItsSpecIsAProblemNotAScore() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(cases));
        ObjectNode tampered = (ObjectNode) Json.readTree(lines.get(0));
        JsonNode donor = lines.stream().skip(1).map(SparkVerifyTest::readTree).filter(record -> record.get("bootcamp").equals(tampered.get("bootcamp")))
                .findFirst().orElseThrow();
        tampered.set("puzzle", donor.get("puzzle"));
        lines.set(0, Json.write(tampered));
        Path forged = temp.resolve("forged.jsonl");
        Files.write(forged, lines);
        Path folder = temp.resolve("scores");

        Cli spark = Cli.run("verify", "--engine", "spark", "--partitions", "2", "--cases", forged.toString(), "--responses", responses.toString(),
                "--out", folder.toString());

        assertThat(spark.code()).isEqualTo(3);
        assertThat(spark.err()).contains(tampered.get("id").asText() + ": case " + tampered.get("id").asText() + ": its puzzle differs")
                .contains("4 line(s) could not be scored");
        List<String> sparkLines = new String(SparkGenerateTest.concatenate(shards(folder), false), StandardCharsets.UTF_8).lines().toList();
        assertThat(sparkLines).hasSize(798).noneMatch(line -> readTree(line).get("id").asText().equals(tampered.get("id").asText()));
        assertThat(Cli.run("verify", "--engine", "spark", "--trust-puzzles", "--cases", forged.toString(), "--responses", responses.toString()).err())
                .contains("--trust-puzzles works with the local engine only");
    }

    @Test
    void aSecondRunWritesTheSameBytes() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Cli.run("verify", "--engine", "spark", "--cases", cases.toString(), "--responses", responses.toString(), "--out", first.toString());
        Cli.run("verify", "--engine", "spark", "--cases", cases.toString(), "--responses", responses.toString(), "--out", second.toString());

        assertThat(SparkGenerateTest.names(first)).isEqualTo(SparkGenerateTest.names(second));
        for (String name : SparkGenerateTest.names(first)) {
            assertThat(Files.readAllBytes(first.resolve(name))).as(name).isEqualTo(Files.readAllBytes(second.resolve(name)));
        }
    }

    @Test
    void casesFromVerlParquetAndResponsesFromParquetScoreTheSame() throws Exception {
        Path verl = temp.resolve("verl");
        assertThat(Cli.run("generate", "--mix", MIX, "--count", "400", "--seed", "9", "--engine", "spark", "--format", "verl", "--shards", "2",
                "--out", verl.toString()).code()).isZero();
        Path parquetResponses = temp.resolve("responses-parquet");
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(responses)) {
            if (line.startsWith("{\"")) {
                JsonNode node = readTree(line);
                rows.add(RowFactory.create(node.get("id").asText(), node.get("response").asText()));
            }
        }
        StructType schema = new StructType().add("id", DataTypes.StringType).add("response", DataTypes.StringType);
        spark.createDataFrame(rows, schema).write().parquet(parquetResponses.toString());

        Cli fromJson = Cli.run("verify", "--engine", "spark", "--cases", cases.toString(), "--responses", responses.toString());
        Cli fromParquet = Cli.run("verify", "--engine", "spark", "--cases", verl.toString(), "--responses", parquetResponses.toString());

        assertThat(fromParquet.out()).isEqualTo(fromJson.out());
        assertThat(fromParquet.code()).as(fromParquet.err()).isEqualTo(3);
        assertThat(fromParquet.err()).contains("1 line(s) could not be scored");
        assertThat(spark.read().text(cases.toString()).as(Encoders.STRING()).count()).isEqualTo(400);
    }

    @Test
    void missingInputsAndWrongParquetGetOneLine() throws Exception {
        Cli missing = Cli.run("verify", "--engine", "spark", "--cases", temp.resolve("nope").toString(), "--responses", responses.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).startsWith("bootcamp: no such file or folder:").doesNotContain("\n");

        Path notCases = temp.resolve("not-cases");
        StructType schema = new StructType().add("id", DataTypes.StringType).add("response", DataTypes.StringType);
        spark.createDataFrame(List.of(RowFactory.create("a", "b")), schema).write().parquet(notCases.toString());
        Cli wrong = Cli.run("verify", "--engine", "spark", "--cases", notCases.toString(), "--responses", responses.toString());
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err().strip()).contains("is not a verl case file").doesNotContain("\n");

        Cli local = Cli.run("verify", "--cases", cases.toString(), "--responses", responses.toString(), "--partitions", "2");
        assertThat(local.code()).isEqualTo(2);
        assertThat(local.err().strip()).isEqualTo("bootcamp: --partitions needs a cluster engine, e.g. --engine spark");
    }

    private static List<Path> shards(Path folder) throws IOException {
        return SparkGenerateTest.names(folder).stream().filter(name -> name.startsWith("scores-")).map(folder::resolve).toList();
    }

    private static JsonNode readTree(String json) {
        try {
            return Json.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
