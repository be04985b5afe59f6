package dev.bootcamp.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.engine.ScoreTally;
import dev.bootcamp.core.engine.VerifyJob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code _manifest.json} of a verify job's output, written last: the inputs, each score shard's lines, size and SHA-256,
 * the problems count, and the summary (per bootcamp and level: responses, mean reward, verdicts).
 */
final class VerifyManifest {
    static final String FILE = "_manifest.json";

    private VerifyManifest() {}

    static String json(VerifyJob job, List<ScoreShard> shards, SortedMap<String, SortedMap<Integer, ScoreTally>> tallies, long problems)
            throws JsonProcessingException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("manifest", 1);
        manifest.put("job", "verify");
        manifest.put("cases", job.cases());
        manifest.put("responses", job.responses());
        manifest.put("partitions", job.partitions());
        List<Map<String, Object>> files = new ArrayList<>();
        long scored = 0;
        for (ScoreShard shard : shards) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", shard.file());
            file.put("lines", shard.lines());
            file.put("bytes", shard.bytes());
            file.put("sha256", shard.sha256());
            files.add(file);
            scored += shard.lines();
        }
        manifest.put("scored", scored);
        manifest.put("problems", problems);
        Map<String, Map<Integer, Map<String, Object>>> summary = new TreeMap<>();
        tallies.forEach((bootcamp, byLevel) -> byLevel.forEach((level, tally) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("responses", tally.count());
            row.put("mean_reward", tally.mean());
            for (Verdict verdict : Verdict.values()) {
                row.put(verdict.wireName(), tally.of(verdict));
            }
            summary.computeIfAbsent(bootcamp, key -> new TreeMap<>()).put(level, row);
        }));
        manifest.put("summary", summary);
        manifest.put("shards", files);
        return Json.prettyWriter().writeValueAsString(manifest) + "\n";
    }
}
