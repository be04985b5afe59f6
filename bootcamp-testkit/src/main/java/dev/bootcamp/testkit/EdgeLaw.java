package dev.bootcamp.testkit;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Names;
import dev.bootcamp.api.Tier;
import dev.bootcamp.core.Seeds;
import dev.bootcamp.core.TypedBootcamp;
import java.util.List;
import java.util.function.Consumer;

/**
 * The law "bounded at the edges", reported under {@link Law#BUDGETS}: at every setting of {@link KnobEdges} (each knob
 * at the ends of its declared range, and every knob at its max together) a case is made, solved included, within
 * {@link #budgetMillis} (two and a half times the generation budget: 5 s by default, timed as the fastest of three
 * tries on a busy machine). A bootcamp that needs longer declares a narrower range. A try that has not finished after
 * {@link #HANG_MILLIS} is abandoned and reported, so one runaway setting cannot stall the contract.
 */
final class EdgeLaw {
    static final long HANG_MILLIS = 60_000;
    private static final int SEEDS = 2;

    private EdgeLaw() {}

    static long budgetMillis(Conformance.Options options) {
        return options.generationBudgetMillis() * 5 / 2;
    }

    /** Reports each setting over the budget, or failing, through {@code fail} as a message; returns the slowest time. */
    static long check(TypedBootcamp<?, ?> typed, Conformance.Options options, Consumer<String> fail) {
        List<KnobEdges.Edge> edges;
        try {
            edges = KnobEdges.of(typed.bootcamp());
        } catch (RuntimeException e) {
            fail.accept("the knob edges could not be set from the level-10 preset: " + e);
            return -1;
        }
        long budget = budgetMillis(options);
        long slowest = 0;
        int seeds = options.replay() ? 1 : SEEDS;
        for (int e = 0; e < edges.size(); e++) {
            KnobEdges.Edge edge = edges.get(e);
            for (int i = 0; i < seeds; i++) {
                long seed = options.replay() ? options.replaySeed() : Seeds.caseSeed(options.runSeed(), typed.info().id(), 2_000_000_000L + e * 100L + i);
                long millis = Long.MAX_VALUE;
                for (int attempt = 0; attempt < 3 && millis > budget; attempt++) {
                    String[] error = {null};
                    long once = timeOne(typed, edge.knobs(), seed, error);
                    if (once < 0) {
                        fail.accept("at the edge " + edge.label() + " (seed " + seed + ") " + (once == -1 ? "no case after " + HANG_MILLIS / 1000 + " s"
                                : "making the case failed: " + error[0]));
                        millis = -1;
                        break;
                    }
                    millis = Math.min(millis, once);
                }
                if (millis < 0) {
                    break;
                }
                slowest = Math.max(slowest, millis);
                if (millis > budget) {
                    fail.accept("at the edge " + edge.label() + " (seed " + seed + ") a case took " + millis + " ms of CPU time (fastest of three), over the edge budget of "
                            + budget + " ms; narrow the knob's declared range");
                    break;
                }
            }
        }
        return slowest;
    }

    /** Milliseconds to make one case; -1 when it did not finish in time, -2 when it threw. */
    private static long timeOne(TypedBootcamp<?, ?> typed, Knobs knobs, long seed, String[] error) {
        long[] result = {-2};
        Thread worker = new Thread(() -> {
            long start = CpuTime.nanos();
            try {
                typed.makeCase(knobs, Tier.MAX_LEVEL, seed, AnswerStyle.TAGS);
                result[0] = (CpuTime.nanos() - start) / 1_000_000;
            } catch (RuntimeException | StackOverflowError e) {
                error[0] = Names.firstLine(String.valueOf(e));
                result[0] = -2;
            }
        }, "edge-law");
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(HANG_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        if (worker.isAlive()) {
            worker.interrupt();
            return -1;
        }
        return result[0];
    }
}
