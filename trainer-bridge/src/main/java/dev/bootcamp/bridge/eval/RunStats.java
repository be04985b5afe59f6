package dev.bootcamp.bridge.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of one evaluation run, computed from its results. */
public record RunStats(String name, int cases, double accuracy, double correctRate, Map<String, Group> byDomain,
        Map<Integer, Group> byLevel, Map<String, Group> byBootcamp, Map<String, Integer> verdicts, Distribution latencyMillis,
        Distribution completionTokens, List<EvalResult> failures) {

    /** Cases and mean reward of one slice. */
    public record Group(int cases, double accuracy) {}

    /** Mean, median and 90th percentile of the values that were reported. */
    public record Distribution(int count, double mean, double median, double p90) {
        static Distribution of(long[] values) {
            long[] known = Arrays.stream(values).filter(value -> value >= 0).sorted().toArray();
            if (known.length == 0) {
                return new Distribution(0, 0, 0, 0);
            }
            double mean = Arrays.stream(known).average().orElse(0);
            return new Distribution(known.length, mean, known[known.length / 2], known[(int) Math.min(known.length - 1, Math.floor(known.length * 0.9))]);
        }
    }

    public static final List<String> VERDICTS = List.of("correct", "partial", "wrong", "no_answer", "malformed", "error");

    public static RunStats of(String name, Collection<EvalResult> results) {
        Map<String, List<Double>> domains = new TreeMap<>();
        Map<Integer, List<Double>> levels = new TreeMap<>();
        Map<String, List<Double>> bootcamps = new TreeMap<>();
        Map<String, Integer> verdicts = new TreeMap<>(Comparator.comparingInt(VERDICTS::indexOf));
        VERDICTS.forEach(verdict -> verdicts.put(verdict, 0));
        double sum = 0;
        int correct = 0;
        List<EvalResult> failures = new ArrayList<>();
        for (EvalResult result : results) {
            sum += result.reward();
            correct += result.verdict().equals("correct") ? 1 : 0;
            domains.computeIfAbsent(result.domain(), key -> new ArrayList<>()).add(result.reward());
            levels.computeIfAbsent(result.level(), key -> new ArrayList<>()).add(result.reward());
            bootcamps.computeIfAbsent(result.bootcamp(), key -> new ArrayList<>()).add(result.reward());
            verdicts.merge(result.verdict(), 1, Integer::sum);
            if (!result.verdict().equals("correct") && !result.failed() && failures.size() < 8) {
                failures.add(result);
            }
        }
        int n = results.size();
        return new RunStats(name, n, n == 0 ? 0 : sum / n, n == 0 ? 0 : (double) correct / n, groups(domains), groups(levels), groups(bootcamps),
                verdicts, Distribution.of(results.stream().mapToLong(EvalResult::latencyMillis).toArray()),
                Distribution.of(results.stream().mapToLong(EvalResult::completionTokens).toArray()), failures);
    }

    /** The bootcamps with the lowest accuracy, hardest first. */
    public List<Map.Entry<String, Group>> hardest(int count) {
        return byBootcamp.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Group> entry) -> entry.getValue().accuracy()).thenComparing(Map.Entry::getKey))
                .limit(count).toList();
    }

    private static <K> Map<K, Group> groups(Map<K, List<Double>> values) {
        Map<K, Group> groups = new TreeMap<>();
        values.forEach((key, rewards) -> groups.put(key, new Group(rewards.size(), rewards.stream().mapToDouble(Double::doubleValue).average().orElse(0))));
        return groups;
    }
}
