package dev.bootcamp.camps.games;

/** IDA* with the Manhattan-distance heuristic plus linear conflicts, for shortest sliding-puzzle solutions. */
final class SlidingPuzzleSearch {
    private static final int FOUND = -1;

    private final int size;
    private final int[] tiles;
    /** home[tile]: the cell a tile occupies in the goal. */
    private final int[] home;
    private final int[] moves;
    private final long budget;
    private long nodes;
    private int blank;

    private SlidingPuzzleSearch(int size, int[] tiles, int[] goal, long budget) {
        this.size = size;
        this.tiles = tiles.clone();
        this.home = new int[goal.length];
        for (int cell = 0; cell < goal.length; cell++) {
            home[goal[cell]] = cell;
        }
        this.moves = new int[128];
        this.budget = budget;
        for (int cell = 0; cell < tiles.length; cell++) {
            if (tiles[cell] == 0) {
                blank = cell;
            }
        }
    }

    /**
     * A shortest way from {@code tiles} to {@code goal} as letters U, D, L, R (moves of the blank), the empty string
     * when they are equal, or null when the search visits more than {@code budget} nodes.
     */
    static String shortest(int size, int[] tiles, int[] goal, long budget) {
        return new SlidingPuzzleSearch(size, tiles, goal, budget).run();
    }

    private String run() {
        int bound = heuristic();
        while (true) {
            int result = search(0, bound, -1, heuristic());
            if (result == FOUND) {
                return path;
            }
            if (result < 0 || nodes > budget) {
                return null;
            }
            bound = result;
        }
    }

    private String path;

    /** Returns FOUND, the next bound to try, or Integer.MIN_VALUE when the budget is spent. */
    private int search(int depth, int bound, int last, int estimate) {
        if (++nodes > budget) {
            return Integer.MIN_VALUE;
        }
        int total = depth + estimate;
        if (total > bound) {
            return total;
        }
        if (estimate == 0) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                text.append(SlidingPuzzleBootcamp.letter(moves[i]));
            }
            path = text.toString();
            return FOUND;
        }
        int least = Integer.MAX_VALUE;
        for (int move = 0; move < 4; move++) {
            if (move == (last ^ 1)) {
                continue;
            }
            int next = SlidingPuzzleBootcamp.target(size, blank, move);
            if (next < 0) {
                continue;
            }
            int from = blank;
            tiles[from] = tiles[next];
            tiles[next] = 0;
            blank = next;
            moves[depth] = move;
            int result = search(depth + 1, bound, move, heuristic());
            blank = from;
            tiles[next] = tiles[from];
            tiles[from] = 0;
            if (result == FOUND || result == Integer.MIN_VALUE) {
                return result;
            }
            least = Math.min(least, result);
        }
        return least;
    }

    /**
     * Manhattan distance of every tile from its home, plus two moves for each tile that must leave its home row (or
     * column) to let the others there pass: the tiles of a line not in a longest in-order subsequence.
     */
    private int heuristic() {
        int sum = 0;
        for (int cell = 0; cell < tiles.length; cell++) {
            int tile = tiles[cell];
            if (tile != 0) {
                sum += Math.abs(cell / size - home[tile] / size) + Math.abs(cell % size - home[tile] % size);
            }
        }
        int[] homes = new int[size];
        for (int line = 0; line < size; line++) {
            int count = 0;
            for (int column = 0; column < size; column++) {
                int tile = tiles[line * size + column];
                if (tile != 0 && home[tile] / size == line) {
                    homes[count++] = home[tile] % size;
                }
            }
            sum += 2 * (count - longestIncreasing(homes, count));
            count = 0;
            for (int row = 0; row < size; row++) {
                int tile = tiles[row * size + line];
                if (tile != 0 && home[tile] % size == line) {
                    homes[count++] = home[tile] / size;
                }
            }
            sum += 2 * (count - longestIncreasing(homes, count));
        }
        return sum;
    }

    private static int longestIncreasing(int[] values, int count) {
        int[] best = new int[count];
        int longest = 0;
        for (int i = 0; i < count; i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) {
                if (values[j] < values[i]) {
                    best[i] = Math.max(best[i], best[j] + 1);
                }
            }
            longest = Math.max(longest, best[i]);
        }
        return longest;
    }
}
