package dev.bootcamp.core.engine;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.core.CasePlan;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Mix;
import dev.bootcamp.core.format.ExportFormat;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sharded generation job: what {@code bootcamp generate} would make (mix, count, level, knob overrides, style, run
 * seed), cut into {@code shards} consecutive ranges of case indices, each written as one file named by its index. Shard
 * {@code k} holds cases {@code [count*k/shards, count*(k+1)/shards)}, so the shards read in order are the
 * single-process output byte for byte.
 *
 * @param mix the mix spec as the user gave it (ids, domains, globs with weights)
 * @param overrides knob overrides by name, applied to every bootcamp in the mix
 * @param style the answer style's wire name
 * @param out the output folder: a path or a URI that the engine's file system understands (hdfs://, s3a://, file:)
 * @param master the engine's master (for Spark: local[*], spark://host:7077, yarn); null takes the engine's default
 */
public record GenerateJob(String mix, long count, int level, Map<String, String> overrides, String style, long seed, ExportFormat format,
        boolean gzip, int shards, String out, String master) implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int MAX_SHARDS = 100_000;
    public static final long MAX_COUNT = 1_000_000_000_000L;

    public GenerateJob {
        requireNonNull(mix, "mix is null");
        requireNonNull(style, "style is null");
        requireNonNull(format, "format is null");
        requireNonNull(out, "out is null");
        overrides = new TreeMap<>(requireNonNull(overrides, "overrides is null"));
        if (count < 0 || count > MAX_COUNT) {
            throw new ConfigurationException("count must be in 0.." + MAX_COUNT + ", found " + count);
        }
        if (shards < 1 || shards > MAX_SHARDS) {
            throw new ConfigurationException("shards must be in 1.." + MAX_SHARDS + ", found " + shards);
        }
        if (gzip && format == ExportFormat.VERL) {
            throw new ConfigurationException("gzip applies to JSON lines; Parquet pages are already GZIP-compressed");
        }
    }

    /** One shard per 100,000 cases (at least one). */
    public static int defaultShards(long count) {
        return (int) Math.min(MAX_SHARDS, Math.max(1, (count + 99_999) / 100_000));
    }

    /** The plan every shard generates from; making it validates the mix and the overrides. */
    public CasePlan plan(Catalog catalog) {
        return new CasePlan(catalog, Mix.parse(mix, catalog), seed, level, overrides, AnswerStyle.parse(style));
    }

    /** The first case index of shard {@code index}; {@code start(shards)} is the count. */
    public long start(int index) {
        // count <= 1e12 and index <= 1e5, so the product fits in a long.
        return count * index / shards;
    }

    /** The shard's file name: {@code shard-00007.jsonl}, {@code shard-00007.jsonl.gz}, {@code shard-00007.parquet}. */
    public String shardName(int index) {
        return String.format(Locale.ROOT, "shard-%05d.%s%s", index, format.extension(), gzip ? ".gz" : "");
    }
}
