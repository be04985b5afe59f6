package dev.bootcamp.bridge.server;

import io.javalin.http.HttpResponseException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The generation work one request may use, summed over the threads that make its cases. Checked twice: after the
 * first few cases, the request's estimate (count times their mean time) must fit; then the running total must stay under
 * the limit. Either failure is a 422 that names the limit and the option that changes it. A budget is also the flag
 * that tells generator threads to stop when the client has gone away.
 */
final class WorkBudget {
    static final int STATUS = 422;
    /** Cases made before the estimate is checked; they are made before a stream sends anything. */
    static final int SAMPLE = 8;
    /** The cases a stream's estimate covers: about what its generator threads may make ahead of a reader. */
    static final int STREAM_WINDOW = 1024;

    private final long limitNanos;
    private final AtomicLong spent = new AtomicLong();
    private volatile boolean stopped;

    WorkBudget(long limitMillis) {
        this.limitNanos = limitMillis * 1_000_000;
    }

    /**
     * Adds the time case {@code index} took. Once the first {@link #SAMPLE} cases (or all, when fewer) are made, their
     * mean times {@code count} is the request's estimate, which must fit the budget.
     */
    void spend(long index, long count, long nanos) {
        long total = spent.addAndGet(nanos);
        long sampled = Math.min(count, SAMPLE);
        if (index == sampled - 1 && count > sampled && (double) total / sampled * count > limitNanos) {
            stopped = true;
            throw new HttpResponseException(STATUS, String.format("%d cases at these knobs need about %.0f s of generation (the first %d took %d ms),"
                    + " over the limit of %s per request (serve --max-generation-seconds); ask for fewer cases or easier knobs", count,
                    (double) total / sampled * count / 1e9, sampled, total / 1_000_000, seconds()));
        }
        if (total > limitNanos) {
            stopped = true;
            throw new HttpResponseException(STATUS, "the request passed the limit of " + seconds() + " of generation per request after "
                    + (index + 1) + " of " + count + " cases (serve --max-generation-seconds); ask for fewer cases or easier knobs");
        }
    }

    /** Tells every thread working for this request to stop (the client went away, or a case failed). */
    void stop() {
        stopped = true;
    }

    /** Throws when the request was stopped, so that threads still making its cases give up before the next one. */
    void checkRunning() {
        if (stopped) {
            throw new Stopped();
        }
    }

    private String seconds() {
        return String.format("%.0f s", limitNanos / 1e9);
    }

    /** Ends the work of a request that was already stopped; nobody waits for its message. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("the request was stopped", null, false, false);
        }
    }
}
