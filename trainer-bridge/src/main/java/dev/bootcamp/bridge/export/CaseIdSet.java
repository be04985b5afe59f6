package dev.bootcamp.bridge.export;

import dev.bootcamp.core.Seeds;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An exact set of case ids at 16 to 32 bytes per id, so a split of millions of cases fits in a small heap. Ids of the
 * usual form {@code bootcamp/v<version>/<16 hex digits>} are kept as one {@code long} per id, grouped by their
 * {@code bootcamp/v<version>} prefix; any other id is kept as a string. Not thread-safe.
 */
public final class CaseIdSet {
    private static final int HASH_DIGITS = 16;

    private final Map<String, LongSet> byPrefix = new HashMap<>();
    private final Set<String> others = new HashSet<>();
    private long size;

    /** Adds an id; false if it was already present. */
    public boolean add(String id) {
        int slash = id.lastIndexOf('/');
        Long hash = hash(id, slash);
        boolean added = hash == null ? others.add(id) : byPrefix.computeIfAbsent(id.substring(0, slash), prefix -> new LongSet()).add(hash);
        if (added) {
            size++;
        }
        return added;
    }

    public boolean contains(String id) {
        int slash = id.lastIndexOf('/');
        Long hash = hash(id, slash);
        if (hash == null) {
            return others.contains(id);
        }
        LongSet set = byPrefix.get(id.substring(0, slash));
        return set != null && set.contains(hash);
    }

    public long size() {
        return size;
    }

    private static Long hash(String id, int slash) {
        if (slash < 0 || id.length() - slash - 1 != HASH_DIGITS) {
            return null;
        }
        for (int i = slash + 1; i < id.length(); i++) {
            if (Character.digit(id.charAt(i), 16) < 0 || Character.isUpperCase(id.charAt(i))) {
                return null; // keep "ABC" and "abc" distinct, as the strings are
            }
        }
        return Long.parseUnsignedLong(id, slash + 1, id.length(), 16);
    }

    /** Open addressing with linear probing; 0 marks an empty slot, so the value 0 is tracked apart. */
    private static final class LongSet {
        private long[] slots = new long[64];
        private int count;
        private boolean hasZero;

        boolean add(long value) {
            if (value == 0) {
                boolean added = !hasZero;
                hasZero = true;
                return added;
            }
            if (2 * (count + 1) > slots.length) {
                grow();
            }
            if (!insert(slots, value)) {
                return false;
            }
            count++;
            return true;
        }

        boolean contains(long value) {
            if (value == 0) {
                return hasZero;
            }
            int mask = slots.length - 1;
            for (int i = (int) Seeds.mix(value) & mask; slots[i] != 0; i = i + 1 & mask) {
                if (slots[i] == value) {
                    return true;
                }
            }
            return false;
        }

        private static boolean insert(long[] table, long value) {
            int mask = table.length - 1;
            int i = (int) Seeds.mix(value) & mask;
            while (table[i] != 0) {
                if (table[i] == value) {
                    return false;
                }
                i = i + 1 & mask;
            }
            table[i] = value;
            return true;
        }

        private void grow() {
            long[] larger = new long[slots.length * 2];
            Arrays.stream(slots).filter(value -> value != 0).forEach(value -> insert(larger, value));
            slots = larger;
        }
    }
}
