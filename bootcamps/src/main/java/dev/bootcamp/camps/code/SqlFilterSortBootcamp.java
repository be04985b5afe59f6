package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.sql.SqlCamp;
import dev.bootcamp.camps.kit.sql.SqlCase;
import dev.bootcamp.camps.kit.sql.SqlConditions;
import dev.bootcamp.camps.kit.sql.SqlPrompt;
import dev.bootcamp.camps.kit.sql.SqlTable;
import dev.bootcamp.camps.kit.sql.SqlTheme;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The rows a single-table SELECT with WHERE (and at higher levels ORDER BY, LIMIT and computed columns) returns. */
@AutoService(Bootcamp.class)
public final class SqlFilterSortBootcamp extends SqlCamp {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 20, 6, "rows of the table");
    private static final Knob<Integer> CONDITIONS = Knob.integer("conditions", 1, 4, 1, "simple conditions joined by AND/OR in WHERE");
    private static final Knob<Integer> NULLS = Knob.integer("nulls", 0, 40, 0, "percent of nullable cells left NULL");
    private static final Knob<Boolean> SORTED = Knob.flag("sorted", false, "whether the query sorts, and then may cut with LIMIT/OFFSET");
    private static final Knob<Boolean> COMPUTED = Knob.flag("computed", false, "whether the SELECT list has an arithmetic column");
    private static final BootcampInfo INFO = BootcampInfo.builder(SqlFilterSortBootcamp.class)
            .title("SQL filter and sort")
            .domain("code")
            .tags("code", "sql", "where", "order-by", "null")
            .summary("A table and a SELECT over it with a WHERE condition (AND, OR, NOT, BETWEEN, IN, LIKE, IS NULL, NULL"
                    + " arithmetic) and, at higher levels, computed columns, ORDER BY and LIMIT/OFFSET: give the result rows."
                    + " Checked row by row against the reference engine's result, in order only when ORDER BY fixes it; no"
                    + " partial credit.")
            .knob(ROWS)
            .knob(CONDITIONS)
            .knob(NULLS)
            .knob(SORTED)
            .knob(COMPUTED)
            .version(1)
            .answerShape("result rows, one per line, cells separated by ' | '")
            .build();

    public SqlFilterSortBootcamp() {
        super(INFO);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROWS, Draw.scale(level, 5, 18))
                .with(CONDITIONS, Draw.scale(level, 1, 4))
                .with(NULLS, level <= 2 ? 0 : Draw.scale(level, 10, 30))
                .with(SORTED, level >= 3)
                .with(COMPUTED, level >= 5);
    }

    @Override
    public SqlCase generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            SqlTheme theme = Draw.pick(SqlTheme.ALL, random);
            List<SqlTable> tables = theme.draw(knobs.get(ROWS), 5, knobs.get(NULLS) / 100.0, random);
            SqlTable table = tables.get(0);
            List<String> select = new ArrayList<>();
            select.add(theme.label());
            List<String> others = new ArrayList<>(List.of(theme.group(), theme.first(), theme.second()));
            Draw.shuffle(others, random);
            select.addAll(others.subList(0, Draw.between(1, 2, random)));
            if (knobs.get(COMPUTED)) {
                select.add(computed(theme, random));
            }
            String where = SqlConditions.where(theme, table, knobs.get(CONDITIONS), random);
            String query = "SELECT " + String.join(", ", select) + " FROM " + theme.main() + " WHERE " + where;
            List<Integer> keys = List.of();
            String full = query;
            int clauses = knobs.get(CONDITIONS) + select.size();
            if (knobs.get(SORTED)) {
                int key = 1 + random.nextInt(select.size() - 1);
                boolean descending = random.nextBoolean();
                boolean tieBreak = random.nextBoolean();
                String order = " ORDER BY " + (key + 1) + (descending ? " DESC" : "") + (tieBreak ? ", " + theme.label() : "");
                keys = tieBreak ? List.of(key, 0) : List.of(key);
                query += order;
                full = query;
                clauses += 2;
                if (random.nextBoolean()) {
                    query += " LIMIT " + Draw.between(2, 4, random) + (random.nextBoolean() ? " OFFSET " + Draw.between(1, 2, random) : "");
                    clauses++;
                }
            }
            SqlCase made = SqlCase.make(tables.subList(0, 1), query, full, keys, clauses);
            if (made != null) {
                return made;
            }
        }
    }

    private static String computed(SqlTheme theme, RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0 -> theme.first() + " + " + theme.second() + " AS total";
            case 1 -> theme.first() + " / " + Draw.between(2, 5, random) + " AS part";
            default -> theme.first() + " - 2 * " + theme.second() + " AS gap";
        };
    }

    @Override
    public String question(SqlCase sqlCase) {
        return "Below is a database table. Run the query against it by hand, the way a SQL database would, and report every"
                + " row it returns. ORDER BY 2 means: sort by the second column of the SELECT list.\n\n"
                + SqlPrompt.tables(sqlCase.tables().subList(0, 1)) + "\nQuery:\n" + sqlCase.query() + "\n\n"
                + SqlPrompt.rules(sqlCase.query()) + "\n\n" + SqlPrompt.answerFormat(sqlCase);
    }
}
