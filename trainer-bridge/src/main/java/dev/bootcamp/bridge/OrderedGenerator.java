package dev.bootcamp.bridge;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Generates cases {@code [0, count)} of a plan as JSON lines on several threads and hands them over in index order.
 * At most {@code 2 * threads} blocks are in flight, so memory stays bounded however large the count.
 */
public final class OrderedGenerator {
    private static final int BLOCK = 512;

    private final CasePlan plan;
    private final int threads;

    public OrderedGenerator(CasePlan plan, int threads) {
        this.plan = requireNonNull(plan, "plan is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, found " + threads);
        }
        this.threads = threads;
    }

    /** Receives each block of lines in order. */
    public interface LineSink {
        void accept(List<String> lines) throws Exception;
    }

    /** Runs to completion or until the sink throws; {@code progress} gets the number of cases written so far. */
    public void run(long count, LineSink sink, LongConsumer progress) throws Exception {
        if (threads == 1) {
            for (long start = 0; start < count; start += BLOCK) {
                sink.accept(block(start, Math.min(count, start + BLOCK)));
                progress.accept(Math.min(count, start + BLOCK));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "generate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<List<String>>> inFlight = new ArrayDeque<>();
            long next = 0;
            long written = 0;
            while (written < count) {
                while (next < count && inFlight.size() < 2 * threads) {
                    long start = next;
                    long end = Math.min(count, start + BLOCK);
                    inFlight.add(pool.submit(() -> block(start, end)));
                    next = end;
                }
                List<String> lines = await(inFlight.removeFirst());
                sink.accept(lines);
                written += lines.size();
                progress.accept(written);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> block(long start, long end) {
        List<String> lines = new ArrayList<>((int) (end - start));
        for (long i = start; i < end; i++) {
            lines.add(Json.write(plan.caseAt(i)));
        }
        return lines;
    }

    private static List<String> await(Future<List<String>> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
