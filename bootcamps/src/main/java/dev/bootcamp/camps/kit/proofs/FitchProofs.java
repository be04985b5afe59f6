package dev.bootcamp.camps.kit.proofs;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;

/**
 * Fitch proofs as text and their checker. A line reads {@code 4. | | P ∧ Q ; ∧I 2, 3}: its number, one bar per level
 * of subproof nesting, the formula, a semicolon, the rule and its citations (see {@link FitchRules}).
 */
public final class FitchProofs {
    /** The most lines a proof may have. */
    public static final int MAX_LINES = 250;

    private FitchProofs() {}

    /** Reads a proof numbered from 1; throws {@link AnswerFormatException} naming the line. */
    public static List<FitchLine> parse(String text) {
        NumberedLines.Numbered numbered = NumberedLines.read(text, MAX_LINES);
        if (numbered.first() != 1) {
            throw new AnswerFormatException("number the proof lines from 1");
        }
        List<FitchLine> lines = new ArrayList<>();
        for (int i = 0; i < numbered.bodies().size(); i++) {
            lines.add(parseLine(numbered.bodies().get(i), i + 1));
        }
        return lines;
    }

    /** Reads one line body (without its number). */
    public static FitchLine parseLine(String body, int number) {
        int semicolon = body.lastIndexOf(';');
        if (semicolon < 0) {
            throw new AnswerFormatException("line " + number + " has no ';' between the formula and its rule");
        }
        String left = body.substring(0, semicolon);
        int depth = 0;
        int at = 0;
        while (at < left.length() && (left.charAt(at) == '|' || left.charAt(at) == ' ' || left.charAt(at) == '\t')) {
            if (left.charAt(at) == '|') {
                depth++;
            }
            at++;
        }
        Prop formula;
        try {
            formula = PropParser.parse(left.substring(at));
        } catch (AnswerFormatException e) {
            throw new AnswerFormatException("line " + number + ": " + e.getMessage());
        }
        Justification justification = parseJustification(body.substring(semicolon + 1), number);
        return new FitchLine(depth, formula.toString(), justification.rule(), justification.citations());
    }

    /** A line's rule (canonical name) and its citations, each a line number ("3") or a subproof range ("2-5"). */
    public record Justification(String rule, List<String> citations) {
        public Justification {
            citations = List.copyOf(citations);
        }

        /** The rule and citations as written after a line's semicolon, such as {@code ∨E 1, 2-3, 4-5}. */
        public String write() {
            return citations.isEmpty() ? rule : rule + " " + String.join(", ", citations);
        }
    }

    /** Reads a rule and its citations ({@code ∧I 1, 2}); throws {@link AnswerFormatException} naming the line. */
    public static Justification parseJustification(String text, int number) {
        String[] justification = text.strip().split("\\s+", 2);
        String rule = FitchRules.canonical(justification[0]);
        if (rule == null) {
            throw new AnswerFormatException("line " + number + ": unknown rule '" + Answers.abbreviate(justification[0]) + "'");
        }
        List<String> citations = new ArrayList<>();
        if (justification.length > 1) {
            String shape = FitchStep.shape(rule);
            for (int[] reference : NumberedLines.references(justification[1], 4)) {
                boolean subproof = citations.size() < shape.length() && shape.charAt(citations.size()) == 's';
                citations.add(reference[0] == reference[1] && !subproof ? String.valueOf(reference[0]) : reference[0] + "-" + reference[1]);
            }
        }
        return new Justification(rule, citations);
    }

    /** The proof as numbered lines. */
    public static String write(List<FitchLine> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(lines.get(i).write());
        }
        return text.toString();
    }

    /**
     * Checks a proof of {@code goal} from {@code premises}: every line follows by its rule from lines and subproofs in
     * scope, and the last line is the goal outside every subproof. Returns null when it is a proof, else the first
     * problem ("line 4: ...").
     */
    public static String check(List<Prop> premises, Prop goal, List<FitchLine> lines) {
        if (lines.isEmpty()) {
            return "the proof has no lines";
        }
        List<Prop> formulas = new ArrayList<>();
        for (FitchLine line : lines) {
            try {
                formulas.add(PropParser.parse(line.formula()));
            } catch (AnswerFormatException e) {
                return "a line holds no formula";
            }
        }
        FitchScope scope = new FitchScope(lines);
        for (int k = 0; k < lines.size(); k++) {
            String problem = scope.structure(k);
            if (problem == null) {
                problem = new FitchStep(lines, formulas, scope, k, premises).check();
            }
            if (problem != null) {
                return "line " + (k + 1) + ": " + problem;
            }
        }
        FitchLine last = lines.get(lines.size() - 1);
        if (last.depth() != 0) {
            return "the last line is inside a subproof; the proof must end outside every subproof";
        }
        if (!formulas.get(lines.size() - 1).equals(goal)) {
            return "every line checks, but the last line is " + formulas.get(lines.size() - 1) + ", not the conclusion " + goal;
        }
        return null;
    }
}
