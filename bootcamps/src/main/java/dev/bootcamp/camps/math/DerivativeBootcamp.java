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
import dev.bootcamp.camps.kit.Polynomials;
import dev.bootcamp.verify.Formula;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Differentiate a polynomial given as a sum, a product or a power of polynomials. */
@AutoService(Bootcamp.class)
public final class DerivativeBootcamp extends Camp<DerivativeBootcamp.Puzzle, DerivativeBootcamp.Answer> {
    private static final Knob<Integer> STRUCTURE = Knob.integer("structure", 1, 4, 1, "how f is built: 1 a sum of terms, 2 a product of two polynomials,"
            + " 3 a power of a polynomial, 4 a product of powers");
    private static final Knob<Integer> MAX_DEGREE = Knob.integer("max-degree", 1, 8, 3, "largest degree of one polynomial piece");
    private static final Knob<Integer> MAX_POWER = Knob.integer("max-power", 2, 8, 2, "largest exponent of a power (structures 3 and 4)");
    private static final Knob<Integer> MAX_COEFFICIENT = Knob.integer("max-coefficient", 1, 30, 5, "largest coefficient in absolute value");
    private static final Knob<Integer> ORDER = Knob.integer("order", 1, 4, 1, "which derivative is asked for");
    private static final BootcampInfo INFO = BootcampInfo.builder(DerivativeBootcamp.class)
            .title("Derivative of a polynomial")
            .domain("math")
            .tags("calculus", "derivatives", "polynomials")
            .summary("Find the first (or a higher) derivative of a polynomial function written as a sum of terms, a"
                    + " product of polynomials, a power of a polynomial, or a product of such powers. Any formula equal to"
                    + " the derivative is CORRECT, expanded or not (checked by exact evaluation at random points); any other"
                    + " formula is WRONG.")
            .knob(STRUCTURE)
            .knob(MAX_DEGREE)
            .knob(MAX_POWER)
            .knob(MAX_COEFFICIENT)
            .knob(ORDER)
            .answerShape("a formula in x equal to the derivative, such as 12x^3 - 2x + 5")
            .severalAnswers()
            .build();

    private static final String VARIABLE = "x";
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final int ATTEMPTS = 100;
    /** Largest degree of f, well within what {@link Formula} reads. */
    private static final int DEGREE_CAP = 40;

    /** The function as shown, the order of the derivative, and the function and its derivative as coefficients. */
    public record Puzzle(String function, int order, List<Rational> coefficients, List<Rational> derivative) {
        public Puzzle {
            requireNonNull(function, "function is null");
            coefficients = List.copyOf(coefficients);
            derivative = List.copyOf(derivative);
        }
    }

    /** The answer as canonical {@link Formula} text. */
    public record Answer(String formula) {
        public Answer {
            requireNonNull(formula, "formula is null");
        }
    }

    public DerivativeBootcamp() {
        super(INFO, FormulaAnswers.codec().map(Answer::new, Answer::formula));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STRUCTURE, Draw.scale(level, 1, 4))
                .with(MAX_DEGREE, Draw.scale(level, 2, 3))
                .with(MAX_POWER, Draw.scale(level, 2, 4))
                .with(MAX_COEFFICIENT, Draw.scale(level, 5, 9))
                .with(ORDER, level >= 8 ? 2 : 1);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int order = knobs.get(ORDER);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Built built = build(knobs, random);
            if (built.polynomial().degree() > order && built.polynomial().degree() <= DEGREE_CAP) {
                return puzzle(built, order);
            }
        }
        // the pieces are too small for the order asked, or too large: a sum of terms of a fitting degree
        Polynomial sum = Polynomial.random(order + 1, knobs.get(MAX_COEFFICIENT), random);
        return puzzle(new Built(sum.text(VARIABLE), sum), order);
    }

    private static Puzzle puzzle(Built built, int order) {
        Polynomial derivative = built.polynomial();
        for (int i = 0; i < order; i++) {
            derivative = derivative.derivative();
        }
        return new Puzzle(built.text(), order, built.polynomial().coefficients(), derivative.coefficients());
    }

    private record Built(String text, Polynomial polynomial) {}

    private static Built build(Knobs knobs, RandomGenerator random) {
        int maxDegree = knobs.get(MAX_DEGREE);
        int maxCoefficient = knobs.get(MAX_COEFFICIENT);
        int maxPower = knobs.get(MAX_POWER);
        int structure = knobs.get(STRUCTURE);
        if (structure == 1) {
            Polynomial sum = Polynomial.random(Draw.between(Math.min(2, 2 * maxDegree), 2 * maxDegree, random), maxCoefficient, random);
            return new Built(sum.text(VARIABLE), sum);
        }
        int pieces = structure == 3 ? 1 : 2;
        StringBuilder text = new StringBuilder();
        Polynomial product = Polynomial.ONE;
        for (int i = 0; i < pieces; i++) {
            Polynomial piece = Polynomials.withTwoTerms(Draw.between(1, maxDegree, random), maxCoefficient, random);
            int power = structure == 2 ? 1 : Draw.between(structure == 3 ? 2 : 1, maxPower, random);
            product = product.multiply(piece.pow(power));
            text.append('(').append(piece.text(VARIABLE)).append(')').append(power > 1 ? "^" + power : "");
        }
        return new Built(text.toString(), product);
    }

    @Override
    public String question(Puzzle puzzle) {
        String name = "f" + "'".repeat(puzzle.order()) + "(x)";
        return "Let\n\n    f(x) = " + puzzle.function() + "\n\n"
                + "where x^2 means x squared and a number or bracket next to another means multiplication. Find " + name
                + ", the " + ORDINALS.get(Math.min(puzzle.order(), ORDINALS.size()) - 1) + " derivative of f with respect to x."
                + " Any correct formula in x is accepted, expanded or not.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(FormulaAnswers.canonical(new Polynomial(puzzle.derivative()).text(VARIABLE)));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Formula expected = Formula.parse(FormulaAnswers.canonical(new Polynomial(puzzle.derivative()).text(VARIABLE)));
        return FormulaAnswers.check(answer.formula(), expected, VARIABLE, "not the derivative: ", "the derivative, ");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        Polynomial function = new Polynomial(puzzle.coefficients());
        Polynomial derivative = new Polynomial(puzzle.derivative());
        List<Polynomial> misses = new ArrayList<>();
        misses.add(derivative.add(Polynomial.ONE));
        misses.add(derivative.scale(Rational.of(2)));
        misses.add(function);
        misses.add(function.derivative().derivative().derivative());
        Polynomial once = function.derivative();
        misses.add(puzzle.order() == 1 ? once.derivative() : once);
        // the power rule with the exponent kept: k c x^k instead of k c x^(k-1)
        misses.add(derivative.multiply(Polynomial.X));
        return misses.stream().filter(miss -> !miss.equals(derivative))
                .map(miss -> new Answer(FormulaAnswers.canonical(miss.text(VARIABLE)))).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        // The terms of f once multiplied out, then the terms differentiated at each order of the derivative.
        Polynomial current = new Polynomial(puzzle.coefficients());
        double work = Polynomials.terms(current);
        for (int i = 0; i < puzzle.order(); i++) {
            current = current.derivative();
            work += Polynomials.terms(current);
        }
        return work;
    }
}
