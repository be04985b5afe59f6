package dev.bootcamp.testkit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of the calling thread, for the contract's time budgets: a bootcamp's work is what the budget limits,
 * and on a busy machine wall-clock time also counts the time the thread waited for a core. Falls back to the wall
 * clock where the JVM cannot measure thread CPU time.
 */
public final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

    private CpuTime() {}

    /** Nanoseconds from an arbitrary origin; only differences taken on the same thread mean anything. */
    public static long nanos() {
        return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
