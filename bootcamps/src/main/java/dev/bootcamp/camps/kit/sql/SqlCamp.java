package dev.bootcamp.camps.kit.sql;

import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The base of the SQL bootcamps: a case is tables and a query, the answer is the result rows, checked against the
 * reference engine's result (in order only where ORDER BY fixes it); a bootcamp adds its knobs, generator and prompt.
 */
public abstract class SqlCamp extends Camp<SqlCase, SqlAnswer> {
    protected SqlCamp(BootcampInfo info) {
        super(info, SqlAnswer.codec());
    }

    @Override
    public final SqlAnswer solve(SqlCase sqlCase) {
        return SqlAnswer.of(sqlCase);
    }

    @Override
    public final Score check(SqlCase sqlCase, SqlAnswer answer) {
        return SqlAnswer.check(sqlCase, answer);
    }

    @Override
    public final List<SqlAnswer> nearMisses(SqlCase sqlCase, SqlAnswer gold, RandomGenerator random) {
        return SqlAnswer.nearMisses(sqlCase, random);
    }

    @Override
    public double cost(SqlCase sqlCase) {
        return sqlCase.work();
    }
}
