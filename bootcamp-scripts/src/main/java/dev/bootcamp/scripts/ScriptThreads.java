package dev.bootcamp.scripts;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs script calls on worker threads under a time budget of the worker's CPU time (with a wall-clock backstop).
 * Instrumented script code polls {@link Call#expired()} at
 * every loop iteration, function entry and comprehension step (see {@link TickInserter}), so a call that runs over
 * its budget is stopped there, and keeps being stopped if it catches the error. A call stuck inside one long
 * operation (a huge power, a regex that backtracks) cannot be stopped: the caller still gets its error on time, and
 * the worker is abandoned to finish on its own.
 */
final class ScriptThreads {
    /** Deep enough that Python's recursion limit, not the Java stack, stops runaway recursion. */
    private static final long STACK_BYTES = 64L << 20;
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Wall time, in budgets, after which a call is stopped whatever its CPU time; at least {@link #MIN_HANG_MILLIS}. */
    private static final long HANG_FACTOR = 10;
    private static final long MIN_HANG_MILLIS = 30_000;
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Worker worker = new Worker(task, "bootcamp-script-" + COUNT.incrementAndGet());
        worker.setDaemon(true);
        return worker;
    });

    private ScriptThreads() {}

    /** A worker thread; {@code call} is the call it is running, read by the tick. */
    static final class Worker extends Thread {
        volatile Call call;

        Worker(Runnable task, String name) {
            super(null, task, name, STACK_BYTES);
        }
    }

    /** One call's cancellation state: set by the caller on timeout, and by an inner deadline for nested programs. */
    static final class Call {
        volatile boolean cancelled;
        private volatile long threadId = -1;
        private volatile long startCpuNanos;
        private long innerDeadline;
        private boolean innerExpired;
        private int ticks;

        boolean expired() {
            if (cancelled || innerExpired) {
                return true;
            }
            if (innerDeadline != 0 && (++ticks & 255) == 0 && System.nanoTime() - innerDeadline > 0) {
                innerExpired = true;
            }
            return innerExpired;
        }

        /** Starts a deadline for a nested program; returns the state to restore with {@link #endInner}. */
        long startInner(long millis) {
            long saved = innerDeadline;
            innerDeadline = System.nanoTime() + millis * 1_000_000L;
            innerExpired = false;
            return saved;
        }

        boolean innerExpired() {
            return innerExpired;
        }

        void endInner(long saved) {
            innerDeadline = saved;
            innerExpired = false;
        }

        /** Called by the worker as the call starts, so that the caller can read the worker's CPU time. */
        void started() {
            startCpuNanos = THREADS.getCurrentThreadCpuTime();
            threadId = Thread.currentThread().getId();
        }

        /** CPU time the worker has spent on this call, in milliseconds; 0 before it started. */
        long cpuMillis() {
            long id = threadId;
            if (id < 0) {
                return 0;
            }
            long now = THREADS.getThreadCpuTime(id);
            return now < 0 ? Long.MAX_VALUE : (now - startCpuNanos) / 1_000_000;
        }
    }

    /** The call the current thread is running, or null outside a worker. */
    static Call current() {
        return Thread.currentThread() instanceof Worker worker ? worker.call : null;
    }

    /**
     * Runs {@code body} on a worker and waits at most {@code budgetMillis}. Exceptions of the body are rethrown as they
     * are; a timeout becomes a {@link ScriptFailure} whose message starts with {@code description}. A call made from a
     * worker runs directly, under the budget of the call around it.
     */
    static <T> T run(String description, long budgetMillis, Callable<T> body) {
        if (Thread.currentThread() instanceof Worker) {
            return direct(body);
        }
        Call call = new Call();
        Future<T> future = POOL.submit(() -> {
            Worker worker = (Worker) Thread.currentThread();
            worker.call = call;
            call.started();
            try {
                return body.call();
            } finally {
                worker.call = null;
            }
        });
        try {
            return await(future, call, budgetMillis);
        } catch (TimeoutException e) {
            call.cancelled = true;
            future.cancel(true);
            throw new ScriptFailure(description + " ran over its time budget of " + budgetMillis + " ms" + e.getMessage());
        } catch (InterruptedException e) {
            call.cancelled = true;
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ScriptFailure(description + " was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new ScriptFailure(description + " failed: " + cause);
        }
    }

    /**
     * Waits for the call while its CPU time is within the budget: on a busy machine a call also waits for a core, and
     * that time is not the script's. A call that keeps running past {@link #HANG_FACTOR} times its budget in wall time
     * is stopped all the same, whatever its CPU time (it may be blocked rather than working).
     */
    private static <T> T await(Future<T> future, Call call, long budgetMillis) throws InterruptedException, ExecutionException, TimeoutException {
        long hangNanos = Math.max(budgetMillis * HANG_FACTOR, MIN_HANG_MILLIS) * 1_000_000L;
        long start = System.nanoTime();
        long wait = budgetMillis;
        while (true) {
            try {
                return future.get(Math.max(1, wait), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long cpu = call.cpuMillis();
                if (cpu >= budgetMillis) {
                    throw new TimeoutException(" (CPU time)");
                }
                if (System.nanoTime() - start >= hangNanos) {
                    throw new TimeoutException(" (it ran " + hangNanos / 1_000_000_000L + " s without finishing)");
                }
                wait = budgetMillis - cpu;
            }
        }
    }

    private static <T> T direct(Callable<T> body) {
        try {
            return body.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ScriptFailure("script call failed: " + e);
        }
    }
}
