package dev.bootcamp.camps.kit.opponents;

/**
 * The opponent's seeded choices: a pure function of the episode's seed and the turn, so replaying an episode replays
 * the opponent's choices between moves that are equally good.
 */
public final class Dice {
    private Dice() {}

    /** A number in {@code [0, bound)} drawn from the seed and the turn (SplitMix64 mixing); 0 when bound is below 2. */
    public static int roll(long seed, int turn, int bound) {
        if (bound < 2) {
            return 0;
        }
        long z = seed + 0x9E3779B97F4A7C15L * (turn + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (int) Math.floorMod(z, (long) bound);
    }
}
