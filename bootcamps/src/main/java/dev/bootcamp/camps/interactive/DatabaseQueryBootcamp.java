package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.tools.Calculator;
import dev.bootcamp.camps.kit.tools.Command;
import dev.bootcamp.camps.kit.tools.Numbers;
import dev.bootcamp.camps.kit.tools.Table;
import dev.bootcamp.camps.kit.tools.ToolException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A hidden table of staff queried with a tiny documented query language (see {@link DatabaseQueryLanguage}): the
 * question follows a chain of managers, adds up a column over the rows that meet conditions, or names the best paid
 * of a job, and a select shows at most five rows a page. The expert asks the queries that reveal what the question
 * needs, page by page, and answers from what they showed.
 */
@AutoService(Interactive.class)
public final class DatabaseQueryBootcamp implements Interactive<DatabaseQueryBootcamp.State> {
    private static final List<String> VERBS = List.of("select", "count", "calc", "answer");
    private static final List<String> COLUMNS = List.of("name", "age", "city", "job", "salary", "manager");
    private static final List<String> CITIES = List.of("oslo", "lima", "cairo", "perth", "quito", "riga", "tunis", "dakar");
    private static final List<String> JOBS = List.of("baker", "nurse", "pilot", "clerk", "judge", "miner", "tailor", "chef");
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final Knob<Integer> ROWS = Knob.integer("rows", 8, 400, 40, "how many people the table has");
    private static final Knob<Integer> HOPS = Knob.integer("hops", 1, 5, 2, "how many managers a chain question climbs");
    private static final Knob<Integer> CONDITIONS = Knob.integer("conditions", 1, 2, 1, "how many conditions a total question has");
    private static final BootcampInfo INFO = BootcampInfo.builder(DatabaseQueryBootcamp.class)
            .title("Database query")
            .domain("interactive")
            .tags("interactive", "tool-use", "database", "query-language")
            .summary("Answer a question about a hidden table of `rows` people (name, age, city, job, salary, manager) by"
                    + " querying it with `select COLUMNS where COLUMN OP VALUE and ... page N` (five rows a page) and `count"
                    + " where ...`, with `calc` for arithmetic, then `answer X`. The question climbs `hops` managers, totals"
                    + " salaries over `conditions` conditions, or names the best paid of a job. CORRECT when the answer is"
                    + " exact, WRONG otherwise; the first answer ends the episode. The turn limit is the expert's queries plus three.")
            .knob(ROWS)
            .knob(HOPS)
            .knob(CONDITIONS)
            .answerShape("one command per turn, such as 'select name, age where city = oslo and age > 30', 'count where job = chef' or 'answer 52300'")
            .build();

    /**
     * An episode: the table, the question (kind 0: a manager chain from a person, {name, hops}; kind 1: the total
     * salary over conditions, {city, age or ""}; kind 2: the best paid of a job, {job}), the queries that worked so far,
     * the answer given (empty before) and the turn limit.
     */
    public record State(Table table, int kind, List<String> question, int calls, String answered, int limit) {
        public State {
            question = List.copyOf(question);
        }

        State called() {
            return new State(table, kind, question, calls + 1, answered, limit);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(ROWS, Draw.scale(level, 12, 160)).with(HOPS, Draw.scale(level, 1, 4)).with(CONDITIONS, level >= 5 ? 2 : 1);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(ROWS);
        Set<String> names = new HashSet<>();
        Set<Integer> salaries = new HashSet<>();
        List<List<String>> cells = new ArrayList<>();
        int[] depth = new int[rows];
        while (cells.size() < rows) {
            String name = name(random);
            int salary = 200 + random.nextInt(1300);
            if (!names.add(name) || !salaries.add(salary)) {
                continue;
            }
            int boss = cells.isEmpty() ? -1 : random.nextInt(cells.size());
            depth[cells.size()] = boss < 0 ? 0 : depth[boss] + 1;
            cells.add(List.of(name, Integer.toString(20 + random.nextInt(46)), Draw.pick(CITIES, random), Draw.pick(JOBS, random),
                    Integer.toString(salary * 100), boss < 0 ? "none" : cells.get(boss).get(0)));
        }
        int[] order = Draw.permutation(rows, random);
        List<List<String>> shuffled = new ArrayList<>();
        int[] shuffledDepth = new int[rows];
        for (int i = 0; i < rows; i++) {
            shuffled.add(cells.get(order[i]));
            shuffledDepth[i] = depth[order[i]];
        }
        Table table = new Table(COLUMNS, shuffled);
        int kind = random.nextInt(3);
        List<String> question;
        if (kind == 0) {
            int hops = knobs.get(HOPS);
            int deepest = 0;
            for (int d : shuffledDepth) {
                deepest = Math.max(deepest, d);
            }
            hops = Math.min(hops, deepest);
            int from = random.nextInt(rows);
            while (shuffledDepth[from] < hops) {
                from = (from + 1) % rows;
            }
            question = List.of(table.cell(from, 0), Integer.toString(hops));
        } else if (kind == 1) {
            int row = random.nextInt(rows);
            String age = knobs.get(CONDITIONS) < 2 ? "" : Integer.toString(Math.max(20, Integer.parseInt(table.cell(row, 1)) - random.nextInt(15)));
            question = List.of(table.cell(row, 2), age);
        } else {
            question = List.of(table.cell(random.nextInt(rows), 3));
        }
        State state = new State(table, kind, question, 0, "", 0);
        return new State(table, kind, question, 0, "", plan(state).size() + 4);
    }

    private static String name(RandomGenerator random) {
        StringBuilder name = new StringBuilder();
        for (int i = 0, syllables = 2 + random.nextInt(2); i < syllables; i++) {
            name.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        return name.toString();
    }

    static String questionText(State state) {
        return switch (state.kind()) {
            case 0 -> "What is the salary of " + "the manager of ".repeat(Integer.parseInt(state.question().get(1))) + state.question().get(0) + "?";
            case 1 -> "What is the total salary of the people whose city is " + state.question().get(0)
                    + (state.question().get(1).isEmpty() ? "" : " and whose age is at least " + state.question().get(1)) + "?";
            default -> "Who has the highest salary among the people whose job is " + state.question().get(0) + "? Answer with the name.";
        };
    }

    @Override
    public String opening(State state) {
        return "A table of " + state.table().size() + " people is hidden from you. Its columns are name, age, city, job, salary"
                + " and manager (the name of the person's manager, or none). Names, cities and jobs are single lower-case words;"
                + " ages and salaries are whole numbers; every salary is different.\n\nQuestion: " + questionText(state)
                + "\n\nEach turn, use one command:\n"
                + "- \"select COLUMNS where CONDITIONS page N\" shows the chosen columns (a comma-separated list, or *) of the"
                + " rows that meet every condition, " + DatabaseQueryLanguage.PAGE_SIZE + " rows a page; \"where\" and \"page\""
                + " may be left out. A condition is COLUMN OP VALUE with OP one of = != < > <= >= (words only with = and !=);"
                + " join conditions with \"and\". Example: \"select name, age where city = oslo and age >= 30 page 2\".\n"
                + "- \"count where CONDITIONS\" says how many rows meet the conditions.\n"
                + "- \"calc EXPRESSION\" does exact arithmetic, such as \"calc 52300 + 61800\".\n"
                + "- \"answer X\" gives your final answer (a number, or a name where the question asks for one); your first answer"
                + " ends the episode and must be exact.\n"
                + "A command that cannot be read still costs the turn. You have " + state.limit() + " turns.";
    }

    @Override
    public Turn<State> act(State state, String action) {
        Command command = Command.read(action, VERBS);
        Table table = state.table();
        try {
            if (command.is("select")) {
                DatabaseQueryLanguage.Query query = DatabaseQueryLanguage.parse(command.rest(), true, table);
                List<Integer> rows = DatabaseQueryLanguage.matches(table, query.conditions());
                int pages = Math.max(1, (rows.size() + DatabaseQueryLanguage.PAGE_SIZE - 1) / DatabaseQueryLanguage.PAGE_SIZE);
                if (query.page() > pages) {
                    return Turn.next(state.called(), rows.size() + " rows match: there is no page " + query.page() + ".");
                }
                StringBuilder text = new StringBuilder(rows.size() + (rows.size() == 1 ? " row matches" : " rows match"));
                if (!rows.isEmpty()) {
                    text.append("; page ").append(query.page()).append(" of ").append(pages).append(':');
                }
                int from = (query.page() - 1) * DatabaseQueryLanguage.PAGE_SIZE;
                for (int r : rows.subList(from, Math.min(rows.size(), from + DatabaseQueryLanguage.PAGE_SIZE))) {
                    List<String> cells = new ArrayList<>();
                    for (int c : query.columns()) {
                        cells.add(COLUMNS.get(c) + "=" + table.cell(r, c));
                    }
                    text.append('\n').append(String.join(", ", cells));
                }
                return Turn.next(state.called(), text.toString());
            }
            if (command.is("count")) {
                DatabaseQueryLanguage.Query query = DatabaseQueryLanguage.parse(command.rest(), false, table);
                return Turn.next(state.called(), "count: " + DatabaseQueryLanguage.matches(table, query.conditions()).size());
            }
            if (command.is("calc")) {
                return Turn.next(state.called(), "calc: " + Calculator.show(Calculator.evaluate(command.rest(), Map.of(), 8).value()));
            }
        } catch (ToolException e) {
            return Turn.next(state, "That query could not be run: " + e.getMessage() + ".");
        }
        if (command.is("answer")) {
            List<String> words = command.words(1);
            if (words.isEmpty()) {
                return Turn.next(state, "Give the answer after \"answer\", such as \"answer 52300\". Nothing happened.");
            }
            String given = Character.isDigit(words.get(0).charAt(0)) ? Numbers.firstWhole(command.rest()).map(Object::toString).orElse("")
                    : words.get(0);
            State next = new State(table, state.kind(), state.question(), state.calls(), given, state.limit());
            return Turn.last(next, won(next) ? "Correct." : "That is not the answer.");
        }
        return Turn.next(state, "Unreadable command \"" + Command.abbreviate(action, 40) + "\". Use select COLUMNS where CONDITIONS,"
                + " count where CONDITIONS, calc EXPRESSION or answer X.");
    }

    /** The answer, from the hidden table. */
    static String solution(State state) {
        Table table = state.table();
        if (state.kind() == 0) {
            String name = state.question().get(0);
            for (int hop = Integer.parseInt(state.question().get(1)); hop > 0; hop--) {
                name = table.cell(table.rowsWhere(0, name).get(0), 5);
            }
            return table.cell(table.rowsWhere(0, name).get(0), 4);
        }
        List<Integer> rows = DatabaseQueryLanguage.matches(table, conditions(state));
        if (state.kind() == 1) {
            long total = 0;
            for (int r : rows) {
                total += table.number(r, 4);
            }
            return Long.toString(total);
        }
        int best = rows.get(0);
        for (int r : rows) {
            best = table.number(r, 4) > table.number(best, 4) ? r : best;
        }
        return table.cell(best, 0);
    }

    private static List<DatabaseQueryLanguage.Condition> conditions(State state) {
        if (state.kind() == 2) {
            return List.of(new DatabaseQueryLanguage.Condition(3, "=", state.question().get(0)));
        }
        List<DatabaseQueryLanguage.Condition> conditions = new ArrayList<>();
        conditions.add(new DatabaseQueryLanguage.Condition(2, "=", state.question().get(0)));
        if (!state.question().get(1).isEmpty()) {
            conditions.add(new DatabaseQueryLanguage.Condition(1, ">=", state.question().get(1)));
        }
        return conditions;
    }

    private static boolean won(State state) {
        return state.answered().equals(solution(state).toLowerCase(Locale.ROOT));
    }

    @Override
    public Score outcome(State state) {
        if (won(state)) {
            return Score.correct("the exact answer after " + state.calls() + " queries");
        }
        return Score.wrong((state.answered().isEmpty() ? "no answer given" : "answered " + state.answered()) + "; the answer was " + solution(state));
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /** The expert's queries: one select per manager climbed and one for the salary, or every page of the matching rows. */
    static List<String> plan(State state) {
        Table table = state.table();
        List<String> queries = new ArrayList<>();
        if (state.kind() == 0) {
            String name = state.question().get(0);
            for (int hop = Integer.parseInt(state.question().get(1)); hop > 0; hop--) {
                queries.add("select manager where name = " + name);
                name = table.cell(table.rowsWhere(0, name).get(0), 5);
            }
            queries.add("select salary where name = " + name);
            return queries;
        }
        String where = state.kind() == 2 ? "select name, salary where job = " + state.question().get(0)
                : "select salary where city = " + state.question().get(0) + (state.question().get(1).isEmpty() ? "" : " and age >= " + state.question().get(1));
        int rows = DatabaseQueryLanguage.matches(table, conditions(state)).size();
        for (int page = 1; page == 1 || (page - 1) * DatabaseQueryLanguage.PAGE_SIZE < rows; page++) {
            queries.add(where + (page == 1 ? "" : " page " + page));
        }
        return queries;
    }

    @Override
    public String expertAction(State state) {
        List<String> plan = plan(state);
        return state.calls() < plan.size() ? plan.get(state.calls()) : "answer " + solution(state);
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        Table table = state.table();
        int row = random.nextInt(table.size());
        int column = random.nextInt(COLUMNS.size());
        return switch (random.nextInt(4)) {
            case 0 -> "select " + COLUMNS.get(random.nextInt(COLUMNS.size())) + " where " + COLUMNS.get(column) + " = " + table.cell(row, column);
            case 1 -> "count where " + COLUMNS.get(column) + " = " + table.cell(row, column);
            case 2 -> "select * page " + (1 + random.nextInt(3));
            default -> "answer " + (random.nextBoolean() ? table.cell(row, 0) : Integer.toString(100 * random.nextInt(200, 10_000)));
        };
    }

    @Override
    public double cost(State state) {
        return state.table().size() * (double) plan(state).size();
    }
}
