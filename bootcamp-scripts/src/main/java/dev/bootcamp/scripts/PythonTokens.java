package dev.bootcamp.scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small tokenizer for Python 2.7 source, written so that the catalogue can read a script's {@code INFO} and check
 * its imports and names without starting Jython. It knows comments, string literals (prefixes, triple quotes,
 * escapes), numbers, names and single-character operators; that is all the literal reader and the rules need.
 */
final class PythonTokens {
    enum Kind { NAME, NUMBER, STRING, OPERATOR, NEWLINE }

    /**
     * One token.
     *
     * @param text the source text (for a string, its decoded value)
     * @param line 1-based line of the token's first character
     * @param column 0-based column of the token's first character
     * @param unicode for a string, whether it had a {@code u} prefix
     */
    record Token(Kind kind, String text, int line, int column, boolean unicode) {
        boolean is(Kind wanted, String value) {
            return kind == wanted && text.equals(value);
        }
    }

    private final String source;
    private final String file;
    private final List<Token> tokens = new ArrayList<>();
    private final boolean oneStatement;
    private int at;
    private int line = 1;
    private int lineStart;
    private int depth;

    private PythonTokens(String source, String file, boolean oneStatement) {
        this.source = source;
        this.file = file;
        this.oneStatement = oneStatement;
    }

    /** The tokens of a whole file; a logical line ends with a NEWLINE token (never inside brackets). */
    static List<Token> read(String source, String file) {
        PythonTokens reader = new PythonTokens(source, file, false);
        reader.run();
        return reader.tokens;
    }

    /**
     * The tokens of the one top-level statement that assigns {@code name} ({@code NAME = ...} at column 0), found
     * without tokenizing the rest of the file; empty when there is none. Used to read {@code INFO} quickly.
     */
    static List<Token> readAssignment(String source, String name, String file) {
        int line = 1;
        for (int start = 0; start < source.length(); ) {
            int end = source.indexOf('\n', start);
            int next = end < 0 ? source.length() : end + 1;
            if (source.startsWith(name, start)) {
                int after = start + name.length();
                while (after < source.length() && (source.charAt(after) == ' ' || source.charAt(after) == '\t')) {
                    after++;
                }
                if (after + 1 < source.length() && source.charAt(after) == '=' && source.charAt(after + 1) != '=') {
                    PythonTokens reader = new PythonTokens(source, file, true);
                    reader.at = start;
                    reader.lineStart = start;
                    reader.line = line;
                    reader.run();
                    return reader.tokens;
                }
            }
            start = next;
            line++;
        }
        return List.of();
    }

    private void run() {
        while (at < source.length()) {
            if (oneStatement && !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == Kind.NEWLINE) {
                return;
            }
            char c = source.charAt(at);
            if (c == '\n') {
                newline();
                at++;
                line++;
                lineStart = at;
            } else if (c == '\\' && at + 1 < source.length() && (source.charAt(at + 1) == '\n' || source.charAt(at + 1) == '\r')) {
                at += source.charAt(at + 1) == '\r' && at + 2 < source.length() && source.charAt(at + 2) == '\n' ? 3 : 2;
                line++;
                lineStart = at;
            } else if (c == '#') {
                while (at < source.length() && source.charAt(at) != '\n') {
                    at++;
                }
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                at++;
            } else if (Character.isLetter(c) || c == '_') {
                name();
            } else if (Character.isDigit(c) || c == '.' && at + 1 < source.length() && Character.isDigit(source.charAt(at + 1))) {
                number();
            } else if (c == '\'' || c == '"') {
                string(at, "");
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
                add(Kind.OPERATOR, String.valueOf(c), at);
                at++;
            }
        }
        newline();
    }

    private void newline() {
        if (depth == 0 && !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != Kind.NEWLINE) {
            tokens.add(new Token(Kind.NEWLINE, "\n", line, at - lineStart, false));
        }
    }

    private void name() {
        int start = at;
        while (at < source.length() && (Character.isLetterOrDigit(source.charAt(at)) || source.charAt(at) == '_')) {
            at++;
        }
        String word = source.substring(start, at);
        if (at < source.length() && (source.charAt(at) == '\'' || source.charAt(at) == '"') && isStringPrefix(word)) {
            string(start, word);
            return;
        }
        add(Kind.NAME, word, start);
    }

    private static boolean isStringPrefix(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("r") || lower.equals("u") || lower.equals("b") || lower.equals("ur") || lower.equals("br");
    }

    private void number() {
        int start = at;
        while (at < source.length()) {
            char c = source.charAt(at);
            char before = source.charAt(Math.max(start, at - 1));
            boolean hex = at > start + 1 && source.charAt(start) == '0' && (source.charAt(start + 1) == 'x' || source.charAt(start + 1) == 'X');
            boolean exponentSign = (c == '+' || c == '-') && at > start && (before == 'e' || before == 'E') && !hex;
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
                at++;
            } else {
                break;
            }
        }
        add(Kind.NUMBER, source.substring(start, at), start);
    }

    private void string(int start, String prefix) {
        boolean raw = prefix.toLowerCase(Locale.ROOT).contains("r");
        boolean unicode = prefix.toLowerCase(Locale.ROOT).contains("u");
        int startLine = line;
        int startColumn = start - lineStart;
        char quote = source.charAt(at);
        String tripleQuote = String.valueOf(quote).repeat(3);
        boolean triple = source.startsWith(tripleQuote, at);
        at += triple ? 3 : 1;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (at >= source.length()) {
                throw ScriptException.at(file, startLine, "unterminated string literal");
            }
            char c = source.charAt(at);
            if (c == quote && (!triple || source.startsWith(tripleQuote, at))) {
                at += triple ? 3 : 1;
                break;
            }
            if (c == '\n') {
                if (!triple) {
                    throw ScriptException.at(file, startLine, "unterminated string literal");
                }
                line++;
                lineStart = at + 1;
            }
            if (c == '\\' && at + 1 < source.length()) {
                at = escape(value, raw, unicode);
                continue;
            }
            value.append(c);
            at++;
        }
        tokens.add(new Token(Kind.STRING, value.toString(), startLine, startColumn, unicode));
    }

    /** Decodes one escape starting at the backslash; returns the index after it. */
    private int escape(StringBuilder value, boolean raw, boolean unicode) {
        char next = source.charAt(at + 1);
        if (next == '\n') {
            line++;
            lineStart = at + 2;
            if (raw) {
                value.append("\\\n");
            }
            return at + 2;
        }
        if (raw) {
            // In a raw string a backslash still keeps the next quote from closing the string, and both stay.
            value.append('\\').append(next);
            return at + 2;
        }
        switch (next) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'a' -> value.append('\u0007');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'v' -> value.append('\u000b');
            case '\\', '\'', '"' -> value.append(next);
            case 'x' -> {
                return hexEscape(value, 2);
            }
            case 'u', 'U' -> {
                if (!unicode) {
                    value.append('\\').append(next);
                    return at + 2;
                }
                return hexEscape(value, next == 'u' ? 4 : 8);
            }
            default -> {
                if (next >= '0' && next <= '7') {
                    int end = at + 1;
                    int code = 0;
                    while (end < source.length() && end < at + 4 && source.charAt(end) >= '0' && source.charAt(end) <= '7') {
                        code = code * 8 + source.charAt(end) - '0';
                        end++;
                    }
                    value.append((char) code);
                    return end;
                }
                value.append('\\').append(next);
            }
        }
        return at + 2;
    }

    private int hexEscape(StringBuilder value, int digits) {
        int start = at + 2;
        int end = start + digits;
        if (end > source.length()) {
            throw ScriptException.at(file, line, "truncated \\x or \\u escape in a string literal");
        }
        try {
            value.appendCodePoint(Integer.parseInt(source.substring(start, end), 16));
        } catch (IllegalArgumentException e) {
            throw ScriptException.at(file, line, "bad escape '\\" + source.charAt(at + 1) + source.substring(start, end) + "' in a string literal");
        }
        return end;
    }

    private void add(Kind kind, String text, int start) {
        tokens.add(new Token(kind, text, line, start - lineStart, false));
    }
}
