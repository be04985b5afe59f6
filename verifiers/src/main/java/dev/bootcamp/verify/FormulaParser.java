package dev.bootcamp.verify;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Formula.Constant;
import dev.bootcamp.verify.Formula.Negation;
import dev.bootcamp.verify.Formula.Power;
import dev.bootcamp.verify.Formula.Product;
import dev.bootcamp.verify.Formula.Sum;
import dev.bootcamp.verify.Formula.Variable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link Formula}s: a linear tokenizer, then recursive descent whose depth grows only at brackets, fractions and
 * signs, each counted against {@link Formula#MAX_DEPTH}.
 */
final class FormulaParser {
    private static final char NUMBER = '#';
    private static final char LETTER = 'a';
    private static final char FRACTION = 'f';

    /** A number, a variable, \frac, or one of {@code + - * / ^ ( ) [ ] { }}. */
    private record Token(char kind, String text) {}

    private final List<Token> tokens;
    private int position;
    private int depth;

    private FormulaParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Formula parse(String text) {
        Formula formula = new FormulaParser(tokens(text)).whole();
        if (formula.degreeBound() > Formula.MAX_DEGREE) {
            throw new AnswerFormatException("the formula's degree may exceed " + Formula.MAX_DEGREE);
        }
        return formula;
    }

    /**
     * Degree bounds {numerator, denominator} of a formula read as a fraction of polynomials, saturating at
     * {@code Integer.MAX_VALUE}: a/b + c/d = (ad + bc)/bd, (a/b)(c/d) = ac/bd, (a/b)^n = a^n/b^n.
     */
    static long[] degreeBounds(Formula formula) {
        if (formula instanceof Constant) {
            return new long[] {0, 0};
        }
        if (formula instanceof Variable) {
            return new long[] {1, 0};
        }
        if (formula instanceof Negation negation) {
            return degreeBounds(negation.operand());
        }
        if (formula instanceof Power power) {
            long[] base = degreeBounds(power.base());
            return new long[] {saturate(base[0] * power.exponent()), saturate(base[1] * power.exponent())};
        }
        if (formula instanceof Sum sum) {
            long[] total = {0, 0};
            for (Formula term : sum.terms()) {
                long[] part = degreeBounds(term);
                total = new long[] {saturate(Math.max(total[0] + part[1], part[0] + total[1])), saturate(total[1] + part[1])};
            }
            return total;
        }
        Product product = (Product) formula;
        long[] total = {0, 0};
        for (Formula factor : product.numerator()) {
            long[] part = degreeBounds(factor);
            total = new long[] {saturate(total[0] + part[0]), saturate(total[1] + part[1])};
        }
        for (Formula factor : product.denominator()) {
            long[] part = degreeBounds(factor);
            total = new long[] {saturate(total[0] + part[1]), saturate(total[1] + part[0])};
        }
        return total;
    }

    private static long saturate(long value) {
        return Math.min(value, Integer.MAX_VALUE);
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private Formula whole() {
        if (tokens.isEmpty()) {
            throw new AnswerFormatException("expected a formula, found nothing");
        }
        Formula formula = sum();
        if (position < tokens.size()) {
            throw new AnswerFormatException("expected an operator or the end, found " + describe(tokens.get(position)));
        }
        return formula;
    }

    private Formula sum() {
        List<Formula> terms = new ArrayList<>();
        terms.add(term());
        while (peek('+') || peek('-')) {
            boolean minus = tokens.get(position++).kind() == '-';
            Formula term = term();
            terms.add(minus ? new Negation(term) : term);
        }
        return terms.size() == 1 ? terms.get(0) : new Sum(terms);
    }

    /** A product with any number of leading signs: {@code -x*y} is {@code -(x*y)}. */
    private Formula term() {
        if (peek('+') || peek('-')) {
            boolean minus = tokens.get(position++).kind() == '-';
            enter();
            Formula operand = term();
            depth--;
            return minus ? new Negation(operand) : operand;
        }
        return product();
    }

    private Formula product() {
        List<Formula> numerator = new ArrayList<>();
        List<Formula> denominator = new ArrayList<>();
        numerator.add(power());
        while (position < tokens.size()) {
            char kind = tokens.get(position).kind();
            if (kind == '*') {
                position++;
                numerator.add(signedFactor());
            } else if (kind == '/') {
                position++;
                denominator.add(signedFactor());
            } else if (kind == LETTER || kind == FRACTION || isOpening(kind)) {
                numerator.add(power());
            } else {
                break;
            }
        }
        return numerator.size() == 1 && denominator.isEmpty() ? numerator.get(0) : new Product(numerator, denominator);
    }

    /** A factor after {@code *} or {@code /}, which may carry a sign: {@code 2*-x}. */
    private Formula signedFactor() {
        if (peek('+') || peek('-')) {
            boolean minus = tokens.get(position++).kind() == '-';
            enter();
            Formula operand = signedFactor();
            depth--;
            return minus ? new Negation(operand) : operand;
        }
        return power();
    }

    private Formula power() {
        Formula base = primary();
        if (!peek('^')) {
            return base;
        }
        position++;
        Formula power = new Power(base, exponent());
        if (peek('^')) {
            throw new AnswerFormatException("a^b^c is ambiguous; write (a^b)^c or a^(b^c) as a number");
        }
        return power;
    }

    /** A non-negative integer literal, bare or in brackets: {@code 2}, {@code {2}}, {@code (2)}. */
    private int exponent() {
        boolean bracketed = position < tokens.size() && isOpening(tokens.get(position).kind());
        char close = bracketed ? closing(tokens.get(position++).kind()) : 0;
        if (position >= tokens.size() || tokens.get(position).kind() != NUMBER) {
            throw new AnswerFormatException("an exponent must be a non-negative integer"
                    + (position < tokens.size() ? ", found " + describe(tokens.get(position)) : " before the end"));
        }
        String digits = tokens.get(position++).text();
        if (digits.indexOf('.') >= 0 || digits.length() > 3 || Integer.parseInt(digits) > Formula.MAX_EXPONENT) {
            throw new AnswerFormatException("an exponent must be an integer in 0.." + Formula.MAX_EXPONENT + ", found " + digits);
        }
        if (bracketed) {
            expect(close);
        }
        return Integer.parseInt(digits);
    }

    private Formula primary() {
        if (position >= tokens.size()) {
            throw new AnswerFormatException("the formula ends where a number, variable or bracket was expected");
        }
        Token token = tokens.get(position);
        if (token.kind() == NUMBER) {
            position++;
            return new Constant(Rational.of(new BigDecimal(token.text())));
        }
        if (token.kind() == LETTER) {
            position++;
            return new Variable(token.text());
        }
        if (token.kind() == FRACTION) {
            position++;
            Formula numerator = group('{');
            return Product.quotient(numerator, group('{'));
        }
        if (!isOpening(token.kind())) {
            throw new AnswerFormatException("expected a number, variable or bracket, found " + describe(token));
        }
        return group(token.kind());
    }

    /** A formula in the given kind of bracket. */
    private Formula group(char open) {
        if (position >= tokens.size() || tokens.get(position).kind() != open) {
            throw new AnswerFormatException("expected '" + open + "'"
                    + (position < tokens.size() ? ", found " + describe(tokens.get(position)) : " before the end"));
        }
        position++;
        enter();
        Formula inner = sum();
        expect(closing(open));
        depth--;
        return inner;
    }

    private void enter() {
        if (++depth > Formula.MAX_DEPTH) {
            throw new AnswerFormatException("brackets, fractions and signs nest deeper than " + Formula.MAX_DEPTH);
        }
    }

    private void expect(char close) {
        if (position >= tokens.size() || tokens.get(position).kind() != close) {
            throw new AnswerFormatException("expected '" + close + "'"
                    + (position < tokens.size() ? ", found " + describe(tokens.get(position)) : " before the end"));
        }
        position++;
    }

    private boolean peek(char kind) {
        return position < tokens.size() && tokens.get(position).kind() == kind;
    }

    private static boolean isOpening(char kind) {
        return kind == '(' || kind == '[' || kind == '{';
    }

    private static char closing(char open) {
        return switch (open) {
            case '(' -> ')';
            case '[' -> ']';
            default -> '}';
        };
    }

    private static String describe(Token token) {
        return switch (token.kind()) {
            case NUMBER -> "the number " + Answers.abbreviate(token.text());
            case LETTER -> "the variable " + token.text();
            case FRACTION -> "\\frac";
            default -> "'" + token.kind() + "'";
        };
    }

    private static List<Token> tokens(String text) {
        requireNonNull(text, "text is null");
        if (text.length() > Formula.MAX_TEXT) {
            throw new AnswerFormatException("the formula is longer than " + Formula.MAX_TEXT + " characters");
        }
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '.') {
                i = number(text, i, tokens);
                continue;
            }
            if (isLetter(c)) {
                tokens.add(new Token(LETTER, String.valueOf(c)));
                i++;
                continue;
            }
            if (c == '\\') {
                i = command(text, i + 1, tokens);
                continue;
            }
            if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                tokens.add(new Token('^', "^"));
                i += 2;
                continue;
            }
            switch (c) {
                case '+', '-', '*', '/', '^', '(', ')', '[', ']', '{', '}' -> tokens.add(new Token(c, String.valueOf(c)));
                case '\u2212', '\u2013' -> tokens.add(new Token('-', "-"));
                case '\u00d7', '\u00b7', '\u22c5', '\u2217' -> tokens.add(new Token('*', "*"));
                case '\u00f7', '\u2215' -> tokens.add(new Token('/', "/"));
                case '\u00b2', '\u00b3' -> {
                    tokens.add(new Token('^', "^"));
                    tokens.add(new Token(NUMBER, c == '\u00b2' ? "2" : "3"));
                }
                default -> {
                    if (!Character.isWhitespace(c) && c != '$') {
                        throw new AnswerFormatException("unexpected character '" + Answers.abbreviate(String.valueOf(c))
                                + "' in the formula");
                    }
                }
            }
            i++;
        }
        return tokens;
    }

    /** Reads digits with at most one decimal point; returns where the text resumes. */
    private static int number(String text, int start, List<Token> tokens) {
        int end = start;
        int digits = 0;
        boolean point = false;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '.' && !point) {
                point = true;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                break;
            }
            end++;
        }
        if (digits > Formula.MAX_NUMBER_DIGITS) {
            throw new AnswerFormatException("a number is longer than " + Formula.MAX_NUMBER_DIGITS + " digits");
        }
        String number = text.substring(start, end);
        if (number.startsWith(".") || number.endsWith(".")) {
            throw new AnswerFormatException("expected digits on both sides of the decimal point in '" + number + "'");
        }
        tokens.add(new Token(NUMBER, number));
        return end;
    }

    /** Reads the LaTeX command after a backslash; returns where the text resumes. */
    private static int command(String text, int start, List<Token> tokens) {
        int end = start;
        while (end < text.length() && end - start <= 8 && isLetter(text.charAt(end))) {
            end++;
        }
        String name = text.substring(start, end);
        switch (name) {
            case "cdot", "times", "ast" -> tokens.add(new Token('*', "*"));
            case "div" -> tokens.add(new Token('/', "/"));
            case "frac", "dfrac", "tfrac" -> tokens.add(new Token(FRACTION, "\\frac"));
            case "left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr" -> {
                if (end < text.length() && text.charAt(end) == '.') {
                    end++; // "\left." is an empty delimiter
                }
            }
            case "" -> {
                if (end < text.length() && (text.charAt(end) == '{' || text.charAt(end) == '}')) {
                    tokens.add(new Token(text.charAt(end), String.valueOf(text.charAt(end))));
                }
                // "\," "\;" "\!" "\ " are spacing and "\(" "\)" "\[" "\]" delimit mathematics: skip the one character
                end = Math.min(text.length(), end + 1);
            }
            default -> throw new AnswerFormatException("unknown command '\\" + Answers.abbreviate(name) + "' in the formula");
        }
        return end;
    }
}
