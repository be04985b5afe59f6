package dev.bootcamp.camps.kit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Depth-first search over grids whose cells take the digits 1..n: groups of cells hold distinct digits (a group of n
 * cells holds each digit once), and a puzzle's own rule narrows the candidates further. Candidates are bitmasks, bit
 * d - 1 for digit d. Each node removes a placed digit from its peers, places hidden singles of full groups and asks
 * the rule, until nothing changes; then it branches on a cell with the fewest candidates. Generators use it to fill
 * grids and to test uniqueness; a puzzle's solution counter must then use a different algorithm, such as
 * {@link DancingLinks}.
 */
public final class GridSearch {
    /** A puzzle rule beyond the groups. */
    public interface Rule {
        /**
         * Removes, in place, candidates the rule excludes, and returns false when the rule cannot be met. It must never
         * remove a digit that a solution within the candidates uses, and must return false for a grid of single
         * candidates that breaks the rule.
         */
        boolean narrow(int[] candidates);
    }

    /**
     * What a search found.
     *
     * @param solutions up to the limit, each a digit per cell
     * @param finished whether the search ran to the end; when false (node cap reached) more solutions may exist
     */
    public record Result(List<int[]> solutions, boolean finished) {
        public Result {
            solutions = List.copyOf(solutions);
        }

        /** Exactly one solution, proved. */
        public boolean unique() {
            return finished && solutions.size() == 1;
        }
    }

    private final int full;
    private final int cells;
    private final int[][] peers;
    private final int[][] exactGroups;
    private final Rule rule;
    private final int[] queue;
    private final int[] before;
    private final List<int[]> found = new ArrayList<>();
    private long nodes;
    private long nodeCap;
    private int limit;
    private boolean aborted;
    private RandomGenerator random;

    /**
     * @param digits n: cells take 1..n
     * @param cells the number of cells
     * @param groups cell lists whose digits must differ; a group of n cells must hold every digit
     * @param rule the puzzle's further rule, or null
     */
    public GridSearch(int digits, int cells, List<int[]> groups, Rule rule) {
        if (digits < 1 || digits > 30) {
            throw new IllegalArgumentException("digits must be 1..30, found " + digits);
        }
        this.full = (1 << digits) - 1;
        this.cells = cells;
        this.rule = rule;
        List<TreeSet<Integer>> peerSets = new ArrayList<>();
        for (int cell = 0; cell < cells; cell++) {
            peerSets.add(new TreeSet<>());
        }
        List<int[]> exact = new ArrayList<>();
        for (int[] group : requireNonNull(groups, "groups is null")) {
            for (int cell : group) {
                for (int other : group) {
                    if (other != cell) {
                        peerSets.get(cell).add(other);
                    }
                }
            }
            if (group.length == digits) {
                exact.add(group.clone());
            }
        }
        peers = new int[cells][];
        for (int cell = 0; cell < cells; cell++) {
            peers[cell] = peerSets.get(cell).stream().mapToInt(Integer::intValue).toArray();
        }
        exactGroups = exact.toArray(new int[0][]);
        queue = new int[cells + 1];
        before = new int[cells];
    }

    private GridSearch(GridSearch shape, Rule rule) {
        full = shape.full;
        cells = shape.cells;
        peers = shape.peers;
        exactGroups = shape.exactGroups;
        this.rule = rule;
        queue = new int[cells + 1];
        before = new int[cells];
    }

    /** The same cells and groups with another rule (cheaper than building the groups again). */
    public GridSearch withRule(Rule rule) {
        return new GridSearch(this, rule);
    }

    /** Every digit open in every cell. */
    public int[] open() {
        int[] candidates = new int[cells];
        Arrays.fill(candidates, full);
        return candidates;
    }

    /** Candidates for a grid of digits (0 for an empty cell). */
    public int[] candidates(int[] grid) {
        int[] candidates = open();
        for (int cell = 0; cell < cells; cell++) {
            if (grid[cell] != 0) {
                candidates[cell] = 1 << (grid[cell] - 1);
            }
        }
        return candidates;
    }

    /**
     * Searches from the given candidates (not modified) for up to {@code limit} solutions, visiting at most
     * {@code nodeCap} nodes; with a random source the digits of each branch are tried in random order.
     */
    public Result solve(int[] candidates, int limit, long nodeCap, RandomGenerator random) {
        found.clear();
        nodes = 0;
        this.nodeCap = nodeCap;
        this.limit = limit;
        this.random = random;
        aborted = false;
        search(candidates.clone(), -1);
        this.random = null;
        return new Result(found, !aborted);
    }

    /**
     * A random complete grid, trying again with fresh choices whenever a try reaches {@code nodeCap}; null when there is
     * none or after 20 failed tries.
     */
    public int[] fillRandomly(long nodeCap, RandomGenerator random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Result result = solve(open(), 1, nodeCap, random);
            if (!result.solutions().isEmpty()) {
                return result.solutions().get(0);
            }
            if (result.finished()) {
                return null;
            }
        }
        return null;
    }

    /**
     * Empties up to {@code target} cells of a solution, in random order, keeping a cell whenever some grid that keeps
     * the other givens could hold another digit there (or the test reaches {@code nodeCap}). The givens start from
     * {@code givens} (the solution itself to start from a full grid); returns them, 0 for an empty cell.
     */
    public int[] dig(int[] solution, int[] givens, int target, long nodeCap, RandomGenerator random) {
        int[] result = givens.clone();
        int removed = 0;
        for (int cell : Draw.permutation(cells, random)) {
            if (removed == target) {
                break;
            }
            if (result[cell] == 0) {
                continue;
            }
            result[cell] = 0;
            int[] candidates = candidates(result);
            candidates[cell] &= ~(1 << (solution[cell] - 1));
            Result other = solve(candidates, 1, nodeCap, null);
            if (other.finished() && other.solutions().isEmpty()) {
                removed++;
            } else {
                result[cell] = solution[cell];
            }
        }
        return result;
    }

    /** Nodes visited by the last search. */
    public long nodes() {
        return nodes;
    }

    private void search(int[] candidates, int placed) {
        if (++nodes > nodeCap) {
            aborted = true;
            return;
        }
        if (!propagate(candidates, placed)) {
            return;
        }
        int best = -1;
        int bestCount = Integer.MAX_VALUE;
        for (int cell = 0; cell < cells; cell++) {
            int count = Integer.bitCount(candidates[cell]);
            if (count > 1 && count < bestCount) {
                best = cell;
                bestCount = count;
                if (count == 2) {
                    break;
                }
            }
        }
        if (best < 0) {
            int[] solution = new int[cells];
            for (int cell = 0; cell < cells; cell++) {
                solution[cell] = Integer.numberOfTrailingZeros(candidates[cell]) + 1;
            }
            found.add(solution);
            return;
        }
        int[] choices = new int[bestCount];
        int count = 0;
        for (int mask = candidates[best]; mask != 0; mask &= mask - 1) {
            choices[count++] = Integer.lowestOneBit(mask);
        }
        if (random != null) {
            for (int i = count - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = choices[i];
                choices[i] = choices[j];
                choices[j] = swap;
            }
        }
        for (int choice : choices) {
            int[] next = candidates.clone();
            next[best] = choice;
            search(next, best);
            if (aborted || found.size() >= limit) {
                return;
            }
        }
    }

    /** Narrows to a fixed point: placed digits leave their peers, hidden singles of full groups are placed, the rule runs. */
    private boolean propagate(int[] candidates, int placed) {
        int head = 0;
        int tail = 0;
        if (placed >= 0) {
            queue[tail++] = placed;
        } else {
            for (int cell = 0; cell < cells; cell++) {
                int mask = candidates[cell];
                if (mask == 0) {
                    return false;
                }
                if ((mask & (mask - 1)) == 0) {
                    queue[tail++] = cell;
                }
            }
        }
        while (true) {
            while (head < tail) {
                int cell = queue[head++];
                int mask = candidates[cell];
                for (int peer : peers[cell]) {
                    int before = candidates[peer];
                    if ((before & mask) != 0) {
                        int after = before & ~mask;
                        if (after == 0) {
                            return false;
                        }
                        candidates[peer] = after;
                        if ((after & (after - 1)) == 0) {
                            queue[tail++] = peer;
                        }
                    }
                }
            }
            for (int[] group : exactGroups) {
                int once = 0;
                int twice = 0;
                for (int cell : group) {
                    twice |= once & candidates[cell];
                    once |= candidates[cell];
                }
                if (once != full) {
                    return false;
                }
                int single = once & ~twice;
                if (single == 0) {
                    continue;
                }
                for (int cell : group) {
                    int mask = candidates[cell] & single;
                    if (mask != 0 && mask != candidates[cell]) {
                        if ((mask & (mask - 1)) != 0) {
                            return false;
                        }
                        candidates[cell] = mask;
                        queue[tail++] = cell;
                    }
                }
            }
            if (head < tail) {
                continue;
            }
            if (rule == null) {
                return true;
            }
            System.arraycopy(candidates, 0, before, 0, cells);
            if (!rule.narrow(candidates)) {
                return false;
            }
            for (int cell = 0; cell < cells; cell++) {
                int mask = candidates[cell];
                if (mask != before[cell]) {
                    if (mask == 0) {
                        return false;
                    }
                    if ((mask & (mask - 1)) == 0) {
                        queue[tail++] = cell;
                    }
                }
            }
            if (head == tail) {
                return true;
            }
        }
    }

    /** Rows, columns and boxes of a square grid of side {@code size}; boxes of boxRows x boxColumns when both are positive. */
    public static List<int[]> latinGroups(int size, int boxRows, int boxColumns) {
        List<int[]> groups = new ArrayList<>();
        for (int line = 0; line < size; line++) {
            int[] row = new int[size];
            int[] column = new int[size];
            for (int i = 0; i < size; i++) {
                row[i] = line * size + i;
                column[i] = i * size + line;
            }
            groups.add(row);
            groups.add(column);
        }
        if (boxRows > 0 && boxColumns > 0) {
            for (int box = 0; box < size; box++) {
                int top = box / (size / boxColumns) * boxRows;
                int left = box % (size / boxColumns) * boxColumns;
                int[] cellsOfBox = new int[size];
                for (int i = 0; i < size; i++) {
                    cellsOfBox[i] = (top + i / boxColumns) * size + left + i % boxColumns;
                }
                groups.add(cellsOfBox);
            }
        }
        return groups;
    }
}
