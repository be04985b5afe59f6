package dev.bootcamp.camps.interactive;

import dev.bootcamp.camps.kit.tools.Table;
import dev.bootcamp.camps.kit.tools.ToolException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The query language of {@link DatabaseQueryBootcamp}: {@code select COLUMNS [where CONDITIONS] [page N]} and
 * {@code count [where CONDITIONS]}, where CONDITIONS are {@code COLUMN OP VALUE} joined by {@code and} and OP is one
 * of {@code = != < > <= >=}. Read by a bounded tokenizer (no regular expressions, no recursion).
 */
final class DatabaseQueryLanguage {
    static final int PAGE_SIZE = 5;
    private static final int MAX_TOKENS = 40;
    private static final int MAX_CONDITIONS = 4;
    private static final List<String> OPERATORS = List.of("=", "!=", "<", ">", "<=", ">=");

    private DatabaseQueryLanguage() {}

    /** A parsed query: the columns shown (select) or none (count), the conditions and the page from 1. */
    record Query(List<Integer> columns, List<Condition> conditions, int page) {}

    /** {@code column op value}. */
    record Condition(int column, String operator, String value) {
        boolean holds(Table table, int row) {
            String cell = table.cell(row, column);
            if (table.isNumber(row, column)) {
                long left = Long.parseLong(cell);
                long right;
                try {
                    right = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return operator.equals("!=");
                }
                return switch (operator) {
                    case "=" -> left == right;
                    case "!=" -> left != right;
                    case "<" -> left < right;
                    case ">" -> left > right;
                    case "<=" -> left <= right;
                    default -> left >= right;
                };
            }
            boolean equal = cell.equalsIgnoreCase(value);
            return operator.equals("=") ? equal : !equal;
        }
    }

    /** Reads the text after {@code select} (when {@code select}) or {@code count}; throws with the reason. */
    static Query parse(String text, boolean select, Table table) {
        List<String> tokens = tokens(text);
        int at = 0;
        List<Integer> columns = new ArrayList<>();
        if (select) {
            while (at < tokens.size() && !tokens.get(at).equals("where") && !tokens.get(at).equals("page")) {
                String token = tokens.get(at++);
                if (token.equals(",")) {
                    continue;
                }
                if (token.equals("*")) {
                    for (int c = 0; c < table.columns().size(); c++) {
                        columns.add(c);
                    }
                    continue;
                }
                columns.add(column(token, table));
            }
            if (columns.isEmpty()) {
                throw new ToolException("say which columns to show, such as \"select name, age where city = oslo\"");
            }
        }
        List<Condition> conditions = new ArrayList<>();
        if (at < tokens.size() && tokens.get(at).equals("where")) {
            at++;
            while (true) {
                if (at + 3 > tokens.size()) {
                    throw new ToolException("a condition is COLUMN OP VALUE, such as \"age > 30\"");
                }
                int column = column(tokens.get(at), table);
                String operator = tokens.get(at + 1);
                if (!OPERATORS.contains(operator)) {
                    throw new ToolException("unknown comparison '" + operator + "'; use one of = != < > <= >=");
                }
                String value = tokens.get(at + 2);
                if (!operator.equals("=") && !operator.equals("!=") && !table.isNumber(0, column)) {
                    throw new ToolException("column " + table.columns().get(column) + " holds words; compare it with = or !=");
                }
                conditions.add(new Condition(column, operator, value));
                at += 3;
                if (conditions.size() > MAX_CONDITIONS) {
                    throw new ToolException("at most " + MAX_CONDITIONS + " conditions");
                }
                if (at < tokens.size() && tokens.get(at).equals("and")) {
                    at++;
                    continue;
                }
                break;
            }
        }
        int page = 1;
        if (select && at + 1 < tokens.size() && tokens.get(at).equals("page")) {
            page = parsePage(tokens.get(at + 1));
            at += 2;
        }
        if (at < tokens.size()) {
            throw new ToolException("unexpected '" + tokens.get(at) + "'" + (tokens.get(at).equals("or") ? "; only 'and' joins conditions" : ""));
        }
        return new Query(columns, conditions, page);
    }

    private static int parsePage(String token) {
        if (token.isEmpty() || token.length() > 4 || !token.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(token) < 1) {
            throw new ToolException("a page is a number from 1, such as \"page 2\"");
        }
        return Integer.parseInt(token);
    }

    private static int column(String token, Table table) {
        int column = table.column(token);
        if (column < 0) {
            throw new ToolException("no column '" + token + "'; the columns are " + String.join(", ", table.columns()));
        }
        return column;
    }

    /** The rows that meet every condition, in table order. */
    static List<Integer> matches(Table table, List<Condition> conditions) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            boolean all = true;
            for (Condition condition : conditions) {
                all &= condition.holds(table, r);
            }
            if (all) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** Words of letters and digits (lower-cased, at most 30 characters each), comparisons, commas and stars. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (tokens.size() > MAX_TOKENS) {
                throw new ToolException("the query is too long (at most " + MAX_TOKENS + " words and signs)");
            }
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int start = i++;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 128) {
                    i++;
                }
                if (i - start > 30) {
                    throw new ToolException("a word of the query is over 30 characters");
                }
                tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            } else if (c == '=' || c == '!' || c == '<' || c == '>') {
                boolean pair = i + 1 < text.length() && text.charAt(i + 1) == '=' || c == '<' && i + 1 < text.length() && text.charAt(i + 1) == '>';
                String operator = pair ? text.substring(i, i + 2) : String.valueOf(c);
                i += pair ? 2 : 1;
                tokens.add(operator.equals("==") ? "=" : operator.equals("<>") ? "!=" : operator);
            } else if (c == ',' || c == '*') {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                i++;
            }
        }
        return tokens;
    }
}
