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

/** The result of a GROUP BY query with aggregates, WHERE and HAVING over one table. */
@AutoService(Bootcamp.class)
public final class SqlGroupAggregateBootcamp extends SqlCamp {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 24, 6, "rows of the table");
    private static final Knob<Integer> GROUPS = Knob.integer("groups", 2, 8, 3, "distinct group values drawn for the table");
    private static final Knob<Integer> AGGREGATES = Knob.integer("aggregates", 1, 4, 1, "aggregate columns in the SELECT list");
    private static final Knob<Integer> NULLS = Knob.integer("nulls", 0, 40, 0, "percent of nullable cells left NULL");
    private static final Knob<Boolean> FILTERS = Knob.flag("filters", false, "whether the query has WHERE and HAVING clauses");
    private static final BootcampInfo INFO = BootcampInfo.builder(SqlGroupAggregateBootcamp.class)
            .title("SQL grouping and aggregates")
            .domain("code")
            .tags("code", "sql", "group-by", "aggregate", "having")
            .summary("A table and a GROUP BY query with COUNT, SUM, MIN, MAX (NULLs skipped, integer division), an optional"
                    + " WHERE before grouping and HAVING after it, and sometimes ORDER BY: give the result rows. Checked row by"
                    + " row against the reference engine, in order only when ORDER BY fixes it; no partial credit.")
            .knob(ROWS)
            .knob(GROUPS)
            .knob(AGGREGATES)
            .knob(NULLS)
            .knob(FILTERS)
            .version(1)
            .answerShape("result rows, one per line, cells separated by ' | '")
            .build();

    public SqlGroupAggregateBootcamp() {
        super(INFO);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROWS, Draw.scale(level, 5, 22))
                .with(GROUPS, Draw.scale(level, 2, 6))
                .with(AGGREGATES, Draw.scale(level, 1, 4))
                .with(NULLS, level <= 2 ? 0 : Draw.scale(level, 10, 30))
                .with(FILTERS, level >= 4);
    }

    @Override
    public SqlCase generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            SqlTheme theme = Draw.pick(SqlTheme.ALL, random);
            List<SqlTable> tables = theme.draw(knobs.get(ROWS), knobs.get(GROUPS) + 1, knobs.get(NULLS) / 100.0, random).subList(0, 1);
            List<String> pool = new ArrayList<>(List.of("COUNT(*) AS n", "COUNT(" + theme.second() + ") AS known",
                    "SUM(" + theme.first() + ") AS total", "MIN(" + theme.first() + ") AS low", "MAX(" + theme.second() + ") AS high",
                    "SUM(" + theme.first() + ") / COUNT(*) AS mean", "SUM(" + theme.second() + ") AS extra"));
            Draw.shuffle(pool, random);
            List<String> select = new ArrayList<>();
            select.add(theme.group());
            select.addAll(pool.subList(0, knobs.get(AGGREGATES)));
            String query = "SELECT " + String.join(", ", select) + " FROM " + theme.main();
            int clauses = select.size() + 1;
            if (knobs.get(FILTERS) && random.nextBoolean()) {
                query += " WHERE " + SqlConditions.atom(theme, tables.get(0), random);
                clauses++;
            }
            query += " GROUP BY " + theme.group();
            if (knobs.get(FILTERS) && random.nextBoolean()) {
                query += " HAVING " + having(theme, random);
                clauses++;
            }
            List<Integer> keys = List.of();
            if (random.nextInt(3) == 0) {
                boolean byAggregate = random.nextBoolean();
                query += byAggregate ? " ORDER BY 2 DESC, 1" : " ORDER BY 1";
                keys = byAggregate ? List.of(1, 0) : List.of(0);
                clauses++;
            }
            SqlCase made = SqlCase.make(tables, query, query, keys, clauses);
            if (made != null) {
                return made;
            }
        }
    }

    private static String having(SqlTheme theme, RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> "COUNT(*) >= " + Draw.between(2, 3, random);
            case 1 -> "SUM(" + theme.first() + ") > " + Draw.between(30, 120, random);
            case 2 -> "MIN(" + theme.second() + ") < " + Draw.between(5, 12, random);
            default -> "COUNT(" + theme.second() + ") < COUNT(*)";
        };
    }

    @Override
    public String question(SqlCase sqlCase) {
        return "Work out what this grouping query returns on the table below. GROUP BY gathers the rows that agree on the"
                + " grouped column into one output row each (all NULLs of that column form a single group); WHERE removes rows"
                + " before grouping and HAVING removes whole groups afterwards. COUNT(*) counts the rows of a group,"
                + " COUNT(column) only its non-NULL values; SUM, MIN and MAX ignore NULLs and give NULL when a group has no"
                + " non-NULL value. ORDER BY 1 sorts by the first SELECT column.\n\n"
                + SqlPrompt.tables(sqlCase.tables()) + "\nQuery:\n" + sqlCase.query() + "\n\n"
                + SqlPrompt.rules(sqlCase.query()) + "\n\n" + SqlPrompt.answerFormat(sqlCase);
    }
}
