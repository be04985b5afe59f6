package dev.bootcamp.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkGenerateTest extends LocalSpark {
    private static final String MIX = "arithmetic:2,knapsack:1,graphs/*:1,sudoku:1";

    @TempDir
    Path temp;

    @Test
    void shardsInOrderAreTheSingleProcessOutputByteForByte() throws Exception {
        Path single = singleProcess(3_000, "--seed", "11", "--level", "3");
        Path folder = temp.resolve("spark");
        Cli run = Cli.run("generate", "--mix", MIX, "--count", "3000", "--seed", "11", "--level", "3", "--engine", "spark", "--shards", "7",
                "--out", folder.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote 3,000 cases in 7 shards");
        assertThat(concatenate(shards(folder, ".jsonl"), false)).isEqualTo(Files.readAllBytes(single));
        assertThat(sortedById(new String(concatenate(shards(folder, ".jsonl"), false), StandardCharsets.UTF_8)))
                .isEqualTo(sortedById(Files.readString(single)));
        assertThat(folder.resolve("_temporary")).doesNotExist();
    }

    @Test
    void theManifestCountsHashesAndRangesMatchTheShards() throws Exception {
        Path single = singleProcess(2_000, "--seed", "5");
        Path folder = temp.resolve("spark");
        assertThat(Cli.run("generate", "--mix", MIX, "--count", "2000", "--seed", "5", "--engine", "spark", "--shards", "3", "--out",
                folder.toString()).code()).isZero();

        JsonNode manifest = Json.readTree(folder.resolve("_manifest.json").toFile());
        assertThat(manifest.get("count").asLong()).isEqualTo(2000);
        assertThat(manifest.get("seed").asLong()).isEqualTo(5);
        assertThat(manifest.get("level").asInt()).isEqualTo(5);
        assertThat(manifest.get("format").asText()).isEqualTo("jsonl");
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        for (String line : Files.readAllLines(single)) {
            JsonNode record = Json.readTree(line);
            expected.computeIfAbsent(record.get("bootcamp").asText(), key -> new TreeMap<>()).merge(record.get("level").asText(), 1L, Long::sum);
        }
        assertThat(Json.write(manifest.get("counts"))).isEqualTo(Json.write(expected));
        assertThat(manifest.get("bootcamps").get("sudoku").get("version").asInt()).isPositive();
        long next = 0;
        for (JsonNode shard : manifest.get("shards")) {
            byte[] bytes = Files.readAllBytes(folder.resolve(shard.get("file").asText()));
            assertThat(shard.get("start").asLong()).isEqualTo(next);
            assertThat(shard.get("cases").asLong()).isEqualTo(new String(bytes, StandardCharsets.UTF_8).lines().count());
            assertThat(shard.get("bytes").asLong()).isEqualTo(bytes.length);
            assertThat(shard.get("sha256").asText()).isEqualTo(sha256(bytes));
            next = shard.get("end").asLong();
        }
        assertThat(next).isEqualTo(2000);
    }

    @Test
    void gzipShardsHoldTheSameLines() throws Exception {
        Path single = singleProcess(1_000);
        Path folder = temp.resolve("gz");
        Cli run = Cli.run("generate", "--mix", MIX, "--count", "1000", "--engine", "spark", "--shards", "2", "--gzip", "--out", folder.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(shards(folder, ".jsonl.gz")).hasSize(2);
        assertThat(concatenate(shards(folder, ".jsonl.gz"), true)).isEqualTo(Files.readAllBytes(single));
    }

    @Test
    void verlShardsAreParquetThatSparkReadsInCaseOrder() throws Exception {
        Path single = singleProcess(600);
        Path folder = temp.resolve("verl");
        assertThat(Cli.run("generate", "--mix", MIX, "--count", "600", "--engine", "spark", "--shards", "4", "--format", "verl", "--out",
                folder.toString()).code()).isZero();

        List<Row> rows = spark.read().parquet(folder.toString()).selectExpr("extra_info.index", "extra_info.id", "data_source", "reward_model.ground_truth")
                .orderBy("index").collectAsList();
        List<String> ids = Files.readAllLines(single).stream().map(line -> readTree(line).get("id").asText()).toList();
        assertThat(rows).hasSize(600);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).getLong(0)).isEqualTo(i);
            assertThat(rows.get(i).getString(1)).isEqualTo(ids.get(i));
            assertThat(rows.get(i).getString(2)).startsWith("bootcamp/");
            assertThat(readTree(rows.get(i).getString(3)).get("id").asText()).isEqualTo(ids.get(i));
        }
    }

    @Test
    void aRerunWithFewerShardsReplacesTheOldOnesAndWritesTheSameBytesAsAFreshRun() throws Exception {
        Path folder = temp.resolve("again");
        Path fresh = temp.resolve("fresh");
        assertThat(Cli.run("generate", "--mix", MIX, "--count", "900", "--engine", "spark", "--shards", "6", "--out", folder.toString()).code()).isZero();
        assertThat(Cli.run("generate", "--mix", MIX, "--count", "900", "--engine", "spark", "--shards", "2", "--out", folder.toString()).code()).isZero();
        assertThat(Cli.run("generate", "--mix", MIX, "--count", "900", "--engine", "spark", "--shards", "2", "--out", fresh.toString()).code()).isZero();

        assertThat(names(folder)).isEqualTo(names(fresh)).containsExactly("_manifest.json", "shard-00000.jsonl", "shard-00001.jsonl");
        for (String name : names(fresh)) {
            assertThat(Files.readAllBytes(folder.resolve(name))).as(name).isEqualTo(Files.readAllBytes(fresh.resolve(name)));
        }
    }

    @Test
    void clusterOptionsAreRefusedByTheLocalEngineAndBadValuesGetOneLine() throws IOException {
        Cli local = Cli.run("generate", "arithmetic", "--count", "3", "--shards", "2");
        assertThat(local.code()).isEqualTo(2);
        assertThat(local.err().strip()).isEqualTo("bootcamp: --shards needs a cluster engine, e.g. --engine spark");

        Cli toStdout = Cli.run("generate", "arithmetic", "--count", "3", "--engine", "spark");
        assertThat(toStdout.code()).isEqualTo(2);
        assertThat(toStdout.err()).contains("give --out DIR").doesNotContain("\tat ");

        Cli gzipParquet = Cli.run("generate", "arithmetic", "--count", "3", "--engine", "spark", "--format", "verl", "--gzip", "--out",
                temp.resolve("x").toString());
        assertThat(gzipParquet.code()).isEqualTo(2);
        assertThat(gzipParquet.err()).contains("Parquet pages are already GZIP-compressed");
        assertThat(temp.resolve("x")).doesNotExist();

        Path file = temp.resolve("a-file");
        Files.writeString(file, "x");
        Cli onAFile = Cli.run("generate", "arithmetic", "--count", "3", "--engine", "spark", "--out", file.toString());
        assertThat(onAFile.code()).isEqualTo(2);
        assertThat(onAFile.err().strip()).endsWith("is a file; the output must be a folder");

        Cli unknownEngine = Cli.run("generate", "arithmetic", "--count", "3", "--engine", "flink", "--out", temp.resolve("y").toString());
        assertThat(unknownEngine.code()).isEqualTo(2);
        assertThat(unknownEngine.err()).contains("the flink engine is not on the class path (found: spark)");
    }

    private Path singleProcess(int count, String... extra) throws IOException {
        Path file = temp.resolve("single-" + count + "-" + String.join("", extra) + ".jsonl");
        List<String> args = new ArrayList<>(List.of("generate", "--mix", MIX, "--count", String.valueOf(count), "--out", file.toString()));
        args.addAll(List.of(extra));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return file;
    }

    static List<Path> shards(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("shard-") && file.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        }
    }

    static byte[] concatenate(List<Path> files, boolean gzip) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Path file : files) {
            try (InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
                in.transferTo(all);
            }
        }
        return all.toByteArray();
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<String> sortedById(String lines) {
        return lines.lines().sorted((a, b) -> readTree(a).get("id").asText().compareTo(readTree(b).get("id").asText())).toList();
    }

    private static JsonNode readTree(String json) {
        try {
            return Json.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
