package dev.bootcamp.camps.proofs;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.proofs.FitchLine;
import dev.bootcamp.camps.kit.proofs.FitchProofs;
import dev.bootcamp.camps.kit.proofs.FitchProofs.Justification;
import dev.bootcamp.camps.kit.proofs.FitchRules;
import dev.bootcamp.camps.kit.proofs.FitchSequents;
import dev.bootcamp.camps.kit.proofs.FitchSequents.Sequent;
import dev.bootcamp.camps.kit.proofs.NumberedLines;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A Fitch proof in which exactly one justification is wrong: find that line and give a justification that works. */
@AutoService(Bootcamp.class)
public final class FitchAuditBootcamp extends Camp<FitchAuditBootcamp.Puzzle, FitchAuditBootcamp.Answer> {
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 3, 4, 3, "number of propositional variables");
    private static final Knob<Integer> PREMISES = Knob.integer("premises", 1, 3, 2, "number of premises");
    private static final Knob<Integer> PREMISE_SIZE = Knob.integer("premise-size", 1, 3, 1, "binary connectives in each premise");
    private static final Knob<Integer> CONCLUSION_SIZE = Knob.integer("conclusion-size", 1, 3, 1, "binary connectives in the conclusion");
    private static final int MAX_LINES = 60;
    private static final int MIN_LINES = 7;
    private static final List<List<String>> SAME_SHAPE = List.of(
            List.of(FitchRules.REITERATE, FitchRules.AND_ELIM, FitchRules.OR_INTRO, FitchRules.EXPLOSION),
            List.of(FitchRules.AND_INTRO, FitchRules.IMPLIES_ELIM, FitchRules.NOT_ELIM, FitchRules.IFF_ELIM),
            List.of(FitchRules.IMPLIES_INTRO, FitchRules.NOT_INTRO, FitchRules.INDIRECT));
    private static final BootcampInfo INFO = BootcampInfo.builder(FitchAuditBootcamp.class)
            .title("Find and repair the faulty line of a Fitch proof")
            .domain("proofs")
            .tags("proofs", "natural-deduction", "fitch", "proof-audit")
            .summary("A Fitch-style natural deduction proof is shown in full, with the rule schemes of the system; exactly one"
                    + " line has a wrong justification (a wrong rule, a cited line that is not available or says the wrong thing,"
                    + " or a subproof range that is off), while its formula is right. The answer names that line and gives a"
                    + " new rule and citations for it. The repaired proof is checked line by line with the Fitch checker, so any"
                    + " justification that makes the whole proof correct is CORRECT; naming another line, or a justification"
                    + " that still fails, is WRONG. No partial credit.")
            .knob(VARIABLES)
            .knob(PREMISES)
            .knob(PREMISE_SIZE)
            .knob(CONCLUSION_SIZE)
            .version(1)
            .answerShape("the faulty line's number and its corrected justification, such as '71. ¬E 12, 70'")
            .severalAnswers()
            .build();

    /** The sequent and its reference proof, and the faulty line (0-based) with the wrong justification the prompt shows. */
    public record Puzzle(Sequent sequent, int faulty, Justification shown) {}

    /** The line named (from 1) and the justification given for it. */
    public record Answer(int line, Justification justification) {}

    public FitchAuditBootcamp() {
        super(INFO, Codec.of(answer -> answer.line() + ". " + answer.justification().write(), FitchAuditBootcamp::read));
    }

    private static Answer read(String text) {
        NumberedLines.Numbered numbered = NumberedLines.read(text, 1);
        String body = numbered.bodies().get(0);
        int semicolon = body.lastIndexOf(';');
        return new Answer(numbered.first(), FitchProofs.parseJustification(semicolon < 0 ? body : body.substring(semicolon + 1), numbered.first()));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VARIABLES, level <= 4 ? 3 : 4)
                .with(PREMISES, level <= 5 ? 2 : 3)
                .with(PREMISE_SIZE, level <= 3 ? 1 : level <= 8 ? 2 : 3)
                .with(CONCLUSION_SIZE, level <= 4 ? 1 : level <= 7 ? 2 : 3);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            Sequent sequent = FitchSequents.random(knobs.get(VARIABLES), knobs.get(PREMISES), knobs.get(PREMISE_SIZE),
                    knobs.get(CONCLUSION_SIZE), MAX_LINES, random);
            List<FitchLine> proof = sequent.proof();
            if (proof.size() < MIN_LINES) {
                continue;
            }
            for (int attempt = 0; attempt < 20; attempt++) {
                int at = random.nextInt(proof.size());
                FitchLine line = proof.get(at);
                // Assume lines shape the subproofs, so changing one would break other lines too; a premise's repair would
                // always be the one word Premise.
                if (line.rule().equals(FitchRules.ASSUME) || line.rule().equals(FitchRules.PREMISE)) {
                    continue;
                }
                Justification wrong = corrupt(proof, at, random);
                if (wrong == null) {
                    continue;
                }
                String problem = FitchProofs.check(sequent.premiseFormulas(), sequent.conclusionFormula(), with(proof, at, wrong));
                if (problem != null && problem.startsWith("line " + (at + 1) + ":")) {
                    return new Puzzle(sequent, at, wrong);
                }
            }
        }
    }

    /** A wrong justification for line {@code at}: another rule of the same shape, or one citation moved; null when none. */
    private static Justification corrupt(List<FitchLine> proof, int at, RandomGenerator random) {
        FitchLine line = proof.get(at);
        List<String> citations = line.citations();
        if (random.nextBoolean()) {
            for (List<String> family : SAME_SHAPE) {
                if (family.contains(line.rule())) {
                    String rule = Draw.pick(family, random);
                    return rule.equals(line.rule()) ? null : new Justification(rule, citations);
                }
            }
        }
        int c = random.nextInt(citations.size());
        String citation = citations.get(c);
        List<String> changed = new ArrayList<>(citations);
        int dash = citation.indexOf('-');
        if (dash < 0) {
            int cited = Integer.parseInt(citation);
            int other = 1 + random.nextInt(at);
            if (other == cited) {
                return null;
            }
            changed.set(c, String.valueOf(other));
        } else {
            int from = Integer.parseInt(citation.substring(0, dash));
            int to = Integer.parseInt(citation.substring(dash + 1)) + (random.nextBoolean() ? 1 : -1);
            if (to < from || to > at) {
                return null;
            }
            changed.set(c, from + "-" + to);
        }
        return new Justification(line.rule(), changed);
    }

    private static List<FitchLine> with(List<FitchLine> proof, int at, Justification justification) {
        List<FitchLine> lines = new ArrayList<>(proof);
        FitchLine line = proof.get(at);
        lines.set(at, new FitchLine(line.depth(), line.formula(), justification.rule(), justification.citations()));
        return lines;
    }

    @Override
    public String question(Puzzle puzzle) {
        Sequent sequent = puzzle.sequent();
        List<FitchLine> shown = with(sequent.proof(), puzzle.faulty(), puzzle.shown());
        StringBuilder text = new StringBuilder();
        text.append("A student handed in this Fitch-style derivation of ").append(sequent.conclusion()).append(" from ")
                .append(String.join(" ; ", sequent.premises())).append(". Bars mark subproof depth; after the semicolon come the")
                .append(" rule used and the cited lines.\n\n")
                .append(FitchProofs.write(shown)).append("\n\n")
                .append("The grader found that every formula is fine but exactly one line carries a justification that the")
                .append(" rules below do not allow. Symbols: ¬ not, ∧ and, ∨ or, → implies, ↔ iff, ⊥ contradiction.\n")
                .append(FitchRules.schemes()).append('\n')
                .append("Scope: citing line m is allowed only when m is above the current line and is not buried in a subproof")
                .append(" that was closed before this line (open enclosing subproofs are fine). Citing a range i-j requires that")
                .append(" line i be an Assume, that j be the final line of the subproof it opens (at the depth of i), that this")
                .append(" subproof be closed already, and that it not lie within another subproof that has closed too. Closing")
                .append(" happens when nesting drops below a subproof's depth, or when another Assume appears at that same depth.\n\n")
                .append("Find the faulty line and repair it by rewriting its justification only (its formula, its bars and every")
                .append(" other line stay as they are). Answer on one line: the faulty line's number, a full stop, then the new")
                .append(" rule and its citations, for instance \"71. ¬E 12, 70\" or \"88. →I 74-87\" (these show the format only). Any")
                .append(" repair under which the whole derivation is correct is accepted.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        FitchLine line = puzzle.sequent().proof().get(puzzle.faulty());
        return new Answer(puzzle.faulty() + 1, new Justification(line.rule(), line.citations()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<FitchLine> proof = puzzle.sequent().proof();
        if (answer.line() < 1 || answer.line() > proof.size()) {
            return Score.wrong("the proof has lines 1 to " + proof.size() + ", not " + answer.line());
        }
        List<FitchLine> shown = with(proof, puzzle.faulty(), puzzle.shown());
        List<FitchLine> repaired = with(shown, answer.line() - 1, answer.justification());
        String problem = FitchProofs.check(puzzle.sequent().premiseFormulas(), puzzle.sequent().conclusionFormula(), repaired);
        if (problem != null) {
            return Score.wrong("after the repair, " + problem);
        }
        return Score.correct("line " + answer.line() + " repaired; the derivation checks");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(gold.line(), puzzle.shown()));
        int other = gold.line() == 1 ? 2 : gold.line() - 1;
        FitchLine line = puzzle.sequent().proof().get(other - 1);
        misses.add(new Answer(other, new Justification(line.rule(), line.citations())));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        int connectives = puzzle.sequent().conclusionFormula().size();
        for (var premise : puzzle.sequent().premiseFormulas()) {
            connectives += premise.size();
        }
        return puzzle.sequent().proof().size() * (double) connectives;
    }
}
