package dev.bootcamp.camps.logic;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.PropositionalFormula;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Decide whether two propositional formulas are logically equivalent. */
@AutoService(Bootcamp.class)
public final class LogicalEquivalenceBootcamp implements Bootcamp<LogicalEquivalenceBootcamp.Puzzle, LogicalEquivalenceBootcamp.Answer> {
    private static final List<String> VARIABLES = List.of("p", "q", "r", "s", "t", "u");
    private static final BootcampInfo INFO = BootcampInfo.builder(LogicalEquivalenceBootcamp.class)
            .title("Logical equivalence of two formulas")
            .domain("logic")
            .tags("propositional-logic", "truth-tables", "equivalence", "yes-no")
            .summary("Two propositional formulas over p, q, r, ... are shown with the symbols ¬ ∧ ∨ → ↔ or in words; say"
                    + " whether they have the same truth value under every assignment. The second formula comes from the"
                    + " first by several rewriting steps: laws of logic (De Morgan, contraposition, distribution,"
                    + " exportation, ...) and, for half of the puzzles, one classic fallacy (converse, inverse, half of De"
                    + " Morgan, a moved parenthesis) among them, so the two look alike either way. Yes and no are equally"
                    + " likely and decided by comparing full truth tables. CORRECT or WRONG, no partial credit.")
            .knob(Knob.integer("variables", 2, PropositionalFormula.MAX_VARIABLES, 3, "number of variables, all of which appear"))
            .knob(Knob.integer("connectives", 2, 12, 4, "binary connectives in the starting formula"))
            .knob(Knob.integer("rewrites", 1, 12, 3, "rewriting steps from the first formula to the second"))
            .knob(Knob.choice("notation", List.of("symbols", "words", "either"), "either",
                    "symbols (¬ ∧ ∨ → ↔), words (not, and, or, if ... then, if and only if), or either drawn per puzzle"))
            .answerShape("yes or no")
            .build();

    /** The variable count, the two formulas as shown, how they are written, and whether they are equivalent (never shown). */
    public record Puzzle(int variables, PropositionalFormula first, PropositionalFormula second, boolean words, boolean equivalent) {
        public Puzzle {
            requireNonNull(first, "first is null");
            requireNonNull(second, "second is null");
        }
    }

    /** Yes (equivalent) or no. */
    public record Answer(boolean equivalent) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("variables", Draw.scale(level, 2, 4))
                .with("connectives", Draw.scale(level, 2, 7))
                .with("rewrites", Draw.scale(level, 1, 6));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int variables = knobs.integer("variables");
        int connectives = Math.max(knobs.integer("connectives"), variables - 1);
        int rewrites = knobs.integer("rewrites");
        boolean equivalent = random.nextBoolean();
        boolean words = switch (knobs.choice("notation")) {
            case "symbols" -> false;
            case "words" -> true;
            default -> random.nextBoolean();
        };
        while (true) {
            PropositionalFormula start = PropositionalFormula.random(variables, connectives, 0.2, random);
            if (start.hasConstantPart(variables) || start.hasRedundancy()) {
                continue;
            }
            PropositionalFormula end = rewrite(start, rewrites, equivalent, random);
            if (end == null || end.equals(start) || (end.table(variables) == start.table(variables)) != equivalent) {
                continue;
            }
            boolean startFirst = random.nextBoolean();
            return new Puzzle(variables, startFirst ? start : end, startFirst ? end : start, words, equivalent);
        }
    }

    /** {@code steps} rewrites by the laws, one of them a fallacy unless {@code equivalent}; null when it grows too big. */
    private static PropositionalFormula rewrite(PropositionalFormula start, int steps, boolean equivalent, RandomGenerator random) {
        int fallacy = equivalent ? -1 : random.nextInt(steps);
        int limit = 2 * start.connectives() + 4;
        PropositionalFormula formula = start;
        for (int step = 0; step < steps; step++) {
            formula = LogicalEquivalenceRewriter.step(formula, step != fallacy, random);
            if (formula == null || formula.connectives() > limit) {
                return null;
            }
            formula = withoutDoubleNegations(formula);
        }
        return formula;
    }

    private static PropositionalFormula withoutDoubleNegations(PropositionalFormula formula) {
        if (formula.operator().equals("not") && formula.operands().get(0).operator().equals("not")) {
            return withoutDoubleNegations(formula.operands().get(0).operands().get(0));
        }
        if (formula.operands().isEmpty()) {
            return formula;
        }
        List<PropositionalFormula> operands = formula.operands().stream().map(LogicalEquivalenceBootcamp::withoutDoubleNegations).toList();
        return new PropositionalFormula(formula.operator(), formula.variable(), operands);
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> names = VARIABLES.subList(0, puzzle.variables());
        String variables = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return "Here are two formulas of propositional logic over the variables " + variables + ".\n\n"
                + "Formula 1:  " + show(puzzle, puzzle.first(), names) + "\n"
                + "Formula 2:  " + show(puzzle, puzzle.second(), names) + "\n\n"
                + PropositionalFormula.legend(puzzle.words()) + "\n\n"
                + "Two formulas are logically equivalent when they have the same truth value under every assignment of"
                + " true and false to " + variables + ". Are formula 1 and formula 2 logically equivalent?\n"
                + "Answer yes or no.";
    }

    private static String show(Puzzle puzzle, PropositionalFormula formula, List<String> names) {
        return puzzle.words() ? formula.words(names) : formula.symbols(names);
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.equivalent());
    }

    @Override
    public String render(Answer answer) {
        return answer.equivalent() ? "yes" : "no";
    }

    /** Yes or no (also true/false, equivalent/not equivalent). */
    @Override
    public Answer parse(String text) {
        String word = Answers.normalize(text);
        switch (word) {
            case "equivalent", "logically equivalent" -> {
                return new Answer(true);
            }
            case "not equivalent", "not logically equivalent", "inequivalent", "nonequivalent" -> {
                return new Answer(false);
            }
            default -> {
                try {
                    return new Answer(Answers.bool(word));
                } catch (AnswerFormatException e) {
                    throw new AnswerFormatException("expected yes or no, found '" + Answers.abbreviate(text) + "'");
                }
            }
        }
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int variables = puzzle.variables();
        long first = puzzle.first().table(variables);
        long second = puzzle.second().table(variables);
        boolean equivalent = first == second;
        if (answer.equivalent() == equivalent) {
            return Score.correct(equivalent ? "equivalent: the truth tables agree in every row" : "not equivalent: the truth tables differ");
        }
        if (equivalent) {
            return Score.wrong("answered no, but the formulas agree in all " + (1 << variables) + " rows");
        }
        int row = Long.numberOfTrailingZeros(first ^ second);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < variables; i++) {
            values.add(VARIABLES.get(i) + "=" + ((row >> (variables - 1 - i) & 1) == 1 ? "T" : "F"));
        }
        return Score.wrong("answered yes, but the formulas differ at " + String.join(", ", values));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return List.of(new Answer(!gold.equivalent()));
    }

    /** Rows of the truth table times the connectives of both formulas. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) (1 << puzzle.variables()) * (puzzle.first().connectives() + puzzle.second().connectives());
    }
}
