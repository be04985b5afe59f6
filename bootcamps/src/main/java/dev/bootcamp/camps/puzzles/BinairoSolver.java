package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Solves Binairo over whole-line patterns, for the generator: every balanced line without three alike is listed once;
 * each row and column keeps the patterns that match its known cells and differ from every complete line of its
 * direction, the cells all its patterns agree on become known, and this repeats until nothing changes. The search
 * then tries each pattern of the line with the fewest (in random order when given a random source). Known cells are
 * masks per row: {@code ones[r]} has bit k when cell (r, k) is 1, {@code zeros[r]} when it is 0.
 */
final class BinairoSolver {
    private static final int FAILED = -1;
    private static final int SOLVED = -2;

    private final int size;
    private final int full;
    private final int[] patterns;
    private final boolean[] valid;
    private int[] found;
    private long nodes;
    private long nodeCap;
    private RandomGenerator random;

    BinairoSolver(int size) {
        this.size = size;
        full = (1 << size) - 1;
        valid = new boolean[full + 1];
        List<Integer> listed = new ArrayList<>();
        for (int line = 0; line <= full; line++) {
            if (BinairoBootcamp.validLine(line, size)) {
                valid[line] = true;
                listed.add(line);
            }
        }
        patterns = listed.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The rows (as masks of their 1s) of a solution with these known cells, or null when none exists. */
    int[] solve(int[] ones, int[] zeros, long nodeCap, RandomGenerator random) {
        found = null;
        nodes = 0;
        this.nodeCap = nodeCap;
        this.random = random;
        search(ones.clone(), zeros.clone());
        this.random = null;
        return found;
    }

    /** Whether the last search gave up at its node cap (so a null from {@link #solve} proves nothing). */
    boolean gaveUp() {
        return nodes > nodeCap;
    }

    private void search(int[] ones, int[] zeros) {
        if (found != null || ++nodes > nodeCap) {
            return;
        }
        int branch = propagate(ones, zeros);
        if (branch == FAILED) {
            return;
        }
        if (branch == SOLVED) {
            found = ones.clone();
            return;
        }
        boolean column = branch >= size;
        int line = branch % size;
        int[] lineOnes = column ? transpose(ones) : ones;
        int[] lineZeros = column ? transpose(zeros) : zeros;
        int[] known = complete(lineOnes, lineZeros, line);
        List<Integer> fitting = new ArrayList<>();
        for (int pattern : patterns) {
            if (matches(pattern, lineOnes[line], lineZeros[line], known)) {
                fitting.add(pattern);
            }
        }
        if (random != null) {
            Draw.shuffle(fitting, random);
        }
        for (int pattern : fitting) {
            if (found != null || nodes > nodeCap) {
                return;
            }
            int[] nextOnes = lineOnes.clone();
            int[] nextZeros = lineZeros.clone();
            nextOnes[line] = pattern;
            nextZeros[line] = ~pattern & full;
            search(column ? transpose(nextOnes) : nextOnes, column ? transpose(nextZeros) : nextZeros);
        }
    }

    /**
     * Narrows to a fixed point; returns FAILED, SOLVED, or the line to branch on (rows 0..n-1, columns n..2n-1), the
     * open line with the fewest fitting patterns.
     */
    private int propagate(int[] ones, int[] zeros) {
        boolean changed = true;
        int best = SOLVED;
        while (changed) {
            changed = false;
            best = SOLVED;
            int fewest = Integer.MAX_VALUE;
            for (int direction = 0; direction < 2; direction++) {
                int[] lineOnes = direction == 0 ? ones : transpose(ones);
                int[] lineZeros = direction == 0 ? zeros : transpose(zeros);
                boolean narrowed = false;
                for (int line = 0; line < size; line++) {
                    if ((lineOnes[line] | lineZeros[line]) == full) {
                        if (!valid[lineOnes[line]] || !matches(lineOnes[line], lineOnes[line], lineZeros[line],
                                complete(lineOnes, lineZeros, line))) {
                            return FAILED;
                        }
                        continue;
                    }
                    int[] known = complete(lineOnes, lineZeros, line);
                    int fitting = 0;
                    int allOnes = full;
                    int allZeros = full;
                    for (int pattern : patterns) {
                        if (matches(pattern, lineOnes[line], lineZeros[line], known)) {
                            fitting++;
                            allOnes &= pattern;
                            allZeros &= ~pattern;
                        }
                    }
                    if (fitting == 0) {
                        return FAILED;
                    }
                    int newOnes = lineOnes[line] | allOnes;
                    int newZeros = lineZeros[line] | allZeros & full;
                    if (newOnes != lineOnes[line] || newZeros != lineZeros[line]) {
                        lineOnes[line] = newOnes;
                        lineZeros[line] = newZeros;
                        narrowed = true;
                    }
                    if (fitting > 1 && fitting < fewest) {
                        fewest = fitting;
                        best = direction * size + line;
                    }
                }
                if (narrowed) {
                    changed = true;
                    if (direction == 1) {
                        System.arraycopy(transpose(lineOnes), 0, ones, 0, size);
                        System.arraycopy(transpose(lineZeros), 0, zeros, 0, size);
                    }
                }
            }
        }
        return best;
    }

    /** The complete lines other than {@code line}, as patterns. */
    private int[] complete(int[] lineOnes, int[] lineZeros, int line) {
        int[] known = new int[size];
        int count = 0;
        for (int other = 0; other < size; other++) {
            if (other != line && (lineOnes[other] | lineZeros[other]) == full) {
                known[count++] = lineOnes[other];
            }
        }
        return Arrays.copyOf(known, count);
    }

    private static boolean matches(int pattern, int ones, int zeros, int[] taken) {
        if ((pattern & ones) != ones || (pattern & zeros) != 0) {
            return false;
        }
        for (int other : taken) {
            if (other == pattern) {
                return false;
            }
        }
        return true;
    }

    private int[] transpose(int[] masks) {
        int[] result = new int[size];
        for (int row = 0; row < size; row++) {
            int mask = masks[row];
            while (mask != 0) {
                int k = Integer.numberOfTrailingZeros(mask);
                result[k] |= 1 << row;
                mask &= mask - 1;
            }
        }
        return result;
    }
}
