package dev.bootcamp.core;

import java.nio.charset.StandardCharsets;

/**
 * Per-case seeds. A case seed mixes the run seed, a stable hash of the bootcamp id and the case index with
 * SplitMix64's finaliser, so neighbouring indices or run seeds give unrelated cases (never {@code seed + index})
 * and case i can be made without making cases 0..i-1. Case seeds are non-negative.
 */
public final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {}

    public static long caseSeed(long runSeed, String bootcampId, long index) {
        long z = mix(runSeed + GOLDEN);
        z = mix(z ^ stableHash(bootcampId));
        z = mix(z + (index + 1) * GOLDEN);
        return z & Long.MAX_VALUE;
    }

    /** A seed for a named stream derived from a run seed, such as {@code "mix"} or {@code "test"}. */
    public static long streamSeed(long runSeed, String stream) {
        return mix(mix(runSeed ^ GOLDEN) ^ stableHash(stream)) & Long.MAX_VALUE;
    }

    /** SplitMix64's finaliser (Stafford variant 13). */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over UTF-8, then mixed; the same on every JVM, unlike {@link String#hashCode()} chains. */
    public static long stableHash(String text) {
        long hash = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001B3L;
        }
        return mix(hash);
    }
}
