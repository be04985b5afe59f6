package dev.bootcamp.scripts;

/**
 * How long calls into a script may run before they fail. These are guards against hangs, far above what a working
 * script needs; the contract's own budgets and {@code bootcamp bench} judge speed.
 *
 * @param loadMillis loading the script, which on the first script of a process includes starting Jython
 * @param slowMillis generate, solve, near_misses and count_solutions
 * @param fastMillis question, render, parse, check and cost
 */
public record ScriptBudget(long loadMillis, long slowMillis, long fastMillis) {
    public ScriptBudget {
        if (loadMillis < 1 || slowMillis < 1 || fastMillis < 1) {
            throw new IllegalArgumentException("script budgets must be at least 1 ms, found " + loadMillis + ", " + slowMillis
                    + ", " + fastMillis);
        }
    }

    public static ScriptBudget defaults() {
        return new ScriptBudget(60_000, 10_000, 2_000);
    }
}
