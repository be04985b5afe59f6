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
import dev.bootcamp.camps.kit.Expression;
import dev.bootcamp.camps.kit.Expression.Operation;
import dev.bootcamp.camps.kit.Expression.Operator;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** The Countdown numbers game: reach a target with + - * / over given numbers, every step a positive whole number. */
@AutoService(Bootcamp.class)
public final class CountdownBootcamp extends Camp<CountdownBootcamp.Puzzle, CountdownBootcamp.Answer> {
    private static final Knob<Integer> NUMBERS = Knob.integer("numbers", 2, 12, 6, "how many numbers are given");
    private static final Knob<Integer> USED = Knob.integer("used", 2, 12, 4, "how many of them the generator's own solution uses (capped at numbers)");
    private static final Knob<Integer> MAX_NUMBER = Knob.integer("max-number", 1, 1000, 50, "largest given number (numbers are 1..max-number)");
    private static final Knob<Integer> TARGET_DIGITS = Knob.integer("target-digits", 1, 7, 3, "digits of the target, when such a target can be reached");
    private static final BootcampInfo INFO = BootcampInfo.builder(CountdownBootcamp.class)
            .title("Countdown numbers game")
            .domain("math")
            .tags("arithmetic", "search", "countdown")
            .summary("Write an expression with +, -, *, / and parentheses that equals a target, using each given number at"
                    + " most as often as it is given and no other numbers, with every intermediate result a positive whole"
                    + " number (classic Countdown rules). Any such expression is CORRECT; a wrong value, an unlisted or"
                    + " overused number, or a step giving a fraction, zero or a negative number is WRONG.")
            .knob(NUMBERS)
            .knob(USED)
            .knob(MAX_NUMBER)
            .knob(TARGET_DIGITS)
            .answerShape("one arithmetic expression over the given numbers")
            .severalAnswers()
            .build();

    /** Longest answer text read, in characters. */
    private static final int MAX_ANSWER = 500;

    /** The numbers in the order shown, the target, and one solution found at generation (canonical text). */
    public record Puzzle(List<Integer> numbers, long target, String solution) {
        public Puzzle {
            numbers = List.copyOf(numbers);
            requireNonNull(solution, "solution is null");
        }
    }

    /** The expression in canonical text, as {@link Expression#text()} prints it. */
    public record Answer(String expression) {
        public Answer {
            requireNonNull(expression, "expression is null");
        }
    }

    public CountdownBootcamp() {
        super(INFO, Codec.of(Answer::expression, CountdownBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(NUMBERS, Draw.scale(level, 3, 7))
                .with(USED, Draw.scale(level, 2, 6))
                .with(MAX_NUMBER, Draw.scale(level, 10, 100))
                .with(TARGET_DIGITS, Draw.scale(level, 1, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(NUMBERS);
        return CountdownGenerator.generate(count, Math.min(knobs.get(USED), count), knobs.get(MAX_NUMBER),
                knobs.get(TARGET_DIGITS), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Reach the target number by combining some of the given numbers with arithmetic.\n\n"
                + "Numbers: " + String.join(", ", puzzle.numbers().stream().map(String::valueOf).toList()) + "\n"
                + "Target: " + puzzle.target() + "\n\n"
                + "Rules:\n"
                + "- You may use + (addition), - (subtraction), * (multiplication), / (division) and parentheses.\n"
                + "- Each number may be used at most as many times as it appears in the list; you need not use them all."
                + " No other numbers may appear, and digits may not be joined to make new numbers.\n"
                + "- Every intermediate result, and the final one, must be a positive whole number: no fractions, no zero"
                + " and no negative numbers at any step.\n"
                + "- Steps follow the usual order of operations (parentheses first, * and / before + and -, otherwise left"
                + " to right), so 3 - 5 + 4 is not allowed (3 - 5 is negative) but 3 + 4 - 5 is.\n\n"
                + "Write your answer as a single expression such as (a + b) * c - d with the actual numbers in place of the"
                + " letters. Do not add \"= " + puzzle.target() + "\" or any other text.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Expression expression;
        try {
            expression = Expression.parse(answer.expression());
        } catch (AnswerFormatException e) {
            return Score.wrong("not an expression: " + e.getMessage());
        }
        Map<Long, Integer> available = new TreeMap<>();
        puzzle.numbers().forEach(number -> available.merge((long) number, 1, Integer::sum));
        Map<Long, Integer> usedCounts = new TreeMap<>();
        for (long number : expression.literals()) {
            int uses = usedCounts.merge(number, 1, Integer::sum);
            int given = available.getOrDefault(number, 0);
            if (given == 0) {
                return Score.wrong("uses " + number + ", which is not one of the given numbers");
            }
            if (uses > given) {
                return Score.wrong("uses " + number + " more often than it is given (" + uses + " times, given " + given + ")");
            }
        }
        Evaluation evaluation = evaluate(expression);
        if (evaluation.problem() != null) {
            return Score.wrong(evaluation.problem() + "; every step must give a positive whole number");
        }
        if (!evaluation.value().equals(Rational.of(puzzle.target()))) {
            return Score.wrong("the expression equals " + evaluation.value() + ", not the target " + puzzle.target());
        }
        return Score.correct("reaches " + puzzle.target() + " with " + expression.literals().size() + " numbers");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        Expression solution = Expression.parse(gold.expression());
        List<Long> literals = solution.literals();
        List<Expression> misses = new ArrayList<>();
        int changed = random.nextInt(literals.size());
        long replacement = literals.get(changed) + 1;
        for (int number : puzzle.numbers()) {
            if (number != literals.get(changed) && count(puzzle.numbers(), number) > count(literals, number)) {
                replacement = number; // a spare given number keeps every number legal, so only the value is wrong
                break;
            }
        }
        misses.add(solution.withLiteral(changed, replacement));
        misses.add(Expression.of(Operator.ADD, solution, Expression.literal(1)));
        long absent = 1;
        while (puzzle.numbers().contains((int) absent)) {
            absent++;
        }
        misses.add(Expression.of(Operator.SUBTRACT, Expression.of(Operator.ADD, solution, Expression.literal(absent)), Expression.literal(absent)));
        for (int number : puzzle.numbers()) {
            if (count(puzzle.numbers(), number) - count(literals, number) <= 1) {
                // two more copies of a number with at most one spare copy is always one too many
                Expression twice = Expression.of(Operator.ADD, solution, Expression.literal(number));
                misses.add(Expression.of(Operator.SUBTRACT, twice, Expression.literal(number)));
                break;
            }
        }
        if (!puzzle.numbers().contains((int) Math.min(puzzle.target(), Integer.MAX_VALUE))) {
            misses.add(Expression.literal(puzzle.target()));
        }
        return misses.stream().map(miss -> new Answer(miss.text())).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.numbers().size() * Expression.parse(puzzle.solution()).literals().size() * Math.log10(10.0 * puzzle.target());
    }

    private static long count(List<? extends Number> numbers, long number) {
        return numbers.stream().filter(item -> item.longValue() == number).count();
    }

    /** The value of an expression, or the first step (in evaluation order) that is not a positive whole number. */
    private record Evaluation(Rational value, String problem) {}

    private static Evaluation evaluate(Expression expression) {
        if (!(expression instanceof Operation operation)) {
            return new Evaluation(expression.value(), null);
        }
        Evaluation left = evaluate(operation.left());
        if (left.problem() != null) {
            return left;
        }
        Evaluation right = evaluate(operation.right());
        if (right.problem() != null) {
            return right;
        }
        String step = left.value() + " " + operation.operator().symbol() + " " + right.value();
        if (operation.operator() == Operator.DIVIDE && right.value().signum() == 0) {
            return new Evaluation(null, step + " divides by zero");
        }
        Rational value = operation.operator().apply(left.value(), right.value());
        if (value.signum() <= 0 || !value.isInteger()) {
            return new Evaluation(null, step + " gives " + value);
        }
        return new Evaluation(value, null);
    }

    /**
     * Reads one expression. The prompt asks for the expression alone and says not to add "= target", so any {@code =}
     * makes the answer malformed rather than being read past.
     */
    private static Answer read(String text) {
        String body = NumberAnswers.capped(text, MAX_ANSWER).strip();
        if (body.endsWith(".")) {
            body = body.substring(0, body.length() - 1);
        }
        if (body.indexOf('=') >= 0) {
            throw new AnswerFormatException("expected the expression alone, without '=' or a stated value");
        }
        return new Answer(Expression.parse(body).text());
    }
}
