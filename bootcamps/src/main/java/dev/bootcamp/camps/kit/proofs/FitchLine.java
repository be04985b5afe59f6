package dev.bootcamp.camps.kit.proofs;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One line of a Fitch proof: its subproof depth (0 outside every subproof), its formula in canonical text, its rule by
 * canonical name (see {@link FitchRules}) and its citations, each a line number ("3") or a subproof range ("2-5").
 */
public record FitchLine(int depth, String formula, String rule, List<String> citations) {
    public FitchLine {
        requireNonNull(formula, "formula is null");
        requireNonNull(rule, "rule is null");
        citations = List.copyOf(citations);
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be at least 0, found " + depth);
        }
    }

    /** The line as written in a proof, without its number: bars for depth, formula, ';', rule and citations. */
    public String write() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append("| ");
        }
        text.append(formula).append(" ; ").append(rule);
        if (!citations.isEmpty()) {
            text.append(' ').append(String.join(", ", citations));
        }
        return text.toString();
    }
}
