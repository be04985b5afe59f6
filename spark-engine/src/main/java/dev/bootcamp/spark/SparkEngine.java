package dev.bootcamp.spark;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Names;
import dev.bootcamp.core.CasePlan;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.RegistryException;
import dev.bootcamp.core.engine.ClusterEngine;
import dev.bootcamp.core.engine.EngineException;
import dev.bootcamp.core.engine.GenerateJob;
import dev.bootcamp.core.engine.GenerateManifest;
import dev.bootcamp.core.engine.ShardResult;
import dev.bootcamp.core.engine.ShardWriter;
import dev.bootcamp.core.engine.VerifyJob;
import dev.bootcamp.core.engine.VerifyReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.spark.SparkException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The generate and verify jobs on Apache Spark. Generation is one task per shard: each task makes its range of case
 * indices with {@link ShardWriter}, the code {@code bootcamp generate} runs, and renames its file into place when
 * complete; the driver deletes the old manifest first and writes the new one last, so a folder with a manifest is
 * complete and a killed job, run again, writes the same bytes.
 */
@AutoService(ClusterEngine.class)
public final class SparkEngine implements ClusterEngine {
    static final String SHARD_PREFIX = "shard-";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public GenerateManifest generate(GenerateJob job) throws Exception {
        Catalog catalog = ExecutorCatalog.get();
        CasePlan plan;
        try {
            plan = job.plan(catalog);
        } catch (RegistryException e) {
            throw new RegistryException(e.getMessage() + " (executors see the bootcamps on the class path; plugin folders are not shipped to them)");
        }
        try (Sessions.Opened opened = Sessions.open(job.master(), "bootcamp generate")) {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(opened.session().sparkContext());
            HadoopFolder folder = HadoopFolder.of(job.out(), context.hadoopConfiguration());
            folder.create();
            folder.delete(GenerateManifest.FILE);
            List<Integer> shards = IntStream.range(0, job.shards()).boxed().toList();
            List<ShardResult> results = context.parallelize(shards, job.shards()).map(index -> writeShard(job, folder, index)).collect();
            Set<String> names = new TreeSet<>();
            results.forEach(result -> names.add(result.file()));
            folder.removeStale(SHARD_PREFIX, names);
            GenerateManifest manifest = GenerateManifest.of(job, plan, catalog, results);
            byte[] json = manifest.toJson().getBytes(StandardCharsets.UTF_8);
            folder.finish(GenerateManifest.FILE, json);
            return manifest;
        } catch (Exception e) {
            throw e instanceof SparkException ? failed("generate", e) : e;
        }
    }

    @Override
    public VerifyReport verify(VerifyJob job) throws Exception {
        try (Sessions.Opened opened = Sessions.open(job.master(), "bootcamp verify")) {
            return new SparkVerify(opened.session(), job).run();
        } catch (Exception e) {
            throw e instanceof SparkException ? failed("verify", e) : e;
        }
    }

    private static ShardResult writeShard(GenerateJob job, HadoopFolder folder, int index) throws Exception {
        Catalog catalog = ExecutorCatalog.get();
        CasePlan plan = job.plan(catalog);
        return folder.writeAtomically(job.shardName(index), attempt(), out -> ShardWriter.write(job, plan, catalog, index, out));
    }

    static String attempt() {
        TaskContext task = TaskContext.get();
        return task == null ? "driver" : "attempt-" + task.taskAttemptId();
    }

    /** A failed Spark job as one line: the deepest cause's message, which names what went wrong in our code. */
    static EngineException failed(String job, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new EngineException("the Spark " + job + " job failed: " + root.getClass().getSimpleName() + ": " + Names.firstLine(root.getMessage()),
                e);
    }
}
