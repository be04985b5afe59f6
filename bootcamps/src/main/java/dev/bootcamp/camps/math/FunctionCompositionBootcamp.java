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
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.camps.kit.Polynomial;
import dev.bootcamp.camps.kit.Polynomials;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Formula;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Compose polynomial and rational functions: the value of f(g(a)) at a point, or f(g(x)) as a simplified formula. */
@AutoService(Bootcamp.class)
public final class FunctionCompositionBootcamp extends Camp<FunctionCompositionBootcamp.Puzzle, FunctionCompositionBootcamp.Answer> {
    private static final Knob<Integer> FUNCTIONS = Knob.integer("functions", 2, 4, 2, "how many functions are composed");
    private static final Knob<Integer> MAX_DEGREE = Knob.integer("max-degree", 1, 3, 1, "largest degree of a polynomial function");
    private static final Knob<Integer> MAX_COEFFICIENT = Knob.integer("max-coefficient", 1, 20, 5, "largest coefficient in absolute value");
    private static final Knob<Boolean> FRACTIONS = Knob.flag("fractions", false, "whether functions of the form (ax + b)/(cx + d) appear");
    private static final Knob<String> MODE = Knob.choice("mode", List.of("value", "formula"), "value", "value: f(g(a)) at a point; formula: f(g(x)) simplified");
    private static final BootcampInfo INFO = BootcampInfo.builder(FunctionCompositionBootcamp.class)
            .title("Function composition")
            .domain("math")
            .tags("algebra", "functions", "composition")
            .summary("Given two to four functions of x (polynomials, and at higher levels fractions (ax + b)/(cx + d)),"
                    + " compute their composition f(g(...)): either its exact value at a point, or the composed function"
                    + " written simplified (an expanded polynomial, or one fraction of expanded polynomials). CORRECT when"
                    + " the value is exact or the formula is equal (exact evaluation at random points) and in the asked"
                    + " form; otherwise WRONG.")
            .knob(FUNCTIONS)
            .knob(MAX_DEGREE)
            .knob(MAX_COEFFICIENT)
            .knob(FRACTIONS)
            .knob(MODE)
            .answerShape("the exact value, or the simplified formula in x, as the question asks")
            .severalAnswers()
            .build();

    private static final String VARIABLE = "x";
    private static final List<String> NAMES = List.of("f", "g", "h", "k");
    private static final int ATTEMPTS = 200;
    /** Largest degree of a composition, and most digits of its value at the point. */
    private static final int DEGREE_CAP = 12;
    private static final int MAX_VALUE_DIGITS = 24;

    /** A function of x: numerator over denominator (the denominator is 1 for a polynomial), lowest degree first. */
    public record Function(List<Rational> numerator, List<Rational> denominator) {
        public Function {
            numerator = List.copyOf(numerator);
            denominator = List.copyOf(denominator);
        }

        static Function of(Polynomial numerator, Polynomial denominator) {
            return new Function(numerator.coefficients(), denominator.coefficients());
        }

        Polynomial top() {
            return new Polynomial(numerator);
        }

        Polynomial bottom() {
            return new Polynomial(denominator);
        }

        String text() {
            if (bottom().equals(Polynomial.ONE)) {
                return top().text(VARIABLE);
            }
            String bottom = bottom().text(VARIABLE);
            return "(" + top().text(VARIABLE) + ")/" + (bottom.equals(VARIABLE) ? bottom : "(" + bottom + ")");
        }

        /** This function applied to {@code inner}: multiply through by the inner denominator to the larger degree. */
        Function after(Function inner) {
            int degree = Math.max(top().degree(), bottom().degree());
            return of(homogenize(top(), inner, degree), homogenize(bottom(), inner, degree));
        }

        private static Polynomial homogenize(Polynomial outer, Function inner, int degree) {
            Polynomial result = Polynomial.ZERO;
            for (int i = 0; i <= outer.degree(); i++) {
                Polynomial term = inner.top().pow(i).multiply(inner.bottom().pow(degree - i)).scale(outer.coefficient(i));
                result = result.add(term);
            }
            return result;
        }
    }

    /**
     * The functions f, g, ... in order (the composition is f(g(...))), the mode, the point for the value mode, and the
     * composition (its value, or the composed function).
     */
    public record Puzzle(List<Function> functions, String mode, Rational point, Function composition, Rational value) {
        public Puzzle {
            functions = List.copyOf(functions);
            requireNonNull(mode, "mode is null");
            requireNonNull(point, "point is null");
            requireNonNull(composition, "composition is null");
            requireNonNull(value, "value is null");
        }
    }

    /** The answer as canonical {@link Formula} text (a number in the value mode). */
    public record Answer(String formula) {
        public Answer {
            requireNonNull(formula, "formula is null");
        }
    }

    public FunctionCompositionBootcamp() {
        super(INFO, FormulaAnswers.codec().map(Answer::new, Answer::formula));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(FUNCTIONS, level >= 6 ? 3 : 2)
                .with(MAX_DEGREE, level == 1 ? 1 : level <= 9 ? 2 : 3)
                .with(MAX_COEFFICIENT, Draw.scale(level, 4, 7))
                .with(FRACTIONS, level >= 7)
                .with(MODE, level <= 3 ? "value" : "formula");
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(FUNCTIONS);
        int maxCoefficient = knobs.get(MAX_COEFFICIENT);
        for (int attempt = 0; ; attempt++) {
            // when high degrees keep overflowing the bounds, linear pieces (which always fit) take over
            int maxDegree = attempt < ATTEMPTS ? knobs.get(MAX_DEGREE) : 1;
            List<Function> functions = new ArrayList<>();
            boolean fraction = false;
            for (int i = 0; i < count; i++) {
                boolean makeFraction = knobs.get(FRACTIONS) && (random.nextInt(3) == 0 || i == count - 1 && !fraction);
                fraction |= makeFraction;
                functions.add(makeFraction ? fraction(maxCoefficient, random) : polynomial(maxDegree, maxCoefficient, random));
            }
            Function composition = functions.get(count - 1);
            for (int i = count - 2; i >= 0; i--) {
                composition = functions.get(i).after(composition);
            }
            if (Math.max(composition.top().degree(), composition.bottom().degree()) > DEGREE_CAP) {
                continue;
            }
            Rational point = Rational.of(Draw.between(-4, 4, random));
            Rational value = valueAt(functions, point);
            if (value != null && value.digits() <= MAX_VALUE_DIGITS) {
                return new Puzzle(functions, knobs.get(MODE), point, composition, value);
            }
        }
    }

    /** A polynomial of degree 1 or more with at least two terms, so never the identity or a bare monomial. */
    private static Function polynomial(int maxDegree, int maxCoefficient, RandomGenerator random) {
        while (true) {
            Polynomial polynomial = Polynomial.random(Draw.between(1, maxDegree, random), maxCoefficient, random);
            if (Polynomials.terms(polynomial) >= 2) {
                return Function.of(polynomial, Polynomial.ONE);
            }
        }
    }

    /** (a x + b) / (c x + d) with c non-zero and ad - bc non-zero, so it is neither a polynomial nor a constant. */
    private static Function fraction(int maxCoefficient, RandomGenerator random) {
        while (true) {
            Polynomial top = Polynomial.random(1, maxCoefficient, random);
            Polynomial bottom = Polynomial.of(Draw.between(-maxCoefficient, maxCoefficient, random), Draw.between(1, Math.max(1, maxCoefficient / 2), random));
            Rational determinant = top.coefficient(1).multiply(bottom.coefficient(0)).subtract(top.coefficient(0).multiply(bottom.coefficient(1)));
            if (determinant.signum() != 0) {
                return Function.of(top, bottom);
            }
        }
    }

    /** f(g(...(point))), or null when some denominator is zero on the way. */
    private static Rational valueAt(List<Function> functions, Rational point) {
        Rational value = point;
        for (int i = functions.size() - 1; i >= 0; i--) {
            Rational bottom = functions.get(i).bottom().evaluate(value);
            if (bottom.signum() == 0) {
                return null;
            }
            value = functions.get(i).top().evaluate(value).divide(bottom);
        }
        return value;
    }

    private static String nested(int count, String argument) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(NAMES.get(i)).append('(');
        }
        return text.append(argument).append(")".repeat(count)).toString();
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder("Let\n\n");
        for (int i = 0; i < puzzle.functions().size(); i++) {
            text.append("    ").append(NAMES.get(i)).append("(x) = ").append(puzzle.functions().get(i).text()).append('\n');
        }
        text.append("\nwhere x^2 means x squared and a number or bracket next to another means multiplication. ");
        int count = puzzle.functions().size();
        if (puzzle.mode().equals("value")) {
            return text.append("Compute ").append(nested(count, puzzle.point().toString())).append(" exactly. Give the value as an"
                    + " integer, or as a fraction in lowest terms if it is not a whole number.").toString();
        }
        text.append("Find ").append(nested(count, VARIABLE)).append(" as a formula in x, simplified: ");
        boolean fractions = puzzle.functions().stream().anyMatch(function -> !function.bottom().equals(Polynomial.ONE));
        if (fractions) {
            return text.append("write it as a single fraction (P)/(Q) where P and Q are expanded polynomials in x (sums of"
                    + " terms c*x^k with like terms combined), such as (3x^2 - 1)/(2x + 5); it need not be in lowest terms.").toString();
        }
        return text.append("write it as an expanded polynomial (a sum of terms c*x^k with like terms combined and no brackets),"
                + " such as 4x^3 - x + 7.").toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        if (puzzle.mode().equals("value")) {
            return new Answer(FormulaAnswers.canonical(puzzle.value().toString()));
        }
        return new Answer(FormulaAnswers.canonical(formulaText(puzzle.composition())));
    }

    private static String formulaText(Function function) {
        if (function.bottom().equals(Polynomial.ONE)) {
            return function.top().text(VARIABLE);
        }
        return "(" + function.top().text(VARIABLE) + ")/(" + function.bottom().text(VARIABLE) + ")";
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Formula formula = FormulaAnswers.read(answer.formula());
        if (formula == null) {
            return Score.wrong("the answer is not a formula");
        }
        if (puzzle.mode().equals("value")) {
            if (!isNumber(formula)) {
                return Score.wrong("expected a single number, found " + Answers.abbreviate(formula.text()));
            }
            return NumberAnswers.check(puzzle.value(), formula.evaluate(Map.of()), "the value of the composition");
        }
        Formula expected = Formula.parse(FormulaAnswers.canonical(formulaText(puzzle.composition())));
        Score score = FormulaAnswers.check(answer.formula(), expected, VARIABLE, "not the composition: ", "the composition, ");
        if (score.passed() && !simplified(formula)) {
            return Score.wrong("equal to the composition but not simplified as asked (expanded polynomials, one fraction at most)");
        }
        return score;
    }

    /** A number written as an integer, a decimal or a fraction of two, perhaps negated. */
    private static boolean isNumber(Formula formula) {
        Formula unsigned = formula instanceof Formula.Negation negation ? negation.operand() : formula;
        if (unsigned instanceof Formula.Product product) {
            return product.numerator().size() == 1 && product.denominator().size() == 1
                    && product.numerator().get(0) instanceof Formula.Constant && product.denominator().get(0) instanceof Formula.Constant;
        }
        return unsigned instanceof Formula.Constant;
    }

    /** An expanded polynomial, or a single fraction of expanded polynomials, perhaps negated. */
    private static boolean simplified(Formula formula) {
        if (formula.isExpandedPolynomial()) {
            return true;
        }
        Formula unsigned = formula instanceof Formula.Negation negation ? negation.operand() : formula;
        return unsigned instanceof Formula.Product product && product.numerator().size() == 1 && product.denominator().size() == 1
                && product.numerator().get(0).isExpandedPolynomial() && product.denominator().get(0).isExpandedPolynomial();
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Function> reversed = new ArrayList<>(puzzle.functions());
        Collections.reverse(reversed);
        List<Answer> misses = new ArrayList<>();
        if (puzzle.mode().equals("value")) {
            misses.add(new Answer(FormulaAnswers.canonical(puzzle.value().add(Rational.ONE).toString())));
            Rational backwards = valueAt(reversed, puzzle.point());
            if (backwards != null && !backwards.equals(puzzle.value())) {
                misses.add(new Answer(FormulaAnswers.canonical(backwards.toString())));
            }
            misses.add(new Answer(FormulaAnswers.canonical("(" + puzzle.value() + ") + 0")));
            return misses;
        }
        Function composition = puzzle.composition();
        misses.add(new Answer(FormulaAnswers.canonical(formulaText(Function.of(composition.top().add(composition.bottom()), composition.bottom())))));
        Function backwards = reversed.get(reversed.size() - 1);
        for (int i = reversed.size() - 2; i >= 0; i--) {
            backwards = reversed.get(i).after(backwards);
        }
        Formula expected = Formula.parse(FormulaAnswers.canonical(formulaText(composition)));
        Answer backwardsAnswer = new Answer(FormulaAnswers.canonical(formulaText(backwards)));
        if (!Formula.equivalent(expected, Formula.parse(backwardsAnswer.formula()))) {
            misses.add(backwardsAnswer);
        }
        // substituted but not simplified: equal in value, wrong in form
        String inner = VARIABLE;
        for (int i = puzzle.functions().size() - 1; i >= 0; i--) {
            inner = "(" + puzzle.functions().get(i).text().replace(VARIABLE, "(" + inner + ")") + ")";
        }
        misses.add(new Answer(FormulaAnswers.canonical(inner)));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        List<Function> functions = puzzle.functions();
        int last = functions.size() - 1;
        double work = 0;
        if (puzzle.mode().equals("value")) {
            // Evaluating each function in turn: a multiply-add per coefficient, each as long as the value it works on.
            Rational value = puzzle.point();
            for (int i = last; i >= 0 && value != null; i--) {
                Function function = functions.get(i);
                long length = value.numerator().abs().toString().length()
                        + (value.isInteger() ? 0 : value.denominator().toString().length());
                work += (terms(function.top()) + terms(function.bottom())) * length;
                Rational bottom = function.bottom().evaluate(value);
                value = bottom.signum() == 0 ? null : function.top().evaluate(value).divide(bottom);
            }
            return work;
        }
        // Multiplying out: each step writes every coefficient of the composition so far.
        Function composition = functions.get(last);
        work += terms(composition.top()) + terms(composition.bottom());
        for (int i = last - 1; i >= 0; i--) {
            composition = functions.get(i).after(composition);
            work += 2 * (terms(composition.top()) + terms(composition.bottom()));
        }
        return work;
    }

    /** Non-zero coefficients; none for the denominator 1 of a polynomial, which costs nothing to carry along. */
    private static long terms(Polynomial polynomial) {
        if (polynomial.equals(Polynomial.ONE)) {
            return 0;
        }
        return Polynomials.terms(polynomial);
    }
}
