package dev.bootcamp.camps.kit.proofs;

import java.util.List;

/** Subproof structure of a Fitch proof: which lines and subproofs a line may cite. Indexes are 0-based here. */
final class FitchScope {
    private final List<FitchLine> lines;

    FitchScope(List<FitchLine> lines) {
        this.lines = lines;
    }

    private boolean assumption(int index) {
        return lines.get(index).rule().equals(FitchRules.ASSUME);
    }

    /** Why line k breaks the nesting rules, or null. */
    String structure(int k) {
        int depth = lines.get(k).depth();
        int before = k == 0 ? 0 : lines.get(k - 1).depth();
        if (assumption(k)) {
            if (depth < 1 || depth > before + 1) {
                return "an assumption opens a subproof one level deeper than an open level (" + (before + 1) + " bars or fewer, at least 1)";
            }
            return null;
        }
        if (depth > before) {
            return "only an Assume line may go one level deeper";
        }
        if (lines.get(k).rule().equals(FitchRules.PREMISE) && depth != 0) {
            return "a premise may not be written inside a subproof";
        }
        return null;
    }

    /** Whether line m (0-based) may be cited at line k. */
    boolean visible(int m, int k) {
        if (m < 0 || m >= k) {
            return false;
        }
        int limit = lines.get(k).depth();
        for (int j = k - 1; j >= m; j--) {
            int depth = lines.get(j).depth();
            if (depth <= limit) {
                if (j == m) {
                    return true;
                }
                if (assumption(j)) {
                    limit = depth - 1;
                }
            }
        }
        return false;
    }

    /** The last line (0-based) of the subproof whose assumption is line i. */
    int end(int i) {
        int depth = lines.get(i).depth();
        int j = i;
        while (j + 1 < lines.size()) {
            FitchLine next = lines.get(j + 1);
            if (next.depth() < depth || next.depth() == depth && next.rule().equals(FitchRules.ASSUME)) {
                break;
            }
            j++;
        }
        return j;
    }

    /** Why subproof i-j (0-based) may not be cited at line k, or null when it may. */
    String subproof(int i, int j, int k) {
        if (i < 0 || j >= k || i > j) {
            return "subproof " + (i + 1) + "-" + (j + 1) + " does not end before this line";
        }
        if (!assumption(i)) {
            return "line " + (i + 1) + " is not an assumption, so no subproof starts there";
        }
        if (end(i) != j) {
            return "the subproof that starts at line " + (i + 1) + " ends at line " + (end(i) + 1) + ", not " + (j + 1);
        }
        if (lines.get(j).depth() != lines.get(i).depth()) {
            return "line " + (j + 1) + " is inside a deeper subproof, so it cannot end subproof " + (i + 1) + "-" + (j + 1);
        }
        int limit = lines.get(k).depth();
        for (int at = k - 1; at > i; at--) {
            int depth = lines.get(at).depth();
            if (depth <= limit && assumption(at)) {
                limit = depth - 1;
            }
        }
        if (lines.get(i).depth() != limit + 1) {
            return "subproof " + (i + 1) + "-" + (j + 1) + " is " + (lines.get(i).depth() <= limit ? "still open" : "inside a subproof that has ended");
        }
        return null;
    }
}
