package dev.bootcamp.camps.logic;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.PropositionalFormula;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Classify each of several propositional formulas as a tautology, a contradiction or contingent. */
@AutoService(Bootcamp.class)
public final class TautologyBootcamp extends Camp<TautologyBootcamp.Puzzle, TautologyBootcamp.Answer> {
    private static final List<String> CLASSES = List.of("tautology", "contradiction", "contingent");
    private static final List<String> VARIABLES = List.of("p", "q", "r", "s", "t", "u");
    private static final int MAX_STEPS = 100;
    private static final int MIN_IFF_CONNECTIVES = 4;

    private static final Knob<Integer> VARIABLE_COUNT = Knob.integer("variables", 2, PropositionalFormula.MAX_VARIABLES, 3, "number of variables, all of which appear");
    private static final Knob<Integer> CONNECTIVES = Knob.integer("connectives", 2, 16, 4, "number of binary connectives, at least the number of variables"
            + " (negations come on top)");
    private static final Knob<String> NOTATION = Knob.choice("notation", List.of("symbols", "words", "either"), "either",
            "symbols (¬ ∧ ∨ → ↔), words (not, and, or, if ... then, if and only if), or either drawn per puzzle");
    private static final BootcampInfo INFO = BootcampInfo.builder(TautologyBootcamp.class)
            .title("Tautology, contradiction or contingent")
            .domain("logic")
            .tags("propositional-logic", "truth-tables", "classification")
            .summary("Five propositional formulas over p, q, r, ... are shown with the symbols ¬ ∧ ∨ → ↔ or in words; say"
                    + " of each whether it is true under every assignment (tautology), under none (contradiction) or under"
                    + " some but not all (contingent). The three classes are equally likely and drawn independently per"
                    + " formula; contingent formulas are true (or false) in all"
                    + " but a few rows, and no proper subformula is constant, so neither shape nor a stray 'p or not p'"
                    + " gives the class away. The class is decided by the full truth table. CORRECT only when all five"
                    + " are right (a constant answer is right one time in 243), WRONG otherwise.")
            .version(2)
            .knob(VARIABLE_COUNT)
            .knob(CONNECTIVES)
            .knob(NOTATION)
            .answerShape("five words, one per formula in order: tautology, contradiction or contingent")
            .build();

    private static final int FORMULAS = 5;

    /** The formulas, how they are written, and their classes (never shown). */
    public record Puzzle(int variables, List<PropositionalFormula> formulas, boolean words, List<String> kinds) {
        public Puzzle {
            formulas = List.copyOf(formulas);
            kinds = List.copyOf(kinds);
        }
    }

    /** One of {@link #CLASSES} per formula, in order. */
    public record Answer(List<String> kinds) {
        public Answer {
            kinds = List.copyOf(kinds);
        }
    }

    public TautologyBootcamp() {
        super(INFO, Codecs.numbered(")", FORMULAS, kind -> Character.toUpperCase(kind.charAt(0)) + kind.substring(1), TautologyBootcamp::kind)
                .map(Answer::new, Answer::kinds));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VARIABLE_COUNT, Draw.scale(level, 2, 5))
                .with(CONNECTIVES, Draw.scale(level, 2, 10));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int variables = knobs.get(VARIABLE_COUNT);
        int connectives = Math.max(knobs.get(CONNECTIVES), variables);
        boolean words = switch (knobs.get(NOTATION)) {
            case "symbols" -> false;
            case "words" -> true;
            default -> random.nextBoolean();
        };
        List<PropositionalFormula> formulas = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        while (formulas.size() < FORMULAS) {
            String kind = Draw.pick(CLASSES, random);
            PropositionalFormula formula = formula(variables, connectives, kind, random);
            if (!formulas.contains(formula)) {
                formulas.add(formula);
                kinds.add(kind);
            }
        }
        return new Puzzle(variables, formulas, words, kinds);
    }

    private static PropositionalFormula formula(int variables, int connectives, String kind, RandomGenerator random) {
        boolean towardTrue = kind.equals("tautology") || kind.equals("contingent") && random.nextBoolean();
        String top = top(towardTrue, connectives, random);
        for (int attempt = 1; ; attempt++) {
            if (attempt % 50 == 0) {
                top = top(towardTrue, connectives, random);
            }
            PropositionalFormula formula = climb(variables, connectives + attempt / 300, kind, towardTrue, top, random);
            if (formula != null) {
                return formula;
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
        text.append("Sort each of these ").append(FORMULAS).append(" formulas (variables ").append(list(names))
                .append(") into one of three classes.\n\n");
        for (int i = 0; i < puzzle.formulas().size(); i++) {
            PropositionalFormula formula = puzzle.formulas().get(i);
            text.append(i + 1).append(")  ").append(puzzle.words() ? formula.words(names) : formula.symbols(names)).append('\n');
        }
        text.append('\n').append(PropositionalFormula.legend(puzzle.words())).append("\n\n")
                .append("The classes:\n")
                .append("- tautology: true whatever values its variables take;\n")
                .append("- contradiction: false whatever values its variables take;\n")
                .append("- contingent: true for some values of its variables and false for others.\n\n")
                .append("Reply with ").append(FORMULAS).append(" class names, one per formula in the order given")
                .append(" (for example \"1) contingent 2) tautology ...\").");
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
        return new Answer(puzzle.kinds());
    }

    private static String kind(String word) {
        if (word.equals("contingency")) {
            return "contingent";
        }
        for (String kind : CLASSES) {
            if (word.equals(kind)) {
                return kind;
            }
        }
        throw new AnswerFormatException("expected tautology, contradiction or contingent, found '" + Answers.abbreviate(word) + "'");
    }

    /** Each class from the formula's truth table (not the stored answer); all must be right. */
    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        long all = PropositionalFormula.all(puzzle.variables());
        List<String> checked = puzzle.formulas().stream().map(formula -> formula.table(puzzle.variables()))
                .map(table -> table == all ? "tautology" : table == 0 ? "contradiction" : "contingent").toList();
        return Items.allOrNothing(checked, answer.kinds(), "class");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (int i = 0; i < gold.kinds().size(); i++) {
            for (String kind : CLASSES) {
                if (!kind.equals(gold.kinds().get(i))) {
                    List<String> changed = new ArrayList<>(gold.kinds());
                    changed.set(i, kind);
                    misses.add(new Answer(changed));
                }
            }
        }
        return misses;
    }

    /** Rows of the truth table times connectives, summed over the formulas. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) (1 << puzzle.variables()) * puzzle.formulas().stream().mapToInt(PropositionalFormula::connectives).sum();
    }
}
