package dev.bootcamp.camps.logic;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.camps.kit.PropositionalFormula;
import dev.bootcamp.camps.kit.TruthValues;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Write out the output column of a propositional formula's truth table. */
@AutoService(Bootcamp.class)
public final class TruthTableBootcamp extends Camp<TruthTableBootcamp.Puzzle, TruthTableBootcamp.Answer> {
    private static final List<String> VARIABLES = List.of("p", "q", "r", "s", "t", "u");
    private static final int MAX_VALUES = 256;
    private static final int SMALL_TABLE = 8;
    private static final int[] VARIABLES_AT = {3, 3, 4, 4, 4, 4, 5, 5, 5, 5};

    private static final Knob<Integer> VARIABLE_COUNT = Knob.integer("variables", 1, PropositionalFormula.MAX_VARIABLES, 3, "number of variables (the table has 2^variables rows)");
    private static final Knob<Integer> CONNECTIVES = Knob.integer("connectives", 1, 16, 4, "number of binary connectives (negations come on top)");
    private static final Knob<String> NOTATION = Knob.choice("notation", List.of("symbols", "words", "either"), "either",
            "symbols (¬ ∧ ∨ → ↔), words (not, and, or, if ... then, if and only if), or either drawn per puzzle");
    private static final BootcampInfo INFO = BootcampInfo.builder(TruthTableBootcamp.class)
            .title("Truth table column")
            .domain("logic")
            .tags("propositional-logic", "truth-tables", "evaluation")
            .summary("A propositional formula over p, q, r, ... is shown with the symbols ¬ ∧ ∨ → ↔ or in words, together"
                    + " with the rows of its truth table in a stated order (counting in binary from all false to all true,"
                    + " the first variable most significant). The answer is the formula's value in every row, as a string of"
                    + " 1s and 0s (T and F are accepted). CORRECT only when every row is right; WRONG otherwise, naming the"
                    + " first wrong row (no partial credit: half the rows are right by chance). Levels 1 and 2 have three variables"
                    + " and three or four connectives, and the value always depends on every variable (in tables of eight rows at least two rows take each value), so"
                    + " the columns are many.")
            .version(2)
            .knob(VARIABLE_COUNT)
            .knob(CONNECTIVES)
            .knob(NOTATION)
            .answerShape("the output column as one string of 1s and 0s, first row first")
            .build();

    /** The variable count, the formula, how it is written, and its column (never shown). */
    public record Puzzle(int variables, PropositionalFormula formula, boolean words, String column) {
        public Puzzle {
            requireNonNull(formula, "formula is null");
            requireNonNull(column, "column is null");
        }
    }

    /** A column of '1' (true) and '0' (false) characters, first row first. */
    public record Answer(String column) {
        public Answer {
            requireNonNull(column, "column is null");
        }
    }

    public TruthTableBootcamp() {
        super(INFO, TruthValues.bits(MAX_VALUES).map(Answer::new, Answer::column));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VARIABLE_COUNT, VARIABLES_AT[level - 1])
                .with(CONNECTIVES, Draw.scale(level, 3, 10));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int variables = knobs.get(VARIABLE_COUNT);
        int connectives = Math.max(knobs.get(CONNECTIVES), variables - 1);
        boolean words = switch (knobs.get(NOTATION)) {
            case "symbols" -> false;
            case "words" -> true;
            default -> random.nextBoolean();
        };
        long all = PropositionalFormula.all(variables);
        while (true) {
            PropositionalFormula formula = PropositionalFormula.random(variables, connectives, 0.25, random);
            long table = formula.table(variables);
            int ones = Long.bitCount(table);
            int rows = 1 << variables;
            boolean balanced = rows != SMALL_TABLE || Math.min(ones, rows - ones) >= 2;
            if (table != 0 && table != all && balanced && !formula.hasRedundancy() && dependsOnAll(table, variables)) {
                return new Puzzle(variables, formula, words, column(table, variables));
            }
        }
    }

    /** Whether changing any one variable changes the value in some row: no variable is idle, so columns stay varied. */
    private static boolean dependsOnAll(long table, int variables) {
        for (int i = 0; i < variables; i++) {
            int bit = 1 << (variables - 1 - i);
            boolean matters = false;
            for (int row = 0; row < 1 << variables && !matters; row++) {
                matters = (table >>> row & 1) != (table >>> (row ^ bit) & 1);
            }
            if (!matters) {
                return false;
            }
        }
        return true;
    }

    private static String column(long table, int variables) {
        StringBuilder column = new StringBuilder();
        for (int row = 0; row < 1 << variables; row++) {
            column.append((table >>> row & 1) == 1 ? '1' : '0');
        }
        return column.toString();
    }

    @Override
    public String question(Puzzle puzzle) {
        int variables = puzzle.variables();
        List<String> names = VARIABLES.subList(0, variables);
        StringBuilder text = new StringBuilder();
        text.append("Consider this formula of propositional logic over ").append(variables == 1 ? "the variable " : "the variables ")
                .append(String.join(", ", names)).append(":\n\n    ")
                .append(puzzle.words() ? puzzle.formula().words(names) : puzzle.formula().symbols(names)).append("\n\n")
                .append(PropositionalFormula.legend(puzzle.words())).append("\n\n")
                .append("Its truth table has ").append(1 << variables).append(" rows, in this order (T is true, F is false):\n");
        for (int row = 0; row < 1 << variables; row++) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < variables; i++) {
                values.add(names.get(i) + "=" + ((row >> (variables - 1 - i) & 1) == 1 ? "T" : "F"));
            }
            text.append("Row ").append(row + 1).append(": ").append(String.join(", ", values)).append('\n');
        }
        text.append("\nGive the value of the formula in each row, in this row order, as one string of ").append(1 << variables)
                .append(" characters: 1 where the formula is true and 0 where it is false.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.column());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String column = column(puzzle.formula().table(puzzle.variables()), puzzle.variables());
        if (answer.column().length() != column.length()) {
            return Score.wrong("expected " + column.length() + " values, one per row, found " + answer.column().length());
        }
        int wrong = 0;
        int first = -1;
        for (int row = 0; row < column.length(); row++) {
            if (answer.column().charAt(row) != column.charAt(row)) {
                wrong++;
                first = first < 0 ? row : first;
            }
        }
        if (wrong == 0) {
            return Score.correct("all " + column.length() + " rows are right");
        }
        return Score.wrong("row " + (first + 1) + " is wrong (" + wrong + " of " + column.length() + " rows wrong)");
    }

    /** One row flipped, the rows in reverse order, and the complement. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> misses = new ArrayList<>(NearMisses.bits(gold.column(), random));
        misses.add(new StringBuilder(gold.column()).reverse().toString());
        return misses.stream().filter(miss -> !miss.equals(gold.column())).map(Answer::new).toList();
    }

    /** Rows times connectives. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) (1 << puzzle.variables()) * Math.max(1, puzzle.formula().connectives());
    }
}
