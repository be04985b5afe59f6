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
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.camps.kit.Polynomial;
import dev.bootcamp.camps.kit.Polynomials;
import dev.bootcamp.camps.kit.RationalRoots;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Compute the exact value of a definite integral of a polynomial. */
@AutoService(Bootcamp.class)
public final class PolynomialIntegralBootcamp extends Camp<PolynomialIntegralBootcamp.Puzzle, PolynomialIntegralBootcamp.Answer> {
    private static final Knob<Integer> DEGREE = Knob.integer("degree", 1, 10, 2, "degree of the integrand");
    private static final Knob<Integer> MAX_COEFFICIENT = Knob.integer("max-coefficient", 1, 30, 5, "largest coefficient of the integrand in absolute value");
    private static final Knob<Integer> MAX_BOUND = Knob.integer("max-bound", 1, 20, 3, "largest numerator of a bound in absolute value");
    private static final Knob<Double> FRACTIONAL_BOUNDS = Knob.decimal("fractional-bounds", 0, 1, 0, "chance that a bound is a fraction rather than an integer");
    private static final Knob<Integer> MAX_DENOMINATOR = Knob.integer("max-denominator", 2, 9, 2, "largest denominator of a fractional bound");
    private static final Knob<Boolean> PRODUCT = Knob.flag("product", false, "whether the integrand is shown as a product of two polynomials");
    private static final BootcampInfo INFO = BootcampInfo.builder(PolynomialIntegralBootcamp.class)
            .title("Definite integral of a polynomial")
            .domain("math")
            .tags("calculus", "integrals", "fractions")
            .summary("Compute the definite integral of a polynomial in x (written expanded, or as a product of two"
                    + " polynomials) between two rational bounds, as an exact integer or fraction. Any exactly equal form"
                    + " (7/4, 1.75, \\frac{7}{4}) is CORRECT; any other value is WRONG.")
            .version(2)
            .knob(DEGREE)
            .knob(MAX_COEFFICIENT)
            .knob(MAX_BOUND)
            .knob(FRACTIONAL_BOUNDS)
            .knob(MAX_DENOMINATOR)
            .knob(PRODUCT)
            .answerShape("the exact value as an integer or a fraction in lowest terms (such as -7/4)")
            .build();

    private static final String VARIABLE = "x";
    /** Longest answer text read; bounds the recursion of LaTeX fractions in {@link Answers#rational}. */
    private static final int MAX_ANSWER = 400;

    /** The integrand as shown, its coefficients, the bounds and the exact value. */
    public record Puzzle(String integrand, List<Rational> coefficients, Rational lower, Rational upper, Rational value) {
        public Puzzle {
            requireNonNull(integrand, "integrand is null");
            coefficients = List.copyOf(coefficients);
            requireNonNull(lower, "lower is null");
            requireNonNull(upper, "upper is null");
            requireNonNull(value, "value is null");
        }
    }

    public record Answer(Rational value) {
        public Answer {
            requireNonNull(value, "value is null");
        }
    }

    public PolynomialIntegralBootcamp() {
        super(INFO, NumberAnswers.rational(MAX_ANSWER).map(Answer::new, Answer::value));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(DEGREE, Draw.scale(level, 1, 5))
                .with(MAX_COEFFICIENT, Draw.scale(level, 6, 9))
                .with(MAX_BOUND, Draw.scale(level, 5, 8))
                .with(FRACTIONAL_BOUNDS, level <= 3 ? 0.0 : Math.min(0.5, (level - 3) / 10.0))
                .with(MAX_DENOMINATOR, Draw.scale(level, 2, 4))
                .with(PRODUCT, level >= 6);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int degree = knobs.get(DEGREE);
        int maxCoefficient = knobs.get(MAX_COEFFICIENT);
        Polynomial integrand;
        String shown;
        if (knobs.get(PRODUCT) && degree >= 2) {
            int left = Draw.between(1, degree - 1, random);
            Polynomial first = Polynomial.random(left, maxCoefficient, random);
            Polynomial second = Polynomial.random(degree - left, maxCoefficient, random);
            integrand = first.multiply(second);
            shown = "(" + first.text(VARIABLE) + ")(" + second.text(VARIABLE) + ")";
        } else {
            integrand = Polynomial.random(degree, maxCoefficient, random);
            shown = integrand.text(VARIABLE);
        }
        Rational lower = bound(knobs, random);
        Rational upper = bound(knobs, random);
        while (upper.equals(lower)) {
            upper = bound(knobs, random);
        }
        if (upper.compareTo(lower) < 0) {
            Rational swap = lower;
            lower = upper;
            upper = swap;
        }
        Polynomial antiderivative = integrand.antiderivative();
        return new Puzzle(shown, integrand.coefficients(), lower, upper, antiderivative.evaluate(upper).subtract(antiderivative.evaluate(lower)));
    }

    private static Rational bound(Knobs knobs, RandomGenerator random) {
        return RationalRoots.draw(knobs.get(MAX_BOUND), knobs.get(FRACTIONAL_BOUNDS), knobs.get(MAX_DENOMINATOR), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Compute the exact value of the definite integral of\n\n    " + puzzle.integrand() + "\n\n"
                + "with respect to x, from x = " + puzzle.lower() + " to x = " + puzzle.upper() + ". Here x^2 means x squared"
                + " and a number or bracket next to another means multiplication. Give the value as an integer, or as a"
                + " fraction in lowest terms if it is not a whole number (not a decimal approximation).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.value());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return NumberAnswers.check(puzzle.value(), answer.value(), "the value of the integral");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        Polynomial integrand = new Polynomial(puzzle.coefficients());
        Polynomial antiderivative = integrand.antiderivative();
        List<Rational> misses = new ArrayList<>();
        misses.add(puzzle.value().add(Rational.ONE));
        misses.add(puzzle.value().negate());
        misses.add(antiderivative.evaluate(puzzle.upper()));
        // the power rule without its division: c x^(k+1) instead of c x^(k+1) / (k+1)
        Polynomial careless = integrand.multiply(Polynomial.X);
        misses.add(careless.evaluate(puzzle.upper()).subtract(careless.evaluate(puzzle.lower())));
        misses.add(integrand.evaluate(puzzle.upper()).subtract(integrand.evaluate(puzzle.lower())));
        return NumberAnswers.misses(puzzle.value(), misses, Answer::new);
    }

    @Override
    public double cost(Puzzle puzzle) {
        // each nonzero term is integrated, then evaluated at both bounds: a power of each bound per term
        long terms = Polynomials.terms(new Polynomial(puzzle.coefficients()));
        int degree = puzzle.coefficients().size() - 1;
        return terms * (degree + 1.0) * (puzzle.lower().digits() + puzzle.upper().digits());
    }
}
