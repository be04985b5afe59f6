package dev.bootcamp.camps.math;

/**
 * Counts by listing every case, to cross-check the formulas of {@link CombinatoricsCountGenerator} at generation
 * time. Callers only ask when the number of cases listed stays near {@link #LIMIT}.
 */
final class CombinatoricsCountBruteForce {
    /** Largest number of arrangements, distributions, paths or strings the generator asks to have listed. */
    static final long LIMIT = 60_000;

    private CombinatoricsCountBruteForce() {}

    /** Distinct arrangements of the letters, with every copy of {@code glued} adjacent when it is not 0. */
    static long wordArrangements(String word, char glued) {
        int[] letters = word.chars().sorted().toArray();
        long count = 0;
        do {
            if (glued == 0 || adjacent(letters, glued)) {
                count++;
            }
        } while (nextPermutation(letters));
        return count;
    }

    /** Committees of {@code members} from women 0..women-1 and men after them, with at least {@code least} women. */
    static long committees(int women, int men, int members, int least, boolean apart) {
        int people = women + men;
        int ann = 0;
        int bob = women;
        long count = 0;
        for (int mask = 0; mask < 1 << people; mask++) {
            if (Integer.bitCount(mask) != members || Integer.bitCount(mask & ((1 << women) - 1)) < least) {
                continue;
            }
            if (apart && (mask >> ann & 1) == 1 && (mask >> bob & 1) == 1) {
                continue;
            }
            count++;
        }
        return count;
    }

    /** Ways to give {@code sweets} to {@code children}, each getting between {@code least} and {@code most}. */
    static long shares(int sweets, int children, int least, int most) {
        if (children == 0) {
            return sweets == 0 ? 1 : 0;
        }
        long count = 0;
        for (int given = least; given <= Math.min(most, sweets); given++) {
            count += shares(sweets - given, children - 1, least, most);
        }
        return count;
    }

    /** Permutations of n items with exactly {@code fixed} items in their own place. */
    static long permutationsWithFixedPoints(int n, int fixed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long count = 0;
        do {
            int same = 0;
            for (int i = 0; i < n; i++) {
                same += order[i] == i ? 1 : 0;
            }
            count += same == fixed ? 1 : 0;
        } while (nextPermutation(order));
        return count;
    }

    /** Right/up paths from (0, 0) to (width, height) through {@code first}, or avoiding both points when {@code second} is given. */
    static long gridPaths(int width, int height, int[] first, int[] second) {
        return walk(0, 0, width, height, first, second, false, false);
    }

    private static long walk(int x, int y, int width, int height, int[] first, int[] second, boolean sawFirst, boolean sawSecond) {
        boolean atFirst = sawFirst || x == first[0] && y == first[1];
        boolean atSecond = sawSecond || second != null && x == second[0] && y == second[1];
        if (x == width && y == height) {
            return second == null ? (atFirst ? 1 : 0) : (atFirst || atSecond ? 0 : 1);
        }
        long count = 0;
        if (x < width) {
            count += walk(x + 1, y, width, height, first, second, atFirst, atSecond);
        }
        if (y < height) {
            count += walk(x, y + 1, width, height, first, second, atFirst, atSecond);
        }
        return count;
    }

    /** Strings of the given length over the alphabet 0..alphabet-1 that contain each of 0..required-1. */
    static long strings(int alphabet, int length, int required) {
        int[] digits = new int[length];
        long count = 0;
        while (true) {
            int seen = 0;
            for (int digit : digits) {
                if (digit < required) {
                    seen |= 1 << digit;
                }
            }
            count += seen == (1 << required) - 1 ? 1 : 0;
            int position = 0;
            while (position < length && digits[position] == alphabet - 1) {
                digits[position++] = 0;
            }
            if (position == length) {
                return count;
            }
            digits[position]++;
        }
    }

    /**
     * Seatings of people 0..n-1 at a round table up to rotation (person 0 fixed in seat 0): with {@code apart}, those
     * where persons 0 and 1 are not neighbours; otherwise those where persons 0..group-1 fill an arc of seats.
     */
    static long roundTables(int n, int group, boolean apart) {
        int[] seating = new int[n];
        for (int i = 0; i < n; i++) {
            seating[i] = i;
        }
        long count = 0;
        do {
            if (seating[0] != 0) {
                break;
            }
            boolean neighbours = seating[1] == 1 || seating[n - 1] == 1;
            int ends = 0;
            for (int seat = 0; seat < n; seat++) {
                ends += seating[seat] < group && seating[(seat + 1) % n] >= group ? 1 : 0;
            }
            count += (apart ? !neighbours : ends == 1) ? 1 : 0;
        } while (nextPermutation(seating));
        return count;
    }

    private static boolean adjacent(int[] letters, char glued) {
        int first = -1;
        int last = -1;
        int copies = 0;
        for (int i = 0; i < letters.length; i++) {
            if (letters[i] == glued) {
                first = first < 0 ? i : first;
                last = i;
                copies++;
            }
        }
        return last - first + 1 == copies;
    }

    private static boolean nextPermutation(int[] items) {
        int i = items.length - 2;
        while (i >= 0 && items[i] >= items[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = items.length - 1;
        while (items[j] <= items[i]) {
            j--;
        }
        int swap = items[i];
        items[i] = items[j];
        items[j] = swap;
        for (int left = i + 1, right = items.length - 1; left < right; left++, right--) {
            swap = items[left];
            items[left] = items[right];
            items[right] = swap;
        }
        return true;
    }
}
