package dev.bootcamp.bridge.eval;

import dev.bootcamp.core.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs work items on a bounded pool and appends each result to a JSON-lines file as it arrives, flushed per line. */
final class ResultAppender {
    /** One item's work; it may wait (rate limits, requests). */
    interface Work<T, R> {
        R apply(T item) throws InterruptedException;
    }

    private ResultAppender() {}

    /** {@code onResult} sees each result after its line is written, one at a time. */
    static <T, R> void run(List<T> todo, int concurrency, String threadName, Path file, Work<T, R> work, Consumer<R> onResult)
            throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : todo) {
                futures.add(pool.submit(() -> {
                    R result = work.apply(item);
                    synchronized (writer) {
                        writer.write(Json.write(result));
                        writer.write('\n');
                        writer.flush();
                        onResult.accept(result);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    throw new IOException("an evaluation task failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
