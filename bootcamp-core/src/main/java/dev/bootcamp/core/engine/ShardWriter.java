package dev.bootcamp.core.engine;

import dev.bootcamp.core.Case;
import dev.bootcamp.core.CaseLine;
import dev.bootcamp.core.CasePlan;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.format.Split;
import dev.bootcamp.core.format.SplitWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one shard of a generation job onto a stream, on the calling thread, with the same code and per-case seeds as
 * {@code bootcamp generate}, through the one case writer ({@link CasePlan#lineAt}): JSON lines are {@code generate}'s
 * lines, verl rows are {@code export}'s rows (indexed by the case's index in the whole job). Any engine calls this;
 * only where the bytes go differs.
 */
public final class ShardWriter {
    private ShardWriter() {}

    /** Writes shard {@code index} onto {@code out} and closes it; returns what the shard holds. */
    public static ShardResult write(GenerateJob job, CasePlan plan, Catalog catalog, int index, OutputStream out) throws IOException {
        long start = job.start(index);
        long end = job.start(index + 1);
        HashingOutputStream hashing = new HashingOutputStream(out);
        SortedMap<String, SortedMap<Integer, Long>> counts = new TreeMap<>();
        try (SplitWriter<?> writer = SplitWriter.onto(job.format(), job.gzip() ? new GZIPOutputStream(hashing, 1 << 16) : hashing, Split.TRAIN,
                catalog, metadata(job, index))) {
            writeRows(writer, plan, start, end, counts);
            writer.finish();
        }
        return new ShardResult(index, job.shardName(index), start, end, hashing.count(), hashing.sha256(), counts);
    }

    private static <R> void writeRows(SplitWriter<R> writer, CasePlan plan, long start, long end, SortedMap<String, SortedMap<Integer, Long>> counts)
            throws IOException {
        for (long i = start; i < end; i++) {
            CaseLine line = plan.lineAt(i);
            Case record = line.summary();
            writer.write(writer.prepare(line, i));
            counts.computeIfAbsent(record.bootcamp(), key -> new TreeMap<>()).merge(record.level(), 1L, Long::sum);
        }
    }

    /** Stored in a Parquet shard's footer under {@code bootcamp.shard}: how to make the same file again. */
    private static Map<String, String> metadata(GenerateJob job, int index) {
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("mix", job.mix());
        shard.put("run_seed", job.seed());
        shard.put("level", job.level());
        shard.put("style", job.style());
        shard.put("knob_overrides", job.overrides());
        shard.put("count", job.count());
        shard.put("shards", job.shards());
        shard.put("shard", index);
        return Map.of("bootcamp.shard", Json.write(shard));
    }
}
