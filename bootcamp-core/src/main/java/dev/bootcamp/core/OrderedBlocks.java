package dev.bootcamp.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * Maps indices {@code [0, count)} on several threads and hands the results over in index order, block by block. At most
 * {@code 2 * threads} blocks are in flight, so memory stays bounded however large the count.
 */
public final class OrderedBlocks {
    private static final int BLOCK = 256;

    private OrderedBlocks() {}

    /** Receives each block of results in order; {@code start} is the index of the first. */
    public interface Sink<T> {
        void accept(long start, List<T> block) throws Exception;
    }

    public static <T> void run(long count, int threads, LongFunction<T> make, Sink<T> sink, LongConsumer progress) throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, found " + threads);
        }
        if (threads == 1 || count <= BLOCK) {
            for (long start = 0; start < count; start += BLOCK) {
                long end = Math.min(count, start + BLOCK);
                sink.accept(start, block(make, start, end));
                progress.accept(end);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "export");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<List<T>>> inFlight = new ArrayDeque<>();
            long next = 0;
            long written = 0;
            while (written < count) {
                while (next < count && inFlight.size() < 2 * threads) {
                    long start = next;
                    long end = Math.min(count, start + BLOCK);
                    inFlight.add(pool.submit(() -> block(make, start, end)));
                    next = end;
                }
                List<T> block = await(inFlight.removeFirst());
                sink.accept(written, block);
                written += block.size();
                progress.accept(written);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> block(LongFunction<T> make, long start, long end) {
        List<T> results = new ArrayList<>((int) (end - start));
        for (long i = start; i < end; i++) {
            results.add(make.apply(i));
        }
        return results;
    }

    private static <T> List<T> await(Future<List<T>> future) throws Exception {
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
