package dev.bootcamp.core.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one shard holds: its case range, its size and SHA-256 (of the file's bytes, as stored), and how many cases of
 * each bootcamp and level.
 */
public record ShardResult(int index, String file, long start, long end, long bytes, String sha256,
        SortedMap<String, SortedMap<Integer, Long>> counts) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ShardResult {
        TreeMap<String, SortedMap<Integer, Long>> copy = new TreeMap<>();
        counts.forEach((bootcamp, byLevel) -> copy.put(bootcamp, new TreeMap<>(byLevel)));
        counts = copy;
    }

    @JsonProperty("cases")
    public long cases() {
        return end - start;
    }

    /** Adds this shard's counts into {@code total}. */
    void addCountsTo(Map<String, SortedMap<Integer, Long>> total) {
        counts.forEach((bootcamp, byLevel) -> byLevel.forEach((level, n) ->
                total.computeIfAbsent(bootcamp, key -> new TreeMap<>()).merge(level, n, Long::sum)));
    }
}
