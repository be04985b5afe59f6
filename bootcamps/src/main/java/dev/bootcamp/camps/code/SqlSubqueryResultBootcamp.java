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

/** The result of queries with IN, NOT IN, EXISTS, scalar, correlated and derived-table subqueries. */
@AutoService(Bootcamp.class)
public final class SqlSubqueryResultBootcamp extends SqlCamp {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 18, 5, "rows of the main table");
    private static final Knob<Integer> KINDS = Knob.integer("kinds", 1, 6, 1, "subquery shapes drawn from: 1 IN, 2 scalar, 3 EXISTS,"
            + " 4 correlated scalar, 5 NOT IN, 6 derived table");
    private static final Knob<Integer> NULLS = Knob.integer("nulls", 0, 40, 0, "percent of nullable cells left NULL");
    private static final BootcampInfo INFO = BootcampInfo.builder(SqlSubqueryResultBootcamp.class)
            .title("SQL subquery result")
            .domain("code")
            .tags("code", "sql", "subquery", "exists", "correlated")
            .summary("Two related tables and a query built on a subquery: IN, a scalar subquery, EXISTS, a correlated scalar"
                    + " subquery evaluated per outer row, NOT IN with its NULL trap, or a grouped derived table: give the result"
                    + " rows. Checked row by row against the reference engine (any row order); no partial credit.")
            .knob(ROWS)
            .knob(KINDS)
            .knob(NULLS)
            .version(1)
            .answerShape("result rows, one per line, cells separated by ' | '")
            .build();

    public SqlSubqueryResultBootcamp() {
        super(INFO);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROWS, Draw.scale(level, 4, 16))
                .with(KINDS, Draw.scale(level, 1, 6))
                .with(NULLS, level <= 2 ? 0 : Draw.scale(level, 10, 25));
    }

    @Override
    public SqlCase generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            SqlTheme theme = Draw.pick(SqlTheme.ALL, random);
            List<SqlTable> tables = theme.draw(knobs.get(ROWS), 5, knobs.get(NULLS) / 100.0, random);
            SqlTable main = tables.get(0);
            int kind = Draw.between(Math.max(1, knobs.get(KINDS) - 2), knobs.get(KINDS), random);
            String query = switch (kind) {
                case 1 -> "SELECT " + theme.label() + ", " + theme.first() + " FROM " + theme.main() + " WHERE " + theme.group()
                        + " IN (SELECT " + theme.group() + " FROM " + theme.side() + " WHERE " + theme.third() + " >= " + Draw.between(2, 7, random) + ")";
                case 2 -> "SELECT " + theme.label() + ", " + theme.group() + " FROM " + theme.main() + " WHERE " + theme.first()
                        + " > (SELECT MIN(" + theme.first() + ") FROM " + theme.main() + " WHERE " + theme.group() + " = '"
                        + SqlConditions.value(main, theme.group(), random) + "')";
                case 3 -> "SELECT m." + theme.label() + ", m." + theme.second() + " FROM " + theme.main() + " AS m WHERE "
                        + (random.nextBoolean() ? "" : "NOT ") + "EXISTS (SELECT 1 FROM " + theme.side() + " AS s WHERE s." + theme.group()
                        + " = m." + theme.group() + " AND s." + theme.third() + " > " + Draw.between(2, 6, random) + ")";
                case 4 -> "SELECT m." + theme.label() + ", m." + theme.group() + ", m." + theme.first() + " FROM " + theme.main()
                        + " AS m WHERE m." + theme.first() + " > (SELECT SUM(x." + theme.first() + ") / COUNT(*) FROM " + theme.main()
                        + " AS x WHERE x." + theme.group() + " = m." + theme.group() + ")";
                case 5 -> "SELECT " + theme.label() + ", " + theme.group() + " FROM " + theme.main() + " WHERE " + theme.group()
                        + " NOT IN (SELECT " + theme.group() + " FROM " + theme.side() + " WHERE " + theme.third() + " < " + Draw.between(3, 8, random) + ")";
                default -> "SELECT t." + theme.group() + ", t.total FROM (SELECT " + theme.group() + ", SUM(" + theme.first()
                        + ") AS total FROM " + theme.main() + " GROUP BY " + theme.group() + ") AS t WHERE t.total > (SELECT MAX("
                        + theme.first() + ") FROM " + theme.main() + ")";
            };
            SqlCase made = SqlCase.make(tables, query, query, List.of(), kind + 2);
            if (made != null) {
                return made;
            }
        }
    }

    @Override
    public String question(SqlCase sqlCase) {
        return "The query below nests one SELECT inside another. Evaluate it on the two tables and give the rows it returns."
                + " Subquery rules: x IN (subquery) is true when x equals a value the subquery returns; x NOT IN (subquery) is"
                + " true only when x is not NULL, differs from every returned value and none of them is NULL (otherwise it is"
                + " false or unknown). EXISTS (subquery) is true when the subquery returns at least one row. A subquery in"
                + " parentheses used as a value returns its single value, or NULL when it finds no row. A subquery that uses a"
                + " column of the outer query is correlated: it is evaluated again for every outer row, with that row's values."
                + " A subquery after FROM acts as a temporary table with the name after AS.\n\n"
                + SqlPrompt.tables(sqlCase.tables()) + "\nQuery:\n" + sqlCase.query() + "\n\n"
                + SqlPrompt.rules(sqlCase.query()) + (sqlCase.query().contains("GROUP BY") || sqlCase.query().contains("MIN(")
                || sqlCase.query().contains("MAX(") ? " Aggregates (SUM, MIN, MAX) skip NULLs; COUNT(*) counts rows; GROUP BY"
                + " makes one row per distinct value (NULLs form one group)." : "")
                + "\n\n" + SqlPrompt.answerFormat(sqlCase);
    }
}
