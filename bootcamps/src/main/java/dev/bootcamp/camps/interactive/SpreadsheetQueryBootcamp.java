package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
import dev.bootcamp.camps.kit.tools.Calculator;
import dev.bootcamp.camps.kit.tools.Command;
import dev.bootcamp.camps.kit.tools.Numbers;
import dev.bootcamp.camps.kit.tools.Table;
import dev.bootcamp.camps.kit.tools.ToolException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A hidden spreadsheet queried with a small command language: the player sees only its size and a question that
 * adds up a few amounts named by row labels, and must read the cells it needs with {@code find}, {@code get} and
 * {@code sum} before answering. The expert finds each label it needs, reads the cells or ranges the question names,
 * and answers the total.
 */
@AutoService(Interactive.class)
public final class SpreadsheetQueryBootcamp implements Interactive<SpreadsheetQueryBootcamp.State> {
    private static final List<String> VERBS = List.of("get", "sum", "find", "calc", "answer");
    private static final int MAX_FOUND = 20;
    private static final Knob<Integer> ROWS = Knob.integer("rows", 6, 400, 40, "how many rows the sheet has");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 2, 8, 4, "how many number columns the sheet has (after the label column A)");
    private static final Knob<Integer> PARTS = Knob.integer("parts", 1, 6, 2, "how many amounts the question adds up");
    private static final Knob<Integer> MAX_VALUE = Knob.integer("max-value", 9, 10_000_000, 999, "the largest number in a cell");
    private static final Knob<Boolean> REPEATS = Knob.flag("repeats", false, "whether a label may name several rows, to be added up");
    private static final BootcampInfo INFO = BootcampInfo.builder(SpreadsheetQueryBootcamp.class)
            .title("Spreadsheet query")
            .domain("interactive")
            .tags("interactive", "tool-use", "spreadsheet", "lookup")
            .summary("Answer a question about a hidden spreadsheet of `rows` rows (column A a label, then `columns` number"
                    + " columns) by querying it: `get B7`, `sum B3:C9`, `find LABEL`, `calc EXPRESSION`, then `answer N`. The"
                    + " question adds up `parts` amounts, each a cell, a range between two labelled rows or (with `repeats`)"
                    + " every row with one label. CORRECT when the answer is exact, WRONG otherwise; the first answer ends the"
                    + " episode. The turn limit is the expert's calls plus three.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(PARTS)
            .knob(MAX_VALUE)
            .knob(REPEATS)
            .answerShape("one command per turn, such as 'get B7', 'sum B3:B9', 'find maple', 'calc 12 + 30' or 'answer 42'")
            .build();

    /**
     * One amount of the question.
     *
     * @param kind 0: the cell of a labelled row; 1: the range from one labelled row to another; 2: every row with a label
     * @param column the number column, 1 for B
     * @param label the (first) row's label
     * @param until the last row's label (kind 1), else empty
     */
    public record Part(int kind, int column, String label, String until) {}

    /** An episode: the sheet, the question's parts, the tool calls that worked so far, the answer given (empty before). */
    public record State(Table sheet, List<Part> parts, int calls, String answered, int limit) {
        public State {
            parts = List.copyOf(parts);
        }

        State called() {
            return new State(sheet, parts, calls + 1, answered, limit);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(ROWS, Draw.scale(level, 10, 120)).with(COLUMNS, Draw.scale(level, 2, 7))
                .with(PARTS, Draw.scale(level, 1, 4)).with(MAX_VALUE, level <= 3 ? 999 : level <= 7 ? 99_999 : 9_999_999)
                .with(REPEATS, level >= 4);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(ROWS);
        int columns = knobs.get(COLUMNS);
        int partCount = Math.min(knobs.get(PARTS), rows / 6);
        List<String> labels = new ArrayList<>(Draw.sample(Words.ofLength(4, 7), rows, random));
        Set<Integer> reserved = new HashSet<>();
        List<Part> parts = new ArrayList<>();
        for (int p = 0; p < partCount; p++) {
            int kind = random.nextInt(knobs.get(REPEATS) ? 3 : 2);
            int column = 1 + random.nextInt(columns);
            int first = free(rows, reserved, random);
            reserved.add(first);
            String until = "";
            if (kind == 1) {
                int last = first;
                while (last == first || reserved.contains(last)) {
                    last = random.nextInt(rows);
                }
                reserved.add(last);
                until = labels.get(Math.max(first, last));
                first = Math.min(first, last);
            } else if (kind == 2) {
                for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
                    int other = free(rows, reserved, random);
                    reserved.add(other);
                    labels.set(other, labels.get(first));
                }
            }
            parts.add(new Part(kind, column, labels.get(first), until));
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c <= columns; c++) {
            names.add(String.valueOf((char) ('A' + c)));
        }
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            row.add(labels.get(r));
            for (int c = 0; c < columns; c++) {
                row.add(Long.toString(1 + random.nextLong(knobs.get(MAX_VALUE))));
            }
            cells.add(row);
        }
        State state = new State(new Table(names, cells), parts, 0, "", 0);
        return new State(state.sheet(), parts, 0, "", plan(state).size() + 4);
    }

    private static int free(int rows, Set<Integer> reserved, RandomGenerator random) {
        int row = random.nextInt(rows);
        while (reserved.contains(row)) {
            row = (row + 1) % rows;
        }
        return row;
    }

    @Override
    public String opening(State state) {
        Table sheet = state.sheet();
        char lastColumn = (char) ('A' + sheet.columns().size() - 1);
        StringBuilder text = new StringBuilder("A spreadsheet is hidden from you. It has rows 1 to " + sheet.size() + " and columns A to "
                + lastColumn + ". Column A holds a word, the row's label; columns B to " + lastColumn + " hold whole numbers.\n\n"
                + "Question: what is the sum of these amounts?\n");
        for (int p = 0; p < state.parts().size(); p++) {
            text.append("(").append(p + 1).append(") ").append(describe(state.parts().get(p))).append('\n');
        }
        return text.append("\nEach turn, use one command:\n"
                + "- \"find WORD\" lists the cells whose text is WORD, such as \"find ").append(state.parts().get(0).label()).append("\"\n"
                + "- \"get B7\" shows one cell\n"
                + "- \"sum B3:C9\" adds up the numbers in a rectangle of cells (columns B onward)\n"
                + "- \"calc EXPRESSION\" does exact arithmetic, such as \"calc 120 + 45 * 3\"\n"
                + "- \"answer N\" gives your final answer, a whole number; your first answer ends the episode and must be exact.\n"
                + "A command that cannot be read still costs the turn. You have ").append(state.limit()).append(" turns.").toString();
    }

    private static String describe(Part part) {
        String column = String.valueOf((char) ('A' + part.column()));
        return switch (part.kind()) {
            case 0 -> "the number in column " + column + " of the row labelled " + part.label();
            case 1 -> "the sum of column " + column + " from the row labelled " + part.label() + " down to the row labelled "
                    + part.until() + ", both included";
            default -> "the sum of column " + column + " over every row labelled " + part.label();
        };
    }

    @Override
    public Turn<State> act(State state, String action) {
        Command command = Command.read(action, VERBS);
        Table sheet = state.sheet();
        if (command.is("get")) {
            Optional<int[]> range = SpreadsheetQueryCells.range(command.rest(), sheet);
            if (range.isEmpty() || range.get()[0] != range.get()[2] || range.get()[1] != range.get()[3]) {
                return Turn.next(state, "Name one cell, such as \"get B7\" (columns A to " + lastColumn(sheet) + ", rows 1 to " + sheet.size() + ").");
            }
            int[] cell = range.get();
            return Turn.next(state.called(), SpreadsheetQueryCells.name(cell[0], cell[1]) + " = " + sheet.cell(cell[0], cell[1]));
        }
        if (command.is("sum")) {
            Optional<int[]> range = SpreadsheetQueryCells.range(command.rest(), sheet);
            if (range.isEmpty() || Math.min(range.get()[1], range.get()[3]) < 1) {
                return Turn.next(state, "Name a rectangle of number cells, such as \"sum B3:C9\" (columns B to " + lastColumn(sheet)
                        + ", rows 1 to " + sheet.size() + ").");
            }
            int[] r = range.get();
            long total = 0;
            for (int row = Math.min(r[0], r[2]); row <= Math.max(r[0], r[2]); row++) {
                for (int column = Math.min(r[1], r[3]); column <= Math.max(r[1], r[3]); column++) {
                    total += sheet.number(row, column);
                }
            }
            return Turn.next(state.called(), "sum " + SpreadsheetQueryCells.name(r[0], r[1]) + ":" + SpreadsheetQueryCells.name(r[2], r[3]) + " = " + total);
        }
        if (command.is("find")) {
            List<String> words = command.words(1);
            if (words.isEmpty()) {
                return Turn.next(state, "Say what to find, such as \"find " + state.parts().get(0).label() + "\".");
            }
            List<String> found = new ArrayList<>();
            for (int row = 0; row < sheet.size(); row++) {
                for (int column = 0; column < sheet.columns().size(); column++) {
                    if (sheet.cell(row, column).equals(words.get(0))) {
                        found.add(SpreadsheetQueryCells.name(row, column));
                    }
                }
            }
            String shown = found.size() <= MAX_FOUND ? String.join(", ", found)
                    : String.join(", ", found.subList(0, MAX_FOUND)) + " and " + (found.size() - MAX_FOUND) + " more";
            return Turn.next(state.called(), found.isEmpty() ? "No cell holds \"" + words.get(0) + "\"."
                    : "\"" + words.get(0) + "\" is in " + shown + ".");
        }
        if (command.is("calc")) {
            try {
                return Turn.next(state.called(), "calc: " + Calculator.show(Calculator.evaluate(command.rest(), Map.of(), 8).value()));
            } catch (ToolException e) {
                return Turn.next(state, "calc could not evaluate that: " + e.getMessage() + ".");
            }
        }
        if (command.is("answer")) {
            Optional<BigInteger> value = Numbers.firstWhole(command.rest());
            if (value.isEmpty()) {
                return Turn.next(state, "Give the answer as a whole number, such as \"answer 1234\". Nothing happened.");
            }
            State next = new State(sheet, state.parts(), state.calls(), value.get().toString(), state.limit());
            return Turn.last(next, won(next) ? "Correct." : "That is not the sum.");
        }
        return Turn.next(state, "Unreadable command \"" + Command.abbreviate(action, 40) + "\". Use find WORD, get B7, sum B3:C9,"
                + " calc EXPRESSION or answer N.");
    }

    private static char lastColumn(Table sheet) {
        return (char) ('A' + sheet.columns().size() - 1);
    }

    static long total(State state) {
        Table sheet = state.sheet();
        long total = 0;
        for (Part part : state.parts()) {
            List<Integer> rows = sheet.rowsWhere(0, part.label());
            if (part.kind() == 1) {
                int last = sheet.rowsWhere(0, part.until()).get(0);
                rows = new ArrayList<>();
                for (int r = sheet.rowsWhere(0, part.label()).get(0); r <= last; r++) {
                    rows.add(r);
                }
            }
            for (int r : rows) {
                total += sheet.number(r, part.column());
            }
        }
        return total;
    }

    private static boolean won(State state) {
        return state.answered().equals(Long.toString(total(state)));
    }

    @Override
    public Score outcome(State state) {
        if (won(state)) {
            return Score.correct("the exact sum after " + state.calls() + " tool calls");
        }
        return Score.wrong((state.answered().isEmpty() ? "no answer given" : "answered " + state.answered()) + "; the sum was " + total(state));
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /** The expert's calls: find each label, then get the cell, sum the range, or get each row that has the label. */
    static List<String> plan(State state) {
        Table sheet = state.sheet();
        List<String> calls = new ArrayList<>();
        for (Part part : state.parts()) {
            calls.add("find " + part.label());
            List<Integer> rows = sheet.rowsWhere(0, part.label());
            if (part.kind() == 1) {
                calls.add("find " + part.until());
                calls.add("sum " + SpreadsheetQueryCells.name(rows.get(0), part.column()) + ":" + SpreadsheetQueryCells.name(sheet.rowsWhere(0, part.until()).get(0), part.column()));
            } else {
                for (int row : rows) {
                    calls.add("get " + SpreadsheetQueryCells.name(row, part.column()));
                }
            }
        }
        return calls;
    }

    @Override
    public String expertAction(State state) {
        List<String> plan = plan(state);
        return state.calls() < plan.size() ? plan.get(state.calls()) : "answer " + total(state);
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        Table sheet = state.sheet();
        String cell = SpreadsheetQueryCells.name(random.nextInt(sheet.size()), 1 + random.nextInt(sheet.columns().size() - 1));
        return switch (random.nextInt(4)) {
            case 0 -> "get " + cell;
            case 1 -> "sum " + cell + ":" + SpreadsheetQueryCells.name(random.nextInt(sheet.size()), 1 + random.nextInt(sheet.columns().size() - 1));
            case 2 -> "find " + sheet.cell(random.nextInt(sheet.size()), 0);
            default -> "answer " + random.nextLong(1 + 2 * Math.max(1, total(state)));
        };
    }

    @Override
    public double cost(State state) {
        return state.sheet().size() * (double) plan(state).size();
    }
}
