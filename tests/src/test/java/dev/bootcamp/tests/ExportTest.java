package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.bridge.export.CaseIdSet;
import dev.bootcamp.bridge.export.Exporter;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.CasePlan;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Mix;
import dev.bootcamp.core.Verifier;
import dev.bootcamp.core.format.ExportFormat;
import dev.bootcamp.core.format.ParquetSchema;
import dev.bootcamp.core.format.ParquetWriter;
import dev.bootcamp.core.format.PartialFile;
import dev.bootcamp.core.format.Split;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bootcamp export} and the Parquet writer, read back with DuckDB, a real Parquet reader. */
class ExportTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final String MIX = "knapsack:2,arithmetic:1,shortest-path:1";
    private static Connection duckdb;

    @TempDir
    Path folder;

    @BeforeAll
    static void openDuckDb() throws SQLException {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterAll
    static void closeDuckDb() throws SQLException {
        duckdb.close();
    }

    @Test
    void verlParquetReadsBackWithTheSchemaAndValuesVerlExpects() throws Exception {
        Path out = folder.resolve("verl");
        Cli result = Cli.run("export", "--mix", MIX, "--format", "verl", "--train", "300", "--test", "40", "--level", "3", "--seed", "7",
                "--out", out.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("wrote 300 train cases to").contains("40 test cases").contains("as verl");
        assertThat(result.out().lines().count()).isEqualTo(1);
        assertThat(listing(out)).containsExactlyInAnyOrder("train.parquet", "test.parquet");

        Path train = out.resolve("train.parquet");
        Map<String, String> types = new HashMap<>();
        for (List<String> row : query("DESCRIBE SELECT * FROM " + parquet(train))) {
            types.put(row.get(0), row.get(1).replace("\"", ""));
        }
        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of(
                "data_source", "VARCHAR",
                "prompt", "STRUCT(role VARCHAR, content VARCHAR)[]",
                "ability", "VARCHAR",
                "reward_model", "STRUCT(style VARCHAR, ground_truth VARCHAR)",
                "extra_info", "STRUCT(id VARCHAR, bootcamp VARCHAR, level INTEGER, index BIGINT, split VARCHAR)"));
        Map<String, List<String>> schema = new HashMap<>();
        for (List<String> row : query("SELECT name, repetition_type, converted_type, logical_type FROM parquet_schema('" + train + "')")) {
            schema.put(row.get(0), row.subList(1, 4));
        }
        assertThat(schema.get("data_source").subList(0, 2)).containsExactly("REQUIRED", "UTF8");
        assertThat(schema.get("prompt").subList(0, 2)).containsExactly("OPTIONAL", "LIST");
        assertThat(schema.get("list").get(0)).isEqualTo("REPEATED");
        assertThat(query("SELECT DISTINCT compression FROM parquet_metadata('" + train + "')")).containsExactly(List.of("GZIP"));

        CasePlan plan = plan(MIX, 7, 3, Split.TRAIN);
        List<List<String>> rows = query("SELECT data_source, prompt[1].role, prompt[1].content, ability, reward_model.style,"
                + " reward_model.ground_truth, extra_info.level, extra_info.id, extra_info.bootcamp, extra_info.index, extra_info.split,"
                + " len(prompt) FROM " + parquet(train) + " ORDER BY extra_info.index");
        assertThat(rows).hasSize(300);
        Verifier verifier = new Verifier(CATALOG);
        for (int i = 0; i < rows.size(); i++) {
            Case expected = plan.caseAt(i);
            List<String> row = rows.get(i);
            assertThat(row).as("row %d", i).containsExactly("bootcamp/" + expected.bootcamp(), "user", expected.prompt(),
                    CATALOG.info(expected.bootcamp()).domain(), "rule", Verifier.specJson(expected), String.valueOf(expected.level()),
                    expected.id(), expected.bootcamp(), String.valueOf(i), "train", "1");
            if (i < 30) {
                // the ground truth alone is enough to verify: the bridge regenerates the case from the spec
                Case spec = Verifier.readCase(new TextNode(row.get(5)));
                assertThat(verifier.verify(spec, "<answer>" + expected.answerText() + "</answer>").score().verdict()).isEqualTo(Verdict.CORRECT);
                assertThat(verifier.verify(spec, "<answer>nonsense</answer>").score().reward()).isLessThan(1.0);
            }
        }
        assertThat(query("SELECT count(*), min(extra_info.index), max(extra_info.index) FROM " + parquet(out.resolve("test.parquet"))))
                .containsExactly(List.of("40", "0", "39"));
        assertThat(query("SELECT DISTINCT extra_info.split FROM " + parquet(out.resolve("test.parquet")))).containsExactly(List.of("test"));
    }

    @Test
    void trainAndTestShareNoCaseAndExportsAreReproducible() throws Exception {
        Path out = folder.resolve("splits");
        String[] args = {"export", "--mix", MIX, "--format", "verl", "--train", "2000", "--test", "500", "--seed", "11", "--out", out.toString()};
        assertThat(Cli.run(args).code()).isZero();
        Path train = out.resolve("train.parquet");
        Path test = out.resolve("test.parquet");
        assertThat(query("SELECT count(*) FROM " + parquet(train) + " WHERE extra_info.id IN (SELECT extra_info.id FROM " + parquet(test) + ")"))
                .containsExactly(List.of("0"));
        assertThat(query("SELECT count(DISTINCT extra_info.id) FROM " + parquet(train))).containsExactly(List.of("2000"));
        assertThat(Split.TRAIN.seed(11)).isNotEqualTo(Split.TEST.seed(11));

        byte[] first = Files.readAllBytes(train);
        Path again = folder.resolve("again");
        String[] oneThread = Stream.concat(Arrays.stream(args).map(arg -> arg.equals(out.toString()) ? again.toString() : arg),
                Stream.of("--threads", "1")).toArray(String[]::new);
        assertThat(Cli.run(oneThread).code()).isZero();
        assertThat(Files.readAllBytes(again.resolve("train.parquet"))).isEqualTo(first);
        assertThat(Files.readAllBytes(again.resolve("test.parquet"))).isEqualTo(Files.readAllBytes(test));
    }

    @Test
    void caseIdSetIsExact() {
        CaseIdSet ids = new CaseIdSet();
        assertThat(ids.add("knapsack/v1/00000000000000ff")).isTrue();
        assertThat(ids.add("knapsack/v1/00000000000000ff")).isFalse();
        assertThat(ids.add("knapsack/v1/0000000000000000")).isTrue();
        assertThat(ids.add("knapsack/v1/ffffffffffffffff")).isTrue();
        assertThat(ids.add("odd-id")).isTrue();
        for (int i = 0; i < 10_000; i++) {
            ids.add(String.format("sudoku/v2/%016x", i * 0x9E3779B97F4A7C15L));
        }
        assertThat(ids.size()).isEqualTo(10_004);
        assertThat(ids.contains("knapsack/v2/00000000000000ff")).as("other version").isFalse();
        assertThat(ids.contains("sudoku/v1/00000000000000ff")).as("other bootcamp").isFalse();
        assertThat(ids.contains("knapsack/v1/00000000000000FF")).as("other spelling").isFalse();
        assertThat(ids.contains(String.format("sudoku/v2/%016x", 9_999 * 0x9E3779B97F4A7C15L))).isTrue();
        assertThat(ids.contains("odd-id")).isTrue();
        assertThat(ids.contains("odd-id2")).isFalse();
    }

    @Test
    void jsonLineFormatsCarryTheSpecAsAString() throws Exception {
        Path out = folder.resolve("jsonl");
        CasePlan plan = plan("knapsack", 5, 5, Split.TRAIN);
        Verifier verifier = new Verifier(CATALOG);

        assertThat(Cli.run("export", "knapsack", "--format", "chat", "--train", "20", "--test", "5", "--seed", "5", "--out", out.resolve("chat").toString())
                .code()).isZero();
        List<String> chat = Files.readAllLines(out.resolve("chat/train.jsonl"), StandardCharsets.UTF_8);
        assertThat(chat).hasSize(20);
        assertThat(Files.readAllLines(out.resolve("chat/test.jsonl"), StandardCharsets.UTF_8)).hasSize(5);
        for (int i = 0; i < chat.size(); i++) {
            Case expected = plan.caseAt(i);
            JsonNode line = Json.readTree(chat.get(i));
            assertThat(fieldNames(line)).containsExactly("prompt", "case", "id");
            assertThat(line.get("prompt").size()).isEqualTo(1);
            assertThat(line.get("prompt").get(0).get("role").asText()).isEqualTo("user");
            assertThat(line.get("prompt").get(0).get("content").asText()).isEqualTo(expected.prompt());
            assertThat(line.get("case").isTextual()).isTrue();
            assertThat(line.get("case").asText()).isEqualTo(Verifier.specJson(expected));
            assertThat(line.get("id").asText()).isEqualTo(expected.id());
        }

        assertThat(Cli.run("export", "knapsack", "--format", "openrlhf", "--train", "20", "--seed", "5", "--out", out.resolve("openrlhf").toString())
                .code()).isZero();
        assertThat(listing(out.resolve("openrlhf"))).containsExactly("train.jsonl");
        List<String> openRlhf = Files.readAllLines(out.resolve("openrlhf/train.jsonl"), StandardCharsets.UTF_8);
        for (int i = 0; i < openRlhf.size(); i++) {
            Case expected = plan.caseAt(i);
            JsonNode line = Json.readTree(openRlhf.get(i));
            assertThat(fieldNames(line)).containsExactly("input", "label");
            assertThat(line.get("input").asText()).isEqualTo(expected.prompt());
            Case spec = Verifier.readCase(line.get("label"));
            assertThat(spec.id()).isEqualTo(expected.id());
            assertThat(verifier.verify(spec, "<answer>" + expected.answerText() + "</answer>").score().passed()).isTrue();
        }

        // our own format is exactly what generate writes for the split's seed stream
        assertThat(Cli.run("export", "knapsack", "--format", "jsonl", "--train", "20", "--seed", "5", "--out", out.resolve("cases").toString())
                .code()).isZero();
        Path generated = folder.resolve("generated.jsonl");
        assertThat(Cli.run("generate", "knapsack", "--count", "20", "--seed", String.valueOf(Split.TRAIN.seed(5)), "--out", generated.toString())
                .code()).isZero();
        assertThat(Files.readAllLines(out.resolve("cases/train.jsonl"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readAllLines(generated, StandardCharsets.UTF_8));
    }

    @Test
    void anInterruptedExportLeavesNoFileBehind() throws Exception {
        Path out = folder.resolve("interrupted");
        Exporter.Request request = new Exporter.Request(Mix.parse(MIX, CATALOG), 3, 5, Map.of(), AnswerStyle.TAGS, ExportFormat.VERL, 5000, 300,
                out, 4);
        // the test split is complete by then, but no file may appear until both are
        assertThatThrownBy(() -> new Exporter(CATALOG).export(request, done -> {
            if (done > 1000) {
                throw new IllegalStateException("interrupted");
            }
        })).hasMessage("interrupted");
        assertThat(listing(out)).isEmpty();

        Path target = folder.resolve("half.parquet");
        try (PartialFile file = PartialFile.create(target)) {
            ParquetWriter writer = ParquetWriter.open(file.stream(), new ParquetSchema(List.of(ParquetSchema.requiredString("a"))),
                    ParquetWriter.Options.defaults());
            writer.write(Map.of("a", "x"));
            assertThatThrownBy(() -> writer.write(Map.of("b", "y"))).hasMessageContaining("fields the schema lacks: [b]");
            assertThatThrownBy(() -> writer.write(Map.of("a", "z"))).hasMessageContaining("unusable");
        }
        assertThat(listing(folder)).doesNotContain("half.parquet").noneMatch(name -> name.endsWith(".partial"));
    }

    @Test
    void badOptionsAreOneLineUsageErrors() throws IOException {
        Path out = folder.resolve("never");
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        assertRejected(Cli.run("export", "knapsack", "--train", "5", "--out", out.toString()), "give --format");
        assertRejected(Cli.run("export", "knapsack", "--format", "verl", "--out", out.toString()), "give --train");
        assertRejected(Cli.run("export", "knapsack", "--format", "verl", "--train", "5"), "give --out");
        assertRejected(Cli.run("export", "--format", "verl", "--train", "5", "--out", out.toString()), "name bootcamp ids or give --mix");
        assertRejected(Cli.run("export", "knapsack", "--format", "verll", "--train", "5", "--out", out.toString()), "did you mean 'verl'");
        assertRejected(Cli.run("export", "knapsack", "--format", "verl", "--train", "lots", "--out", out.toString()), "--train must be a whole number");
        assertRejected(Cli.run("export", "knapsack", "--format", "verl", "--train", "0", "--out", out.toString()), "--train must be at least 1");
        assertRejected(Cli.run("export", "knapsack", "--format", "verl", "--train", "5", "--test", "-1", "--out", out.toString()),
                "--test must be at least 0");
        assertRejected(Cli.run("export", "knapsack", "--format", "verl", "--train", "5", "--out", file.toString()), "is a file");
        assertRejected(Cli.run("export", "knapsak", "--format", "verl", "--train", "5", "--out", out.toString()), "did you mean 'knapsack'");
        assertRejected(Cli.run("export", "knapsack", "--format", "verl", "--train", "5", "--set", "items=999", "--out", out.toString()), "items");
        assertThat(out).doesNotExist();

        Path earlier = folder.resolve("earlier");
        assertThat(Cli.run("export", "knapsack", "--format", "chat", "--train", "3", "--test", "2", "--out", earlier.toString()).code()).isZero();
        assertRejected(Cli.run("export", "knapsack", "--format", "chat", "--train", "3", "--seed", "9", "--out", earlier.toString()),
                "left from an earlier export");
    }

    @Test
    void parquetWriterShredsNullsEmptyListsAndManyRowGroups() throws Exception {
        ParquetSchema schema = new ParquetSchema(List.of(
                ParquetSchema.requiredString("name"),
                ParquetSchema.listOfStructs("items", ParquetSchema.string("key"), ParquetSchema.int64("count")),
                new ParquetSchema.ListOf("tags", true, ParquetSchema.string("element")),
                ParquetSchema.struct("info", ParquetSchema.int32("level"), ParquetSchema.struct("inner", ParquetSchema.string("note")))));
        Random random = new Random(42);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(randomRow(random, i));
        }
        for (ParquetWriter.Codec codec : ParquetWriter.Codec.values()) {
            Path path = folder.resolve("shred-" + codec + ".parquet");
            // small row groups and pages, so rows cross many of both
            ParquetWriter.Options options = new ParquetWriter.Options(codec, 37, 1L << 20, 300, new java.util.TreeMap<>(Map.of("k", "v")));
            try (PartialFile file = PartialFile.create(path); ParquetWriter writer = ParquetWriter.open(file.stream(), schema, options)) {
                for (Map<String, Object> row : rows) {
                    writer.write(row);
                }
                writer.finish();
                file.commit();
            }
            assertThat(query("SELECT count(*) FROM parquet_metadata('" + path + "') WHERE column_id = 0")).containsExactly(List.of("14"));
            assertThat(query("SELECT value FROM parquet_kv_metadata('" + path + "') WHERE key = 'k'")).containsExactly(List.of("v"));
            List<List<String>> actual = query("SELECT to_json(t) FROM " + parquet(path) + " t");
            assertThat(actual).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(Json.readTree(actual.get(i).get(0))).as("%s row %d", codec, i).isEqualTo(Json.readTree(Json.write(rows.get(i))));
            }
        }
    }

    /** A row with every field spelled out, nulls included, in the shape DuckDB's to_json gives back. */
    private static Map<String, Object> randomRow(Random random, int index) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "row " + index + " é\u2603" + "x".repeat(random.nextInt(60)));
        row.put("items", random.nextInt(5) == 0 ? null : items(random));
        List<String> tags = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            tags.add(random.nextInt(4) == 0 ? null : "t" + random.nextInt(100));
        }
        row.put("tags", random.nextInt(6) == 0 ? null : tags);
        Map<String, Object> info = null;
        if (random.nextInt(5) != 0) {
            info = new LinkedHashMap<>();
            info.put("level", random.nextInt(3) == 0 ? null : random.nextInt(2_000_000) - 1_000_000);
            Map<String, Object> inner = null;
            if (random.nextBoolean()) {
                inner = new LinkedHashMap<>();
                inner.put("note", random.nextBoolean() ? null : "n" + index);
            }
            info.put("inner", inner);
        }
        row.put("info", info);
        return row;
    }

    private static List<Map<String, Object>> items(Random random) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int k = random.nextInt(12); k > 0; k--) {
            if (random.nextInt(7) == 0) {
                items.add(null);
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", random.nextInt(4) == 0 ? null : "k" + random.nextInt(1000));
            item.put("count", random.nextInt(4) == 0 ? null : random.nextLong());
            items.add(item);
        }
        return items;
    }

    private static CasePlan plan(String mix, long seed, int level, Split split) {
        return new CasePlan(CATALOG, Mix.parse(mix, CATALOG), split.seed(seed), level, Map.of(), AnswerStyle.TAGS);
    }

    private static String parquet(Path path) {
        return "read_parquet('" + path.toString().replace("'", "''") + "')";
    }

    private static List<List<String>> query(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = duckdb.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(result.getString(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> listing(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertRejected(Cli result, String message) {
        assertThat(result.code()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(message);
        assertThat(result.err().lines().count()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
