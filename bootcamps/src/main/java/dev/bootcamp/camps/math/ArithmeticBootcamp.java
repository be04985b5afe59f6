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
import dev.bootcamp.camps.kit.Expression;
import dev.bootcamp.camps.kit.Expression.Operator;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Evaluate an integer expression with + - * / and parentheses exactly, as an integer or a fraction. */
@AutoService(Bootcamp.class)
public final class ArithmeticBootcamp extends Camp<ArithmeticBootcamp.Puzzle, ArithmeticBootcamp.Answer> {
    private static final Knob<Integer> OPERANDS = Knob.integer("operands", 2, 30, 4, "how many numbers the expression contains");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 12, 2, "most operations nested inside one another (raised to fit the operands)");
    private static final Knob<Integer> DIGITS = Knob.integer("digits", 1, 6, 1, "most digits in one number");
    private static final Knob<Integer> OPERATORS = Knob.integer("operators", 1, 4, 4, "which operators appear: 1 is +, 2 adds -, 3 adds *, 4 adds /");
    private static final Knob<Boolean> NEGATIVES = Knob.flag("negatives", false, "whether negative numbers such as (-7) appear");
    private static final BootcampInfo INFO = BootcampInfo.builder(ArithmeticBootcamp.class)
            .title("Exact arithmetic")
            .version(2)
            .domain("math")
            .tags("arithmetic", "fractions", "order-of-operations")
            .summary("Evaluate a random expression over integers with +, -, *, / and parentheses, where / is exact"
                    + " division, and give its value as an integer or a fraction. Any exactly equal form is CORRECT"
                    + " (7/4, 1.75, 1 3/4, \\frac{7}{4}); any other value is WRONG.")
            .knob(OPERANDS)
            .knob(DEPTH)
            .knob(DIGITS)
            .knob(OPERATORS)
            .knob(NEGATIVES)
            .answerShape("the exact value as an integer or a fraction in lowest terms (such as -7/4)")
            .uniqueSolution()
            .build();

    private static final List<Operator> ALL_OPERATORS = List.of(Operator.ADD, Operator.SUBTRACT, Operator.MULTIPLY, Operator.DIVIDE);
    /** Longest answer text read; bounds the recursion of LaTeX fractions in {@link Answers#rational}. */
    private static final int MAX_ANSWER = 400;
    private static final int ATTEMPTS = 50;

    /** The expression as shown, and its exact value. */
    public record Puzzle(String expression, Rational value) {
        public Puzzle {
            requireNonNull(expression, "expression is null");
            requireNonNull(value, "value is null");
        }
    }

    public record Answer(Rational value) {
        public Answer {
            requireNonNull(value, "value is null");
        }
    }

    public ArithmeticBootcamp() {
        super(INFO, NumberAnswers.rational(MAX_ANSWER).map(Answer::new, Answer::value));
    }

    @Override
    public Knobs atLevel(int level) {
        int operators = level >= 5 ? 4 : Math.min(level, 3);
        return INFO.defaults()
                .with(OPERANDS, Draw.scale(level, 2, 12))
                .with(DEPTH, Draw.scale(level, 1, 6))
                .with(DIGITS, Draw.scale(level, 2, 3))
                .with(OPERATORS, operators)
                .with(NEGATIVES, level >= 7);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int operands = knobs.get(OPERANDS);
        int depth = Math.max(knobs.get(DEPTH), 32 - Integer.numberOfLeadingZeros(operands - 1));
        int digits = knobs.get(DIGITS);
        List<Operator> operators = ALL_OPERATORS.subList(0, knobs.get(OPERATORS));
        boolean negatives = knobs.get(NEGATIVES);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Term term = new Builder(random, digits, operators, negatives).build(operands, depth);
            if (term != null) {
                return new Puzzle(term.expression().text(), term.value());
            }
        }
        // Sums and differences of integers always stay within the bounds, so this cannot fail.
        Term term = new Builder(random, digits, ALL_OPERATORS.subList(0, Math.min(2, operators.size())), negatives).build(operands, depth);
        return new Puzzle(term.expression().text(), term.value());
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder("Compute the exact value of this expression:\n\n    ")
                .append(puzzle.expression()).append("\n\n");
        text.append("Here * is multiplication and / is exact division (not integer division), so the value may be a fraction."
                + " The usual order of operations applies: parentheses first, then * and / before + and -, and operations"
                + " of equal precedence from left to right.");
        if (puzzle.expression().contains("(-")) {
            text.append(" Negative numbers are written in parentheses, such as (-7).");
        }
        text.append("\n\nGive the value as an integer, or as a fraction in lowest terms if it is not a whole number.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.value());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return NumberAnswers.check(puzzle.value(), answer.value(), "the value of the expression");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        Rational value = puzzle.value();
        List<Rational> misses = new ArrayList<>(List.of(value.add(Rational.ONE), value.subtract(Rational.ONE)));
        if (value.signum() != 0) {
            misses.add(value.negate());
            misses.add(new Rational(value.denominator(), value.numerator()));
        }
        try {
            misses.add(Expression.parseIgnoringPrecedence(puzzle.expression()).value());
        } catch (ArithmeticException e) {
            // read carelessly, the expression divides by zero: no such near miss
        }
        return NumberAnswers.misses(value, misses, Answer::new);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.expression().length();
    }

    /**
     * The value is unique by definition; counting re-reads the printed expression with the answer parser, so a
     * printing bug (a lost parenthesis) shows up as a puzzle with no solution.
     */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return Expression.parse(puzzle.expression()).value().equals(puzzle.value()) ? Math.min(1, limit) : 0;
    }

    private record Term(Expression expression, Rational value) {}

    /**
     * Builds a random tree of a given size and height bottom-up, trying other operators and then other subtrees when
     * an operation divides by zero or leaves the bounds; gives up (null) once its step budget is spent.
     */
    private static final class Builder {
        private static final int STEPS = 2_000;
        private static final int SPLITS = 4;

        private final RandomGenerator random;
        private final int digits;
        private final List<Operator> operators;
        private final boolean negatives;
        private final BigInteger maxNumerator;
        private final BigInteger maxDenominator;
        private int steps = STEPS;

        Builder(RandomGenerator random, int digits, List<Operator> operators, boolean negatives) {
            this.random = random;
            this.digits = digits;
            this.operators = operators;
            this.negatives = negatives;
            this.maxNumerator = BigInteger.TEN.pow(2 * digits + 4);
            this.maxDenominator = BigInteger.TEN.pow(digits + 2);
        }

        Term build(int leaves, int height) {
            if (--steps < 0) {
                return null;
            }
            if (leaves == 1) {
                long magnitude = Draw.between(1, (int) Math.pow(10, digits) - 1, random);
                long value = negatives && random.nextInt(4) == 0 ? -magnitude : magnitude;
                return new Term(Expression.literal(value), Rational.of(value));
            }
            int half = 1 << (height - 1);
            int fewest = Math.max(1, leaves - half);
            int most = Math.min(leaves - 1, half);
            for (int split = 0; split < SPLITS; split++) {
                int leftLeaves = Draw.between(fewest, most, random);
                Term left = build(leftLeaves, height - 1);
                Term right = left == null ? null : build(leaves - leftLeaves, height - 1);
                if (right == null) {
                    return null;
                }
                Term combined = combine(left, right);
                if (combined != null) {
                    return combined;
                }
            }
            return null;
        }

        private Term combine(Term left, Term right) {
            int first = random.nextInt(operators.size());
            for (int i = 0; i < operators.size(); i++) {
                Operator operator = operators.get((first + i) % operators.size());
                if (operator == Operator.DIVIDE && right.value().signum() == 0) {
                    continue;
                }
                Rational value = operator.apply(left.value(), right.value());
                if (value.numerator().abs().compareTo(maxNumerator) < 0 && value.denominator().compareTo(maxDenominator) < 0) {
                    return new Term(Expression.of(operator, left.expression(), right.expression()), value);
                }
            }
            return null;
        }
    }
}
