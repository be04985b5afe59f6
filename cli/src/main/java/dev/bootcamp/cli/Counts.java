package dev.bootcamp.cli;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Counts in messages, one convention everywhere: thousands separators ({@code 30,000}) and a singular for one
 * ({@code 1 case}, {@code 2 cases}).
 */
final class Counts {
    private Counts() {}

    /** {@code 1 case}, {@code 30,000 cases}; the plural adds "s". */
    static String of(long count, String noun) {
        return String.format("%,d %s", count, count == 1 ? noun : noun + "s");
    }

    /** {@code level 7} or {@code levels 1, 5, 10}, or {@code levels 1-10} for all ten. */
    static String levels(List<Integer> levels) {
        if (levels.size() == 1) {
            return "level " + levels.get(0);
        }
        if (levels.size() == 10) {
            return "levels 1-10";
        }
        return "levels " + levels.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
