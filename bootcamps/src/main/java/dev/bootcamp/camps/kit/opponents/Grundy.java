package dev.bootcamp.camps.kit.opponents;

/**
 * Grundy values (nimbers) of impartial games. A position is lost for the player to move exactly when its Grundy value
 * is 0, and a sum of independent games has the exclusive or of their values.
 */
public final class Grundy {
    private Grundy() {}

    /** The minimum excludant: the least non-negative integer that is not among the first {@code count} values. */
    public static int mex(int[] values, int count) {
        boolean[] seen = new boolean[count + 1];
        for (int i = 0; i < count; i++) {
            if (values[i] >= 0 && values[i] <= count) {
                seen[values[i]] = true;
            }
        }
        int least = 0;
        while (seen[least]) {
            least++;
        }
        return least;
    }

    /** The values of one heap of 0..limit objects when a move removes exactly one of the amounts in {@code allowed}. */
    public static int[] subtraction(int limit, int[] allowed) {
        int[] values = new int[limit + 1];
        int[] options = new int[allowed.length];
        for (int heap = 1; heap <= limit; heap++) {
            int count = 0;
            for (int take : allowed) {
                if (take >= 1 && take <= heap) {
                    options[count++] = values[heap - take];
                }
            }
            values[heap] = mex(options, count);
        }
        return values;
    }

    /**
     * The values of one row of 0..limit pins when a move knocks down one of the amounts in {@code takes} of adjacent
     * standing pins anywhere in the row, leaving the pins on either side as up to two separate rows (Kayles has takes
     * 1 and 2).
     */
    public static int[] row(int limit, int[] takes) {
        int[] values = new int[limit + 1];
        int[] options = new int[(limit + 1) * takes.length];
        for (int length = 1; length <= limit; length++) {
            int count = 0;
            for (int take : takes) {
                for (int left = 0; take >= 1 && left + take <= length; left++) {
                    options[count++] = values[left] ^ values[length - left - take];
                }
            }
            values[length] = mex(options, count);
        }
        return values;
    }

    /** The exclusive or of the values: the Grundy value of a sum of independent games. */
    public static int sum(int... values) {
        int total = 0;
        for (int value : values) {
            total ^= value;
        }
        return total;
    }
}
