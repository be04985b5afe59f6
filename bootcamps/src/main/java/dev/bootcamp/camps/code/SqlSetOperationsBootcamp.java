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

/** The result of UNION, UNION ALL, INTERSECT, EXCEPT and DISTINCT queries, duplicates and NULLs included. */
@AutoService(Bootcamp.class)
public final class SqlSetOperationsBootcamp extends SqlCamp {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 18, 5, "rows of the main table");
    private static final Knob<Integer> PARTS = Knob.integer("parts", 2, 3, 2, "SELECTs combined by set operators");
    private static final Knob<Integer> WIDTH = Knob.integer("width", 1, 2, 1, "columns each SELECT returns");
    private static final Knob<Integer> NULLS = Knob.integer("nulls", 0, 40, 0, "percent of nullable cells left NULL");
    private static final List<String> OPERATORS = List.of("UNION", "UNION ALL", "INTERSECT", "EXCEPT");
    private static final BootcampInfo INFO = BootcampInfo.builder(SqlSetOperationsBootcamp.class)
            .title("SQL set operations")
            .domain("code")
            .tags("code", "sql", "union", "intersect", "except")
            .summary("Two related tables and two or three SELECTs combined by UNION, UNION ALL, INTERSECT or EXCEPT (some with"
                    + " DISTINCT), NULLs counted as equal to each other: give the rows of the result, duplicates as often as they"
                    + " occur. Checked as a multiset against the reference engine; no partial credit.")
            .knob(ROWS)
            .knob(PARTS)
            .knob(WIDTH)
            .knob(NULLS)
            .version(1)
            .answerShape("result rows, one per line, cells separated by ' | '")
            .build();

    public SqlSetOperationsBootcamp() {
        super(INFO);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROWS, Draw.scale(level, 4, 16))
                .with(PARTS, level >= 6 ? 3 : 2)
                .with(WIDTH, level >= 4 ? 2 : 1)
                .with(NULLS, level <= 2 ? 0 : Draw.scale(level, 10, 25));
    }

    @Override
    public SqlCase generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            SqlTheme theme = Draw.pick(SqlTheme.ALL, random);
            List<SqlTable> tables = theme.draw(knobs.get(ROWS), 6, knobs.get(NULLS) / 100.0, random);
            boolean wide = knobs.get(WIDTH) == 2;
            StringBuilder query = new StringBuilder(part(theme, tables.get(0), wide, random));
            for (int i = 1; i < knobs.get(PARTS); i++) {
                String operator = i == 1 ? Draw.pick(OPERATORS, random) : Draw.pick(List.of("UNION", "UNION ALL", "EXCEPT"), random);
                query.append("\n").append(operator).append("\n").append(part(theme, tables.get(0), wide, random));
            }
            SqlCase made = SqlCase.make(tables, query.toString(), query.toString(), List.of(), knobs.get(PARTS) * (wide ? 3 : 2));
            if (made != null) {
                return made;
            }
        }
    }

    private static String part(SqlTheme theme, SqlTable main, boolean wide, RandomGenerator random) {
        if (random.nextInt(3) == 0) {
            return "SELECT " + theme.group() + (wide ? ", " + theme.third() : "") + " FROM " + theme.side() + " WHERE " + theme.third()
                    + (random.nextBoolean() ? " >= " : " <= ") + Draw.between(2, 8, random);
        }
        return "SELECT " + (random.nextInt(3) == 0 ? "DISTINCT " : "") + theme.group() + (wide ? ", " + theme.second() + " / 5" : "")
                + " FROM " + theme.main() + " WHERE " + SqlConditions.atom(theme, main, random);
    }

    @Override
    public String question(SqlCase sqlCase) {
        return "Several SELECT statements are combined with set operators. Find the rows of the combined result. UNION puts the"
                + " rows of both sides together and removes duplicate rows; UNION ALL keeps every row, duplicates included;"
                + " INTERSECT keeps one copy of each row present on both sides; EXCEPT keeps one copy of each row of the left"
                + " side that does not appear on the right side. DISTINCT removes duplicate rows from a single SELECT. When"
                + " comparing whole rows here, two NULLs count as the same value. With three SELECTs, the operators apply from"
                + " top to bottom: the first two are combined, then that result with the third.\n\n"
                + SqlPrompt.tables(sqlCase.tables()) + "\nQuery:\n" + sqlCase.query() + "\n\n"
                + SqlPrompt.rules(sqlCase.query()) + "\n\n" + SqlPrompt.answerFormat(sqlCase);
    }
}
