package dev.bootcamp.camps.kit.tools;

import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.Map;

/**
 * An exact calculator for untrusted text: numbers, names of earlier results, {@code + - * /} (also {@code x}, the
 * multiplication and division signs), {@code ^} with a small whole exponent, unary minus and parentheses. Parsed by
 * its own recursive descent with limits on length, digits, nesting, operations and the size of every intermediate
 * value, so a hostile expression is refused quickly with a {@link ToolException}; nothing is ever run as code.
 */
public final class Calculator {
    /** Longest expression read, in characters. */
    public static final int MAX_CHARS = 400;
    /** Longest number read, in digits. */
    public static final int MAX_DIGITS = 60;
    /** Deepest nesting of parentheses, signs and powers. */
    public static final int MAX_DEPTH = 24;
    /** Largest absolute exponent of {@code ^}. */
    public static final int MAX_EXPONENT = 64;
    /** Largest intermediate value, in digits of numerator and denominator together. */
    public static final int MAX_RESULT_DIGITS = 400;

    private final String text;
    private final Map<String, Rational> names;
    private final int maxOperations;
    private int at;
    private int depth;
    private int operations;

    private Calculator(String text, Map<String, Rational> names, int maxOperations) {
        this.text = text;
        this.names = names;
        this.maxOperations = maxOperations;
    }

    /**
     * The exact value of {@code expression}, where a name (a letter then letters or digits, such as {@code r2}) stands
     * for its value in {@code names}.
     *
     * @param maxOperations the most binary operations ({@code + - * / ^}) the expression may hold
     * @throws ToolException with a one-line reason when the text is not an expression within the limits, names an
     *     unknown value or divides by zero
     */
    public static Calculation evaluate(String expression, Map<String, Rational> names, int maxOperations) {
        if (expression == null || expression.isBlank()) {
            throw new ToolException("the expression is empty");
        }
        if (expression.length() > MAX_CHARS) {
            throw new ToolException("the expression is " + expression.length() + " characters long; at most " + MAX_CHARS + " are read");
        }
        Calculator calculator = new Calculator(expression, names == null ? Map.of() : names, maxOperations);
        Rational value = calculator.sum();
        calculator.skipSpaces();
        if (calculator.at < expression.length()) {
            throw new ToolException("unexpected '" + expression.charAt(calculator.at) + "' at character " + (calculator.at + 1));
        }
        return new Calculation(value, calculator.operations);
    }

    /** The value as text: a whole number, or a fraction in lowest terms such as {@code -7/3}. */
    public static String show(Rational value) {
        return value.isInteger() ? value.numerator().toString() : value.numerator() + "/" + value.denominator();
    }

    /**
     * The result of one evaluation.
     *
     * @param value the exact value
     * @param operations how many binary operations the expression held
     */
    public record Calculation(Rational value, int operations) {}

    private Rational sum() {
        Rational value = product();
        while (true) {
            char c = peek();
            if (c != '+' && c != '-') {
                return value;
            }
            at++;
            count();
            Rational right = product();
            value = checked(c == '+' ? value.add(right) : value.subtract(right));
        }
    }

    private Rational product() {
        Rational value = unary();
        while (true) {
            char c = peek();
            boolean times = c == '*' || c == 'x' || c == 'X' || c == '\u00d7';
            if (!times && c != '/' && c != '\u00f7') {
                return value;
            }
            at++;
            count();
            Rational right = unary();
            if (!times && right.signum() == 0) {
                throw new ToolException("division by zero");
            }
            value = checked(times ? value.multiply(right) : value.divide(right));
        }
    }

    private Rational unary() {
        char c = peek();
        if (c == '-' || c == '+') {
            at++;
            enter();
            Rational value = unary();
            depth--;
            return c == '-' ? value.negate() : value;
        }
        Rational base = atom();
        if (peek() != '^') {
            return base;
        }
        at++;
        enter();
        Rational exponent = unary();
        depth--;
        count();
        if (!exponent.isInteger() || exponent.numerator().abs().compareTo(BigInteger.valueOf(MAX_EXPONENT)) > 0) {
            throw new ToolException("an exponent must be a whole number from -" + MAX_EXPONENT + " to " + MAX_EXPONENT);
        }
        int power = exponent.numerator().intValueExact();
        if ((long) base.digits() * Math.abs(power) > 2L * MAX_RESULT_DIGITS) {
            throw new ToolException("the power is too large (over " + MAX_RESULT_DIGITS + " digits)");
        }
        if (power < 0 && base.signum() == 0) {
            throw new ToolException("division by zero");
        }
        Rational result = new Rational(base.numerator().pow(Math.abs(power)), base.denominator().pow(Math.abs(power)));
        return checked(power < 0 ? Rational.ONE.divide(result) : result);
    }

    private Rational atom() {
        char c = peek();
        if (c == '(') {
            at++;
            enter();
            Rational value = sum();
            depth--;
            if (peek() != ')') {
                throw new ToolException("a '(' is not closed");
            }
            at++;
            return value;
        }
        if (c >= '0' && c <= '9' || c == '.') {
            return number();
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            int start = at;
            while (at < text.length() && at - start < 20 && Character.isLetterOrDigit(text.charAt(at)) && text.charAt(at) < 128) {
                at++;
            }
            String name = text.substring(start, at).toLowerCase(java.util.Locale.ROOT);
            Rational value = names.get(name);
            if (value == null) {
                throw new ToolException("unknown name '" + name + "'" + (names.isEmpty() ? "" : "; known: " + String.join(", ",
                        new java.util.TreeSet<>(names.keySet()).stream().limit(12).toList())));
            }
            return value;
        }
        if (at >= text.length()) {
            throw new ToolException("the expression ends where a number was expected");
        }
        throw new ToolException("expected a number, a name or '(' at character " + (at + 1) + ", found '" + c + "'");
    }

    private Rational number() {
        int start = at;
        int digits = 0;
        int point = -1;
        StringBuilder plain = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c >= '0' && c <= '9') {
                digits++;
                plain.append(c);
            } else if (c == '.' && point < 0) {
                point = plain.length();
            } else if (!(c == ',' || c == '_') || at + 1 >= text.length() || text.charAt(at + 1) < '0' || text.charAt(at + 1) > '9' || point >= 0) {
                break;
            }
            if (digits > MAX_DIGITS) {
                throw new ToolException("a number has more than " + MAX_DIGITS + " digits");
            }
            at++;
        }
        if (digits == 0) {
            throw new ToolException("a number has no digits at character " + (start + 1));
        }
        BigInteger whole = new BigInteger(plain.toString());
        return point < 0 ? new Rational(whole, BigInteger.ONE) : new Rational(whole, BigInteger.TEN.pow(plain.length() - point));
    }

    private char peek() {
        skipSpaces();
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new ToolException("the expression is nested more than " + MAX_DEPTH + " deep");
        }
    }

    private Rational checked(Rational value) {
        if (value.digits() > MAX_RESULT_DIGITS) {
            throw new ToolException("a value grew past " + MAX_RESULT_DIGITS + " digits");
        }
        return value;
    }

    private void count() {
        if (++operations > maxOperations) {
            throw new ToolException("at most " + maxOperations + " operation" + (maxOperations == 1 ? "" : "s") + " per call");
        }
    }
}
