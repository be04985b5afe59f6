package dev.bootcamp.camps.kit.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The text pieces SQL prompts share: the tables and the shape of a result-table answer. */
public final class SqlPrompt {
    private SqlPrompt() {}

    /** Every table, its column names on the first line, then one row a line, cells separated by " | ". */
    public static String tables(List<SqlTable> tables) {
        return tables.stream().map(SqlTable::listing).collect(Collectors.joining("\n"));
    }

    /**
     * How to write the answer: one result row a line, cells in SELECT order separated by " | ", NULL for a missing
     * value, and the order rule of the case.
     */
    public static String answerFormat(SqlCase sqlCase) {
        int columns = sqlCase.columns().size();
        StringBuilder text = new StringBuilder("Answer with the result rows, one per line");
        if (columns > 1) {
            text.append(", the ").append(columns).append(" cells of a row in SELECT order separated by \" | \" (like: ")
                    .append(String.join(" | ", Collections.nCopies(columns, "x"))).append(")");
        }
        text.append("; write NULL for a missing value. ");
        text.append(sqlCase.ordered() ? "Row order matters (the ORDER BY leaves no ties)."
                : "Row order is free, but a repeated row must appear as often as in the result.");
        return text.toString();
    }

    /** The rules of SQL that {@code query} relies on, one sentence each, for the clauses and functions it uses. */
    public static String rules(String query) {
        List<String> rules = new ArrayList<>();
        rules.add("NULL marks a missing value: a comparison (=, <>, <, >, BETWEEN, IN, LIKE) with NULL is unknown rather than true,"
                + " a condition keeps a row only when it is true, NOT of unknown stays unknown, and arithmetic with NULL gives NULL;"
                + " IS NULL and IS NOT NULL test for it.");
        if (query.contains(" / ")) {
            rules.add("Division of integers drops the remainder (7 / 2 = 3).");
        }
        if (query.contains("LIKE")) {
            rules.add("In a LIKE pattern % stands for any run of characters (also none) and _ for exactly one; case counts.");
        }
        if (query.contains("ORDER BY")) {
            rules.add("ORDER BY sorts ascending, or descending after DESC, by the first key, then the next; NULL comes before every"
                    + " value in ascending order and after every value in descending order.");
        }
        if (query.contains("LIMIT")) {
            rules.add("OFFSET k skips the first k sorted rows and LIMIT n then keeps the next n.");
        }
        return String.join(" ", rules);
    }
}
