package dev.bootcamp.camps.logic;

import dev.bootcamp.camps.logic.ZebraPuzzleBootcamp.Clue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The generator's solver for zebra puzzles. Each item (an attribute's value, numbered {@code attribute * houses +
 * value}) has a bitmask of the houses it may be in; clues and the one-value-per-house rule narrow the masks to a
 * fixpoint, then the search branches on the item with the fewest houses left.
 */
final class ZebraPuzzleSolver {
    private static final int SAME = 0;
    private static final int NOT_SAME = 1;
    private static final int AT = 2;
    private static final int NOT_AT = 3;
    private static final int NEXT_TO = 4;
    private static final int DIRECTLY_LEFT = 5;
    private static final int SOMEWHERE_LEFT = 6;
    private static final int ONE_BETWEEN = 7;

    private final int houses;
    private final int attributes;
    private final int full;
    private final int[] kinds;
    private final int[] firsts;
    private final int[] seconds;
    private final int[] places;

    ZebraPuzzleSolver(int houses, int attributes, List<Clue> clues) {
        this.houses = houses;
        this.attributes = attributes;
        this.full = (1 << houses) - 1;
        int count = clues.size();
        kinds = new int[count];
        firsts = new int[count];
        seconds = new int[count];
        places = new int[count];
        for (int i = 0; i < count; i++) {
            Clue clue = clues.get(i);
            kinds[i] = switch (clue.kind()) {
                case "same" -> SAME;
                case "not-same" -> NOT_SAME;
                case "at" -> AT;
                case "not-at" -> NOT_AT;
                case "next-to" -> NEXT_TO;
                case "directly-left" -> DIRECTLY_LEFT;
                case "somewhere-left" -> SOMEWHERE_LEFT;
                case "one-between" -> ONE_BETWEEN;
                default -> throw new IllegalArgumentException("unknown clue kind '" + clue.kind() + "'");
            };
            firsts[i] = clue.attribute() * houses + clue.value();
            seconds[i] = clue.otherAttribute() < 0 ? firsts[i] : clue.otherAttribute() * houses + clue.otherValue();
            places[i] = clue.house() - 1;
        }
    }

    /** Up to {@code limit} solutions, each giving the house (from 0) of every item. */
    List<int[]> solve(int limit) {
        int[] domains = new int[attributes * houses];
        Arrays.fill(domains, full);
        List<int[]> found = new ArrayList<>();
        search(domains, limit, found);
        return found;
    }

    private void search(int[] domains, int limit, List<int[]> found) {
        if (!propagate(domains)) {
            return;
        }
        int branch = -1;
        int fewest = Integer.MAX_VALUE;
        for (int item = 0; item < domains.length; item++) {
            int size = Integer.bitCount(domains[item]);
            if (size > 1 && size < fewest) {
                branch = item;
                fewest = size;
            }
        }
        if (branch < 0) {
            int[] solution = new int[domains.length];
            for (int item = 0; item < domains.length; item++) {
                solution[item] = Integer.numberOfTrailingZeros(domains[item]);
            }
            found.add(solution);
            return;
        }
        for (int bits = domains[branch]; bits != 0 && found.size() < limit; bits &= bits - 1) {
            int[] copy = domains.clone();
            copy[branch] = Integer.lowestOneBit(bits);
            search(copy, limit, found);
        }
    }

    /** Narrows the domains to a fixpoint; false when some item has no house left. */
    private boolean propagate(int[] domains) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int clue = 0; clue < kinds.length; clue++) {
                int x = firsts[clue];
                int y = seconds[clue];
                int dx = domains[x];
                int dy = domains[y];
                int nx = dx;
                int ny = dy;
                switch (kinds[clue]) {
                    case SAME -> {
                        nx = dx & dy;
                        ny = nx;
                    }
                    case NOT_SAME -> {
                        nx = Integer.bitCount(dy) == 1 ? dx & ~dy : dx;
                        ny = Integer.bitCount(dx) == 1 ? dy & ~dx : dy;
                    }
                    case AT -> nx = dx & 1 << places[clue];
                    case NOT_AT -> nx = dx & ~(1 << places[clue]);
                    case NEXT_TO -> {
                        nx = dx & spread(dy, 1);
                        ny = dy & spread(dx, 1);
                    }
                    case DIRECTLY_LEFT -> {
                        nx = dx & dy >>> 1;
                        ny = dy & dx << 1;
                    }
                    case SOMEWHERE_LEFT -> {
                        nx = dx & Integer.highestOneBit(dy) - 1;
                        ny = dy & ~((Integer.lowestOneBit(dx) << 1) - 1);
                    }
                    default -> {
                        nx = dx & spread(dy, 2);
                        ny = dy & spread(dx, 2);
                    }
                }
                if (nx == 0 || ny == 0) {
                    return false;
                }
                if (nx != dx) {
                    domains[x] = nx;
                    changed = true;
                }
                if (x != y && ny != domains[y]) {
                    domains[y] = ny;
                    changed = true;
                }
            }
            for (int attribute = 0; attribute < attributes; attribute++) {
                int result = distinct(domains, attribute * houses);
                if (result < 0) {
                    return false;
                }
                changed |= result > 0;
            }
        }
        return true;
    }

    /**
     * One value per house for one attribute: a settled value leaves the other values' domains, and a house that only
     * one value can take settles that value. Returns -1 on a contradiction, 1 when a domain changed, 0 otherwise.
     */
    private int distinct(int[] domains, int base) {
        int settled = 0;
        int once = 0;
        int twice = 0;
        for (int value = 0; value < houses; value++) {
            int domain = domains[base + value];
            if (Integer.bitCount(domain) == 1) {
                if ((settled & domain) != 0) {
                    return -1;
                }
                settled |= domain;
            }
            twice |= once & domain;
            once |= domain;
        }
        if (once != full) {
            return -1;
        }
        int onlyOne = once & ~twice;
        int result = 0;
        for (int value = 0; value < houses; value++) {
            int domain = domains[base + value];
            if (Integer.bitCount(domain) == 1) {
                continue;
            }
            int narrowed = domain & ~settled;
            int forced = narrowed & onlyOne;
            if (forced != 0) {
                if (Integer.bitCount(forced) > 1) {
                    return -1;
                }
                narrowed = forced;
            }
            if (narrowed == 0) {
                return -1;
            }
            if (narrowed != domain) {
                domains[base + value] = narrowed;
                result = 1;
            }
        }
        return result;
    }

    private int spread(int domain, int distance) {
        return (domain << distance | domain >>> distance) & full;
    }
}
