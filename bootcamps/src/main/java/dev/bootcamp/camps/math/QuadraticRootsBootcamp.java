package dev.bootcamp.camps.math;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.camps.kit.Polynomial;
import dev.bootcamp.camps.kit.Polynomials;
import dev.bootcamp.camps.kit.RationalRoots;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Find the real solutions of a quadratic equation whose roots are rational (or that has none). */
@AutoService(Bootcamp.class)
public final class QuadraticRootsBootcamp extends Camp<QuadraticRootsBootcamp.Puzzle, QuadraticRootsBootcamp.Answer> {
    private static final Knob<Integer> MAX_ROOT = Knob.integer("max-root", 1, 30, 5, "largest numerator of a root in absolute value");
    private static final Knob<Double> FRACTIONAL_ROOTS = Knob.decimal("fractional-roots", 0, 1, 0, "chance that a root is a fraction p/q rather than an integer");
    private static final Knob<Integer> MAX_DENOMINATOR = Knob.integer("max-denominator", 2, 9, 2, "largest denominator of a fractional root");
    private static final Knob<Integer> MAX_CONTENT = Knob.integer("max-content", 1, 9, 1, "largest constant factor of the quadratic");
    private static final Knob<Double> DOUBLE_ROOT = Knob.decimal("double-root", 0, 1, 0, "chance that the two roots coincide");
    private static final Knob<Double> NO_REAL_ROOTS = Knob.decimal("no-real-roots", 0, 1, 0, "chance that the equation has no real solution");
    private static final Knob<Boolean> BOTH_SIDES = Knob.flag("both-sides", false, "whether terms appear on both sides of the equation");
    private static final BootcampInfo INFO = BootcampInfo.builder(QuadraticRootsBootcamp.class)
            .title("Roots of a quadratic equation")
            .domain("math")
            .tags("algebra", "quadratics", "equations")
            .summary("Solve a quadratic equation in x with integer coefficients, perhaps with terms on both sides, giving"
                    + " the set of its real solutions as exact numbers (all are rational), or none when it has no real"
                    + " solution. CORRECT when the set is exactly right, in any order and any exact form (3/2, 1.5);"
                    + " a missing, extra or wrong solution is WRONG.")
            .version(2)
            .knob(MAX_ROOT)
            .knob(FRACTIONAL_ROOTS)
            .knob(MAX_DENOMINATOR)
            .knob(MAX_CONTENT)
            .knob(DOUBLE_ROOT)
            .knob(NO_REAL_ROOTS)
            .knob(BOTH_SIDES)
            .answerShape("the real solutions as exact numbers separated by commas (fractions like 7/3 allowed), or the word none")
            .build();

    private static final String VARIABLE = "x";
    /** Longest answer read, in characters. */
    private static final int MAX_ANSWER = 1_000;
    /** Most solutions read; a quadratic has at most two. */
    private static final int MAX_ITEMS = 10;
    private static final List<String> NONE = List.of("none", "no solution", "no solutions", "no real solution", "no real solutions",
            "no real roots", "no roots", "empty", "empty set", "\u2205", "{}", "\\emptyset", "\\varnothing");

    /**
     * The equation as shown, its real solutions in increasing order, the quadratic with every term on the left (integer
     * coefficients), and how many terms were written on the right.
     */
    public record Puzzle(String equation, List<Rational> roots, Polynomial quadratic, int rightTerms) {
        public Puzzle {
            requireNonNull(equation, "equation is null");
            roots = List.copyOf(roots);
            requireNonNull(quadratic, "quadratic is null");
        }
    }

    /** Distinct solutions in increasing order; empty for none. */
    public record Answer(List<Rational> roots) {
        public Answer {
            roots = List.copyOf(new TreeSet<>(roots));
        }
    }

    public QuadraticRootsBootcamp() {
        super(INFO, Codec.of(QuadraticRootsBootcamp::write, QuadraticRootsBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(MAX_ROOT, Draw.scale(level, 9, 15))
                .with(FRACTIONAL_ROOTS, level <= 3 ? 0.0 : Math.min(0.6, (level - 3) / 10.0))
                .with(MAX_DENOMINATOR, Draw.scale(level, 2, 6))
                .with(MAX_CONTENT, Draw.scale(level, 1, 4))
                .with(DOUBLE_ROOT, level <= 3 ? 0.0 : 0.1)
                .with(NO_REAL_ROOTS, level <= 4 ? 0.0 : 0.02)
                .with(BOTH_SIDES, level >= 2);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int content = Draw.between(1, knobs.get(MAX_CONTENT), random) * (random.nextBoolean() && knobs.get(MAX_CONTENT) > 1 ? -1 : 1);
        Polynomial quadratic;
        List<Rational> roots = new ArrayList<>();
        double kind = random.nextDouble();
        if (kind < knobs.get(NO_REAL_ROOTS)) {
            quadratic = RationalRoots.withoutRealRoots(knobs.get(MAX_ROOT), random).scale(Rational.of(content));
        } else {
            Rational first = RationalRoots.draw(knobs.get(MAX_ROOT), knobs.get(FRACTIONAL_ROOTS), knobs.get(MAX_DENOMINATOR), random);
            Rational second = kind < knobs.get(NO_REAL_ROOTS) + knobs.get(DOUBLE_ROOT) ? first : RationalRoots.draw(knobs.get(MAX_ROOT), knobs.get(FRACTIONAL_ROOTS), knobs.get(MAX_DENOMINATOR), random);
            while (second.equals(first) && kind >= knobs.get(NO_REAL_ROOTS) + knobs.get(DOUBLE_ROOT)) {
                second = RationalRoots.draw(knobs.get(MAX_ROOT), knobs.get(FRACTIONAL_ROOTS), knobs.get(MAX_DENOMINATOR), random);
            }
            quadratic = RationalRoots.factor(first).multiply(RationalRoots.factor(second)).scale(Rational.of(content));
            roots.add(first);
            roots.add(second);
        }
        String equation = quadratic.text(VARIABLE) + " = 0";
        int rightTerms = 0;
        if (knobs.get(BOTH_SIDES)) {
            Polynomial right = Polynomial.random(Draw.between(1, 2, random), 2 * knobs.get(MAX_ROOT), random);
            equation = quadratic.add(right).text(VARIABLE) + " = " + right.text(VARIABLE);
            rightTerms = (int) Polynomials.terms(right);
        }
        return new Puzzle(equation, List.copyOf(new TreeSet<>(roots)), quadratic, rightTerms);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Find all real solutions x of this equation:\n\n    " + puzzle.equation() + "\n\n"
                + "Here x^2 means x squared and a number next to x means multiplication. Every real solution is a rational"
                + " number. Give each distinct solution once, as an integer or a fraction in lowest terms, separated by"
                + " commas in any order; if there is no real solution, answer none.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.roots());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Rational> missing = new ArrayList<>(puzzle.roots());
        missing.removeAll(answer.roots());
        List<Rational> extra = new ArrayList<>(answer.roots());
        extra.removeAll(puzzle.roots());
        if (missing.isEmpty() && extra.isEmpty()) {
            return Score.correct(puzzle.roots().isEmpty() ? "no real solutions" : "all " + puzzle.roots().size() + " solutions");
        }
        if (!extra.isEmpty()) {
            return Score.wrong(Answers.abbreviate(extra.get(0).toString()) + " is not a solution");
        }
        return Score.wrong("misses " + missing.size() + " solution" + (missing.size() == 1 ? "" : "s"));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        if (gold.roots().isEmpty()) {
            misses.add(new Answer(List.of(Rational.ZERO)));
            return misses;
        }
        misses.add(new Answer(gold.roots().stream().map(Rational::negate).toList()));
        misses.add(new Answer(gold.roots().subList(0, gold.roots().size() - 1)));
        List<Rational> shifted = new ArrayList<>(gold.roots());
        shifted.set(0, shifted.get(0).add(Rational.ONE));
        misses.add(new Answer(shifted));
        misses.add(new Answer(List.of()));
        return misses.stream().filter(miss -> !miss.equals(gold)).toList();
    }

    /**
     * Work by the rational root theorem: the candidates p/q (p dividing the constant term, or the x term when the constant
     * is 0, and q dividing the leading coefficient, either sign), plus two steps per term moved from the right side.
     */
    @Override
    public double cost(Puzzle puzzle) {
        BigInteger constant = puzzle.quadratic().coefficient(0).numerator();
        if (constant.signum() == 0) {
            constant = puzzle.quadratic().coefficient(1).numerator();
        }
        return 2.0 * divisors(constant) * divisors(puzzle.quadratic().leading().numerator()) + 2 * puzzle.rightTerms();
    }

    private static int divisors(BigInteger value) {
        long n = value.abs().longValueExact();
        int count = 0;
        for (long d = 1; d <= n && count < 10_000; d++) {
            count += n % d == 0 ? 1 : 0;
        }
        return Math.max(1, count);
    }

    private static String write(Answer answer) {
        if (answer.roots().isEmpty()) {
            return "none";
        }
        return String.join(", ", answer.roots().stream().map(Rational::toString).toList());
    }

    /** Reads {@code -3/2, 4}, {@code x = -3/2 or x = 4}, {@code {4; -1.5}} or {@code none}. */
    private static Answer read(String text) {
        NumberAnswers.capped(text, MAX_ANSWER);
        String body = Answers.stripDecoration(text).toLowerCase(Locale.ROOT).replace("\\{", "{").replace("\\}", "}");
        if (NONE.contains(Answers.normalize(body)) || NONE.contains(Answers.normalize(body.replaceAll("\\s+", "")))) {
            return new Answer(List.of());
        }
        body = Answers.stripDecoration(body).replace(" and ", ",").replace(" or ", ",");
        List<Rational> roots = new ArrayList<>();
        for (String piece : body.split("[,;]", -1)) {
            String item = piece.strip();
            item = NumberAnswers.afterLastEquals(item).strip();
            if (item.isEmpty()) {
                throw new AnswerFormatException("an empty item in the list of solutions");
            }
            roots.add(Answers.rational(item));
            if (roots.size() > MAX_ITEMS) {
                throw new AnswerFormatException("more than " + MAX_ITEMS + " solutions listed; a quadratic has at most two");
            }
        }
        return new Answer(roots);
    }
}
