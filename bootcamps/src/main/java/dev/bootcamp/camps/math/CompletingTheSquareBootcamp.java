package dev.bootcamp.camps.math;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.FormulaAnswers;
import dev.bootcamp.camps.kit.Polynomial;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Formula;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Complete the square: rewrite a quadratic in vertex form a(x - h)^2 + k. */
@AutoService(Bootcamp.class)
public final class CompletingTheSquareBootcamp extends Camp<CompletingTheSquareBootcamp.Puzzle, CompletingTheSquareBootcamp.Answer> {
    private static final Knob<Integer> MAX_LEADING = Knob.integer("max-leading", 1, 9, 1, "largest leading coefficient a in absolute value");
    private static final Knob<Boolean> NEGATIVE_LEADING = Knob.flag("negative-leading", false, "whether the leading coefficient may be negative");
    private static final Knob<Double> FRACTIONAL_VERTEX = Knob.decimal("fractional-vertex", 0, 1, 0, "chance that the vertex h = -b/(2a) is not a whole number");
    private static final Knob<Integer> MAX_COEFFICIENT = Knob.integer("max-coefficient", 1, 40, 6, "largest |b| / |2a| of an integer vertex and largest |c|");
    private static final Knob<Boolean> PRODUCT_FORM = Knob.flag("product-form", false, "whether the quadratic is shown as a product of two binomials plus a remainder");
    private static final BootcampInfo INFO = BootcampInfo.builder(CompletingTheSquareBootcamp.class)
            .title("Completing the square")
            .version(2)
            .domain("math")
            .tags("algebra", "quadratics", "vertex-form")
            .summary("Rewrite a quadratic in x (given expanded, or at higher levels as a product plus a remainder) in"
                    + " vertex form a(x - h)^2 + k. CORRECT when the answer equals the quadratic (exact evaluation at"
                    + " random points) and is one number times the square of a linear expression in x, plus at most one"
                    + " constant; any other form or value is WRONG.")
            .knob(MAX_LEADING)
            .knob(NEGATIVE_LEADING)
            .knob(FRACTIONAL_VERTEX)
            .knob(MAX_COEFFICIENT)
            .knob(PRODUCT_FORM)
            .answerShape("the quadratic in vertex form a(x - h)^2 + k")
            .severalAnswers()
            .build();

    private static final String VARIABLE = "x";

    /** The quadratic as shown, and its coefficients c, b, a (lowest degree first). */
    public record Puzzle(String quadratic, List<Rational> coefficients) {
        public Puzzle {
            requireNonNull(quadratic, "quadratic is null");
            coefficients = List.copyOf(coefficients);
        }
    }

    /** The answer as canonical {@link Formula} text. */
    public record Answer(String formula) {
        public Answer {
            requireNonNull(formula, "formula is null");
        }
    }

    public CompletingTheSquareBootcamp() {
        super(INFO, FormulaAnswers.codec().map(Answer::new, Answer::formula));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(MAX_LEADING, Draw.scale(level, 1, 6))
                .with(NEGATIVE_LEADING, level >= 4)
                .with(FRACTIONAL_VERTEX, level <= 1 ? 0.0 : Math.min(0.7, level / 10.0))
                .with(MAX_COEFFICIENT, Draw.scale(level, 20, 40))
                .with(PRODUCT_FORM, level >= 8);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int maxCoefficient = knobs.get(MAX_COEFFICIENT);
        long a = Draw.between(1, knobs.get(MAX_LEADING), random) * (knobs.get(NEGATIVE_LEADING) && random.nextBoolean() ? -1L : 1L);
        long b;
        if (random.nextDouble() < knobs.get(FRACTIONAL_VERTEX)) {
            do {
                b = Draw.between(-2 * maxCoefficient, 2 * maxCoefficient, random);
            } while (b % (2 * a) == 0);
        } else {
            b = 2 * a * Draw.nonZero(maxCoefficient, random); // h = 0 would leave nothing to complete
        }
        long c = Draw.between(-maxCoefficient, maxCoefficient, random);
        Polynomial quadratic = Polynomial.of(c, b, a);
        String shown = quadratic.text(VARIABLE);
        if (knobs.get(PRODUCT_FORM)) {
            shown = productForm(quadratic, a, maxCoefficient, random);
        }
        return new Puzzle(shown, quadratic.coefficients());
    }

    /** (p x + q)(r x + s) plus the linear remainder, where p r = a. */
    private static String productForm(Polynomial quadratic, long a, int maxCoefficient, RandomGenerator random) {
        List<Long> divisors = new ArrayList<>();
        for (long d = 1; d <= Math.abs(a); d++) {
            if (a % d == 0) {
                divisors.add(d);
            }
        }
        long p = Draw.pick(divisors, random);
        long r = a / p;
        Polynomial first = Polynomial.of(Draw.nonZero(maxCoefficient, random), p);
        Polynomial second = Polynomial.of(Draw.nonZero(maxCoefficient, random), r);
        Polynomial remainder = quadratic.subtract(first.multiply(second));
        String product = "(" + first.text(VARIABLE) + ")(" + second.text(VARIABLE) + ")";
        if (remainder.isZero()) {
            return product;
        }
        String rest = remainder.text(VARIABLE);
        return product + (rest.startsWith("-") ? " - " + rest.substring(1) : " + " + rest);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Complete the square: rewrite\n\n    " + puzzle.quadratic() + "\n\n"
                + "in vertex form a(x - h)^2 + k, where a, h and k are numbers (integers or fractions such as 3/2). Here x^2"
                + " means x squared and a number or bracket next to another means multiplication. For example,"
                + " 2t^2 + 4t + 5 in vertex form is 2(t + 1)^2 + 3. Write exactly one squared term and at most one"
                + " constant term.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        Polynomial quadratic = new Polynomial(puzzle.coefficients());
        Rational a = quadratic.coefficient(2);
        Rational h = quadratic.coefficient(1).negate().divide(a.multiply(Rational.of(2)));
        Rational k = quadratic.evaluate(h);
        String square = h.signum() == 0 ? VARIABLE + "^2" : "(" + Polynomial.linear(Rational.ONE, h.negate()).text(VARIABLE) + ")^2";
        Rational size = a.signum() < 0 ? a.negate() : a;
        String leading = (a.signum() < 0 ? "-" : "") + (size.equals(Rational.ONE) ? "" : size.isInteger() ? size.toString() : "(" + size + ")");
        String constant = k.signum() == 0 ? "" : k.signum() > 0 ? " + " + k : " - " + k.negate();
        return new Answer(FormulaAnswers.canonical(leading + square + constant));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Formula expected = Formula.parse(FormulaAnswers.canonical(new Polynomial(puzzle.coefficients()).text(VARIABLE)));
        Score score = FormulaAnswers.check(answer.formula(), expected, VARIABLE, "not equal to the quadratic: ", "vertex form, ");
        String problem = score.passed() ? formProblem(Formula.parse(answer.formula())) : null;
        return problem == null ? score : Score.wrong("equal to the quadratic but not in vertex form: " + problem);
    }

    /** Why a formula is not a number times the square of a linear expression plus at most one constant, or null. */
    private static String formProblem(Formula formula) {
        List<Formula> terms = formula instanceof Formula.Sum sum ? sum.terms() : List.of(formula);
        int squares = 0;
        int constants = 0;
        for (Formula term : terms) {
            if (term.variables().isEmpty()) {
                constants++;
            } else if (scaledSquare(term)) {
                squares++;
            } else {
                return "the term " + Answers.abbreviate(term.text()) + " is not a number times a square";
            }
        }
        if (squares != 1) {
            return "expected one squared term, found " + squares;
        }
        return constants > 1 ? "combine the constant terms into one" : null;
    }

    /** A number times (linear expression)^2, perhaps negated or divided by numbers. */
    private static boolean scaledSquare(Formula term) {
        Formula unsigned = term;
        while (unsigned instanceof Formula.Negation negation) {
            unsigned = negation.operand();
        }
        if (unsigned instanceof Formula.Power power) {
            return power.exponent() == 2 && power.base().polynomialDegree().orElse(0) == 1;
        }
        if (!(unsigned instanceof Formula.Product product)) {
            return false;
        }
        if (product.denominator().stream().anyMatch(factor -> !factor.variables().isEmpty())) {
            return false;
        }
        List<Formula> varying = product.numerator().stream().filter(factor -> !factor.variables().isEmpty()).toList();
        return varying.size() == 1 && !(varying.get(0) instanceof Formula.Product) && scaledSquare(varying.get(0));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        Polynomial quadratic = new Polynomial(puzzle.coefficients());
        Rational a = quadratic.coefficient(2);
        Rational h = quadratic.coefficient(1).negate().divide(a.multiply(Rational.of(2)));
        Rational k = quadratic.evaluate(h);
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(FormulaAnswers.canonical(quadratic.text(VARIABLE))));
        misses.add(new Answer(FormulaAnswers.canonical("(" + a + ")(x + (" + h + "))^2 + (" + k + ")")));
        misses.add(new Answer(FormulaAnswers.canonical("(" + a + ")(x - (" + h + "))^2 + (" + k.add(Rational.ONE) + ")")));
        misses.add(new Answer(FormulaAnswers.canonical("(" + a + ")(x - (" + h + "))^2 + (" + quadratic.coefficient(0) + ")")));
        Formula expected = Formula.parse(FormulaAnswers.canonical(quadratic.text(VARIABLE)));
        // keep the form misses and the value misses, dropping any that happen to equal the quadratic in vertex form
        return misses.stream().filter(miss -> !Formula.equivalent(expected, Formula.parse(miss.formula()))
                || formProblem(Formula.parse(miss.formula())) != null).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        // Hand steps, each weighed by the digits of the numbers it works on: h = b/2a, h^2 and k = c - a h^2; factoring
        // a out and multiplying back; fraction work for a fractional h; multiplying out a product form first.
        Polynomial quadratic = new Polynomial(puzzle.coefficients());
        Rational a = quadratic.coefficient(2);
        int steps = 3;
        if (!a.equals(Rational.ONE)) {
            steps += 2;
        }
        if (!quadratic.coefficient(1).divide(a.multiply(Rational.of(2))).isInteger()) {
            steps += 3;
        }
        if (puzzle.quadratic().contains(")(")) {
            steps += 8;
        }
        int digits = 1;
        for (Rational coefficient : puzzle.coefficients()) {
            digits = Math.max(digits, coefficient.numerator().abs().toString().length());
        }
        return steps * digits;
    }
}
