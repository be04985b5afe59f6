package dev.bootcamp.agent;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.agent.sandbox.SandboxRequest;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.core.Case;
import dev.bootcamp.model.ChatModel;
import dev.bootcamp.model.ModelException;
import java.util.ArrayList;
import java.util.Iterator;
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

    /**
     * Asks the model {@code count} cases, levels spread evenly from 1 to 10, {@code concurrency} at a time. The cases are
     * made and the responses scored by the candidate in the sandboxed child; this process only talks to the model.
     */
    public static Result run(SandboxedCandidate candidate, ChatModel model, int count, Band band, int concurrency) throws InterruptedException {
        List<SandboxRequest.Wanted> wanted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            wanted.add(new SandboxRequest.Wanted(1 + i * 10 / count, RUN_SEED, i));
        }
        List<Case> cases = candidate.cases(wanted).cases();
        List<Reply> replies = answers(cases, model, concurrency);
        List<SandboxRequest.Answered> answered = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (replies.get(i).text() != null) {
                answered.add(new SandboxRequest.Answered(cases.get(i).bare(), replies.get(i).text()));
            }
        }
        Iterator<Score> scores = candidate.verify(answered).iterator();
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case record = cases.get(i);
            if (replies.get(i).text() == null) {
                samples.add(new Sample(record.level(), record.seed(), null, replies.get(i).problem()));
            } else {
                Score score = scores.next();
                samples.add(new Sample(record.level(), record.seed(), score.verdict(), score.detail()));
            }
        }
        return new Result(band, samples);
    }

    /** A model's response, or why the request failed. */
    private record Reply(String text, String problem) {}

    private static List<Reply> answers(List<Case> cases, ChatModel model, int concurrency) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, cases.size())));
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (Case record : cases) {
                futures.add(pool.submit(() -> {
                    try {
                        String text = model.complete(record.prompt()).text();
                        return new Reply(text == null ? "" : text, "");
                    } catch (ModelException e) {
                        return new Reply(null, "request failed: " + e.getMessage());
                    }
                }));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                try {
                    replies.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("calibration failed: " + e.getCause(), e.getCause());
                }
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
