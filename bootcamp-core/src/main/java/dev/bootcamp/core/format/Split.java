package dev.bootcamp.core.format;

import dev.bootcamp.core.Seeds;
import java.util.Locale;

/**
 * A split of an export. Each split draws its cases from its own seed stream, {@code Seeds.streamSeed(runSeed,
 * "train")} or {@code "test"}, so the two splits' case seeds, and with them their case ids, differ by construction.
 */
public enum Split {
    TRAIN,
    TEST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The run seed of this split's case plan. */
    public long seed(long runSeed) {
        return Seeds.streamSeed(runSeed, wireName());
    }
}
