package dev.bootcamp.camps.kit;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * An arithmetic expression over integers with {@code + - * /}: exact evaluation, printing with the fewest parentheses
 * that keep the tree's shape, and a bounded parser for untrusted answer text. Not a puzzle record: store
 * {@link #text()} and parse it back.
 */
public sealed interface Expression {
    /** Longest text {@link #parse} reads, in characters. */
    int MAX_TEXT = 1_000;
    /** Deepest parenthesis nesting {@link #parse} reads; keeps recursion far from the stack limit. */
    int MAX_NESTING = 64;
    /** Longest number {@link #parse} reads, in digits; keeps every literal in a {@code long}. */
    int MAX_DIGITS = 15;

    /** The four operations, with the usual precedence. */
    enum Operator {
        ADD('+', 1), SUBTRACT('-', 1), MULTIPLY('*', 2), DIVIDE('/', 2);

        private final char symbol;
        private final int precedence;

        Operator(char symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        public char symbol() {
            return symbol;
        }

        public int precedence() {
            return precedence;
        }

        /** Exact; throws {@link ArithmeticException} when dividing by zero. */
        public Rational apply(Rational left, Rational right) {
            return switch (this) {
                case ADD -> left.add(right);
                case SUBTRACT -> left.subtract(right);
                case MULTIPLY -> left.multiply(right);
                case DIVIDE -> left.divide(right);
            };
        }
    }

    /** A number; a negative one prints in parentheses, {@code (-7)}. */
    record Literal(long number) implements Expression {
        @Override
        public Rational value() {
            return Rational.of(number);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** One operation applied to two sub-expressions. */
    record Operation(Operator operator, Expression left, Expression right) implements Expression {
        public Operation {
            requireNonNull(operator, "operator is null");
            requireNonNull(left, "left is null");
            requireNonNull(right, "right is null");
        }

        @Override
        public Rational value() {
            return operator.apply(left.value(), right.value());
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** The exact value; throws {@link ArithmeticException} when the expression divides by zero. */
    Rational value();

    /**
     * The text with spaces around operators and parentheses only where the tree needs them, so that {@link #parse}
     * gives back this very tree: {@code a + (b + c)} keeps its parentheses, {@code (a * b) + c} loses them.
     */
    default String text() {
        StringBuilder text = new StringBuilder();
        append(this, text);
        return text.toString();
    }

    /** The numbers in reading order. */
    default List<Long> literals() {
        List<Long> literals = new ArrayList<>();
        collect(this, literals);
        return literals;
    }

    /** A copy with the literal at {@code index} (in reading order) replaced by {@code value}. */
    default Expression withLiteral(int index, long value) {
        int[] remaining = {index};
        return replace(this, remaining, value);
    }

    static Expression literal(long value) {
        return new Literal(value);
    }

    static Expression of(Operator operator, Expression left, Expression right) {
        return new Operation(operator, left, right);
    }

    /**
     * Reads an expression with the usual precedence, left-associative. Besides {@code + - * / ( )} it accepts the
     * signs for times, middle dot and divide, the Unicode minus and en dash, {@code x} for times, LaTeX
     * {@code \times \cdot \div \left \right}, square and curly brackets, {@code $} as space, and a minus sign
     * directly before a number ({@code 3 - -2}). Throws {@link AnswerFormatException} for anything else, and for text
     * over {@link #MAX_TEXT} characters, numbers over {@link #MAX_DIGITS} digits or nesting over {@link #MAX_NESTING}.
     */
    static Expression parse(String text) {
        return ExpressionParser.parse(text, true);
    }

    /**
     * Reads an expression as a careless reader would: parentheses respected, every operator of equal precedence and
     * applied left to right, so {@code 2 + 3 * 4} is {@code (2 + 3) * 4}. For plausible wrong answers.
     */
    static Expression parseIgnoringPrecedence(String text) {
        return ExpressionParser.parse(text, false);
    }

    private static void append(Expression expression, StringBuilder text) {
        if (expression instanceof Operation operation) {
            int precedence = operation.operator().precedence();
            appendChild(operation.left(), precedence(operation.left()) < precedence, text);
            text.append(' ').append(operation.operator().symbol()).append(' ');
            appendChild(operation.right(), precedence(operation.right()) <= precedence, text);
            return;
        }
        long number = ((Literal) expression).number();
        text.append(number < 0 ? "(" + number + ")" : Long.toString(number));
    }

    private static void appendChild(Expression child, boolean parenthesised, StringBuilder text) {
        if (parenthesised) {
            text.append('(');
            append(child, text);
            text.append(')');
            return;
        }
        append(child, text);
    }

    private static int precedence(Expression expression) {
        return expression instanceof Operation operation ? operation.operator().precedence() : Integer.MAX_VALUE;
    }

    private static void collect(Expression expression, List<Long> literals) {
        if (expression instanceof Operation operation) {
            collect(operation.left(), literals);
            collect(operation.right(), literals);
            return;
        }
        literals.add(((Literal) expression).number());
    }

    private static Expression replace(Expression expression, int[] remaining, long value) {
        if (expression instanceof Operation operation) {
            Expression left = replace(operation.left(), remaining, value);
            return new Operation(operation.operator(), left, replace(operation.right(), remaining, value));
        }
        return remaining[0]-- == 0 ? new Literal(value) : expression;
    }
}
