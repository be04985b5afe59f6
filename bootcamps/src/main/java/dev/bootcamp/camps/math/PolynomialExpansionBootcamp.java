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

/** Expand a product of polynomials in x into a sum of monomials. */
@AutoService(Bootcamp.class)
public final class PolynomialExpansionBootcamp extends Camp<PolynomialExpansionBootcamp.Puzzle, PolynomialExpansionBootcamp.Answer> {
    private static final Knob<Integer> FACTORS = Knob.integer("factors", 2, 8, 2, "number of polynomial factors in the product");
    private static final Knob<Integer> MAX_DEGREE = Knob.integer("max-degree", 1, 4, 1, "largest degree of one factor");
    private static final Knob<Integer> MAX_COEFFICIENT = Knob.integer("max-coefficient", 1, 30, 5, "largest coefficient of a factor in absolute value");
    private static final Knob<Integer> MAX_POWER = Knob.integer("max-power", 1, 5, 1, "largest exponent a factor is raised to");
    private static final Knob<Integer> MAX_TOTAL_DEGREE = Knob.integer("max-total-degree", 2, 24, 12, "largest degree of the expanded polynomial");
    private static final BootcampInfo INFO = BootcampInfo.builder(PolynomialExpansionBootcamp.class)
            .title("Polynomial expansion")
            .domain("math")
            .tags("algebra", "polynomials", "expansion")
            .summary("Multiply out a product of polynomials in x, some raised to powers, and write the result expanded: a"
                    + " sum of monomials with like terms combined and no brackets. Checked by exact evaluation at random"
                    + " points (any term order and any equal coefficients, such as 3/2 or 1.5, are accepted) and by the"
                    + " form; an unexpanded or wrong polynomial is WRONG.")
            .knob(FACTORS)
            .knob(MAX_DEGREE)
            .knob(MAX_COEFFICIENT)
            .knob(MAX_POWER)
            .knob(MAX_TOTAL_DEGREE)
            .answerShape("the expanded polynomial in x, such as 4x^3 - x + 7")
            .severalAnswers()
            .build();

    private static final String VARIABLE = "x";

    /** The product as shown, and the expanded polynomial as canonical {@link Formula} text. */
    public record Puzzle(String product, String expanded) {
        public Puzzle {
            requireNonNull(product, "product is null");
            requireNonNull(expanded, "expanded is null");
        }
    }

    /** The answer as canonical {@link Formula} text. */
    public record Answer(String formula) {
        public Answer {
            requireNonNull(formula, "formula is null");
        }
    }

    public PolynomialExpansionBootcamp() {
        super(INFO, FormulaAnswers.codec().map(Answer::new, Answer::formula));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(FACTORS, Draw.scale(level, 2, 4))
                .with(MAX_DEGREE, Draw.scale(level, 1, 3))
                .with(MAX_COEFFICIENT, Draw.scale(level, 3, 9))
                .with(MAX_POWER, Draw.scale(level, 1, 3))
                .with(MAX_TOTAL_DEGREE, Draw.scale(level, 2, 10));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int budget = knobs.get(MAX_TOTAL_DEGREE);
        List<String> shown = new ArrayList<>();
        Polynomial product = Polynomial.ONE;
        int count = knobs.get(FACTORS);
        for (int i = 0; i < count; i++) {
            int left = budget - product.degree() - (count - i - 1);
            int degree = Math.max(1, Math.min(Draw.between(1, knobs.get(MAX_DEGREE), random), left));
            Polynomial factor = Polynomials.withTwoTerms(degree, knobs.get(MAX_COEFFICIENT), random);
            int power = Math.max(1, Math.min(Draw.between(1, knobs.get(MAX_POWER), random), left / degree));
            product = product.multiply(factor.pow(power));
            shown.add("(" + factor.text(VARIABLE) + ")" + (power > 1 ? "^" + power : ""));
        }
        return new Puzzle(String.join("", shown), FormulaAnswers.canonical(product.text(VARIABLE)));
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Expand and simplify this product of polynomials in x:\n\n    " + puzzle.product() + "\n\n"
                + "Here x^2 means x squared and a number or bracket written next to another means multiplication. Write the"
                + " result expanded: a sum of terms, each a number times a power of x, with like terms combined and no"
                + " brackets, for example 4x^3 - x + 7. Terms may be in any order.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.expanded());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Score score = FormulaAnswers.check(answer.formula(), Formula.parse(puzzle.expanded()), VARIABLE, "not equal to the product: ", "the expansion, ");
        if (score.passed() && !Formula.parse(answer.formula()).isExpandedPolynomial()) {
            return Score.wrong("equal to the product but not expanded: write a sum of terms c*x^k with like terms combined");
        }
        return score;
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        Polynomial expanded = Polynomial.interpolate(Formula.parse(puzzle.expanded()), VARIABLE, Formula.parse(puzzle.expanded()).degreeBound());
        int degree = expanded.degree();
        List<Answer> misses = new ArrayList<>();
        misses.add(answer(expanded.add(Polynomial.ONE).text(VARIABLE)));
        misses.add(answer(expanded.add(Polynomial.X.pow(degree)).text(VARIABLE)));
        int power = Draw.between(0, degree, random);
        Polynomial term = Polynomial.X.pow(power).scale(expanded.coefficient(power));
        if (term.isZero()) {
            term = Polynomial.X.pow(power);
        }
        misses.add(answer(expanded.subtract(term.scale(Rational.of(2))).text(VARIABLE)));
        misses.add(answer(puzzle.product()));
        // like terms left uncombined: equal in value, not expanded
        misses.add(answer(expanded.text(VARIABLE) + " + x^" + degree + " - x^" + degree));
        return misses;
    }

    private static Answer answer(String text) {
        return new Answer(FormulaAnswers.canonical(text));
    }

    @Override
    public double cost(Puzzle puzzle) {
        // multiplying out pairs terms of every total degree up to the result's: quadratic in that degree
        int degree = Formula.parse(puzzle.expanded()).degreeBound();
        return puzzle.product().length() + 4.0 * degree * degree;
    }
}
