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

/** A Fitch proof with its justifications erased: give a rule and cited lines for every line so that the proof checks. */
@AutoService(Bootcamp.class)
public final class FitchFillBootcamp extends Camp<FitchFillBootcamp.Puzzle, FitchFillBootcamp.Answer> {
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 2, 4, 3, "number of propositional variables");
    private static final Knob<Integer> PREMISES = Knob.integer("premises", 1, 3, 2, "number of premises");
    private static final Knob<Integer> PREMISE_SIZE = Knob.integer("premise-size", 1, 3, 1, "binary connectives in each premise");
    private static final Knob<Integer> CONCLUSION_SIZE = Knob.integer("conclusion-size", 1, 3, 1, "binary connectives in the conclusion");
    private static final int MAX_LINES = 60;
    /** Shorter proofs repeat a few shapes often enough for one fixed answer to fit some of them. */
    private static final int MIN_LINES = 7;
    private static final BootcampInfo INFO = BootcampInfo.builder(FitchFillBootcamp.class)
            .title("Fill in the justifications of a Fitch proof")
            .domain("proofs")
            .tags("proofs", "natural-deduction", "fitch", "propositional-logic")
            .summary("A Fitch-style natural deduction proof is shown with every formula and its subproof bars but without its"
                    + " justifications; the rule schemes of the system are listed in the prompt. The answer gives, for every"
                    + " line, a rule and the lines or subproofs it cites. The completed proof is checked line by line with the"
                    + " Fitch checker (rule form, scope of citations, subproof ranges), so any set of justifications that"
                    + " makes it a correct proof is CORRECT; otherwise WRONG with the first faulty line named. No partial credit.")
            .knob(VARIABLES)
            .knob(PREMISES)
            .knob(PREMISE_SIZE)
            .knob(CONCLUSION_SIZE)
            .version(1)
            .answerShape("one numbered justification per proof line, such as '4. →E 1, 3'")
            .severalAnswers()
            .build();

    /** The sequent with its reference proof, whose formulas and depths the prompt shows. */
    public record Puzzle(Sequent sequent) {}

    /** The justification of every line, in order. */
    public record Answer(List<Justification> steps) {
        public Answer {
            steps = List.copyOf(steps);
        }
    }

    public FitchFillBootcamp() {
        super(INFO, Codec.of(FitchFillBootcamp::write, FitchFillBootcamp::read));
    }

    private static String write(Answer answer) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < answer.steps().size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(answer.steps().get(i).write());
        }
        return text.toString();
    }

    private static Answer read(String text) {
        NumberedLines.Numbered numbered = NumberedLines.read(text, FitchProofs.MAX_LINES);
        if (numbered.first() != 1) {
            throw new AnswerFormatException("number the justifications from 1");
        }
        List<Justification> steps = new ArrayList<>();
        for (int i = 0; i < numbered.bodies().size(); i++) {
            String body = numbered.bodies().get(i);
            // A copied line with its formula is accepted: the justification is what follows the last semicolon.
            int semicolon = body.lastIndexOf(';');
            steps.add(FitchProofs.parseJustification(semicolon < 0 ? body : body.substring(semicolon + 1), i + 1));
        }
        return new Answer(steps);
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
            if (sequent.proof().size() >= MIN_LINES) {
                return new Puzzle(sequent);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        Sequent sequent = puzzle.sequent();
        List<FitchLine> proof = sequent.proof();
        StringBuilder text = new StringBuilder();
        text.append("Below is a natural deduction proof of ").append(sequent.conclusion()).append(" from ")
                .append(sequent.premises().size() == 1 ? "the premise " : "the premises ").append(String.join("  and  ", sequent.premises()))
                .append(", but someone has erased the justification of every line. Each vertical bar before a formula is one level")
                .append(" of subproof nesting.\n\n");
        for (int i = 0; i < proof.size(); i++) {
            FitchLine line = proof.get(i);
            text.append(i + 1).append(". ").append("| ".repeat(line.depth())).append(line.formula()).append('\n');
        }
        text.append("\nRestore the justifications. The proof system (¬ not, ∧ and, ∨ or, → implies, ↔ iff, ⊥ contradiction):\n")
                .append(FitchRules.schemes()).append('\n')
                .append(FitchRules.scopeBrief()).append("\n\n")
                .append("Reply with exactly ").append(proof.size()).append(" numbered lines, one per proof line in order, each")
                .append(" holding only that line's rule name and its citations. For a made-up proof of ¬¬Y from X ∧ Y whose lines")
                .append(" were X ∧ Y, | ¬Y, | Y, | ⊥, ¬¬Y, the reply would be:\n")
                .append("1. Premise\n2. Assume\n3. ∧E 1\n4. ¬E 2, 3\n5. ¬I 2-4\n")
                .append("Whatever choice of rules and citations makes every line correct is accepted.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        List<Justification> steps = new ArrayList<>();
        for (FitchLine line : puzzle.sequent().proof()) {
            steps.add(new Justification(line.rule(), line.citations()));
        }
        return new Answer(steps);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<FitchLine> proof = puzzle.sequent().proof();
        if (answer.steps().size() != proof.size()) {
            return Score.wrong("expected " + proof.size() + " justifications, found " + answer.steps().size());
        }
        List<FitchLine> completed = new ArrayList<>();
        for (int i = 0; i < proof.size(); i++) {
            Justification step = answer.steps().get(i);
            completed.add(new FitchLine(proof.get(i).depth(), proof.get(i).formula(), step.rule(), step.citations()));
        }
        String problem = FitchProofs.check(puzzle.sequent().premiseFormulas(), puzzle.sequent().conclusionFormula(), completed);
        if (problem != null) {
            return Score.wrong(problem);
        }
        return Score.correct("every one of the " + proof.size() + " lines is justified");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Justification> steps = gold.steps();
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(steps.subList(0, steps.size() - 1)));
        List<Justification> reiterated = new ArrayList<>(steps);
        // A line may not cite itself.
        reiterated.set(steps.size() - 1, new Justification(FitchRules.REITERATE, List.of(String.valueOf(steps.size()))));
        misses.add(new Answer(reiterated));
        List<Justification> renamed = new ArrayList<>(steps);
        int at = random.nextInt(steps.size());
        Justification step = steps.get(at);
        String rule = step.rule().equals(FitchRules.AND_ELIM) ? FitchRules.OR_INTRO : FitchRules.AND_ELIM;
        renamed.set(at, new Justification(rule, step.citations()));
        misses.add(new Answer(renamed));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        // Lines to justify times the connectives of the sequent each justification is matched against.
        int connectives = puzzle.sequent().conclusionFormula().size();
        for (var premise : puzzle.sequent().premiseFormulas()) {
            connectives += premise.size();
        }
        return puzzle.sequent().proof().size() * (double) connectives;
    }
}
