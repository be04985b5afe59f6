package dev.bootcamp.camps.kit.proofs;

import java.util.List;

/** The check of one Fitch line against its rule; indexes are 0-based, citations as written (from 1). */
final class FitchStep {
    private final List<FitchLine> lines;
    private final List<Prop> formulas;
    private final FitchScope scope;
    private final int k;
    private final List<Prop> premises;
    private final Prop formula;
    private final List<String> citations;

    FitchStep(List<FitchLine> lines, List<Prop> formulas, FitchScope scope, int k, List<Prop> premises) {
        this.lines = lines;
        this.formulas = formulas;
        this.scope = scope;
        this.k = k;
        this.premises = premises;
        this.formula = formulas.get(k);
        this.citations = lines.get(k).citations();
    }

    /** Why the line does not follow by its rule, or null when it does. */
    String check() {
        String rule = lines.get(k).rule();
        String shape = shape(rule);
        if (citations.size() != shape.length()) {
            return rule + " cites " + (shape.isEmpty() ? "nothing" : shape.length() + " item(s)") + ", found " + citations.size();
        }
        int[][] cited = new int[shape.length()][];
        for (int c = 0; c < shape.length(); c++) {
            String citation = citations.get(c);
            int dash = citation.indexOf('-');
            int from;
            int to;
            try {
                from = Integer.parseInt(dash < 0 ? citation : citation.substring(0, dash)) - 1;
                to = Integer.parseInt(dash < 0 ? citation : citation.substring(dash + 1)) - 1;
            } catch (NumberFormatException e) {
                return "the citation '" + citation + "' is not a line number or range";
            }
            if (shape.charAt(c) == 'l') {
                if (dash >= 0) {
                    return rule + " cites a line here, not a subproof (" + citation + ")";
                }
                if (!scope.visible(from, k)) {
                    return "line " + (from + 1) + " cannot be cited here (it is not earlier, or is inside a subproof that has ended)";
                }
            } else {
                String problem = scope.subproof(from, to, k);
                if (problem != null) {
                    return problem;
                }
            }
            cited[c] = new int[] {from, to};
        }
        return switch (rule) {
            case FitchRules.PREMISE -> premises.contains(formula) ? null : formula + " is not a premise";
            case FitchRules.ASSUME -> null;
            case FitchRules.REITERATE -> expect(formula.equals(line(cited[0])), "R must repeat line " + (cited[0][0] + 1) + " exactly");
            case FitchRules.AND_INTRO -> andIntro(line(cited[0]), line(cited[1]));
            case FitchRules.AND_ELIM -> {
                Prop conjunction = line(cited[0]);
                yield expect(conjunction.is("and") && (conjunction.left().equals(formula) || conjunction.right().equals(formula)),
                        formula + " is not a conjunct of line " + (cited[0][0] + 1));
            }
            case FitchRules.OR_INTRO -> expect(formula.is("or") && (formula.left().equals(line(cited[0])) || formula.right().equals(line(cited[0]))),
                    formula + " is not a disjunction with line " + (cited[0][0] + 1) + " as one side");
            case FitchRules.OR_ELIM -> orElim(line(cited[0]), cited[1], cited[2]);
            case FitchRules.IMPLIES_INTRO -> expect(formula.equals(Prop.implies(first(cited[0]), last(cited[0]))),
                    formula + " is not (assumption of the subproof) → (its last line)");
            case FitchRules.IMPLIES_ELIM -> impliesElim(line(cited[0]), line(cited[1]));
            case FitchRules.NOT_INTRO -> expect(last(cited[0]).equals(Prop.FALSE) && formula.equals(Prop.not(first(cited[0]))),
                    "¬I needs a subproof ending with ⊥ and gives the negation of its assumption");
            case FitchRules.NOT_ELIM -> expect(formula.equals(Prop.FALSE) && (line(cited[0]).equals(Prop.not(line(cited[1])))
                    || line(cited[1]).equals(Prop.not(line(cited[0])))), "¬E needs A and ¬A and gives ⊥");
            case FitchRules.IFF_INTRO -> iffIntro(cited[0], cited[1]);
            case FitchRules.IFF_ELIM -> iffElim(line(cited[0]), line(cited[1]));
            case FitchRules.EXPLOSION -> expect(line(cited[0]).equals(Prop.FALSE), "X needs ⊥ on line " + (cited[0][0] + 1));
            case FitchRules.INDIRECT -> expect(last(cited[0]).equals(Prop.FALSE) && first(cited[0]).equals(Prop.not(formula)),
                    "IP needs a subproof that assumes ¬A (A being this line) and ends with ⊥");
            default -> "unknown rule " + rule;
        };
    }

    /** The citation shape of a rule: 'l' a line, 's' a subproof. */
    static String shape(String rule) {
        return switch (rule) {
            case FitchRules.PREMISE, FitchRules.ASSUME -> "";
            case FitchRules.REITERATE, FitchRules.AND_ELIM, FitchRules.OR_INTRO, FitchRules.EXPLOSION -> "l";
            case FitchRules.AND_INTRO, FitchRules.IMPLIES_ELIM, FitchRules.NOT_ELIM, FitchRules.IFF_ELIM -> "ll";
            case FitchRules.IMPLIES_INTRO, FitchRules.NOT_INTRO, FitchRules.INDIRECT -> "s";
            case FitchRules.IFF_INTRO -> "ss";
            case FitchRules.OR_ELIM -> "lss";
            default -> "";
        };
    }

    private Prop line(int[] reference) {
        return formulas.get(reference[0]);
    }

    private Prop first(int[] subproof) {
        return formulas.get(subproof[0]);
    }

    private Prop last(int[] subproof) {
        return formulas.get(subproof[1]);
    }

    private static String expect(boolean holds, String problem) {
        return holds ? null : problem;
    }

    private String andIntro(Prop a, Prop b) {
        return expect(formula.equals(Prop.and(a, b)) || formula.equals(Prop.and(b, a)), formula + " is not the conjunction of the cited lines");
    }

    private String orElim(Prop disjunction, int[] one, int[] two) {
        if (!disjunction.is("or")) {
            return "∨E needs a disjunction as its first citation";
        }
        boolean assumptions = first(one).equals(disjunction.left()) && first(two).equals(disjunction.right())
                || first(one).equals(disjunction.right()) && first(two).equals(disjunction.left());
        if (!assumptions) {
            return "the two subproofs must assume the two sides of " + disjunction;
        }
        return expect(last(one).equals(formula) && last(two).equals(formula), "both subproofs must end with " + formula);
    }

    private String impliesElim(Prop a, Prop b) {
        boolean holds = a.is("implies") && a.left().equals(b) && a.right().equals(formula)
                || b.is("implies") && b.left().equals(a) && b.right().equals(formula);
        return expect(holds, "→E needs A → " + formula + " and A");
    }

    private String iffIntro(int[] one, int[] two) {
        if (!formula.is("iff")) {
            return "↔I gives a biconditional";
        }
        Prop a = formula.left();
        Prop b = formula.right();
        boolean forward = first(one).equals(a) && last(one).equals(b) && first(two).equals(b) && last(two).equals(a);
        boolean backward = first(two).equals(a) && last(two).equals(b) && first(one).equals(b) && last(one).equals(a);
        return expect(forward || backward, "↔I needs a subproof from each side of " + formula + " to the other");
    }

    private String iffElim(Prop a, Prop b) {
        boolean holds = a.is("iff") && (a.left().equals(b) && a.right().equals(formula) || a.right().equals(b) && a.left().equals(formula))
                || b.is("iff") && (b.left().equals(a) && b.right().equals(formula) || b.right().equals(a) && b.left().equals(formula));
        return expect(holds, "↔E needs A ↔ B and one side, and gives the other side");
    }
}
