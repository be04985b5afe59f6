package dev.bootcamp.camps.kit.proofs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The rule names of the Fitch system, with the spellings read for each, and the rule table a prompt shows. */
public final class FitchRules {
    public static final String PREMISE = "Premise";
    public static final String ASSUME = "Assume";
    public static final String REITERATE = "R";
    public static final String AND_INTRO = "∧I";
    public static final String AND_ELIM = "∧E";
    public static final String OR_INTRO = "∨I";
    public static final String OR_ELIM = "∨E";
    public static final String IMPLIES_INTRO = "→I";
    public static final String IMPLIES_ELIM = "→E";
    public static final String NOT_INTRO = "¬I";
    public static final String NOT_ELIM = "¬E";
    public static final String IFF_INTRO = "↔I";
    public static final String IFF_ELIM = "↔E";
    public static final String EXPLOSION = "X";
    public static final String INDIRECT = "IP";
    /** Every canonical name, in the order the rule table lists them. */
    public static final List<String> ALL = List.of(PREMISE, ASSUME, REITERATE, AND_INTRO, AND_ELIM, OR_INTRO, OR_ELIM, IMPLIES_INTRO,
            IMPLIES_ELIM, NOT_INTRO, NOT_ELIM, IFF_INTRO, IFF_ELIM, EXPLOSION, INDIRECT);
    private static final Map<String, String> SPELLINGS = spellings();

    private FitchRules() {}

    private static Map<String, String> spellings() {
        Map<String, String> names = new TreeMap<>();
        add(names, PREMISE, "premise", "pr", "prem", "given", "p");
        add(names, ASSUME, "assume", "assumption", "hyp", "hypothesis", "as");
        add(names, REITERATE, "r", "reit", "reiteration", "re");
        add(names, AND_INTRO, "∧i", "&i", "^i", "andi", "and-i", "and-intro");
        add(names, AND_ELIM, "∧e", "&e", "^e", "ande", "and-e", "and-elim");
        add(names, OR_INTRO, "∨i", "|i", "vi", "ori", "or-i", "or-intro");
        add(names, OR_ELIM, "∨e", "|e", "ve", "ore", "or-e", "or-elim");
        add(names, IMPLIES_INTRO, "→i", "->i", "⊃i", "=>i", "impi", "imp-i", "cp");
        add(names, IMPLIES_ELIM, "→e", "->e", "⊃e", "=>e", "impe", "imp-e", "mp");
        add(names, NOT_INTRO, "¬i", "~i", "!i", "noti", "not-i");
        add(names, NOT_ELIM, "¬e", "~e", "!e", "note", "not-e");
        add(names, IFF_INTRO, "↔i", "<->i", "≡i", "iffi", "iff-i");
        add(names, IFF_ELIM, "↔e", "<->e", "≡e", "iffe", "iff-e");
        add(names, EXPLOSION, "x", "⊥e", "_|_e", "efq", "explosion");
        add(names, INDIRECT, "ip", "raa", "indirect");
        return Map.copyOf(names);
    }

    private static void add(Map<String, String> names, String canonical, String... spellings) {
        for (String spelling : spellings) {
            names.put(spelling, canonical);
        }
    }

    /** The canonical name of a spelling, or null when it names no rule. */
    public static String canonical(String spelling) {
        return SPELLINGS.get(spelling.strip().toLowerCase(Locale.ROOT));
    }

    /** The rule table: one line per rule with its citation shape and what it gives. */
    public static String table() {
        return String.join("\n",
                "- Premise (no citation): writes one of the premises; only outside every subproof.",
                "- Assume (no citation): writes any formula and opens a new subproof one level deeper; the assumption is its first line.",
                "- R m: repeats the formula of line m.",
                "- ∧I m, n: from A (line m) and B (line n) gives A ∧ B.",
                "- ∧E m: from A ∧ B (line m) gives A, or gives B.",
                "- ∨I m: from A (line m) gives A ∨ B or B ∨ A, for any formula B.",
                "- ∨E m, i-j, k-l: from A ∨ B (line m), a subproof i-j that assumes A and ends with C, and a subproof k-l that"
                        + " assumes B and ends with C, gives C.",
                "- →I i-j: from a subproof i-j that assumes A and ends with B, gives A → B.",
                "- →E m, n: from A → B and A (lines m and n, in either order) gives B.",
                "- ¬I i-j: from a subproof i-j that assumes A and ends with ⊥, gives ¬A.",
                "- ¬E m, n: from A and ¬A (in either order) gives ⊥.",
                "- ↔I i-j, k-l: from a subproof that assumes A and ends with B and one that assumes B and ends with A, gives A ↔ B.",
                "- ↔E m, n: from A ↔ B and A gives B; from A ↔ B and B gives A.",
                "- X m: from ⊥ (line m) gives any formula.",
                "- IP i-j: from a subproof i-j that assumes ¬A and ends with ⊥, gives A.");
    }

    /** The scope rules every Fitch prompt states. */
    public static String scope() {
        return "A line may cite line m only if m comes earlier and m is not inside a subproof that has already ended (m may"
                + " be in a subproof that is still open). A rule may cite subproof i-j only if that subproof has ended: line i"
                + " is its assumption, line j is its last line (at the subproof's own level, not inside a deeper subproof),"
                + " and the subproof is not itself inside another subproof that has ended. A subproof ends at the line before"
                + " the first later line that is less deeply nested or that is a new assumption at its own level; to start a"
                + " second subproof at the same level right after one ends, write another Assume line at that level.";
    }
    /**
     * The rules as schemes, one a line ({@code ∧I m, n: A ; B ⟹ A ∧ B}), with a short key; for prompts that teach the
     * same system as {@link #table()} in compact notation.
     */
    public static String schemes() {
        return String.join("\n",
                "Key: m, n are cited lines; i-j and k-l are cited subproofs; [A … C] is an ended subproof whose first line"
                        + " (its assumption) is A and whose last line is C; A, B, C stand for any formulas; ⟹ points to what"
                        + " the line may state.",
                "  Premise : (cites nothing) ⟹ one of the premises, at depth 0",
                "  Assume : (cites nothing) ⟹ any formula, one level deeper",
                "  R m : A ⟹ A",
                "  ∧I m, n : A ; B ⟹ A ∧ B",
                "  ∧E m : A ∧ B ⟹ A, or ⟹ B",
                "  ∨I m : A ⟹ A ∨ B, or ⟹ B ∨ A",
                "  ∨E m, i-j, k-l : A ∨ B ; [A … C] ; [B … C] ⟹ C",
                "  →I i-j : [A … B] ⟹ A → B",
                "  →E m, n : A → B ; A ⟹ B",
                "  ¬I i-j : [A … ⊥] ⟹ ¬A",
                "  ¬E m, n : A ; ¬A ⟹ ⊥",
                "  ↔I i-j, k-l : [A … B] ; [B … A] ⟹ A ↔ B",
                "  ↔E m, n : A ↔ B ; A ⟹ B, or A ↔ B ; B ⟹ A",
                "  X m : ⊥ ⟹ any formula",
                "  IP i-j : [¬A … ⊥] ⟹ A",
                "Two cited lines may come in either order.");
    }
    /** The scope rules in brief, for prompts that show the rules as {@link #schemes()}. */
    public static String scopeBrief() {
        return "A line may cite an earlier line unless that line sits in a subproof that has already closed; it may cite a"
                + " subproof i-j only once it has closed, where i is the Assume line that opens it and j its last line at that"
                + " same depth, and only if no enclosing subproof of it has closed. A subproof closes where a later line is less"
                + " deeply nested or a new Assume starts at the same depth.";
    }
}
