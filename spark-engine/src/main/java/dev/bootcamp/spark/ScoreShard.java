package dev.bootcamp.spark;

import dev.bootcamp.core.engine.ScoreTally;
import java.io.Serializable;
import java.util.List;
import java.util.SortedMap;

/**
 * What one partition of a verify job produced: its tallies, its problems (how many, the first few reasons) and, when
 * the job writes scores, its shard's name, line count, size and SHA-256.
 */
record ScoreShard(int index, SortedMap<String, SortedMap<Integer, ScoreTally>> tallies, long problems, List<String> firstProblems, String file,
        long lines, long bytes, String sha256) implements Serializable {
    private static final long serialVersionUID = 1L;
}
