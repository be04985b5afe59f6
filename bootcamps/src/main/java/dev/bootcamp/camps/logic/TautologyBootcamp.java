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

/** Classify a propositional formula as a tautology, a contradiction or contingent. */
@AutoService(Bootcamp.class)
public final class TautologyBootcamp implements Bootcamp<TautologyBootcamp.Puzzle, TautologyBootcamp.Answer> {
    private static final List<String> CLASSES = List.of("tautology", "contradiction", "contingent");
    private static final List<String> VARIABLES = List.of("p", "q", "r", "s", "t", "u");
    private static final int MAX_STEPS = 100;
    private static final int MIN_IFF_CONNECTIVES = 4;

    private static final BootcampInfo INFO = BootcampInfo.builder(TautologyBootcamp.class)
            .title("Tautology, contradiction or contingent")
            .domain("logic")
            .tags("propositional-logic", "truth-tables", "classification")
            .summary("A propositional formula over p, q, r, ... is shown with the symbols ¬ ∧ ∨ → ↔ or in words; say whether"
                    + " it is true under every assignment (tautology), under none (contradiction) or under some but not all"
                    + " (contingent). The three classes are equally likely; contingent formulas are true (or false) in all"
                    + " but a few rows, and no proper subformula is constant, so neither shape nor a stray 'p or not p'"
                    + " gives the class away. The class is decided by the full truth table. CORRECT or WRONG, no partial"
                    + " credit.")
            .knob(Knob.integer("variables", 2, PropositionalFormula.MAX_VARIABLES, 3, "number of variables, all of which appear"))
            .knob(Knob.integer("connectives", 2, 16, 4, "number of binary connectives, at least the number of variables"
                    + " (negations come on top)"))
            .knob(Knob.choice("notation", List.of("symbols", "words", "either"), "either",
                    "symbols (¬ ∧ ∨ → ↔), words (not, and, or, if ... then, if and only if), or either drawn per puzzle"))
            .answerShape("one word: tautology, contradiction or contingent")
            .build();

    /** The formula, how it is written, and its class (never shown). */
    public record Puzzle(int variables, PropositionalFormula formula, boolean words, String kind) {
        public Puzzle {
            requireNonNull(formula, "formula is null");
            requireNonNull(kind, "kind is null");
        }
    }

    /** One of {@link #CLASSES}. */
    public record Answer(String kind) {
        public Answer {
            requireNonNull(kind, "kind is null");
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with("variables", Draw.scale(level, 2, 5))
                .with("connectives", Draw.scale(level, 2, 10));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int variables = knobs.integer("variables");
        int connectives = Math.max(knobs.integer("connectives"), variables);
        String kind = Draw.pick(CLASSES, random);
        boolean words = switch (knobs.choice("notation")) {
            case "symbols" -> false;
            case "words" -> true;
            default -> random.nextBoolean();
        };
        boolean towardTrue = kind.equals("tautology") || kind.equals("contingent") && random.nextBoolean();
        String top = top(towardTrue, connectives, random);
        for (int attempt = 1; ; attempt++) {
            if (attempt % 50 == 0) {
                top = top(towardTrue, connectives, random);
            }
            PropositionalFormula formula = climb(variables, connectives + attempt / 300, kind, towardTrue, top, random);
            if (formula != null) {
                return new Puzzle(variables, formula, words, kind);
            }
        }
    }

    /**
     * The outermost connective, fixed before the search: with no constant subformula a tautology must be an "or", an
     * "implies" or an "iff" at the top, and a contradiction an "and" or an "iff". Half of the formulas with room for it
     * get an "iff" (possible for every class), the rest the connective their side allows; contingent formulas take
     * the side they resemble, so the outermost connective says little about the class.
     */
    private static String top(boolean towardTrue, int connectives, RandomGenerator random) {
        if (connectives >= MIN_IFF_CONNECTIVES && random.nextBoolean()) {
            return "iff";
        }
        return !towardTrue ? "and" : random.nextBoolean() ? "or" : "implies";
    }

    /**
     * Local search from a random formula: redraw a subformula, flip a connective or toggle a negation, keeping a change
     * unless it moves the truth table away from the target; null when stuck. A contingent target is a formula wrong
     * in a few rows of a tautology (or of a contradiction), so it looks like one. The outermost connective stays
     * {@code top}.
     */
    private static PropositionalFormula climb(int variables, int connectives, String kind, boolean towardTrue, String top,
            RandomGenerator random) {
        long all = PropositionalFormula.all(variables);
        int rows = 1 << variables;
        int exceptions = kind.equals("contingent") ? Draw.between(1, Math.max(1, rows / 4), random) : 0;
        PropositionalFormula formula = PropositionalFormula.random(variables, connectives, 0.25, random);
        if (formula.operator().equals("not")) {
            formula = formula.operands().get(0);
        }
        formula = PropositionalFormula.of(top, formula.operands().get(0), formula.operands().get(1));
        int distance = distance(formula.table(variables), all, towardTrue, exceptions);
        for (int step = 0; step < MAX_STEPS; step++) {
            if (distance == 0 && !formula.hasConstantPart(variables) && !formula.hasRedundancy()) {
                return formula;
            }
            PropositionalFormula next = mutate(formula, variables, random);
            if (next.variablesUsed() != (1 << variables) - 1 || next.hasRedundancy()) {
                continue;
            }
            int nextDistance = distance(next.table(variables), all, towardTrue, exceptions);
            if (nextDistance <= distance) {
                formula = next;
                distance = nextDistance;
            }
        }
        return null;
    }

    private static int distance(long table, long all, boolean towardTrue, int exceptions) {
        int wrong = Long.bitCount(towardTrue ? ~table & all : table);
        return Math.abs(wrong - exceptions);
    }

    /** A change below the outermost connective. */
    private static PropositionalFormula mutate(PropositionalFormula formula, int variables, RandomGenerator random) {
        int index = 1 + random.nextInt(formula.nodes() - 1);
        PropositionalFormula node = formula.at(index);
        return switch (random.nextInt(3)) {
            case 0 -> formula.replace(index, PropositionalFormula.randomPart(variables, node.connectives(), 0.25, random));
            case 1 -> node.operands().size() == 2
                    ? formula.replace(index, PropositionalFormula.of(PropositionalFormula.randomOperator(random),
                            node.operands().get(0), node.operands().get(1)))
                    : formula.replace(index, PropositionalFormula.variable(random.nextInt(variables)));
            default -> formula.replace(index, node.operator().equals("not") ? node.operands().get(0) : PropositionalFormula.not(node));
        };
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> names = VARIABLES.subList(0, puzzle.variables());
        StringBuilder text = new StringBuilder();
        text.append("Consider this formula of propositional logic over the variable").append(names.size() == 1 ? " " : "s ")
                .append(list(names)).append(":\n\n    ")
                .append(puzzle.words() ? puzzle.formula().words(names) : puzzle.formula().symbols(names)).append("\n\n")
                .append(PropositionalFormula.legend(puzzle.words())).append("\n\n")
                .append("Classify the formula:\n")
                .append("- tautology: it is true under every assignment of true and false to its variables;\n")
                .append("- contradiction: it is false under every assignment;\n")
                .append("- contingent: it is true under some assignments and false under others.\n\n")
                .append("Answer with exactly one word: tautology, contradiction or contingent.");
        return text.toString();
    }

    private static String list(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.kind());
    }

    /** Capitalised, so the canonical text differs from the list of choices in the prompt. */
    @Override
    public String render(Answer answer) {
        return Character.toUpperCase(answer.kind().charAt(0)) + answer.kind().substring(1);
    }

    @Override
    public Answer parse(String text) {
        String word = Answers.normalize(text);
        if (word.startsWith("a ") || word.startsWith("an ")) {
            word = word.substring(word.indexOf(' ') + 1);
        }
        if (word.equals("contingency")) {
            return new Answer("contingent");
        }
        for (String kind : CLASSES) {
            if (word.equals(kind)) {
                return new Answer(kind);
            }
        }
        throw new AnswerFormatException("expected tautology, contradiction or contingent, found '" + Answers.abbreviate(text) + "'");
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        long table = puzzle.formula().table(puzzle.variables());
        long all = PropositionalFormula.all(puzzle.variables());
        int rows = 1 << puzzle.variables();
        int trueRows = Long.bitCount(table);
        String kind = table == all ? "tautology" : table == 0 ? "contradiction" : "contingent";
        String why = "true in " + trueRows + " of " + rows + " rows";
        if (answer.kind().equals(kind)) {
            return Score.correct(kind + ": " + why);
        }
        return Score.wrong("answered " + answer.kind() + ", but the formula is " + why);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (String kind : CLASSES) {
            if (!kind.equals(gold.kind())) {
                misses.add(new Answer(kind));
            }
        }
        return misses;
    }

    /** Rows of the truth table times connectives. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) (1 << puzzle.variables()) * puzzle.formula().connectives();
    }
}
