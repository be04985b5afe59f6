package dev.bootcamp.cli;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.core.Seeds;
import dev.bootcamp.core.TypedBootcamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Timed loops over one bootcamp: warm-up, then {@code runs} runs of a fixed duration; each figure is the median. */
final class Benchmark {
    private static final int SAMPLE = 256;

    private final int runs;
    private final long runNanos;

    Benchmark(int runs, long runNanos) {
        this.runs = runs;
        this.runNanos = runNanos;
    }

    /**
     * One bootcamp's figures.
     *
     * @param bootcamp the id
     * @param puzzlesPerSecond {@code generate} calls per second
     * @param casesPerSecond complete case records per second: puzzle, question, gold answer, the JSON line's bytes
     * @param verificationsPerSecond full-pipeline verifications of a realistic response per second
     * @param verifyP99Micros 99th percentile of one verification, in microseconds
     */
    record Result(String bootcamp, double puzzlesPerSecond, double casesPerSecond, double verificationsPerSecond,
            double verifyP99Micros) {}

    Result measure(TypedBootcamp<?, ?> typed, int level) {
        return measureTyped(typed, level);
    }

    private <P, A> Result measureTyped(TypedBootcamp<P, A> typed, int level) {
        String id = typed.info().id();
        Knobs knobs = typed.bootcamp().atLevel(level);
        long[] next = {0};
        double puzzles = rate(() -> typed.generate(knobs, Seeds.caseSeed(1, id, next[0]++)));
        double cases = rate(() -> typed.caseLine(knobs, level, Seeds.caseSeed(2, id, next[0]++), AnswerStyle.TAGS));
        List<P> puzzleSample = new ArrayList<>();
        List<String> responses = new ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            P puzzle = typed.generate(knobs, Seeds.caseSeed(3, id, i));
            puzzleSample.add(puzzle);
            responses.add("<think>Working it out.</think>\nHere is my answer.\n"
                    + AnswerStyle.TAGS.wrap(typed.bootcamp().render(typed.bootcamp().solve(puzzle))));
        }
        int[] cursor = {0};
        double verifications = rate(() -> {
            int i = cursor[0]++ % SAMPLE;
            typed.verify(puzzleSample.get(i), responses.get(i), AnswerStyle.TAGS);
        });
        long[] latencies = new long[SAMPLE * 8];
        for (int i = 0; i < latencies.length; i++) {
            long start = System.nanoTime();
            typed.verify(puzzleSample.get(i % SAMPLE), responses.get(i % SAMPLE), AnswerStyle.TAGS);
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        double p99 = latencies[(int) Math.floor(latencies.length * 0.99)] / 1e3;
        return new Result(id, puzzles, cases, verifications, p99);
    }

    /** Operations per second: a warm-up as long as half the timed runs (so the JIT settles), then their median. */
    private double rate(Runnable operation) {
        double[] rates = new double[runs];
        for (int i = 0; i < Math.max(1, runs / 2); i++) {
            run(operation);
        }
        for (int i = 0; i < runs; i++) {
            rates[i] = run(operation);
        }
        return BenchCommand.median(rates);
    }

    private double run(Runnable operation) {
        long start = System.nanoTime();
        long count = 0;
        long elapsed;
        do {
            for (int i = 0; i < 16; i++) {
                operation.run();
            }
            count += 16;
            elapsed = System.nanoTime() - start;
        } while (elapsed < runNanos);
        return count / (elapsed / 1e9);
    }
}
