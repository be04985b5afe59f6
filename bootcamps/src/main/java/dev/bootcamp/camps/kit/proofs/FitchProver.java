package dev.bootcamp.camps.kit.proofs;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded goal-directed prover for the Fitch system of {@link FitchRules}: it saturates with the elimination rules,
 * then works on the goal's shape (introduction rules), splits disjunctions, chains implications and falls back on
 * indirect proof. The proof found is pruned to the lines the conclusion needs. Returns null when the search bounds
 * are reached.
 */
public final class FitchProver {
    private record Row(int depth, Prop formula, String key, String rule, List<int[]> references) {}

    private final List<Row> rows = new ArrayList<>();
    private final int maxRows;
    private final int maxNesting;
    private int depth;
    private int work;
    private final int maxWork;

    private FitchProver(int maxRows, int maxNesting, int maxWork) {
        this.maxRows = maxRows;
        this.maxNesting = maxNesting;
        this.maxWork = maxWork;
    }

    /** A proof of {@code goal} from {@code premises} (written first, in order), or null within the bounds. */
    public static List<FitchLine> prove(List<Prop> premises, Prop goal, int maxRows, int maxNesting) {
        FitchProver prover = new FitchProver(maxRows, maxNesting, 1_500);
        for (Prop premise : premises) {
            prover.add(premise, FitchRules.PREMISE);
        }
        int found;
        try {
            found = prover.prove(goal, 0);
        } catch (Bounds e) {
            return null;
        }
        if (found < 0) {
            return null;
        }
        if (found != prover.rows.size() - 1) {
            prover.add(goal, FitchRules.REITERATE, new int[] {found, found});
        }
        return prover.pruned();
    }

    private static final class Bounds extends RuntimeException {
        Bounds() {
            super(null, null, false, false);
        }
    }

    private int add(Prop formula, String rule, int[]... references) {
        if (rows.size() >= maxRows || ++work > maxWork) {
            throw new Bounds();
        }
        rows.add(new Row(depth, formula, formula.toString(), rule, List.of(references)));
        return rows.size() - 1;
    }

    private void rollback(int size) {
        while (rows.size() > size) {
            rows.remove(rows.size() - 1);
        }
    }

    /** The visible rows at the current position, latest first. */
    private List<Integer> visible() {
        List<Integer> seen = new ArrayList<>();
        int limit = depth;
        for (int j = rows.size() - 1; j >= 0; j--) {
            Row row = rows.get(j);
            if (row.depth <= limit) {
                seen.add(j);
                if (row.rule.equals(FitchRules.ASSUME)) {
                    limit = row.depth - 1;
                }
            }
        }
        return seen;
    }

    private int find(Prop formula) {
        String key = formula.toString();
        int limit = depth;
        for (int j = rows.size() - 1; j >= 0; j--) {
            Row row = rows.get(j);
            if (row.depth <= limit) {
                if (row.key.equals(key)) {
                    return j;
                }
                if (row.rule.equals(FitchRules.ASSUME)) {
                    limit = row.depth - 1;
                }
            }
        }
        return -1;
    }

    /** Adds what the elimination rules give from visible lines until nothing new appears (bounded rounds). */
    private void saturate() {
        for (int round = 0; round < 6; round++) {
            boolean changed = false;
            for (int j : visible()) {
                Prop formula = rows.get(j).formula;
                if (formula.is("and")) {
                    changed |= addIfNew(formula.left(), FitchRules.AND_ELIM, j);
                    changed |= addIfNew(formula.right(), FitchRules.AND_ELIM, j);
                } else if (formula.is("implies")) {
                    int antecedent = find(formula.left());
                    if (antecedent >= 0) {
                        changed |= addIfNew(formula.right(), FitchRules.IMPLIES_ELIM, j, antecedent);
                    }
                } else if (formula.is("iff")) {
                    int left = find(formula.left());
                    if (left >= 0) {
                        changed |= addIfNew(formula.right(), FitchRules.IFF_ELIM, j, left);
                    }
                    int right = find(formula.right());
                    if (right >= 0) {
                        changed |= addIfNew(formula.left(), FitchRules.IFF_ELIM, j, right);
                    }
                } else if (formula.is("not")) {
                    int positive = find(formula.left());
                    if (positive >= 0) {
                        changed |= addIfNew(Prop.FALSE, FitchRules.NOT_ELIM, j, positive);
                    }
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    private boolean addIfNew(Prop formula, String rule, int... lines) {
        if (find(formula) >= 0) {
            return false;
        }
        int[][] references = new int[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            references[i] = new int[] {lines[i], lines[i]};
        }
        add(formula, rule, references);
        return true;
    }

    /** A visible row holding {@code goal} after new lines, or -1 with the lines rolled back. */
    private int prove(Prop goal, int nesting) {
        int mark = rows.size();
        int found = find(goal);
        if (found >= 0) {
            return found;
        }
        saturate();
        found = find(goal);
        if (found >= 0) {
            return found;
        }
        int bottom = find(Prop.FALSE);
        if (bottom >= 0) {
            return add(goal, FitchRules.EXPLOSION, new int[] {bottom, bottom});
        }
        if (nesting < maxNesting) {
            found = byShape(goal, nesting);
            if (found < 0) {
                found = bySplitting(goal, nesting);
            }
            if (found < 0) {
                found = byChaining(goal, nesting);
            }
            if (found < 0 && !goal.equals(Prop.FALSE) && find(Prop.not(goal)) < 0) {
                int[] subproof = subproof(Prop.not(goal), Prop.FALSE, nesting);
                if (subproof != null) {
                    found = add(goal, FitchRules.INDIRECT, subproof);
                }
            }
            if (found >= 0) {
                return found;
            }
        }
        rollback(mark);
        return -1;
    }

    private int byShape(Prop goal, int nesting) {
        int mark = rows.size();
        switch (goal.op()) {
            case "and" -> {
                int left = prove(goal.left(), nesting);
                if (left >= 0) {
                    int right = prove(goal.right(), nesting);
                    if (right >= 0) {
                        return add(goal, FitchRules.AND_INTRO, new int[] {left, left}, new int[] {right, right});
                    }
                }
            }
            case "implies" -> {
                int[] subproof = subproof(goal.left(), goal.right(), nesting);
                if (subproof != null) {
                    return add(goal, FitchRules.IMPLIES_INTRO, subproof);
                }
            }
            case "not" -> {
                int[] subproof = subproof(goal.left(), Prop.FALSE, nesting);
                if (subproof != null) {
                    return add(goal, FitchRules.NOT_INTRO, subproof);
                }
            }
            case "iff" -> {
                int[] forward = subproof(goal.left(), goal.right(), nesting);
                if (forward != null) {
                    int[] backward = subproof(goal.right(), goal.left(), nesting);
                    if (backward != null) {
                        return add(goal, FitchRules.IFF_INTRO, forward, backward);
                    }
                }
            }
            case "or" -> {
                for (Prop side : goal.args()) {
                    int found = proveQuietly(side, nesting + 1);
                    if (found >= 0) {
                        return add(goal, FitchRules.OR_INTRO, new int[] {found, found});
                    }
                }
            }
            default -> {
                // variables and ⊥: nothing to introduce
            }
        }
        rollback(mark);
        return -1;
    }

    /** Proves without indirect proof at the top (a side of a disjunction need not hold on its own). */
    private int proveQuietly(Prop goal, int nesting) {
        int mark = rows.size();
        int found = find(goal);
        if (found >= 0) {
            return found;
        }
        if (nesting <= maxNesting) {
            found = byShape(goal, nesting);
            if (found >= 0) {
                return found;
            }
        }
        rollback(mark);
        return -1;
    }

    private int bySplitting(Prop goal, int nesting) {
        for (int j : visible()) {
            Prop formula = rows.get(j).formula;
            if (!formula.is("or") || find(formula.left()) >= 0 || find(formula.right()) >= 0) {
                continue;
            }
            int mark = rows.size();
            int[] one = subproof(formula.left(), goal, nesting);
            if (one != null) {
                int[] two = subproof(formula.right(), goal, nesting);
                if (two != null) {
                    return add(goal, FitchRules.OR_ELIM, new int[] {j, j}, one, two);
                }
            }
            rollback(mark);
            return -1;
        }
        return -1;
    }

    private int byChaining(Prop goal, int nesting) {
        for (int j : visible()) {
            Prop formula = rows.get(j).formula;
            int mark = rows.size();
            if (formula.is("implies") && formula.right().equals(goal)) {
                int antecedent = prove(formula.left(), nesting + 1);
                if (antecedent >= 0) {
                    return add(goal, FitchRules.IMPLIES_ELIM, new int[] {j, j}, new int[] {antecedent, antecedent});
                }
            }
            if (goal.equals(Prop.FALSE) && formula.is("not")) {
                int positive = prove(formula.left(), nesting + 1);
                if (positive >= 0) {
                    return add(goal, FitchRules.NOT_ELIM, new int[] {j, j}, new int[] {positive, positive});
                }
            }
            rollback(mark);
        }
        return -1;
    }

    /** Opens a subproof assuming {@code assumption}, proves {@code target} in it and closes it; its {first, last}. */
    private int[] subproof(Prop assumption, Prop target, int nesting) {
        int mark = rows.size();
        depth++;
        int start = add(assumption, FitchRules.ASSUME);
        int found;
        try {
            found = prove(target, nesting + 1);
            if (found >= 0 && (found != rows.size() - 1 || rows.get(found).depth != depth)) {
                found = add(target, FitchRules.REITERATE, new int[] {found, found});
            }
        } finally {
            depth--;
        }
        if (found < 0) {
            rollback(mark);
            return null;
        }
        return new int[] {start, rows.size() - 1};
    }

    /** The proof with only the lines the last line needs, renumbered. */
    private List<FitchLine> pruned() {
        boolean[] needed = new boolean[rows.size()];
        needed[rows.size() - 1] = true;
        for (int j = rows.size() - 1; j >= 0; j--) {
            if (!needed[j]) {
                continue;
            }
            for (int[] reference : rows.get(j).references) {
                needed[reference[0]] = true;
                needed[reference[1]] = true;
            }
        }
        int[] number = new int[rows.size()];
        int next = 1;
        for (int j = 0; j < rows.size(); j++) {
            if (needed[j]) {
                number[j] = next++;
            }
        }
        List<FitchLine> lines = new ArrayList<>();
        for (int j = 0; j < rows.size(); j++) {
            if (!needed[j]) {
                continue;
            }
            Row row = rows.get(j);
            List<String> citations = new ArrayList<>();
            for (int[] reference : row.references) {
                citations.add(reference[0] == reference[1] && !row.rule.equals(FitchRules.ASSUME) && subproofRule(row.rule, citations.size())
                        ? number[reference[0]] + "-" + number[reference[1]]
                        : reference[0] == reference[1] ? String.valueOf(number[reference[0]]) : number[reference[0]] + "-" + number[reference[1]]);
            }
            lines.add(new FitchLine(row.depth, row.formula.toString(), row.rule, citations));
        }
        return lines;
    }

    /** Whether citation {@code index} of a rule is a subproof (a one-line subproof is still written i-i). */
    private static boolean subproofRule(String rule, int index) {
        String shape = FitchStep.shape(rule);
        return index < shape.length() && shape.charAt(index) == 's';
    }
}
