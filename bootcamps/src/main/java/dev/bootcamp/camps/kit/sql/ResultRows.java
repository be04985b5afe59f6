package dev.bootcamp.camps.kit.sql;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.verify.Answers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * A result table as an answer: one row a line, cells separated by {@code |}. Reading is lenient about spacing, a
 * markdown frame ({@code | a | b |}), rule lines ({@code ---+---}), quotes around cells and the case of words and of
 * {@code NULL}; numbers compare by value ({@code 7} equals {@code 7.0}). A header line equal to the column names is
 * dropped by the checker.
 */
public final class ResultRows {
    /** Most rows an answer may have. */
    public static final int MAX_ROWS = 200;
    /** Most cells a row may have. */
    public static final int MAX_CELLS = 20;
    private static final int MAX_CELL_CHARS = 100;

    private ResultRows() {}

    /** The codec: rows written with " | " between cells, one a line. */
    public static Codec<List<List<String>>> codec() {
        return Codec.of(rows -> rows.stream().map(row -> String.join(" | ", row)).collect(Collectors.joining("\n")), ResultRows::read);
    }

    private static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Answers.lines(text)) {
            if (line.chars().allMatch(c -> "-+|=: ".indexOf(c) >= 0)) {
                continue;
            }
            if (rows.size() == MAX_ROWS + 1) {
                throw new AnswerFormatException("more than " + MAX_ROWS + " rows");
            }
            String body = line;
            if (body.startsWith("|")) {
                body = body.substring(1);
            }
            if (body.endsWith("|")) {
                body = body.substring(0, body.length() - 1);
            }
            List<String> cells = new ArrayList<>();
            for (String cell : body.split("\\|", -1)) {
                if (cells.size() == MAX_CELLS) {
                    throw new AnswerFormatException("a row with more than " + MAX_CELLS + " cells");
                }
                String value = unquoted(cell.strip());
                if (value.length() > MAX_CELL_CHARS) {
                    throw new AnswerFormatException("a cell longer than " + MAX_CELL_CHARS + " characters");
                }
                if (value.isEmpty() || !value.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || " .-_'".indexOf(c) >= 0))) {
                    throw new AnswerFormatException("a cell is a number, a word or NULL; found '" + Answers.abbreviate(value) + "'");
                }
                cells.add(value);
            }
            rows.add(List.copyOf(cells));
        }
        if (rows.isEmpty()) {
            throw new AnswerFormatException("no result rows found");
        }
        return List.copyOf(rows);
    }

    private static String unquoted(String cell) {
        if (cell.length() >= 2 && "'\"`".indexOf(cell.charAt(0)) >= 0 && cell.charAt(cell.length() - 1) == cell.charAt(0)) {
            return cell.substring(1, cell.length() - 1).strip();
        }
        return cell;
    }

    /** The comparable form of a cell: numbers by value, words in lower case. */
    public static String canonical(String cell) {
        String text = cell.strip();
        if (!text.isEmpty() && text.length() <= 40 && (Character.isDigit(text.charAt(text.length() - 1)))) {
            try {
                BigDecimal number = new BigDecimal(text);
                return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                // not a number: compared as a word
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Checks {@code given} against the reference {@code gold} (whose first row is the column names): in order when
     * {@code ordered}, else as a multiset of rows. A first given row equal to the column names is dropped.
     */
    public static Score check(List<List<String>> gold, List<List<String>> given, boolean ordered) {
        List<String> header = canonicalRow(gold.get(0));
        List<List<String>> expected = gold.subList(1, gold.size()).stream().map(ResultRows::canonicalRow).toList();
        List<List<String>> found = given.stream().map(ResultRows::canonicalRow).toList();
        if (!found.isEmpty() && found.get(0).equals(header) && !expected.isEmpty() && !expected.get(0).equals(header)) {
            found = found.subList(1, found.size());
        }
        if (found.size() != expected.size()) {
            return Score.wrong("expected " + expected.size() + " rows, found " + found.size());
        }
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).size() != header.size()) {
                return Score.malformed("row " + (i + 1) + " has " + found.get(i).size() + " cells; each row has " + header.size());
            }
        }
        if (ordered) {
            for (int i = 0; i < found.size(); i++) {
                if (!found.get(i).equals(expected.get(i))) {
                    return Score.wrong("row " + (i + 1) + " is wrong: '" + Answers.abbreviate(String.join(" | ", given.get(i))) + "'");
                }
            }
            return Score.correct("all " + found.size() + " rows are right, in order");
        }
        List<String> left = keys(expected);
        List<String> right = keys(found);
        if (!left.equals(right)) {
            for (String key : right) {
                if (!left.remove(key)) {
                    return Score.wrong("the row '" + Answers.abbreviate(key.replace('\u0000', '|')) + "' is not in the result (or is given too often)");
                }
            }
            return Score.wrong("the rows differ from the result");
        }
        return Score.correct("all " + found.size() + " rows are right");
    }

    private static List<String> canonicalRow(List<String> row) {
        return row.stream().map(ResultRows::canonical).toList();
    }

    private static List<String> keys(List<List<String>> rows) {
        List<String> keys = new ArrayList<>(rows.stream().map(row -> String.join("\u0000", row)).toList());
        keys.sort(null);
        return keys;
    }

    /** Plausible wrong results: a row dropped, a row repeated, a number moved by one, a cell made NULL, two rows swapped. */
    public static List<List<List<String>>> nearMisses(List<List<String>> rows, boolean ordered, RandomGenerator random) {
        List<List<List<String>>> misses = new ArrayList<>();
        int count = rows.size();
        if (count > 1) {
            List<List<String>> dropped = new ArrayList<>(rows);
            dropped.remove(random.nextInt(count));
            misses.add(dropped);
        }
        List<List<String>> repeated = new ArrayList<>(rows);
        repeated.add(rows.get(random.nextInt(count)));
        misses.add(repeated);
        int at = random.nextInt(count);
        List<String> row = rows.get(at);
        for (int column = 0; column < row.size(); column++) {
            String cell = row.get(column);
            if (cell.matches("-?\\d{1,9}")) {
                List<String> changed = new ArrayList<>(row);
                changed.set(column, String.valueOf(Long.parseLong(cell) + 1));
                List<List<String>> moved = new ArrayList<>(rows);
                moved.set(at, changed);
                misses.add(moved);
                break;
            }
        }
        if (ordered && count > 1 && !rows.get(0).equals(rows.get(count - 1))) {
            List<List<String>> swapped = new ArrayList<>(rows);
            swapped.set(0, rows.get(count - 1));
            swapped.set(count - 1, rows.get(0));
            misses.add(swapped);
        }
        return misses;
    }
}
