package dev.bootcamp.camps.proofs;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.proofs.FitchLine;
import dev.bootcamp.camps.kit.proofs.FitchProofs;
import dev.bootcamp.camps.kit.proofs.FitchRules;
import dev.bootcamp.camps.kit.proofs.FitchSequents;
import dev.bootcamp.camps.kit.proofs.FitchSequents.Sequent;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Fitch-style natural deduction: prove a propositional conclusion from premises, every line checked. */
@AutoService(Bootcamp.class)
public final class FitchPropositionalBootcamp extends Camp<FitchPropositionalBootcamp.Puzzle, FitchPropositionalBootcamp.Answer> {
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 2, 4, 3, "number of propositional variables");
    private static final Knob<Integer> PREMISES = Knob.integer("premises", 1, 3, 2, "number of premises");
    private static final Knob<Integer> PREMISE_SIZE = Knob.integer("premise-size", 1, 3, 1, "binary connectives in each premise");
    private static final Knob<Integer> CONCLUSION_SIZE = Knob.integer("conclusion-size", 1, 3, 1, "binary connectives in the conclusion");
    private static final int MAX_LINES = 60;
    private static final BootcampInfo INFO = BootcampInfo.builder(FitchPropositionalBootcamp.class)
            .title("Fitch-style natural deduction proof")
            .domain("proofs")
            .tags("proofs", "natural-deduction", "fitch", "propositional-logic")
            .summary("Premises and a conclusion that follows from them are given, with a Fitch-style natural deduction system"
                    + " (15 rules, subproofs marked by bars) written out in the prompt; the answer is a numbered proof. The"
                    + " checker verifies every line: its rule, the form of its formula, that cited lines and subproofs are in"
                    + " scope, and the nesting of subproofs; the last line must be the conclusion outside every subproof. Any"
                    + " correct proof is CORRECT; otherwise WRONG with the first faulty line named. No partial credit. The"
                    + " reference proof comes from a bounded goal-directed prover.")
            .knob(VARIABLES)
            .knob(PREMISES)
            .knob(PREMISE_SIZE)
            .knob(CONCLUSION_SIZE)
            .version(1)
            .answerShape("a numbered Fitch proof, one line each such as '3. | P ∧ Q ; ∧I 1, 2'")
            .severalAnswers()
            .build();

    /** The sequent and a reference proof. */
    public record Puzzle(Sequent sequent) {}

    /** The proof lines. */
    public record Answer(List<FitchLine> lines) {
        public Answer {
            lines = List.copyOf(lines);
        }
    }

    public FitchPropositionalBootcamp() {
        super(INFO, Codec.of(answer -> FitchProofs.write(answer.lines()), text -> new Answer(FitchProofs.parse(text))));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VARIABLES, level <= 1 ? 2 : level <= 5 ? 3 : 4)
                .with(PREMISES, level <= 2 ? 1 : level <= 6 ? 2 : 3)
                .with(PREMISE_SIZE, level <= 3 ? 1 : 2)
                .with(CONCLUSION_SIZE, level <= 5 ? 1 : level <= 9 ? 2 : 3);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return new Puzzle(FitchSequents.random(knobs.get(VARIABLES), knobs.get(PREMISES), knobs.get(PREMISE_SIZE),
                knobs.get(CONCLUSION_SIZE), MAX_LINES, random));
    }

    @Override
    public String question(Puzzle puzzle) {
        Sequent sequent = puzzle.sequent();
        StringBuilder text = new StringBuilder();
        text.append("Premises:\n");
        for (String premise : sequent.premises()) {
            text.append("  ").append(premise).append('\n');
        }
        text.append("Conclusion to prove:\n  ").append(sequent.conclusion()).append("\n\n");
        text.append("Write a proof in this Fitch-style natural deduction system. ¬ is not, ∧ and, ∨ or, → if-then, ↔ if and only")
                .append(" if, and ⊥ is a contradiction. Each line is numbered from 1 and reads: the number and a full stop, one")
                .append(" \"|\" per level of subproof the line is in (none outside subproofs), the formula, a semicolon, then")
                .append(" the rule and the line numbers it cites, separated by commas; a subproof is cited as a range i-j.")
                .append(" Rules:\n")
                .append(FitchRules.table()).append('\n')
                .append(FitchRules.scope())
                .append(" The proof must end with the conclusion on a line outside every subproof. Write formulas with the")
                .append(" symbols above (ASCII ~ & | -> <-> also work); put parentheses around every part that has a")
                .append(" connective of its own. At most ").append(MAX_LINES + 40).append(" lines.\n")
                .append("Format example (a different sequent, X ∧ Y proves ¬¬Y):\n")
                .append("1. X ∧ Y ; Premise\n2. | ¬Y ; Assume\n3. | Y ; ∧E 1\n4. | ⊥ ; ¬E 2, 3\n5. ¬¬Y ; ¬I 2-4\n")
                .append("Any correct proof is accepted.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.sequent().proof());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String problem = FitchProofs.check(puzzle.sequent().premiseFormulas(), puzzle.sequent().conclusionFormula(), answer.lines());
        if (problem != null) {
            return Score.wrong(problem);
        }
        return Score.correct("a correct proof of " + answer.lines().size() + " lines");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<FitchLine> lines = gold.lines();
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(lines.subList(0, lines.size() - 1)));
        int at = random.nextInt(lines.size());
        FitchLine line = lines.get(at);
        List<FitchLine> changed = new ArrayList<>(lines);
        String rule = line.rule().equals(FitchRules.REITERATE) ? FitchRules.AND_ELIM : FitchRules.REITERATE;
        changed.set(at, new FitchLine(line.depth(), line.formula(), rule, line.citations()));
        misses.add(new Answer(changed));
        List<FitchLine> flattened = new ArrayList<>();
        for (FitchLine each : lines) {
            flattened.add(new FitchLine(0, each.formula(), each.rule(), each.citations()));
        }
        if (!flattened.equals(lines)) {
            misses.add(new Answer(flattened));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        // Proof lines times atoms: the prover's search grows with both.
        return puzzle.sequent().proof().size() * (double) puzzle.sequent().conclusionFormula().variables().size();
    }
}
