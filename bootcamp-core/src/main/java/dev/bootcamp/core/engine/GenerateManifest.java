package dev.bootcamp.core.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.core.CasePlan;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record of a finished generation job, written last as {@code _manifest.json}: its presence says every shard is
 * complete. It holds how to make the same bytes again (the job, each bootcamp's version and knobs) and what was made
 * (counts per bootcamp and level, each shard's size and SHA-256, and one hash over all shards). It says nothing of
 * when or by which engine, so the same job always writes the same manifest.
 */
public record GenerateManifest(
        @JsonProperty("manifest") int manifest,
        @JsonProperty("mix") String mix,
        @JsonProperty("weights") Map<String, Double> weights,
        @JsonProperty("count") long count,
        @JsonProperty("level") int level,
        @JsonProperty("seed") long seed,
        @JsonProperty("style") String style,
        @JsonProperty("knob_overrides") SortedMap<String, String> overrides,
        @JsonProperty("format") String format,
        @JsonProperty("compression") String compression,
        @JsonProperty("bootcamps") SortedMap<String, Bootcamp> bootcamps,
        @JsonProperty("counts") SortedMap<String, SortedMap<Integer, Long>> counts,
        @JsonProperty("shards") List<ShardResult> shards,
        @JsonProperty("sha256") String sha256) {
    public static final String FILE = "_manifest.json";

    /** A bootcamp's version and the knobs its cases were made with. */
    public record Bootcamp(@JsonProperty("version") int version, @JsonProperty("knobs") Map<String, Object> knobs) {}

    public static GenerateManifest of(GenerateJob job, CasePlan plan, Catalog catalog, List<ShardResult> shards) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < plan.mix().ids().size(); i++) {
            weights.put(plan.mix().ids().get(i), plan.mix().weights().get(i));
        }
        SortedMap<String, Bootcamp> bootcamps = new TreeMap<>();
        for (Map.Entry<String, Knobs> entry : plan.knobs().entrySet()) {
            bootcamps.put(entry.getKey(), new Bootcamp(catalog.info(entry.getKey()).version(), entry.getValue().values()));
        }
        List<ShardResult> ordered = new ArrayList<>(shards);
        ordered.sort((a, b) -> Integer.compare(a.index(), b.index()));
        SortedMap<String, SortedMap<Integer, Long>> counts = new TreeMap<>();
        MessageDigest digest = sha256Digest();
        for (ShardResult shard : ordered) {
            shard.addCountsTo(counts);
            digest.update(shard.sha256().getBytes(StandardCharsets.US_ASCII));
        }
        return new GenerateManifest(1, job.mix(), weights, job.count(), job.level(), job.seed(), job.style(), new TreeMap<>(job.overrides()),
                job.format().wireName(), job.gzip() ? "gzip" : "none", bootcamps, counts, List.copyOf(ordered), HexFormat.of().formatHex(digest.digest()));
    }

    public String toJson() {
        try {
            return Json.prettyWriter().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the manifest did not serialise: " + e.getOriginalMessage(), e);
        }
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }
}
