package dev.bootcamp.camps.kit.planning;

import java.util.Arrays;

/** An immutable set of atom numbers (the true atoms of a STRIPS state), with a well-mixed hash for large searches. */
public final class Facts {
    private final long[] words;
    private final int hash;

    private Facts(long[] words) {
        this.words = words;
        long mixed = 0x9E3779B97F4A7C15L;
        for (long word : words) {
            mixed = (mixed ^ word) * 0xBF58476D1CE4E5B9L;
            mixed ^= mixed >>> 31;
        }
        this.hash = (int) (mixed ^ (mixed >>> 32));
    }

    /** The empty set, able to hold atoms 0 to {@code atoms - 1}. */
    public static Facts empty(int atoms) {
        return new Facts(new long[(atoms + 63) / 64]);
    }

    public boolean has(int atom) {
        return atom >= 0 && atom < words.length * 64 && (words[atom >>> 6] & 1L << atom) != 0;
    }

    /** The smallest atom in the set at or after {@code from}, or -1. */
    public int next(int from) {
        int word = from >>> 6;
        if (word >= words.length) {
            return -1;
        }
        long bits = words[word] & (-1L << from);
        while (true) {
            if (bits != 0) {
                return word * 64 + Long.numberOfTrailingZeros(bits);
            }
            if (++word == words.length) {
                return -1;
            }
            bits = words[word];
        }
    }

    /** Whether every atom of {@code atoms} is in the set. */
    public boolean hasAll(int[] atoms) {
        for (int atom : atoms) {
            if ((words[atom >>> 6] & 1L << atom) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The set less {@code removed}, plus {@code added} (removal first, as in a STRIPS effect). */
    public Facts with(int[] removed, int[] added) {
        long[] next = words.clone();
        for (int atom : removed) {
            next[atom >>> 6] &= ~(1L << atom);
        }
        for (int atom : added) {
            next[atom >>> 6] |= 1L << atom;
        }
        return new Facts(next);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Facts facts && facts.hash == hash && Arrays.equals(facts.words, words);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
