package dev.bootcamp.scripts;

import dev.bootcamp.scripts.PythonTokens.Kind;
import dev.bootcamp.scripts.PythonTokens.Token;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Python literal (what {@code ast.literal_eval} accepts, less complex numbers and sets) from tokens: dicts with
 * string keys, lists, tuples, strings (adjacent ones joined), numbers with an optional sign, True, False and None.
 * Values become {@code Map<String, Object>} (in source order), {@code List<Object>}, {@code String}, {@code Integer},
 * {@code Long}, {@code BigInteger}, {@code Double}, {@code Boolean} or {@code null}.
 */
final class PythonLiteral {
    private static final int MAX_DEPTH = 50;

    private final List<Token> tokens;
    private final String file;
    private int at;

    private PythonLiteral(List<Token> tokens, int start, String file) {
        this.tokens = tokens;
        this.at = start;
        this.file = file;
    }

    /** The value of the literal {@code NAME = ...} assigned at the top level (column 0), or {@code null} when absent. */
    static Assignment assigned(List<Token> tokens, String name, String file) {
        Assignment found = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean statementStart = i == 0 || tokens.get(i - 1).kind() == Kind.NEWLINE;
            if (!statementStart || token.column() != 0 || !token.is(Kind.NAME, name)) {
                continue;
            }
            boolean assignment = tokens.get(i + 1).is(Kind.OPERATOR, "=")
                    && !(i + 2 < tokens.size() && tokens.get(i + 2).is(Kind.OPERATOR, "="));
            if (!assignment) {
                continue;
            }
            if (found != null) {
                throw ScriptException.at(file, token.line(), name + " is assigned twice (first on line " + found.line() + ")");
            }
            PythonLiteral reader = new PythonLiteral(tokens, i + 2, file);
            Object value = reader.value(0);
            if (reader.at < tokens.size() && tokens.get(reader.at).kind() != Kind.NEWLINE) {
                throw reader.error(name + " must be a plain literal (dicts, lists, strings, numbers, True, False, None) so the"
                        + " catalogue can read it without running the script");
            }
            found = new Assignment(value, token.line());
        }
        return found;
    }

    /** A literal found in the source, with the line of its assignment. */
    record Assignment(Object value, int line) {}

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("literal nested deeper than " + MAX_DEPTH);
        }
        Token token = next();
        switch (token.kind()) {
            case STRING -> {
                StringBuilder text = new StringBuilder(token.text());
                while (at < tokens.size() && tokens.get(at).kind() == Kind.STRING) {
                    text.append(tokens.get(at++).text());
                }
                return text.toString();
            }
            case NUMBER -> {
                return number(token.text(), false);
            }
            case NAME -> {
                return switch (token.text()) {
                    case "True" -> Boolean.TRUE;
                    case "False" -> Boolean.FALSE;
                    case "None" -> null;
                    default -> throw error("found the name '" + token.text() + "' where a literal value was expected");
                };
            }
            case OPERATOR -> {
                return switch (token.text()) {
                    case "-", "+" -> {
                        Token digits = next();
                        if (digits.kind() != Kind.NUMBER) {
                            throw error("expected a number after '" + token.text() + "'");
                        }
                        yield number(digits.text(), token.text().equals("-"));
                    }
                    case "[" -> sequence("]", depth);
                    case "(" -> sequence(")", depth);
                    case "{" -> dict(depth);
                    default -> throw error("unexpected '" + token.text() + "' in a literal");
                };
            }
            default -> throw error("the literal ends too early");
        }
    }

    /** A list or tuple; a parenthesised single value without a comma is that value (as in {@code ('a' 'b')}). */
    private Object sequence(String close, int depth) {
        List<Object> items = new ArrayList<>();
        boolean single = true;
        while (!peek(close)) {
            items.add(value(depth + 1));
            if (peek(",")) {
                at++;
                single = false;
            } else if (!peek(close)) {
                throw error("expected ',' or '" + close + "' in a literal");
            }
        }
        at++;
        if (close.equals(")") && items.size() == 1 && single) {
            return items.get(0);
        }
        return items;
    }

    private Map<String, Object> dict(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        while (!peek("}")) {
            Token keyToken = tokens.get(Math.min(at, tokens.size() - 1));
            Object key = value(depth + 1);
            if (!(key instanceof String name)) {
                throw error("dict keys in a literal must be strings, found " + key);
            }
            if (!peek(":")) {
                throw error("expected ':' after the key '" + name + "'");
            }
            at++;
            if (map.containsKey(name)) {
                throw ScriptException.at(file, keyToken.line(), "the key '" + name + "' appears twice in a dict literal");
            }
            map.put(name, value(depth + 1));
            if (peek(",")) {
                at++;
            } else if (!peek("}")) {
                throw error("expected ',' or '}' in a dict literal");
            }
        }
        at++;
        return map;
    }

    private Object number(String text, boolean negative) {
        String lower = text.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith("j")) {
                throw error("complex numbers are not allowed in literals");
            }
            boolean hex = lower.startsWith("0x");
            if (!hex && (lower.contains(".") || lower.contains("e"))) {
                double value = Double.parseDouble(lower);
                return negative ? -value : value;
            }
            String digits = lower.endsWith("l") ? lower.substring(0, lower.length() - 1) : lower;
            BigInteger value;
            if (hex) {
                value = new BigInteger(digits.substring(2), 16);
            } else if (digits.startsWith("0o")) {
                value = new BigInteger(digits.substring(2), 8);
            } else if (digits.startsWith("0b")) {
                value = new BigInteger(digits.substring(2), 2);
            } else if (digits.length() > 1 && digits.startsWith("0")) {
                value = new BigInteger(digits.substring(1), 8);
            } else {
                value = new BigInteger(digits);
            }
            return integer(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            throw error("'" + text + "' is not a number");
        }
    }

    /** The smallest of Integer, Long and BigInteger that holds the value, as Jackson reads JSON numbers. */
    static Object integer(BigInteger value) {
        if (value.bitLength() < 32) {
            return value.intValue();
        }
        if (value.bitLength() < 64) {
            return value.longValue();
        }
        return value;
    }

    private boolean peek(String operator) {
        if (at >= tokens.size()) {
            throw error("the literal is not closed");
        }
        return tokens.get(at).is(Kind.OPERATOR, operator);
    }

    private Token next() {
        if (at >= tokens.size() || tokens.get(at).kind() == Kind.NEWLINE) {
            throw error("the literal ends too early");
        }
        return tokens.get(at++);
    }

    private ScriptException error(String message) {
        int line = tokens.isEmpty() ? 0 : tokens.get(Math.min(at, tokens.size() - 1)).line();
        return ScriptException.at(file, line, message);
    }
}
