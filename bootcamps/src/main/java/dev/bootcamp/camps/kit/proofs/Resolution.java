package dev.bootcamp.camps.kit.proofs;

import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Unsatisfiable clause sets and resolution refutations of them, found by breadth-first saturation. */
public final class Resolution {
    /** One derived clause and the indexes (into the given clauses followed by the steps) of its two parents. */
    public record Step(long clause, int first, int second) {}

    private Resolution() {}

    /**
     * A minimal unsatisfiable set of clauses over {@code variables} variables (every variable used), each with {@code
     * width} distinct literals (at most the number of variables), in random order; null when a draw fails.
     */
    public static List<Long> minimalUnsat(int variables, int width, RandomGenerator random) {
        List<Long> clauses = new ArrayList<>();
        int limit = 12 * (1 << Math.min(variables, 10));
        while (!Clauses.unsatisfiable(clauses, variables)) {
            if (clauses.size() > limit) {
                return null;
            }
            long clause = 0;
            int[] order = Draw.permutation(variables, random);
            for (int i = 0; i < Math.min(width, variables); i++) {
                clause |= Clauses.literal(order[i], random.nextBoolean());
            }
            if (!clauses.contains(clause)) {
                clauses.add(clause);
            }
        }
        Draw.shuffle(clauses, random);
        for (int i = clauses.size() - 1; i >= 0; i--) {
            List<Long> without = new ArrayList<>(clauses);
            without.remove(i);
            if (Clauses.unsatisfiable(without, variables)) {
                clauses = without;
            }
        }
        long used = 0;
        for (long clause : clauses) {
            used |= clause | clause >>> 1;
        }
        for (int v = 0; v < variables; v++) {
            if ((used >>> (2 * v) & 1) == 0) {
                return null;
            }
        }
        return clauses;
    }

    /**
     * An unsatisfiable clause set: a minimal unsatisfiable core of at least 3 clauses of {@code width} literals over
     * {@code variables} variables, plus up to {@code extra} further random clauses of the same width, shuffled.
     */
    public static List<Long> unsatInstance(int variables, int width, int extra, RandomGenerator random) {
        while (true) {
            List<Long> core = minimalUnsat(variables, width, random);
            if (core == null || core.size() < 3) {
                continue;
            }
            List<Long> clauses = new ArrayList<>(core);
            for (int i = 0; i < extra; i++) {
                long clause = 0;
                int[] order = Draw.permutation(variables, random);
                for (int k = 0; k < Math.min(width, variables); k++) {
                    clause |= Clauses.literal(order[k], random.nextBoolean());
                }
                if (!clauses.contains(clause)) {
                    clauses.add(clause);
                }
            }
            Draw.shuffle(clauses, random);
            return clauses;
        }
    }

    /**
     * A refutation by binary resolution read off a decision tree (branching first on a variable of the clause with the
     * fewest open literals), the shortest of {@code tries} trees whose ties are broken at random: the steps (parents
     * indexing the given clauses, then earlier steps) end with the empty clause. The clauses must be unsatisfiable.
     */
    public static List<Step> refute(List<Long> given, int tries, RandomGenerator random) {
        List<Step> best = null;
        for (int attempt = 0; attempt < tries; attempt++) {
            Tree tree = new Tree(given, attempt == 0 ? null : random);
            int root = tree.refute(0, 0);
            if (root < 0) {
                throw new IllegalArgumentException("the clauses are satisfiable");
            }
            List<Step> steps = extract(tree.clauses, tree.parents, given.size(), root);
            if (best == null || steps.size() < best.size()) {
                best = steps;
            }
        }
        return best;
    }

    /** Tree-like refutation search over partial assignments (a set of true and a set of false variables). */
    private static final class Tree {
        final List<Long> clauses;
        final List<int[]> parents = new ArrayList<>();
        final Map<Long, Integer> index = new HashMap<>();
        final int givenCount;
        final RandomGenerator random;

        Tree(List<Long> given, RandomGenerator random) {
            this.clauses = new ArrayList<>(given);
            this.givenCount = given.size();
            this.random = random;
            for (int i = 0; i < given.size(); i++) {
                parents.add(null);
                index.putIfAbsent(given.get(i), i);
            }
        }

        /** The index of a clause false under the assignment (literal bits made false), or -1 when there is none. */
        int refute(long falseLiterals, int depth) {
            int chosen = -1;
            int fewest = Integer.MAX_VALUE;
            int ties = 0;
            for (int i = 0; i < givenCount; i++) {
                long clause = clauses.get(i);
                long open = clause & ~falseLiterals;
                if (open == 0) {
                    return i;
                }
                long trueLiterals = ((falseLiterals & 0x5555555555555555L) << 1) | ((falseLiterals >>> 1) & 0x5555555555555555L);
                if ((clause & trueLiterals) != 0) {
                    continue;
                }
                int count = Long.bitCount(open);
                if (count < fewest) {
                    fewest = count;
                    chosen = Long.numberOfTrailingZeros(open) / 2;
                    ties = 1;
                } else if (count == fewest && random != null && random.nextInt(++ties) == 0) {
                    chosen = Long.numberOfTrailingZeros(open) / 2;
                }
            }
            if (chosen < 0 || depth > Clauses.MAX_VARIABLES) {
                return -1;
            }
            long positive = Clauses.literal(chosen, false);
            long negative = Clauses.literal(chosen, true);
            int whenTrue = refute(falseLiterals | negative, depth + 1);
            if (whenTrue < 0) {
                return -1;
            }
            if ((clauses.get(whenTrue) & negative) == 0) {
                return whenTrue;
            }
            int whenFalse = refute(falseLiterals | positive, depth + 1);
            if (whenFalse < 0) {
                return -1;
            }
            if ((clauses.get(whenFalse) & positive) == 0) {
                return whenFalse;
            }
            long resolvent = Clauses.resolve(clauses.get(whenTrue), clauses.get(whenFalse), chosen);
            Integer known = index.get(resolvent);
            if (known != null) {
                return known;
            }
            index.put(resolvent, clauses.size());
            clauses.add(resolvent);
            parents.add(new int[] {whenTrue, whenFalse});
            return clauses.size() - 1;
        }
    }

    private static List<Step> extract(List<Long> clauses, List<int[]> parents, int givenCount, int goal) {
        TreeSet<Integer> needed = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(goal);
        while (!todo.isEmpty()) {
            int at = todo.pop();
            if (at < givenCount || !needed.add(at)) {
                continue;
            }
            todo.push(parents.get(at)[0]);
            todo.push(parents.get(at)[1]);
        }
        Map<Integer, Integer> renumber = new HashMap<>();
        for (int i = 0; i < givenCount; i++) {
            renumber.put(i, i);
        }
        List<Step> steps = new ArrayList<>();
        for (int at : needed) {
            int[] pair = parents.get(at);
            steps.add(new Step(clauses.get(at), renumber.get(pair[0]), renumber.get(pair[1])));
            renumber.put(at, givenCount + steps.size() - 1);
        }
        return steps;
    }
}
