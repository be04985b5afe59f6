package dev.bootcamp.camps.kit.proofs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Truth tables over a list of at most {@link #MAX_VARIABLES} variables as bit masks: row r gives variable i the value
 * of bit {@code n - 1 - i} of r (the first variable most significant), and bit r of a table is the value in row r.
 */
public final class Tables {
    public static final int MAX_VARIABLES = 6;

    private Tables() {}

    /** Each variable's mask: the rows where it is true. */
    public static Map<String, Long> masks(List<String> names) {
        if (names.isEmpty() || names.size() > MAX_VARIABLES) {
            throw new IllegalArgumentException("a truth table needs 1.." + MAX_VARIABLES + " variables, found " + names.size());
        }
        int n = names.size();
        Map<String, Long> masks = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            long mask = 0;
            for (int row = 0; row < 1 << n; row++) {
                if ((row >> (n - 1 - i) & 1) == 1) {
                    mask |= 1L << row;
                }
            }
            masks.put(names.get(i), mask);
        }
        return masks;
    }

    /** The mask with every row of a table over {@code variables} variables. */
    public static long all(int variables) {
        int rows = 1 << variables;
        return rows == 64 ? -1L : (1L << rows) - 1;
    }

    /** The formula's table over {@code names}. */
    public static long table(Prop formula, List<String> names) {
        return formula.table(masks(names), all(names.size()));
    }

    /** Whether the conjunction of {@code premises} entails {@code conclusion}, by truth table over {@code names}. */
    public static boolean entails(List<Prop> premises, Prop conclusion, List<String> names) {
        Map<String, Long> masks = masks(names);
        long all = all(names.size());
        long rows = all;
        for (Prop premise : premises) {
            rows &= premise.table(masks, all);
        }
        return (rows & ~conclusion.table(masks, all) & all) == 0;
    }

    /** The value of variable i in a row. */
    public static boolean bit(int row, int i, int variables) {
        return (row >> (variables - 1 - i) & 1) == 1;
    }
}
