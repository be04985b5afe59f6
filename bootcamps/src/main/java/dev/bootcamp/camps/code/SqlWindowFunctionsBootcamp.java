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

/** The result of queries with window functions: row numbers, ranks, running and partition totals, LAG. */
@AutoService(Bootcamp.class)
public final class SqlWindowFunctionsBootcamp extends SqlCamp {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 16, 5, "rows of the table");
    private static final Knob<Integer> KINDS = Knob.integer("kinds", 1, 7, 1, "window shapes drawn from: 1 ROW_NUMBER, 2 partition"
            + " total, 3 running total, 4 LAG, 5 RANK, 6 DENSE_RANK per partition, 7 top rows per partition");
    private static final Knob<Integer> NULLS = Knob.integer("nulls", 0, 40, 0, "percent of nullable cells left NULL");
    private static final BootcampInfo INFO = BootcampInfo.builder(SqlWindowFunctionsBootcamp.class)
            .title("SQL window functions")
            .domain("code")
            .tags("code", "sql", "window-function", "rank", "running-total")
            .summary("A table and a query with a window function (ROW_NUMBER, RANK, DENSE_RANK, LAG, SUM OVER a partition or"
                    + " as a running total, or the top rows of each partition through a derived table), each defined in the"
                    + " prompt: give the result rows. Checked as a multiset against the reference engine; no partial credit.")
            .knob(ROWS)
            .knob(KINDS)
            .knob(NULLS)
            .version(1)
            .answerShape("result rows, one per line, cells separated by ' | '")
            .build();

    public SqlWindowFunctionsBootcamp() {
        super(INFO);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROWS, Draw.scale(level, 4, 14))
                .with(KINDS, Draw.scale(level, 1, 7))
                .with(NULLS, level <= 3 ? 0 : Draw.scale(level, 10, 25));
    }

    @Override
    public SqlCase generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            SqlTheme theme = Draw.pick(SqlTheme.ALL, random);
            List<SqlTable> tables = theme.draw(knobs.get(ROWS), 4, knobs.get(NULLS) / 100.0, random).subList(0, 1);
            int kind = Draw.between(Math.max(1, knobs.get(KINDS) - 2), knobs.get(KINDS), random);
            String label = theme.label();
            String group = theme.group();
            String first = theme.first();
            String id = theme.id();
            String direction = random.nextBoolean() ? " DESC" : "";
            String window = switch (kind) {
                case 1 -> "ROW_NUMBER() OVER (ORDER BY " + first + direction + ", " + id + ") AS pos";
                case 2 -> "SUM(" + first + ") OVER (PARTITION BY " + group + ") AS group_total";
                case 3 -> "SUM(" + first + ") OVER (PARTITION BY " + group + " ORDER BY " + id + ") AS running";
                case 4 -> "LAG(" + theme.second() + ") OVER (ORDER BY " + id + ") AS previous";
                case 5 -> "RANK() OVER (ORDER BY " + theme.second() + direction + ") AS place";
                case 6 -> "DENSE_RANK() OVER (PARTITION BY " + group + " ORDER BY " + theme.second() + direction + ") AS tier";
                default -> "ROW_NUMBER() OVER (PARTITION BY " + group + " ORDER BY " + first + direction + ", " + id + ") AS pos";
            };
            String select = "SELECT " + id + ", " + label + ", " + group + ", " + (kind >= 4 && kind <= 6 ? theme.second() : first) + ", "
                    + window + " FROM " + theme.main();
            String query = kind == 7 ? "SELECT t." + label + ", t." + group + ", t.pos FROM (" + select + ") AS t WHERE t.pos <= "
                    + Draw.between(1, 2, random) : select;
            SqlCase made = SqlCase.make(tables, query, query, List.of(), kind + 2);
            if (made != null) {
                return made;
            }
        }
    }

    @Override
    public String question(SqlCase sqlCase) {
        return "The query below uses a window function: a value computed for each row from a window of related rows, without"
                + " merging rows. PARTITION BY splits the rows into partitions by a column (all NULLs together in one); without it"
                + " the whole table is one partition. The ORDER BY inside OVER orders the rows within each partition (NULL first"
                + " when ascending, last after DESC). ROW_NUMBER() numbers the rows 1, 2, 3, ... in that order. RANK() gives rows"
                + " with equal ORDER BY values the same number and then skips (1, 1, 3); DENSE_RANK() does not skip (1, 1, 2)."
                + " SUM(x) OVER (PARTITION BY ...) is the total of x over the whole partition; with an ORDER BY inside OVER it is"
                + " a running total over the rows of the partition up to and including the current one. LAG(x) is the x of the"
                + " previous row in window order, NULL for the first row. SUM skips NULLs. List every row of the result.\n\n"
                + SqlPrompt.tables(sqlCase.tables()) + "\nQuery:\n" + sqlCase.query() + "\n\n"
                + SqlPrompt.rules(sqlCase.query()) + "\n\n" + SqlPrompt.answerFormat(sqlCase);
    }
}
