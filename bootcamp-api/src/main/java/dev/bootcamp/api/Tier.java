package dev.bootcamp.api;

import java.util.Arrays;
import java.util.Locale;

/** Named difficulty levels at the edges of the 1..10 scale. */
public enum Tier {
    EASY(2), MEDIUM(5), HARD(8), EXPERT(10);

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 10;

    private final int level;

    Tier(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a tier name ({@code easy}) or a level number ({@code 7}). */
    public static int parseLevel(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        for (Tier tier : values()) {
            if (tier.wireName().equals(trimmed)) {
                return tier.level;
            }
        }
        try {
            return checkLevel(Integer.parseInt(trimmed));
        } catch (NumberFormatException e) {
            var names = Arrays.stream(values()).map(Tier::wireName).toList();
            throw new ConfigurationException("level must be 1..10 or one of " + String.join(", ", names) + ", found '" + text + "'"
                    + Names.didYouMean(trimmed, names));
        }
    }

    public static int checkLevel(int level) {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new ConfigurationException("level must be in 1..10, found " + level);
        }
        return level;
    }
}
