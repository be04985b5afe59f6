package dev.bootcamp.cli;

import java.io.PrintWriter;

/** A one-line progress display on the error writer, shown only on a terminal and at most ten times a second. */
final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final long total;
    private final String unit;
    private final long start = System.nanoTime();
    private long lastShown;

    Progress(PrintWriter err, boolean enabled, long total, String unit) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
        this.unit = unit;
    }

    void update(long done) {
        update(done, "");
    }

    /** With a note after the rate, such as the accuracy so far. */
    void update(long done, String note) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastShown < 100_000_000L && done < total) {
            return;
        }
        lastShown = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        String eta = rate > 0 && total > done ? String.format(" ETA %ds", (long) ((total - done) / rate)) : "";
        err.printf("\r%,d/%,d %s (%.0f%%) %,.1f %s/s%s%s   ", done, total, unit, 100.0 * done / Math.max(1, total), rate, unit, note, eta);
        err.flush();
    }

    void finish() {
        if (enabled) {
            err.println();
            err.flush();
        }
    }
}
