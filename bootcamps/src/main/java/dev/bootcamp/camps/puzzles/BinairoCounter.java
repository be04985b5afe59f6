package dev.bootcamp.camps.puzzles;

import dev.bootcamp.camps.kit.GridSearch;
import java.util.List;

/**
 * Counts Binairo solutions cell by cell with {@link GridSearch}: a 0 is digit 1 (mask 1) and a 1 is digit 2 (mask 2),
 * and a rule enforces balance, no three alike and distinct complete lines. Independent of the generator's line-pattern
 * {@link BinairoSolver}.
 */
final class BinairoCounter {
    /** Far beyond what any generated puzzle needs; a search that stops here reports the limit, failing the proof. */
    private static final long NODE_CAP = 50_000_000;

    private BinairoCounter() {}

    static long count(int size, List<String> givens, long limit) {
        GridSearch search = new GridSearch(2, size * size, List.of(), new LineRule(size));
        int[] candidates = search.open();
        for (int cell = 0; cell < candidates.length; cell++) {
            char given = givens.get(cell / size).charAt(cell % size);
            candidates[cell] = given == '0' ? 1 : given == '1' ? 2 : 3;
        }
        GridSearch.Result result = search.solve(candidates, (int) Math.min(limit, Integer.MAX_VALUE), NODE_CAP, null);
        return result.finished() ? result.solutions().size() : limit;
    }

    /**
     * Balance, no three alike, and no two complete lines of one direction alike; a line with few empty cells also keeps
     * only the digits that some valid filling of it, unlike every complete line, uses.
     */
    private static final class LineRule implements GridSearch.Rule {
        /** A line with at most this many empty cells is narrowed by trying every way to fill them. */
        private static final int ENUMERATION_LIMIT = 6;

        private final int size;
        private final int[][] lines;
        private final boolean[] valid;
        private final int[] patterns;
        private final int[] open = new int[ENUMERATION_LIMIT];

        LineRule(int size) {
            this.size = size;
            lines = new int[2 * size][size];
            for (int line = 0; line < size; line++) {
                for (int k = 0; k < size; k++) {
                    lines[line][k] = line * size + k;
                    lines[size + line][k] = k * size + line;
                }
            }
            valid = new boolean[1 << size];
            for (int line = 0; line < valid.length; line++) {
                valid[line] = BinairoBootcamp.validLine(line, size);
            }
            patterns = new int[2 * size];
        }

        @Override
        public boolean narrow(int[] candidates) {
            for (int index = 0; index < lines.length; index++) {
                patterns[index] = pattern(candidates, lines[index]);
                for (int other = index < size ? 0 : size; other < index && patterns[index] >= 0; other++) {
                    if (patterns[other] == patterns[index]) {
                        return false;
                    }
                }
            }
            for (int index = 0; index < lines.length; index++) {
                if (!narrowLine(candidates, lines[index]) || !enumerate(candidates, index)) {
                    return false;
                }
            }
            return true;
        }

        /** The line's 1s as a bit pattern when every cell is decided, otherwise -1. */
        private int pattern(int[] candidates, int[] line) {
            int pattern = 0;
            for (int k = 0; k < size; k++) {
                int mask = candidates[line[k]];
                if (mask == 3) {
                    return -1;
                }
                pattern |= (mask - 1) << k;
            }
            return pattern;
        }

        /** For a line with few empty cells: keeps the digits that some valid filling, unlike every complete line, uses. */
        private boolean enumerate(int[] candidates, int index) {
            int[] line = lines[index];
            int count = 0;
            int fixed = 0;
            for (int k = 0; k < size; k++) {
                int mask = candidates[line[k]];
                if (mask == 3) {
                    if (count == ENUMERATION_LIMIT) {
                        return true;
                    }
                    open[count++] = k;
                } else {
                    fixed |= (mask - 1) << k;
                }
            }
            if (count == 0) {
                return valid[fixed];
            }
            int seenOne = 0;
            int seenZero = 0;
            for (int filling = 0; filling < 1 << count; filling++) {
                int pattern = fixed;
                for (int i = 0; i < count; i++) {
                    pattern |= (filling >>> i & 1) << open[i];
                }
                if (!valid[pattern] || taken(pattern, index)) {
                    continue;
                }
                seenOne |= pattern;
                seenZero |= ~pattern;
            }
            for (int i = 0; i < count; i++) {
                int bit = 1 << open[i];
                int mask = ((seenZero & bit) != 0 ? 1 : 0) | ((seenOne & bit) != 0 ? 2 : 0);
                if (mask == 0) {
                    return false;
                }
                candidates[line[open[i]]] = mask;
            }
            return true;
        }

        private boolean taken(int pattern, int index) {
            for (int other = index < size ? 0 : size; other < (index < size ? size : 2 * size); other++) {
                if (other != index && patterns[other] == pattern) {
                    return true;
                }
            }
            return false;
        }

        private boolean narrowLine(int[] candidates, int[] line) {
            int zeros = 0;
            int ones = 0;
            for (int cell : line) {
                zeros += candidates[cell] == 1 ? 1 : 0;
                ones += candidates[cell] == 2 ? 1 : 0;
            }
            if (zeros > size / 2 || ones > size / 2) {
                return false;
            }
            if (zeros == size / 2 || ones == size / 2) {
                int rest = zeros == size / 2 ? 2 : 1;
                for (int cell : line) {
                    if (candidates[cell] == 3) {
                        candidates[cell] = rest;
                    }
                }
            }
            for (int k = 0; k + 2 < size; k++) {
                int a = line[k];
                int b = line[k + 1];
                int c = line[k + 2];
                if (!exclude(candidates, a, b, c) || !exclude(candidates, a, c, b) || !exclude(candidates, b, c, a)) {
                    return false;
                }
            }
            return true;
        }

        /** When the first two cells hold the same digit, the third must hold the other. */
        private static boolean exclude(int[] candidates, int first, int second, int third) {
            int mask = candidates[first];
            if (mask == 3 || mask != candidates[second]) {
                return true;
            }
            candidates[third] &= ~mask;
            return candidates[third] != 0;
        }
    }
}
