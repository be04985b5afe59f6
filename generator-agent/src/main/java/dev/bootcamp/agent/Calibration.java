package dev.bootcamp.agent;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.Case;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Seeds;
import dev.bootcamp.api.TypedBootcamp;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.bridge.eval.ChatModel;
import dev.bootcamp.bridge.eval.ModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The calibration filter: a model answers sample cases spread over levels 1..10, and the bootcamp is kept only when
 * the share it solves falls inside a band; a task everybody solves, or nobody does, teaches nothing.
 */
public final class Calibration {
    private static final long RUN_SEED = 20_251_201L;

    private Calibration() {}

    /**
     * The accepted solve rates, both inclusive.
     *
     * @param low least solve rate kept
     * @param high greatest solve rate kept
     */
    public record Band(double low, double high) {
        public Band {
            if (!(low >= 0 && low <= high && high <= 1)) {
                throw new IllegalArgumentException("a solve-rate band needs 0 <= LOW <= HIGH <= 1, found " + low + "," + high);
            }
        }

        /** Reads {@code LOW,HIGH}, such as {@code 0.03,0.85}. */
        public static Band parse(String text) {
            String[] parts = text.split(",");
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected LOW,HIGH such as 0.03,0.85, found '" + text + "'");
            }
            try {
                return new Band(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected LOW,HIGH such as 0.03,0.85, found '" + text + "'");
            }
        }

        public boolean contains(double rate) {
            return rate >= low && rate <= high;
        }
    }

    /**
     * One sample case.
     *
     * @param level its level
     * @param seed its case seed
     * @param verdict the verdict of the model's response, or null when the request failed
     * @param detail the score's detail, or why the request failed
     */
    public record Sample(int level, long seed, Verdict verdict, String detail) {}

    /**
     * What the model did.
     *
     * @param band the band asked for
     * @param samples every sample case
     */
    public record Result(Band band, List<Sample> samples) {
        public Result {
            requireNonNull(band, "band is null");
            samples = List.copyOf(samples);
        }

        public int answered() {
            return (int) samples.stream().filter(sample -> sample.verdict() != null).count();
        }

        public int solved() {
            return (int) samples.stream().filter(sample -> sample.verdict() == Verdict.CORRECT).count();
        }

        /** Solved over answered; NaN when no request succeeded. */
        public double rate() {
            return answered() == 0 ? Double.NaN : (double) solved() / answered();
        }

        public boolean kept() {
            return band.contains(rate());
        }

        public String summary() {
            return String.format("solved %d of %d sample cases (%s), band %.2f-%.2f: %s", solved(), answered(),
                    Double.isNaN(rate()) ? "no answers" : String.format("%.2f", rate()), band.low(), band.high(),
                    kept() ? "kept" : "rejected") + (answered() < samples.size() ? "; " + (samples.size() - answered()) + " requests failed" : "");
        }
    }

    /** Asks the model {@code count} cases, levels spread evenly from 1 to 10, {@code concurrency} at a time. */
    public static Result run(Bootcamp<?, ?> bootcamp, ChatModel model, int count, Band band, int concurrency) throws InterruptedException {
        TypedBootcamp<?, ?> typed = TypedBootcamp.of(bootcamp);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, count)));
        try {
            List<Future<Sample>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int level = 1 + i * 10 / count;
                long seed = Seeds.caseSeed(RUN_SEED, typed.info().id(), i);
                futures.add(pool.submit(() -> sample(typed, model, level, seed)));
            }
            List<Sample> samples = new ArrayList<>();
            for (Future<Sample> future : futures) {
                try {
                    samples.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("calibration failed: " + e.getCause(), e.getCause());
                }
            }
            return new Result(band, samples);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <P, A> Sample sample(TypedBootcamp<P, A> typed, ChatModel model, int level, long seed) throws InterruptedException {
        Case record = typed.makeCase(typed.bootcamp().atLevel(level), level, seed, AnswerStyle.TAGS);
        try {
            String response = model.complete(record.prompt()).text();
            Score score = typed.verify(typed.puzzle(record), response, AnswerStyle.TAGS);
            return new Sample(level, seed, score.verdict(), score.detail());
        } catch (ModelException e) {
            return new Sample(level, seed, null, "request failed: " + e.getMessage());
        }
    }
}
