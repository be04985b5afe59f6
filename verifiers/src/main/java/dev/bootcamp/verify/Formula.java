package dev.bootcamp.verify;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerFormatException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An algebraic formula over exact rationals in one-letter variables, read from untrusted answer text and evaluated
 * exactly; two formulas are compared by evaluating both at pseudo-random rational points (a polynomial identity test).
 *
 * <p>{@link #parse} reads {@code + - * / ^}, unary minus, brackets, implicit multiplication ({@code 2x}, {@code 3(x+1)},
 * {@code x y}, {@code (x+1)(x-1)}), decimals (read exactly) and LaTeX-ish input ({@code \cdot}, {@code \times},
 * {@code \frac{a}{b}}, {@code \left( \right)}, {@code x^{2}}). Variables are single Latin letters, so {@code xy} is
 * {@code x*y}. Implicit multiplication binds like {@code *}, left to right, so {@code 1/2x} is {@code x/2}. Exponents are
 * non-negative integer literals up to {@link #MAX_EXPONENT}; {@code a^b^c} is refused as ambiguous. Input is bounded in
 * length, nesting, literal size and degree, so any text gives a formula or an {@link AnswerFormatException} quickly.
 * Nothing is ever handed to an evaluator or scripting engine.
 *
 * <p>{@link #text()} prints with explicit {@code *} and the fewest parentheses that keep the tree's shape; for a parsed
 * formula, {@code parse(f.text()).text()} equals {@code f.text()}, so the text is a canonical form to store.
 */
public sealed interface Formula permits Formula.Constant, Formula.Variable, Formula.Negation, Formula.Sum, Formula.Product,
        Formula.Power {
    /** Longest text {@link #parse} reads, in characters. */
    int MAX_TEXT = 2_000;
    /** Deepest nesting of brackets, fractions and signs {@link #parse} reads; keeps recursion far from the stack limit. */
    int MAX_DEPTH = 64;
    /** Longest number literal, in digits. */
    int MAX_NUMBER_DIGITS = 40;
    /** Largest exponent. */
    int MAX_EXPONENT = 64;
    /** Largest {@link #degreeBound()} of a parsed formula. */
    int MAX_DEGREE = 256;
    /** Largest value met during evaluation, in bits of numerator plus denominator; above it evaluation fails. */
    int MAX_VALUE_BITS = 16_384;
    /** Random points at which {@link #compare} evaluates both formulas (after a few small ones). */
    int POINTS = 8;
    /** Points drawn from [-9, 9] before the random ones, so a difference is usually shown at a readable point. */
    int SMALL_POINTS = 3;

    /** Reads a formula; throws {@link AnswerFormatException} with a reason for any text that is not one. */
    static Formula parse(String text) {
        return FormulaParser.parse(text);
    }

    /**
     * Reads a formula as a model writes an answer: surrounding brackets, quotes, dollar signs and a final full stop are
     * dropped, and with one {@code =} only the right side counts ({@code f'(x) = 2x}, {@code x^2-1 = (x-1)(x+1)}).
     */
    static Formula parseAnswer(String text) {
        requireNonNull(text, "text is null");
        if (text.length() > MAX_TEXT) {
            throw new AnswerFormatException("the formula is longer than " + MAX_TEXT + " characters");
        }
        String body = Answers.stripDecoration(text);
        int equals = body.indexOf('=');
        if (equals >= 0) {
            if (body.indexOf('=', equals + 1) >= 0) {
                throw new AnswerFormatException("expected one formula, found several '=' signs");
            }
            body = Answers.stripDecoration(body.substring(equals + 1));
        }
        return parse(body);
    }

    /** A number; parsing makes only non-negative integers and terminating decimals. */
    record Constant(Rational value) implements Formula {
        public Constant {
            requireNonNull(value, "value is null");
        }

        public static Constant of(long value) {
            return new Constant(Rational.of(value));
        }

        @Override
        public String text() {
            if (value.signum() < 0) {
                return "(" + value + ")";
            }
            if (value.isInteger()) {
                return value.toString();
            }
            try {
                return new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator())).stripTrailingZeros().toPlainString();
            } catch (ArithmeticException e) {
                return "(" + value + ")"; // not a terminating decimal: only built by code, never parsed
            }
        }

        @Override
        public List<Formula> children() {
            return List.of();
        }
    }

    /** A variable: one Latin letter, case-sensitive. */
    record Variable(String name) implements Formula {
        public Variable {
            requireNonNull(name, "name is null");
            if (name.length() != 1 || !FormulaParser.isLetter(name.charAt(0))) {
                throw new IllegalArgumentException("a variable is one Latin letter, found '" + name + "'");
            }
        }

        @Override
        public String text() {
            return name;
        }

        @Override
        public List<Formula> children() {
            return List.of();
        }
    }

    /** Unary minus. */
    record Negation(Formula operand) implements Formula {
        public Negation {
            requireNonNull(operand, "operand is null");
        }

        @Override
        public String text() {
            return "-" + (operand instanceof Sum ? "(" + operand.text() + ")" : operand.text());
        }

        @Override
        public List<Formula> children() {
            return List.of(operand);
        }
    }

    /** Terms added; a subtracted term is a {@link Negation}. */
    record Sum(List<Formula> terms) implements Formula {
        public Sum {
            terms = List.copyOf(terms);
            if (terms.size() < 2) {
                throw new IllegalArgumentException("a sum has at least two terms, found " + terms.size());
            }
        }

        @Override
        public String text() {
            StringBuilder text = new StringBuilder();
            for (Formula term : terms) {
                if (text.length() == 0) {
                    text.append(termText(term));
                } else if (term instanceof Negation negation) {
                    text.append(" - ").append(termText(negation.operand()));
                } else {
                    text.append(" + ").append(termText(term));
                }
            }
            return text.toString();
        }

        private static String termText(Formula term) {
            return term instanceof Sum ? "(" + term.text() + ")" : term.text();
        }

        @Override
        public List<Formula> children() {
            return terms;
        }
    }

    /** The product of the numerator's factors divided by the product of the denominator's; {@code a/b*c} is {@code [a, c] / [b]}. */
    record Product(List<Formula> numerator, List<Formula> denominator) implements Formula {
        public Product {
            numerator = List.copyOf(numerator);
            denominator = List.copyOf(denominator);
            if (numerator.isEmpty() || numerator.size() + denominator.size() < 2) {
                throw new IllegalArgumentException("a product has a numerator and at least two factors, found "
                        + numerator.size() + " over " + denominator.size());
            }
        }

        public static Product of(Formula... factors) {
            return new Product(List.of(factors), List.of());
        }

        public static Product quotient(Formula numerator, Formula denominator) {
            return new Product(List.of(numerator), List.of(denominator));
        }

        @Override
        public String text() {
            StringBuilder text = new StringBuilder();
            for (Formula factor : numerator) {
                text.append(text.length() == 0 ? "" : "*").append(factorText(factor));
            }
            for (Formula factor : denominator) {
                text.append('/').append(factorText(factor));
            }
            return text.toString();
        }

        private static String factorText(Formula factor) {
            boolean plain = factor instanceof Variable || factor instanceof Power || factor instanceof Constant;
            return plain ? factor.text() : "(" + factor.text() + ")";
        }

        @Override
        public List<Formula> children() {
            List<Formula> children = new ArrayList<>(numerator);
            children.addAll(denominator);
            return children;
        }
    }

    /** A base raised to a non-negative integer exponent. */
    record Power(Formula base, int exponent) implements Formula {
        public Power {
            requireNonNull(base, "base is null");
            if (exponent < 0 || exponent > MAX_EXPONENT) {
                throw new IllegalArgumentException("the exponent must be in 0.." + MAX_EXPONENT + ", found " + exponent);
            }
        }

        @Override
        public String text() {
            boolean plain = base instanceof Variable || base instanceof Constant constant && constant.value().signum() >= 0
                    && constant.text().indexOf('(') < 0;
            return (plain ? base.text() : "(" + base.text() + ")") + "^" + exponent;
        }

        @Override
        public List<Formula> children() {
            return List.of(base);
        }
    }

    /**
     * The exact value at a point that gives every variable a value. Throws {@link ArithmeticException} when a
     * denominator is zero or a value exceeds {@link #MAX_VALUE_BITS}, {@link IllegalArgumentException} when a variable
     * has no value.
     */
    default Rational evaluate(Map<String, Rational> point) {
        return FormulaEvaluator.evaluate(this, point);
    }

    /** Canonical text (see the class comment). */
    String text();

    /** The direct sub-formulas. */
    List<Formula> children();

    /** The variables that occur, sorted. */
    default SortedSet<String> variables() {
        SortedSet<String> names = new TreeSet<>();
        Deque<Formula> pending = new ArrayDeque<>(List.of(this));
        while (!pending.isEmpty()) {
            Formula formula = pending.pop();
            if (formula instanceof Variable variable) {
                names.add(variable.name());
            }
            formula.children().forEach(pending::push);
        }
        return names;
    }

    /**
     * An upper bound on the degree of this formula as a rational function P/Q in lowest terms: on
     * max(total degree of P, total degree of Q), following the rules of fraction arithmetic (for polynomials, the
     * degree as written).
     */
    default int degreeBound() {
        long[] bounds = FormulaParser.degreeBounds(this);
        return (int) Math.max(bounds[0], bounds[1]);
    }

    /**
     * The total degree as written, an upper bound on the true degree (terms may cancel), when this is a polynomial:
     * no variable in any denominator. Empty otherwise.
     */
    default OptionalInt polynomialDegree() {
        if (this instanceof Constant) {
            return OptionalInt.of(0);
        }
        if (this instanceof Variable) {
            return OptionalInt.of(1);
        }
        if (this instanceof Negation negation) {
            return negation.operand().polynomialDegree();
        }
        if (this instanceof Power power) {
            OptionalInt base = power.base().polynomialDegree();
            return base.isEmpty() ? base : OptionalInt.of((int) Math.min(Integer.MAX_VALUE, (long) base.getAsInt() * power.exponent()));
        }
        if (this instanceof Product product) {
            for (Formula factor : product.denominator()) {
                if (!factor.variables().isEmpty()) {
                    return OptionalInt.empty();
                }
            }
        }
        boolean sum = this instanceof Sum;
        long degree = 0;
        for (Formula child : this instanceof Product product ? product.numerator() : children()) {
            OptionalInt part = child.polynomialDegree();
            if (part.isEmpty()) {
                return part;
            }
            degree = sum ? Math.max(degree, part.getAsInt()) : degree + part.getAsInt();
        }
        return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, degree));
    }

    /**
     * Whether this is written as an expanded polynomial: one monomial, or a sum and difference of monomials with no two
     * alike. A monomial is, up to sign, a product of numbers and powers of variables divided by numbers
     * ({@code -3/4*x^2*y}, {@code x^2/2}); {@code 3(x+1)}, {@code (2x)^2} and {@code x + 2x} are not expanded.
     */
    default boolean isExpandedPolynomial() {
        List<Formula> terms = this instanceof Sum sum ? sum.terms() : List.of(this);
        Set<Map<String, Integer>> seen = new HashSet<>();
        for (Formula term : terms) {
            Formula unsigned = term;
            while (unsigned instanceof Negation negation) {
                unsigned = negation.operand();
            }
            SortedMap<String, Integer> part = new TreeMap<>();
            if (!monomialPart(unsigned, part) || !seen.add(part)) {
                return false;
            }
        }
        return true;
    }

    /** Adds the variable powers of a monomial factor to {@code part}; false when it is not one. */
    private static boolean monomialPart(Formula formula, SortedMap<String, Integer> part) {
        if (formula instanceof Constant) {
            return true;
        }
        if (formula instanceof Variable variable) {
            part.merge(variable.name(), 1, Integer::sum);
            return true;
        }
        if (formula instanceof Power power) {
            if (power.base() instanceof Variable variable) {
                part.merge(variable.name(), power.exponent(), Integer::sum);
                return true;
            }
            return power.base() instanceof Constant;
        }
        if (formula instanceof Product product) {
            for (Formula factor : product.numerator()) {
                if (!isNumber(factor) && (factor instanceof Product || !monomialPart(factor, part))) {
                    return false;
                }
            }
            for (Formula factor : product.denominator()) {
                if (!isNumber(factor)) {
                    return false;
                }
            }
            part.values().removeIf(exponent -> exponent == 0);
            return true;
        }
        return false;
    }

    /** Whether a formula is a number written with products, quotients, powers and signs only, such as {@code (-1/2)}. */
    private static boolean isNumber(Formula formula) {
        if (formula instanceof Variable || formula instanceof Sum) {
            return false;
        }
        for (Formula child : formula.children()) {
            if (!isNumber(child)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two formulas are equal as rational functions; see {@link #compare}.
     */
    static boolean equivalent(Formula first, Formula second) {
        return compare(first, second).equivalent();
    }

    /**
     * Compares two formulas by exact evaluation at a few small points and then {@link #POINTS} pseudo-random points
     * whose coordinates are integers in [-2^20, 2^20], drawn from a generator seeded by both texts (so the result is
     * deterministic). Points where either formula is undefined (a zero denominator) or too large to evaluate are
     * skipped and redrawn; if too few points are left, the formulas count as not equivalent. Formulas with the same
     * {@link #text()} are equivalent without evaluation.
     *
     * <p>Error bound: equivalent formulas compare equal unless one of them exceeds {@link #MAX_VALUE_BITS} at the test
     * points (no real answer comes near). For formulas that differ as rational functions, with
     * degree bounds d1 and d2 (each at most {@link #MAX_DEGREE}), their difference has a numerator of total degree at
     * most d1 + d2, which by the Schwartz-Zippel lemma vanishes at one random point with probability at most
     * (d1 + d2) / (2^21 + 1), about 2^-12 at the caps (allowing for skipped points, at most twice that). The points are
     * independent, so a false "equivalent" has probability below 2^-80 for any formulas within the caps, and far
     * below for the low degrees of real answers.
     */
    static Comparison compare(Formula expected, Formula actual) {
        return FormulaComparison.compare(expected, actual);
    }

    /**
     * The outcome of {@link #compare}.
     *
     * @param equivalent whether the formulas agreed at every test point
     * @param detail one line: where they differ, or how many points agreed
     */
    record Comparison(boolean equivalent, String detail) {
        public Comparison {
            requireNonNull(detail, "detail is null");
        }
    }
}
