package dev.bootcamp.camps.kit.sql;

import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random WHERE conditions over a theme's main table, with thresholds and words taken from its rows. */
public final class SqlConditions {
    private SqlConditions() {}

    /** {@code count} simple conditions joined by AND or OR (with brackets where both occur), on columns of {@code table}. */
    public static String where(SqlTheme theme, SqlTable table, int count, RandomGenerator random) {
        List<String> atoms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            atoms.add(atom(theme, table, random));
        }
        String text = atoms.get(0);
        for (int i = 1; i < atoms.size(); i++) {
            String joiner = random.nextBoolean() ? " AND " : " OR ";
            text = i > 1 && random.nextBoolean() ? "(" + text + ")" + joiner + atoms.get(i) : text + joiner + atoms.get(i);
        }
        return text;
    }

    /** One simple condition on a column of the main table, prefixed with {@code prefix} ("" or an alias and a dot). */
    public static String atom(SqlTheme theme, SqlTable table, RandomGenerator random) {
        String first = value(table, theme.first(), random);
        String group = value(table, theme.group(), random);
        return switch (random.nextInt(10)) {
            case 0 -> theme.first() + " > " + first;
            case 1 -> theme.first() + " <= " + first;
            case 2 -> theme.first() + " BETWEEN " + first + " AND " + (Integer.parseInt(first) + Draw.between(5, 30, random));
            case 3 -> theme.second() + (random.nextBoolean() ? " IS NULL" : " IS NOT NULL");
            case 4 -> theme.group() + " = '" + group + "'";
            case 5 -> theme.group() + " <> '" + group + "'";
            case 6 -> theme.group() + " IN ('" + group + "', '" + value(table, theme.group(), random) + "')";
            case 7 -> theme.label() + " LIKE '" + pattern(value(table, theme.label(), random), random) + "'";
            case 8 -> theme.second() + " * " + Draw.between(2, 4, random) + " > " + theme.first();
            default -> "NOT " + theme.second() + " < " + Draw.between(5, 15, random);
        };
    }

    /** A non-NULL value of {@code column} drawn from the rows (a default when all are NULL). */
    public static String value(SqlTable table, String column, RandomGenerator random) {
        int index = table.column(column);
        List<String> values = table.rows().stream().map(row -> row.get(index)).filter(cell -> !cell.equals(SqlTable.NULL)).toList();
        if (values.isEmpty()) {
            return table.types().get(index).equals("INT") ? "10" : "None";
        }
        return Draw.pick(values, random);
    }

    private static String pattern(String word, RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0 -> word.charAt(0) + "%";
            case 1 -> "%" + word.charAt(word.length() - 1);
            default -> "_" + word.charAt(1) + "%";
        };
    }
}
