package dev.bootcamp.camps.kit;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.kit.Expression.Literal;
import dev.bootcamp.camps.kit.Expression.Operation;
import dev.bootcamp.camps.kit.Expression.Operator;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;

/** Reads {@link Expression}s: a linear tokenizer, then recursive descent that deepens only at capped parentheses. */
final class ExpressionParser {
    private static final char NUMBER = '#';

    /** A number ({@code symbol == NUMBER}) or one of {@code + - * / ( ) [ ] { }}. */
    private record Token(char symbol, long number) {}

    private final List<Token> tokens;
    private final boolean precedence;
    private int position;
    private int nesting;

    private ExpressionParser(List<Token> tokens, boolean precedence) {
        this.tokens = tokens;
        this.precedence = precedence;
    }

    static Expression parse(String text, boolean precedence) {
        return new ExpressionParser(tokens(text), precedence).whole();
    }

    private Expression whole() {
        if (tokens.isEmpty()) {
            throw new AnswerFormatException("expected an expression, found nothing");
        }
        Expression expression = sum();
        if (position < tokens.size()) {
            throw new AnswerFormatException("expected an operator or the end, found " + describe(tokens.get(position)));
        }
        return expression;
    }

    private Expression sum() {
        Expression left = product();
        while (position < tokens.size()) {
            Operator operator = operator(tokens.get(position));
            if (operator == null || precedence && operator.precedence() != 1) {
                return left;
            }
            position++;
            left = new Operation(operator, left, product());
        }
        return left;
    }

    /** Without precedence every operator is handled by {@link #sum}, so a product is a single operand. */
    private Expression product() {
        Expression left = primary();
        if (!precedence) {
            return left;
        }
        while (position < tokens.size()) {
            Operator operator = operator(tokens.get(position));
            if (operator == null || operator.precedence() != 2) {
                return left;
            }
            position++;
            left = new Operation(operator, left, primary());
        }
        return left;
    }

    private Expression primary() {
        if (position >= tokens.size()) {
            throw new AnswerFormatException("the expression ends where a number was expected");
        }
        Token token = tokens.get(position++);
        if (token.symbol() == NUMBER) {
            return new Literal(token.number());
        }
        if (token.symbol() == '-') {
            if (position < tokens.size() && tokens.get(position).symbol() == NUMBER) {
                return new Literal(-tokens.get(position++).number());
            }
            throw new AnswerFormatException("a minus sign that starts an operand must be followed by a number");
        }
        char close = switch (token.symbol()) {
            case '(' -> ')';
            case '[' -> ']';
            case '{' -> '}';
            default -> throw new AnswerFormatException("expected a number or '(', found " + describe(token));
        };
        if (++nesting > Expression.MAX_NESTING) {
            throw new AnswerFormatException("parentheses nest deeper than " + Expression.MAX_NESTING);
        }
        Expression inner = sum();
        if (position >= tokens.size() || tokens.get(position).symbol() != close) {
            throw new AnswerFormatException("expected '" + close + "'"
                    + (position < tokens.size() ? ", found " + describe(tokens.get(position)) : " before the end"));
        }
        position++;
        nesting--;
        return inner;
    }

    private static Operator operator(Token token) {
        return switch (token.symbol()) {
            case '+' -> Operator.ADD;
            case '-' -> Operator.SUBTRACT;
            case '*' -> Operator.MULTIPLY;
            case '/' -> Operator.DIVIDE;
            default -> null;
        };
    }

    private static String describe(Token token) {
        return token.symbol() == NUMBER ? "the number " + token.number() : "'" + token.symbol() + "'";
    }

    private static List<Token> tokens(String text) {
        requireNonNull(text, "text is null");
        if (text.length() > Expression.MAX_TEXT) {
            throw new AnswerFormatException("the expression is longer than " + Expression.MAX_TEXT + " characters");
        }
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                int start = i;
                while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                if (i - start > Expression.MAX_DIGITS) {
                    throw new AnswerFormatException("a number is longer than " + Expression.MAX_DIGITS + " digits");
                }
                tokens.add(new Token(NUMBER, Long.parseLong(text.substring(start, i))));
                continue;
            }
            if (c == '\\') {
                i = command(text, i + 1, tokens);
                continue;
            }
            char symbol = switch (c) {
                case '+' -> '+';
                case '-', '\u2212', '\u2013' -> '-';
                case '*', '\u00d7', '\u00b7', '\u22c5', '\u2217', 'x', 'X' -> '*';
                case '/', '\u00f7', '\u2215' -> '/';
                case '(', ')', '[', ']', '{', '}' -> c;
                default -> Character.isWhitespace(c) || c == '$' ? ' ' : NUMBER;
            };
            if (symbol == NUMBER) {
                throw new AnswerFormatException("unexpected character '" + Answers.abbreviate(String.valueOf(c)) + "' in the expression");
            }
            if (symbol != ' ') {
                tokens.add(new Token(symbol, 0));
            }
            i++;
        }
        return tokens;
    }

    /** Reads the LaTeX command after a backslash; returns where the text resumes. */
    private static int command(String text, int start, List<Token> tokens) {
        int end = start;
        while (end < text.length() && end - start <= 8 && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
            end++;
        }
        String name = text.substring(start, end);
        switch (name) {
            case "times", "cdot" -> tokens.add(new Token('*', 0));
            case "div" -> tokens.add(new Token('/', 0));
            case "left", "right" -> { }
            // "\," "\;" "\ " are spacing and "\(" "\)" delimit inline mathematics: skip the one character
            case "" -> end = Math.min(text.length(), end + 1);
            default -> throw new AnswerFormatException("unknown command '\\" + Answers.abbreviate(name) + "' in the expression");
        }
        return end;
    }
}
