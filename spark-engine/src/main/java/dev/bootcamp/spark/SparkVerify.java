package dev.bootcamp.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.api.Names;
import dev.bootcamp.core.BadInputException;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.GenerationException;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.RegistryException;
import dev.bootcamp.core.Verifier;
import dev.bootcamp.core.engine.HashingOutputStream;
import dev.bootcamp.core.engine.ScoreLine;
import dev.bootcamp.core.engine.ScoreTally;
import dev.bootcamp.core.engine.VerifyJob;
import dev.bootcamp.core.engine.VerifyReport;
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
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
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
        Map<Boolean, List<String>> byKind = files.stream().collect(Collectors.partitioningBy(SparkVerify::isParquet));
        JavaRDD<String> records = context.emptyRDD();
        if (!byKind.get(false).isEmpty()) {
            records = records.union(context.textFile(String.join(",", byKind.get(false))));
        }
        if (!byKind.get(true).isEmpty()) {
            records = records.union(parquet(byKind.get(true), "a verl case file", "reward_model.ground_truth").map(row -> text(row, 0)));
        }
        return records.filter(line -> !line.isBlank()).mapToPair(line -> {
            try {
                Case record = Verifier.readCase(Json.readTree(line));
                return new Tuple2<>(record.id(), Json.write(record.bare()));
            } catch (BadInputException | IOException e) {
                return new Tuple2<>(problemKey("a case is not readable (" + Names.firstLine(e.getMessage()) + "): " + excerpt(line)), "");
            }
        });
    }

    /** Case id to response text, from {"id", "response"} JSON lines and from Parquet with those columns. */
    private JavaPairRDD<String, String> responses(List<String> files) {
        Map<Boolean, List<String>> byKind = files.stream().collect(Collectors.partitioningBy(SparkVerify::isParquet));
        JavaPairRDD<String, String> pairs = JavaPairRDD.fromJavaRDD(context.emptyRDD());
        if (!byKind.get(false).isEmpty()) {
            pairs = pairs.union(context.textFile(String.join(",", byKind.get(false))).filter(line -> !line.isBlank()).mapToPair(line -> {
                try {
                    JsonNode node = Json.readTree(line);
                    if (node != null && node.path("id").isTextual() && node.path("response").isTextual()) {
                        return new Tuple2<>(node.get("id").asText(), node.get("response").asText());
                    }
                } catch (IOException e) {
                    // reported below like any other unreadable line
                }
                return new Tuple2<>(problemKey("expected {\"id\": string, \"response\": string}, found: " + excerpt(line)), "");
            }));
        }
        if (!byKind.get(true).isEmpty()) {
            pairs = pairs.union(parquet(byKind.get(true), "responses with columns id and response", "id", "response")
                    .mapToPair(row -> new Tuple2<>(text(row, 0), text(row, 1))));
        }
        return pairs;
    }

    /** The named columns of Parquet files; a file without them is a one-line error naming {@code what} it should be. */
    private JavaRDD<Row> parquet(List<String> files, String what, String... columns) {
        try {
            return spark.read().parquet(files.toArray(String[]::new)).selectExpr(columns).javaRDD();
        } catch (Exception e) {
            throw new BadInputException(files.get(0) + " is not " + what + " (" + Names.firstLine(analysisMessage(e)) + ")");
        }
    }

    private static String text(Row row, int column) {
        return row.isNullAt(column) ? "" : row.getString(column);
    }

    private static ScoreShard score(int index, Iterator<Tuple2<String, String>> rows, HadoopFolder folder) throws IOException {
        Catalog catalog = ExecutorCatalog.get();
        Verifier verifier = new Verifier(catalog);
        SortedMap<String, SortedMap<Integer, ScoreTally>> tallies = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long[] counts = new long[2];
        String file = String.format(Locale.ROOT, "%s%05d.jsonl", SHARD_PREFIX, index);
        HadoopFolder.Writing<HashingOutputStream> writing = out -> {
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
            return hashing;
        };
        if (folder == null) {
            writing.write(OutputStream.nullOutputStream());
            return new ScoreShard(index, tallies, counts[1], problems, null, counts[0], 0, null);
        }
        HashingOutputStream written = folder.writeAtomically(file, SparkEngine.attempt(), writing);
        return new ScoreShard(index, tallies, counts[1], problems, file, counts[0], written.count(), written.sha256());
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
                Case record = Json.read(row._2(), Case.class);
                Verifier.Scored scored = verifier.verify(record, response);
                ScoreTally.add(tallies, record.bootcamp(), record.level(), scored.score());
                return Json.write(new ScoreLine(id, record.bootcamp(), record.level(), scored.score().reward(), scored.score().verdict(),
                        scored.score().detail()));
            } catch (GenerationException | RegistryException | ConfigurationException | BadInputException e) {
                problem = id + ": " + Names.firstLine(e.getMessage());
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
}
