package dev.bootcamp.camps.interactive;

import java.util.Arrays;

/**
 * Tilting and breadth-first search for tilt marbles. Positions are keys: the marbles' cells (each below 128), sorted,
 * packed 7 bits apiece, so the empty board is 0 (cell 0 is always a wall). A small open-addressing table keeps the
 * positions reached.
 */
final class TiltMarblesPlaySearch {
    private static final int BITS = 7;
    private static final int MASK = (1 << BITS) - 1;

    private TiltMarblesPlaySearch() {}

    /** The key of the marbles' cells. */
    static int key(int[] cells) {
        int[] sorted = cells.clone();
        Arrays.sort(sorted);
        int key = 0;
        for (int i = sorted.length - 1; i >= 0; i--) {
            key = key << BITS | sorted[i];
        }
        return key;
    }

    /** The marbles' cells of a key, sorted. */
    static int[] cells(int key) {
        int count = 0;
        for (int rest = key; rest != 0; rest >>>= BITS) {
            count++;
        }
        int[] cells = new int[count];
        for (int i = 0; i < count; i++) {
            cells[i] = key >>> (BITS * i) & MASK;
        }
        return cells;
    }

    /** The key after tilting in direction {@code step} (a cell offset); marbles that roll onto the hole 'H' are gone. */
    static int tilt(String board, int key, int step) {
        int[] cells = cells(key);
        // the marble farthest along the tilt rolls first: sorted cells, walked from the far end when step is positive
        int[] resting = new int[cells.length];
        int count = 0;
        for (int i = 0; i < cells.length; i++) {
            int at = cells[step > 0 ? cells.length - 1 - i : i];
            boolean dropped = false;
            while (true) {
                int next = at + step;
                if (board.charAt(next) == '#' || contains(resting, count, next)) {
                    break;
                }
                at = next;
                if (board.charAt(at) == 'H') {
                    dropped = true;
                    break;
                }
            }
            if (!dropped) {
                resting[count++] = at;
            }
        }
        return key(Arrays.copyOf(resting, count));
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Breadth-first search from {@code start} to the empty board over the tilts (cell offsets, in order): {length of a
     * shortest solution, its first tilt's index, positions reached}, or null when there is none.
     */
    static int[] search(String board, int start, int[] steps) {
        int[] queue = new int[1024];
        Table table = new Table();
        table.put(start, -1, 0);
        queue[0] = start;
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int key = queue[head];
            int slot = table.find(key);
            if (key == 0) {
                return new int[] {table.depth[slot], table.first[slot], table.size};
            }
            for (int d = 0; d < steps.length; d++) {
                int next = tilt(board, key, steps[d]);
                if (table.find(next) < 0) {
                    table.put(next, table.first[slot] < 0 ? d : table.first[slot], table.depth[slot] + 1);
                    if (tail == queue.length) {
                        queue = Arrays.copyOf(queue, 2 * tail);
                    }
                    queue[tail++] = next;
                }
            }
        }
        return null;
    }

    /** Keys (plus one, so that 0 means free) with their first tilt and depth, by linear probing. */
    private static final class Table {
        int[] keys = new int[1024];
        int[] first = new int[1024];
        int[] depth = new int[1024];
        int size;

        int find(int key) {
            int slot = index(key, keys.length);
            while (keys[slot] != 0) {
                if (keys[slot] == key + 1) {
                    return slot;
                }
                slot = (slot + 1) & (keys.length - 1);
            }
            return -1;
        }

        void put(int key, int firstTilt, int steps) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int slot = index(key, keys.length);
            while (keys[slot] != 0) {
                slot = (slot + 1) & (keys.length - 1);
            }
            keys[slot] = key + 1;
            first[slot] = firstTilt;
            depth[slot] = steps;
            size++;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldFirst = first;
            int[] oldDepth = depth;
            keys = new int[2 * oldKeys.length];
            first = new int[keys.length];
            depth = new int[keys.length];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    put(oldKeys[i] - 1, oldFirst[i], oldDepth[i]);
                }
            }
        }

        private static int index(int key, int length) {
            return (key * 0x9E3779B1 >>> 7) & (length - 1);
        }
    }
}
