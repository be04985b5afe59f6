package dev.bootcamp.camps.kit.sql;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One query task: the tables, the query, its reference result (column names first, never shown), whether the row
 * order is part of the answer, and a work measure (cells read times clauses) for {@code cost}.
 */
public record SqlCase(List<SqlTable> tables, String query, List<List<String>> result, boolean ordered, int work) {
    public SqlCase {
        tables = List.copyOf(tables);
        requireNonNull(query, "query is null");
        result = result.stream().map(List::copyOf).toList();
    }

    /**
     * Runs {@code query} and returns the case, or null when it is unfit: an empty result or a single value, or (for an ordered query)
     * rows whose sort keys, the columns at {@code orderKeys} of the rows of {@code fullQuery} (the query without
     * LIMIT), are not all distinct, so that ties would leave the order open.
     */
    public static SqlCase make(List<SqlTable> tables, String query, String fullQuery, List<Integer> orderKeys, int clauses) {
        List<List<String>> result = SqlEngine.run(tables, query);
        if (result.size() < 2 || result.size() == 2 && result.get(0).size() == 1) {
            return null;
        }
        if (!orderKeys.isEmpty()) {
            List<List<String>> full = fullQuery.equals(query) ? result : SqlEngine.run(tables, fullQuery);
            Set<List<String>> keys = new HashSet<>();
            for (List<String> row : full.subList(1, full.size())) {
                if (!keys.add(orderKeys.stream().map(row::get).toList())) {
                    return null;
                }
            }
        }
        int cells = tables.stream().mapToInt(table -> table.rows().size() * table.columns().size()).sum();
        return new SqlCase(tables, query, result, !orderKeys.isEmpty(), cells * clauses);
    }

    /** The result rows without the column names. */
    public List<List<String>> rows() {
        return result.subList(1, result.size());
    }

    /** The column names of the result. */
    public List<String> columns() {
        return result.get(0);
    }
}
