package dev.bootcamp.camps.kit.sql;

import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Codec;
import java.util.List;
import java.util.random.RandomGenerator;

/** A result table given as an answer: rows of cells, read and written by {@link ResultRows}. */
public record SqlAnswer(List<List<String>> rows) {
    public SqlAnswer {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The answer codec of every SQL bootcamp. */
    public static Codec<SqlAnswer> codec() {
        return ResultRows.codec().map(SqlAnswer::new, SqlAnswer::rows);
    }

    /** The reference answer of a case. */
    public static SqlAnswer of(SqlCase sqlCase) {
        return new SqlAnswer(sqlCase.rows());
    }

    /** Checks the answer against the case's result, in order only when the case is ordered. */
    public static Score check(SqlCase sqlCase, SqlAnswer answer) {
        return ResultRows.check(sqlCase.result(), answer.rows(), sqlCase.ordered());
    }

    /** Near misses of the reference answer. */
    public static List<SqlAnswer> nearMisses(SqlCase sqlCase, RandomGenerator random) {
        return ResultRows.nearMisses(sqlCase.rows(), sqlCase.ordered(), random).stream().map(SqlAnswer::new).toList();
    }
}
