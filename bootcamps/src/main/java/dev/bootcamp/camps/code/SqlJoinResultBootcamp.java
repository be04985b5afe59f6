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

/** The result of inner, left, self and grouped joins between two tables, NULL-padded rows included. */
@AutoService(Bootcamp.class)
public final class SqlJoinResultBootcamp extends SqlCamp {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 16, 5, "rows of the main table");
    private static final Knob<Integer> KINDS = Knob.integer("kinds", 1, 5, 1, "join shapes drawn from: 1 inner, 2 left, 3 left with"
            + " a condition in ON, 4 left join with grouping, 5 self join");
    private static final Knob<Integer> NULLS = Knob.integer("nulls", 0, 40, 0, "percent of nullable cells left NULL");
    private static final Knob<Boolean> FILTERED = Knob.flag("filtered", false, "whether a WHERE clause filters the joined rows");
    private static final BootcampInfo INFO = BootcampInfo.builder(SqlJoinResultBootcamp.class)
            .title("SQL join result")
            .domain("code")
            .tags("code", "sql", "join", "left-join", "null")
            .summary("Two related tables and a query joining them: inner join, left join (rows without a partner padded with"
                    + " NULL), a condition placed in ON rather than WHERE, a left join counted with GROUP BY, or a self join:"
                    + " give the result rows. Checked row by row against the reference engine, in order only when ORDER BY"
                    + " fixes it; no partial credit.")
            .knob(ROWS)
            .knob(KINDS)
            .knob(NULLS)
            .knob(FILTERED)
            .version(1)
            .answerShape("result rows, one per line, cells separated by ' | '")
            .build();

    public SqlJoinResultBootcamp() {
        super(INFO);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROWS, Draw.scale(level, 4, 14))
                .with(KINDS, Draw.scale(level, 1, 5))
                .with(NULLS, level <= 2 ? 0 : Draw.scale(level, 10, 25))
                .with(FILTERED, level >= 6);
    }

    @Override
    public SqlCase generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            SqlTheme theme = Draw.pick(SqlTheme.ALL, random);
            List<SqlTable> tables = theme.draw(knobs.get(ROWS), 5, knobs.get(NULLS) / 100.0, random);
            int kind = Draw.between(Math.max(1, knobs.get(KINDS) - 2), knobs.get(KINDS), random);
            String on = "m." + theme.group() + " = s." + theme.group();
            String where = knobs.get(FILTERED) ? " WHERE " + filter(theme, tables.get(0), random) : "";
            String query = switch (kind) {
                case 1 -> "SELECT m." + theme.label() + ", m." + theme.group() + ", s." + theme.attribute() + " FROM " + theme.main()
                        + " AS m JOIN " + theme.side() + " AS s ON " + on + where;
                case 2 -> "SELECT m." + theme.label() + ", s." + theme.attribute() + ", s." + theme.third() + " FROM " + theme.main()
                        + " AS m LEFT JOIN " + theme.side() + " AS s ON " + on + where;
                case 3 -> "SELECT s." + theme.group() + ", s." + theme.attribute() + ", m." + theme.label() + " FROM " + theme.side()
                        + " AS s LEFT JOIN " + theme.main() + " AS m ON " + on + " AND m." + theme.first() + " > "
                        + SqlConditions.value(tables.get(0), theme.first(), random);
                case 4 -> "SELECT s." + theme.group() + ", COUNT(m." + theme.id() + ") AS n, SUM(m." + theme.second() + ") AS total FROM "
                        + theme.side() + " AS s LEFT JOIN " + theme.main() + " AS m ON " + on + " GROUP BY s." + theme.group();
                default -> "SELECT a." + theme.label() + ", b." + theme.label() + " FROM " + theme.main() + " AS a JOIN " + theme.main()
                        + " AS b ON a." + theme.group() + " = b." + theme.group() + " AND a." + theme.id() + " < b." + theme.id()
                        + (knobs.get(FILTERED) ? " WHERE a." + theme.first() + " < b." + theme.first() : "");
            };
            List<SqlTable> used = kind == 5 ? tables.subList(0, 1) : tables;
            SqlCase made = SqlCase.make(used, query, query, List.of(), kind + 2 + (where.isEmpty() ? 0 : 1));
            if (made != null) {
                return made;
            }
        }
    }

    private static String filter(SqlTheme theme, SqlTable main, RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0 -> "m." + theme.first() + " >= " + SqlConditions.value(main, theme.first(), random);
            case 1 -> "m." + theme.second() + " IS NOT NULL";
            default -> "m." + theme.first() + " < " + SqlConditions.value(main, theme.first(), random);
        };
    }

    @Override
    public String question(SqlCase sqlCase) {
        return "Two tables are joined by the query below; list the rows it produces. A JOIN ... ON pairs every row of the"
                + " first table with every row of the second and keeps the pairs for which the ON condition is true. A LEFT"
                + " JOIN also keeps each row of the left (first) table that found no partner, once, with NULL in every"
                + " column taken from the right table. A WHERE clause filters the joined rows afterwards. The letters after AS"
                + " are short names for the tables.\n\n"
                + SqlPrompt.tables(sqlCase.tables()) + "\nQuery:\n" + sqlCase.query() + "\n\n"
                + SqlPrompt.rules(sqlCase.query()) + (sqlCase.query().contains("GROUP BY") ? " GROUP BY makes one row per group;"
                + " COUNT(column) counts non-NULL values, SUM skips NULLs and gives NULL for a group with none." : "")
                + "\n\n" + SqlPrompt.answerFormat(sqlCase);
    }
}
