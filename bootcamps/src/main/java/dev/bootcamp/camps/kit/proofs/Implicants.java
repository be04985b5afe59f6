package dev.bootcamp.camps.kit.proofs;

import java.util.ArrayList;
import java.util.List;

/**
 * Prime implicants and a minimum sum of products of a truth table over n ≤ {@link Tables#MAX_VARIABLES} variables (rows
 * as in {@link Tables}). A cube fixes the variables in {@code care} (bit i for variable i) to the values in {@code value};
 * its rows are those that agree on every fixed variable.
 */
public final class Implicants {
    private Implicants() {}

    /** A product term: the variables it fixes and their values, as bit sets over variable indexes. */
    public record Cube(int care, int value) {
        /** The rows of a table over {@code n} variables where the cube is true. */
        public long rows(int n) {
            long rows = 0;
            for (int row = 0; row < 1 << n; row++) {
                if (matches(row, n)) {
                    rows |= 1L << row;
                }
            }
            return rows;
        }

        private boolean matches(int row, int n) {
            for (int i = 0; i < n; i++) {
                if ((care >> i & 1) == 1 && Tables.bit(row, i, n) != ((value >> i & 1) == 1)) {
                    return false;
                }
            }
            return true;
        }

        /** The term as a conjunction of literals over {@code names}, or null for the empty cube. */
        public Prop formula(List<String> names) {
            Prop term = null;
            for (int i = 0; i < names.size(); i++) {
                if ((care >> i & 1) == 1) {
                    Prop literal = (value >> i & 1) == 1 ? Prop.var(names.get(i)) : Prop.not(Prop.var(names.get(i)));
                    term = term == null ? literal : Prop.and(term, literal);
                }
            }
            return term;
        }
    }

    /** Every prime implicant of a table over {@code n} variables: cubes inside it that no larger cube inside it contains. */
    public static List<Cube> primes(long table, int n) {
        List<Cube> inside = new ArrayList<>();
        int cubes = 1;
        for (int i = 0; i < n; i++) {
            cubes *= 3;
        }
        for (int code = 0; code < cubes; code++) {
            int care = 0;
            int value = 0;
            int rest = code;
            for (int i = 0; i < n; i++) {
                int digit = rest % 3;
                rest /= 3;
                if (digit > 0) {
                    care |= 1 << i;
                    value |= (digit - 1) << i;
                }
            }
            Cube cube = new Cube(care, value);
            long rows = cube.rows(n);
            if ((rows & ~table) == 0) {
                inside.add(cube);
            }
        }
        List<Cube> primes = new ArrayList<>();
        for (Cube cube : inside) {
            boolean prime = true;
            for (Cube other : inside) {
                // A cube that fixes a proper subset of the variables, with the same values there, contains it.
                if (other != cube && (other.care() & ~cube.care()) == 0 && other.care() != cube.care()
                        && (cube.value() & other.care()) == other.value()) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                primes.add(cube);
            }
        }
        return primes;
    }

    /** A smallest set of prime implicants whose rows together are exactly the table's true rows (empty for 0). */
    public static List<Cube> minimumCover(long table, int n) {
        List<Cube> primes = primes(table, n);
        long[] rows = primes.stream().mapToLong(cube -> cube.rows(n)).toArray();
        for (int size = 0; size <= primes.size(); size++) {
            List<Cube> chosen = new ArrayList<>();
            if (cover(table, primes, rows, size, chosen)) {
                return chosen;
            }
        }
        throw new IllegalStateException("the primes do not cover the table");
    }

    private static boolean cover(long uncovered, List<Cube> primes, long[] rows, int budget, List<Cube> chosen) {
        if (uncovered == 0) {
            return true;
        }
        if (budget == 0) {
            return false;
        }
        long first = Long.lowestOneBit(uncovered);
        for (int p = 0; p < primes.size(); p++) {
            if ((rows[p] & first) != 0) {
                chosen.add(primes.get(p));
                if (cover(uncovered & ~rows[p], primes, rows, budget - 1, chosen)) {
                    return true;
                }
                chosen.remove(chosen.size() - 1);
            }
        }
        return false;
    }
}
