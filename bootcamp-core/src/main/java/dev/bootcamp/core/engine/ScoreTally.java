package dev.bootcamp.core.engine;

import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts of scored responses: how many, the reward sum, and how many of each verdict. Mergeable, so shards add up. */
public final class ScoreTally implements Serializable {
    private static final long serialVersionUID = 1L;

    private long count;
    private double rewardSum;
    private final EnumMap<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);

    public void add(Score score) {
        count++;
        rewardSum += score.reward();
        verdicts.merge(score.verdict(), 1L, Long::sum);
    }

    public void merge(ScoreTally other) {
        count += other.count;
        rewardSum += other.rewardSum;
        other.verdicts.forEach((verdict, n) -> verdicts.merge(verdict, n, Long::sum));
    }

    public long count() {
        return count;
    }

    public double mean() {
        return count == 0 ? 0 : rewardSum / count;
    }

    public long of(Verdict verdict) {
        return verdicts.getOrDefault(verdict, 0L);
    }

    /** Counts {@code score} in the tally of its bootcamp and level in {@code tallies}. */
    public static void add(SortedMap<String, SortedMap<Integer, ScoreTally>> tallies, String bootcamp, int level, Score score) {
        of(tallies, bootcamp, level).add(score);
    }

    /** Adds {@code from} (bootcamp, then level) into {@code into}. */
    public static void mergeInto(SortedMap<String, SortedMap<Integer, ScoreTally>> into, Map<String, ? extends Map<Integer, ScoreTally>> from) {
        from.forEach((bootcamp, byLevel) -> byLevel.forEach((level, tally) -> of(into, bootcamp, level).merge(tally)));
    }

    private static ScoreTally of(SortedMap<String, SortedMap<Integer, ScoreTally>> tallies, String bootcamp, int level) {
        return tallies.computeIfAbsent(bootcamp, key -> new TreeMap<>()).computeIfAbsent(level, key -> new ScoreTally());
    }
}
