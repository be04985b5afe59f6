package dev.bootcamp.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.Case;
import dev.bootcamp.api.Catalog;
import dev.bootcamp.api.GenerationException;
import dev.bootcamp.api.Json;
import dev.bootcamp.api.RegistryException;
import dev.bootcamp.bridge.BadInputException;
import dev.bootcamp.bridge.Verifier;
import dev.bootcamp.bridge.engine.HashingOutputStream;
import dev.bootcamp.bridge.engine.ScoreLine;
import dev.bootcamp.bridge.engine.ScoreTally;
import dev.bootcamp.bridge.engine.VerifyJob;
import dev.bootcamp.bridge.engine.VerifyReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The verify job: responses left-joined to cases by id (cases deduplicated by id), then sorted by (id, response) within
 * partitions that keep each id's responses together, so a GRPO group's puzzle is made once per partition and the score
 * shards come out the same on every run.
 */
final class SparkVerify {
    static final String SHARD_PREFIX = "scores-";
    private static final int PROBLEMS_KEPT = 20;
    /** Unreadable lines travel as keys starting with this, so that they are counted where everything else is scored. */
    private static final String PROBLEM = "\u0001problem ";

    private final SparkSession spark;
    private final VerifyJob job;
    private final JavaSparkContext context;

    SparkVerify(SparkSession spark, VerifyJob job) {
        this.spark = spark;
        this.job = job;
        this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    VerifyReport run() throws IOException {
        Configuration configuration = context.hadoopConfiguration();
        HashPartitioner partitioner = new HashPartitioner(job.partitions());
        List<String> caseFiles = new ArrayList<>();
        for (String location : job.cases()) {
            caseFiles.addAll(HadoopFolder.files(location, configuration));
        }
        JavaPairRDD<String, String> cases = caseRecords(caseFiles).reduceByKey(partitioner, (first, second) -> first);
        JavaPairRDD<String, String> responses = responses(HadoopFolder.files(job.responses(), configuration));
        HadoopFolder folder = job.out() == null ? null : HadoopFolder.of(job.out(), configuration);
        if (folder != null) {
            folder.create();
            folder.delete(VerifyManifest.FILE);
        }
        // A full join, so that unreadable case lines (keyed as problems) come through; cases nobody answered are dropped.
        List<ScoreShard> shards = responses.fullOuterJoin(cases, partitioner)
                .filter(joined -> joined._2()._1().isPresent() || joined._1().startsWith(PROBLEM))
                .mapToPair(joined -> new Tuple2<>(joined._1() + '\u0000' + joined._2()._1().orElse(""), joined._2()._2().orElse("")))
                .repartitionAndSortWithinPartitions(new IdPartitioner(job.partitions()))
                .mapPartitionsWithIndex((index, rows) -> List.of(score(index, rows, folder)).iterator(), true)
                .collect();
        SortedMap<String, SortedMap<Integer, ScoreTally>> tallies = new TreeMap<>();
        long problems = 0;
        List<String> firstProblems = new ArrayList<>();
        for (ScoreShard shard : shards) {
            ScoreTally.mergeInto(tallies, shard.tallies());
            problems += shard.problems();
            shard.firstProblems().stream().limit(Math.max(0, PROBLEMS_KEPT - firstProblems.size())).forEach(firstProblems::add);
        }
        if (folder != null) {
            TreeSet<String> names = new TreeSet<>();
            shards.forEach(shard -> names.add(shard.file()));
            folder.removeStale(SHARD_PREFIX, names);
            byte[] manifest = VerifyManifest.json(job, shards, tallies, problems).getBytes(StandardCharsets.UTF_8);
            folder.finish(VerifyManifest.FILE, manifest);
        }
        return new VerifyReport(tallies, problems, firstProblems);
    }

    /** Case id to the bare case as JSON, from JSON-lines records or specs and from verl Parquet. */
    private JavaPairRDD<String, String> caseRecords(List<String> files) {
        List<String> parquet = files.stream().filter(SparkVerify::isParquet).toList();
        List<String> text = files.stream().filter(file -> !isParquet(file)).toList();
        JavaRDD<String> records = context.emptyRDD();
        if (!text.isEmpty()) {
            records = records.union(context.textFile(String.join(",", text)));
        }
        if (!parquet.isEmpty()) {
            records = records.union(column(parquet, "reward_model.ground_truth", "a verl case file"));
        }
        return records.filter(line -> !line.isBlank()).mapToPair(line -> {
            try {
                Case record = Verifier.readCase(Json.MAPPER.readTree(line));
                return new Tuple2<>(record.id(), Json.write(record.bare()));
            } catch (BadInputException | IOException e) {
                return new Tuple2<>(problemKey("a case is not readable (" + firstLine(e.getMessage()) + "): " + excerpt(line)), "");
            }
        });
    }

    /** Case id to response text, from {"id", "response"} JSON lines and from Parquet with those columns. */
    private JavaPairRDD<String, String> responses(List<String> files) {
        List<String> parquet = files.stream().filter(SparkVerify::isParquet).toList();
        List<String> text = files.stream().filter(file -> !isParquet(file)).toList();
        JavaPairRDD<String, String> pairs = JavaPairRDD.fromJavaRDD(context.emptyRDD());
        if (!text.isEmpty()) {
            pairs = pairs.union(context.textFile(String.join(",", text)).filter(line -> !line.isBlank()).mapToPair(line -> {
                try {
                    JsonNode node = Json.MAPPER.readTree(line);
                    if (node != null && node.path("id").isTextual() && node.path("response").isTextual()) {
                        return new Tuple2<>(node.get("id").asText(), node.get("response").asText());
                    }
                } catch (IOException e) {
                    // reported below like any other unreadable line
                }
                return new Tuple2<>(problemKey("expected {\"id\": string, \"response\": string}, found: " + excerpt(line)), "");
            }));
        }
        if (!parquet.isEmpty()) {
            pairs = pairs.union(rows(parquet, "responses with columns id and response").mapToPair(row -> new Tuple2<>(row._1(), row._2())));
        }
        return pairs;
    }

    private JavaRDD<String> column(List<String> files, String column, String what) {
        try {
            return spark.read().parquet(files.toArray(String[]::new)).selectExpr(column).javaRDD().map(row -> row.isNullAt(0) ? "" : row.getString(0));
        } catch (Exception e) {
            throw new BadInputException(files.get(0) + " is not " + what + " (" + firstLine(analysisMessage(e)) + ")");
        }
    }

    private JavaRDD<Tuple2<String, String>> rows(List<String> files, String what) {
        try {
            return spark.read().parquet(files.toArray(String[]::new)).selectExpr("id", "response").javaRDD()
                    .map(row -> new Tuple2<>(row.isNullAt(0) ? "" : row.getString(0), row.isNullAt(1) ? "" : row.getString(1)));
        } catch (Exception e) {
            throw new BadInputException(files.get(0) + " is not " + what + " (" + firstLine(analysisMessage(e)) + ")");
        }
    }

    private static ScoreShard score(int index, Iterator<Tuple2<String, String>> rows, HadoopFolder folder) throws IOException {
        Catalog catalog = ExecutorCatalog.get();
        Verifier verifier = new Verifier(catalog);
        SortedMap<String, SortedMap<Integer, ScoreTally>> tallies = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long[] counts = new long[2];
        String file = String.format(Locale.ROOT, "%s%05d.jsonl", SHARD_PREFIX, index);
        HadoopFolder.Writing<String> writing = out -> {
            HashingOutputStream hashing = new HashingOutputStream(out);
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(hashing, StandardCharsets.UTF_8), 1 << 16)) {
                while (rows.hasNext()) {
                    Tuple2<String, String> row = rows.next();
                    String line = scoreLine(row, verifier, tallies, problems, counts);
                    if (line != null) {
                        writer.write(line);
                        writer.write('\n');
                        counts[0]++;
                    }
                }
            }
            return hashing.count() + " " + hashing.sha256();
        };
        if (folder == null) {
            writing.write(OutputStream.nullOutputStream());
            return new ScoreShard(index, tallies, counts[1], problems, null, counts[0], 0, null);
        }
        String[] written = folder.writeAtomically(file, SparkEngine.attempt(), writing).split(" ");
        return new ScoreShard(index, tallies, counts[1], problems, file, counts[0], Long.parseLong(written[0]), written[1]);
    }

    /** Scores one (id NUL response, case) row; null when it cannot be scored, with the reason kept. */
    private static String scoreLine(Tuple2<String, String> row, Verifier verifier, SortedMap<String, SortedMap<Integer, ScoreTally>> tallies,
            List<String> problems, long[] counts) throws IOException {
        String key = row._1();
        int split = key.indexOf('\u0000');
        String id = key.substring(0, split);
        String response = key.substring(split + 1);
        String problem = null;
        if (id.startsWith(PROBLEM)) {
            problem = id.substring(PROBLEM.length());
        } else if (row._2().isEmpty()) {
            problem = "no case with id '" + id + "' among the cases";
        } else {
            try {
                Case record = Json.MAPPER.readValue(row._2(), Case.class);
                Verifier.Scored scored = verifier.verify(record, response);
                tallies.computeIfAbsent(record.bootcamp(), name -> new TreeMap<>()).computeIfAbsent(record.level(), level -> new ScoreTally())
                        .add(scored.score());
                return Json.write(new ScoreLine(id, record.bootcamp(), record.level(), scored.score().reward(), scored.score().verdict(),
                        scored.score().detail()));
            } catch (GenerationException | RegistryException e) {
                problem = id + ": " + firstLine(e.getMessage());
            }
        }
        counts[1]++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(problem);
        }
        return null;
    }

    private static String problemKey(String reason) {
        return PROBLEM + reason;
    }

    private static boolean isParquet(String file) {
        return file.endsWith(".parquet");
    }

    private static String excerpt(String line) {
        return line.length() <= 80 ? line : line.substring(0, 80) + "...";
    }

    private static String analysisMessage(Exception e) {
        return e instanceof AnalysisException analysis ? analysis.getSimpleMessage() : String.valueOf(e.getMessage());
    }

    static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
