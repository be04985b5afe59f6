package dev.bootcamp.camps.kit.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlKitTest {
    private static final SqlTable STAFF = new SqlTable("staff", List.of("id", "name", "dept", "salary"), List.of("INT", "VARCHAR", "VARCHAR", "INT"),
            List.of(List.of("1", "Ann", "Sales", "30"), List.of("2", "Bob", "NULL", "20"), List.of("3", "Cid", "Sales", "NULL"),
                    List.of("4", "Dee", "Ops", "25")));

    @Test
    void theEngineGroupsNullsTogetherAndSkipsThemInSums() {
        List<List<String>> result = SqlEngine.run(List.of(STAFF),
                "SELECT dept, COUNT(*) AS n, SUM(salary) AS total FROM staff GROUP BY dept ORDER BY 1");
        assertThat(result).containsExactly(List.of("dept", "n", "total"), List.of("NULL", "1", "20"), List.of("Ops", "1", "25"),
                List.of("Sales", "2", "30"));
    }

    @Test
    void theEngineDropsUnknownConditionsAndTruncatesDivision() {
        List<List<String>> result = SqlEngine.run(List.of(STAFF), "SELECT name, salary / 7 AS part FROM staff WHERE dept <> 'Ops'");
        assertThat(result).containsExactly(List.of("name", "part"), List.of("Ann", "4"), List.of("Cid", "NULL"));
    }

    @Test
    void theEngineIsEmptiedBetweenRuns() {
        SqlEngine.run(List.of(STAFF), "SELECT 1");
        assertThat(SqlEngine.run(List.of(STAFF), "SELECT COUNT(*) AS n FROM staff")).containsExactly(List.of("n"), List.of("4"));
    }

    @Test
    void orderedCasesWithTiesAreRefused() {
        String tied = "SELECT dept, name FROM staff WHERE dept = 'Sales' ORDER BY 1";
        assertThat(SqlCase.make(List.of(STAFF), tied, tied, List.of(0), 1)).isNull();
        SqlCase sorted = SqlCase.make(List.of(STAFF), "SELECT name, id FROM staff ORDER BY 2 DESC",
                "SELECT name, id FROM staff ORDER BY 2 DESC", List.of(1), 1);
        assertThat(sorted.rows()).containsExactly(List.of("Dee", "4"), List.of("Cid", "3"), List.of("Bob", "2"), List.of("Ann", "1"));
    }

    @Test
    void answersReadMarkdownHeadersQuotesAndNumbersByValue() {
        List<List<String>> gold = List.of(List.of("name", "total"), List.of("Ann", "30"), List.of("Bob", "NULL"));
        List<List<String>> given = ResultRows.codec().parse("| name | total |\n|---|---|\n| 'Bob' | null |\n| ann | 30.0 |");
        assertThat(ResultRows.check(gold, given, false).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(ResultRows.check(gold, given, true).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(ResultRows.check(gold, ResultRows.codec().parse("Ann | 30\nAnn | 30"), false).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(ResultRows.check(gold, ResultRows.codec().parse("Ann | 30 | 1\nBob | NULL | 2"), false).verdict()).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void garbageCellsAreMalformed() {
        assertThatThrownBy(() -> ResultRows.codec().parse("%%% ??? ###")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> ResultRows.codec().parse("   \n ---+--- \n")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> ResultRows.codec().parse("a |".repeat(50))).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void tablesAreListedInPaddedColumnsWithoutTheAnswerSeparator() {
        assertThat(STAFF.listing()).contains("id  name  dept   salary").contains("2   Bob   NULL   20").doesNotContain(" | ");
    }
}
