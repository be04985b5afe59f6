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
import dev.bootcamp.camps.kit.RationalRoots;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Formula;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Factor a polynomial with rational roots (and perhaps irreducible quadratic factors) completely over the rationals. */
@AutoService(Bootcamp.class)
public final class PolynomialFactoringBootcamp extends Camp<PolynomialFactoringBootcamp.Puzzle, PolynomialFactoringBootcamp.Answer> {
    private static final Knob<Integer> LINEAR_FACTORS = Knob.integer("linear-factors", 1, 8, 2, "number of distinct linear factors");
    private static final Knob<Integer> MAX_ROOT = Knob.integer("max-root", 1, 30, 5, "largest numerator of a root in absolute value");
    private static final Knob<Double> FRACTIONAL_ROOTS = Knob.decimal("fractional-roots", 0, 1, 0, "chance that a root is a fraction p/q rather than an integer");
    private static final Knob<Integer> MAX_DENOMINATOR = Knob.integer("max-denominator", 2, 9, 3, "largest denominator of a fractional root");
    private static final Knob<Integer> MAX_MULTIPLICITY = Knob.integer("max-multiplicity", 1, 4, 1, "largest multiplicity of a linear factor");
    private static final Knob<Integer> QUADRATICS = Knob.integer("quadratics", 0, 3, 0, "number of irreducible quadratic factors");
    private static final Knob<Integer> MAX_CONTENT = Knob.integer("max-content", 1, 9, 1, "largest constant factor in absolute value (negative only when above 1)");
    private static final Knob<Integer> MAX_DEGREE = Knob.integer("max-degree", 2, 16, 6, "largest degree of the polynomial; multiplicities are lowered to fit");
    private static final BootcampInfo INFO = BootcampInfo.builder(PolynomialFactoringBootcamp.class)
            .title("Polynomial factoring")
            .domain("math")
            .tags("algebra", "polynomials", "factoring")
            .summary("Factor a polynomial in x with integer coefficients completely over the rationals: a product of a"
                    + " constant, linear factors and quadratic factors without rational roots, repeated factors written"
                    + " once or as powers. CORRECT when the answer equals the polynomial (exact evaluation at random points)"
                    + " and every factor has degree at most 2, every quadratic factor having no rational root; a wrong"
                    + " product or a factor that splits further is WRONG.")
            .version(2)
            .knob(LINEAR_FACTORS)
            .knob(MAX_ROOT)
            .knob(FRACTIONAL_ROOTS)
            .knob(MAX_DENOMINATOR)
            .knob(MAX_MULTIPLICITY)
            .knob(QUADRATICS)
            .knob(MAX_CONTENT)
            .knob(MAX_DEGREE)
            .answerShape("the factored polynomial, such as 3(x - 2)^2(2x + 1)")
            .severalAnswers()
            .build();

    private static final String VARIABLE = "x";

    /** An irreducible factor as human text ({@code 2x - 3}) and how often it divides the polynomial. */
    public record Factor(String text, int power) {
        public Factor {
            requireNonNull(text, "text is null");
        }
    }

    /** The polynomial as shown (expanded), and its factorisation: a constant times powers of irreducible factors. */
    public record Puzzle(String polynomial, long content, List<Factor> factors) {
        public Puzzle {
            requireNonNull(polynomial, "polynomial is null");
            factors = List.copyOf(factors);
        }
    }

    /** The answer as canonical {@link Formula} text. */
    public record Answer(String formula) {
        public Answer {
            requireNonNull(formula, "formula is null");
        }
    }

    public PolynomialFactoringBootcamp() {
        super(INFO, FormulaAnswers.codec().map(Answer::new, Answer::formula));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LINEAR_FACTORS, level == 1 ? 2 : Draw.scale(level, 3, 5))
                .with(MAX_ROOT, Draw.scale(level, 9, 14))
                .with(FRACTIONAL_ROOTS, level <= 3 ? 0.0 : Math.min(0.5, (level - 3) / 10.0))
                .with(MAX_DENOMINATOR, Draw.scale(level, 2, 5))
                .with(MAX_MULTIPLICITY, Draw.scale(level, 1, 3))
                .with(QUADRATICS, level <= 5 ? 0 : 1)
                .with(MAX_CONTENT, Draw.scale(level, 1, 6))
                .with(MAX_DEGREE, Draw.scale(level, 2, 8));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<Polynomial> factors = new ArrayList<>();
        List<Rational> roots = new ArrayList<>();
        int spread = knobs.get(MAX_ROOT);
        while (factors.size() < knobs.get(LINEAR_FACTORS)) {
            Rational root = RationalRoots.draw(spread, knobs.get(FRACTIONAL_ROOTS), knobs.get(MAX_DENOMINATOR), random);
            boolean monomial = root.signum() == 0 && knobs.get(LINEAR_FACTORS) == 1 && knobs.get(QUADRATICS) == 0;
            if (roots.contains(root) || monomial) {
                spread++; // more distinct roots asked for than the range holds (or c x^n, already factored): widen it
                continue;
            }
            roots.add(root);
            factors.add(RationalRoots.factor(root));
        }
        int maxContent = knobs.get(MAX_CONTENT);
        int content = Draw.between(1, maxContent, random) * (maxContent > 1 && random.nextInt(4) == 0 ? -1 : 1);
        Polynomial product = Polynomial.of(content);
        int quadratics = knobs.get(QUADRATICS);
        int room = knobs.get(MAX_DEGREE) - factors.size() - 2 * quadratics;
        List<Factor> shown = new ArrayList<>();
        for (Polynomial factor : factors) {
            int multiplicity = Math.max(1, Math.min(room + 1, Draw.between(1, knobs.get(MAX_MULTIPLICITY), random)));
            if (factors.size() == 1 && quadratics == 0) {
                multiplicity = Math.max(2, multiplicity); // a linear polynomial alone would need no factoring
            }
            room -= multiplicity - 1;
            product = product.multiply(factor.pow(multiplicity));
            shown.add(new Factor(factor.text(VARIABLE), multiplicity));
        }
        for (int i = 0; i < quadratics; i++) {
            Polynomial quadratic = irreducibleQuadratic(knobs.get(MAX_ROOT), random);
            product = product.multiply(quadratic);
            shown.add(new Factor(quadratic.text(VARIABLE), 1));
        }
        return new Puzzle(product.text(VARIABLE), content, shown);
    }

    /** The factorisation as canonical {@link Formula} text. */
    private static String factored(long content, List<Factor> factors) {
        StringBuilder text = new StringBuilder(content == 1 ? "" : content == -1 ? "-" : content + "*");
        for (Factor factor : factors) {
            text.append(factor.text().equals(VARIABLE) ? VARIABLE : "(" + factor.text() + ")")
                    .append(factor.power() > 1 ? "^" + factor.power() : "");
        }
        return FormulaAnswers.canonical(text.toString());
    }

    /** A primitive quadratic with a positive leading coefficient and a discriminant that is not a square. */
    private static Polynomial irreducibleQuadratic(int maxCoefficient, RandomGenerator random) {
        while (true) {
            long a = Draw.between(1, Math.max(1, maxCoefficient / 3), random);
            long b = Draw.between(-maxCoefficient, maxCoefficient, random);
            long c = Draw.between(-maxCoefficient, maxCoefficient, random);
            Polynomial quadratic = Polynomial.of(c, b, a);
            if (BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).gcd(BigInteger.valueOf(c)).equals(BigInteger.ONE) && !splits(quadratic)) {
                return quadratic;
            }
        }
    }

    /** Whether a quadratic has rational roots: its discriminant is the square of a rational. */
    private static boolean splits(Polynomial quadratic) {
        Rational a = quadratic.coefficient(2);
        Rational b = quadratic.coefficient(1);
        Rational c = quadratic.coefficient(0);
        Rational discriminant = b.multiply(b).subtract(Rational.of(4).multiply(a).multiply(c));
        return discriminant.signum() >= 0 && isSquare(discriminant.numerator()) && isSquare(discriminant.denominator());
    }

    private static boolean isSquare(BigInteger value) {
        BigInteger root = value.sqrt();
        return root.multiply(root).equals(value);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Factor this polynomial completely over the rational numbers:\n\n    " + puzzle.polynomial() + "\n\n"
                + "Here x^2 means x squared. Write it as a product of a constant (if not 1) and factors that cannot be split"
                + " further: linear factors such as (2x - 3), and quadratic factors only where they have no rational roots."
                + " Write a repeated factor as a power such as (x + 1)^2 or by repeating it. Constants may be spread among"
                + " the factors, so 2(x - 1)(x + 3) and (2x - 2)(x + 3) are both accepted.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(factored(puzzle.content(), puzzle.factors()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Formula expected = Formula.parse(factored(puzzle.content(), puzzle.factors()));
        Score score = FormulaAnswers.check(answer.formula(), expected, VARIABLE, "not equal to the polynomial: ", "a complete factorisation, ");
        if (!score.passed()) {
            return score;
        }
        List<Formula> leaves = new ArrayList<>();
        String problem = factors(Formula.parse(answer.formula()), leaves);
        if (problem != null) {
            return Score.wrong(problem);
        }
        for (Formula leaf : leaves) {
            problem = splitsFurther(leaf);
            if (problem != null) {
                return Score.wrong(problem);
            }
        }
        return score;
    }

    /** Collects the factors of a product (through signs, powers and numeric divisors); returns a problem or null. */
    private static String factors(Formula formula, List<Formula> leaves) {
        if (formula instanceof Formula.Negation negation) {
            return factors(negation.operand(), leaves);
        }
        if (formula instanceof Formula.Power power) {
            return factors(power.base(), leaves);
        }
        if (formula instanceof Formula.Product product) {
            for (Formula divisor : product.denominator()) {
                if (!divisor.variables().isEmpty()) {
                    return "divides by " + abbreviate(divisor.text()) + "; write a product of polynomial factors";
                }
            }
            for (Formula factor : product.numerator()) {
                String problem = factors(factor, leaves);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        leaves.add(formula);
        return null;
    }

    /**
     * Why a factor is not irreducible over the rationals, or null. Only factors of a product equal to the polynomial
     * reach here, and every irreducible factor of the polynomial has degree at most 2, so a factor written with a
     * higher degree splits (or is written with terms that cancel, which is refused just the same).
     */
    private static String splitsFurther(Formula factor) {
        if (factor.variables().isEmpty()) {
            return null;
        }
        int written = factor.polynomialDegree().orElse(Integer.MAX_VALUE);
        if (written > 2) {
            return "the factor " + abbreviate(factor.text()) + " has degree above 2 and can be factored further";
        }
        Polynomial polynomial;
        try {
            polynomial = Polynomial.interpolate(factor, VARIABLE, written);
        } catch (ArithmeticException e) {
            return "the factor " + abbreviate(factor.text()) + " cannot be evaluated";
        }
        if (polynomial.degree() == 2 && splits(polynomial)) {
            return "the factor " + abbreviate(factor.text()) + " can be factored further";
        }
        return null;
    }

    private static String abbreviate(String text) {
        return Answers.abbreviate(text);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(FormulaAnswers.canonical(puzzle.polynomial())));
        misses.add(new Answer(factored(2 * puzzle.content(), puzzle.factors())));
        int linear = (int) puzzle.factors().stream().filter(factor -> linear(factor).degree() == 1).count();
        int changed = random.nextInt(linear);
        List<Factor> shifted = new ArrayList<>(puzzle.factors());
        Factor original = shifted.get(changed);
        shifted.set(changed, new Factor(linear(original).add(Polynomial.ONE).text(VARIABLE), original.power()));
        misses.add(new Answer(factored(puzzle.content(), shifted)));
        if (linear >= 2) {
            Factor first = puzzle.factors().get(0);
            Factor second = puzzle.factors().get(1);
            List<Factor> merged = new ArrayList<>(puzzle.factors().subList(2, puzzle.factors().size()));
            merged.add(new Factor(linear(first).multiply(linear(second)).text(VARIABLE), 1));
            if (first.power() > 1) {
                merged.add(new Factor(first.text(), first.power() - 1));
            }
            if (second.power() > 1) {
                merged.add(new Factor(second.text(), second.power() - 1));
            }
            misses.add(new Answer(factored(puzzle.content(), merged)));
        }
        return misses;
    }

    /** A factor's polynomial (linear factors come first in the puzzle). */
    private static Polynomial linear(Factor factor) {
        return Polynomial.interpolate(Formula.parse(factor.text()), VARIABLE, 2);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.factors().stream().mapToInt(Factor::power).sum() * (double) puzzle.polynomial().length();
    }
}
