package dev.bootcamp.camps.puzzles;

/**
 * Counts completions of a magic square a whole line at a time: it takes the unfinished line (row, column or diagonal)
 * with the fewest empty cells and tries every way to fill them with distinct unused numbers that give the magic sum,
 * keeping every crossing line within reach of the sum. Independent of the generator's cell-by-cell
 * {@link MagicSquareSearch}.
 */
final class MagicSquareCounter {
    private final int size;
    private final int highest;
    private final int magic;
    private final int[][] lines;
    private final int[] grid;
    private boolean[] taken;
    private long count;
    private long limit;

    private MagicSquareCounter(int size, int[] givens) {
        this.size = size;
        highest = size * size;
        magic = size * (highest + 1) / 2;
        lines = new int[2 * size + 2][size];
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < size; k++) {
                lines[i][k] = i * size + k;
                lines[size + i][k] = k * size + i;
            }
            lines[2 * size][i] = i * size + i;
            lines[2 * size + 1][i] = i * size + size - 1 - i;
        }
        grid = givens.clone();
    }

    static long count(int size, int[] givens, long limit) {
        MagicSquareCounter counter = new MagicSquareCounter(size, givens);
        counter.limit = limit;
        counter.taken = new boolean[counter.highest + 1];
        for (int value : givens) {
            if (value < 0 || value > counter.highest || value != 0 && counter.taken[value]) {
                return 0;
            }
            counter.taken[value] = true;
        }
        counter.taken[0] = false;
        if (!counter.consistent()) {
            return 0;
        }
        counter.nextLine();
        return Math.min(counter.count, limit);
    }

    private void nextLine() {
        int best = -1;
        int fewest = Integer.MAX_VALUE;
        for (int index = 0; index < lines.length; index++) {
            int open = 0;
            for (int cell : lines[index]) {
                open += grid[cell] == 0 ? 1 : 0;
            }
            if (open > 0 && open < fewest) {
                best = index;
                fewest = open;
            }
        }
        if (best < 0) {
            count++;
            return;
        }
        fill(lines[best], 0);
    }

    /** Fills the empty cells of the line from position {@code from} on, then moves to the next line. */
    private void fill(int[] line, int from) {
        if (count >= limit) {
            return;
        }
        int position = from;
        while (position < size && grid[line[position]] != 0) {
            position++;
        }
        if (position == size) {
            nextLine();
            return;
        }
        int cell = line[position];
        for (int value = 1; value <= highest; value++) {
            if (taken[value]) {
                continue;
            }
            grid[cell] = value;
            taken[value] = true;
            if (consistent()) {
                fill(line, position + 1);
            }
            taken[value] = false;
            grid[cell] = 0;
            if (count >= limit) {
                return;
            }
        }
    }

    /** Every line's sum so far, plus the least and most its empty cells could add, brackets the magic sum. */
    private boolean consistent() {
        for (int[] line : lines) {
            int sum = 0;
            int open = 0;
            for (int cell : line) {
                sum += grid[cell];
                open += grid[cell] == 0 ? 1 : 0;
            }
            if (open == 0 ? sum != magic : sum + least(open) > magic || sum + most(open) < magic) {
                return false;
            }
        }
        return true;
    }

    private int least(int count) {
        int sum = 0;
        for (int value = 1; value <= highest && count > 0; value++) {
            if (!taken[value]) {
                sum += value;
                count--;
            }
        }
        return sum;
    }

    private int most(int count) {
        int sum = 0;
        for (int value = highest; value >= 1 && count > 0; value--) {
            if (!taken[value]) {
                sum += value;
                count--;
            }
        }
        return sum;
    }
}
