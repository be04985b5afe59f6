package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Expression;
import dev.bootcamp.camps.kit.tools.Calculator;
import dev.bootcamp.camps.kit.tools.Command;
import dev.bootcamp.camps.kit.tools.Numbers;
import dev.bootcamp.camps.kit.tools.ToolException;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Tool use with a calculator that takes few operations per call: the player must work out a long expression over big
 * numbers exactly, calling {@code calc} on parts of it and naming earlier results r1, r2, ..., then answer. The
 * expert calls the calculator once per operation of the expression, innermost first, and answers its last result.
 */
@AutoService(Interactive.class)
public final class CalculatorToolBootcamp implements Interactive<CalculatorToolBootcamp.State> {
    private static final List<String> VERBS = List.of("calc", "calculate", "compute", "answer");
    /** The most operations one calculator call may hold. */
    static final int OPERATIONS_PER_CALL = 2;
    private static final Knob<Integer> OPERATIONS = Knob.integer("operations", 1, 20, 6, "how many operations the expression has");
    private static final Knob<Integer> DIGITS = Knob.integer("digits", 2, 18, 8, "the most digits of a number in the expression");
    private static final BootcampInfo INFO = BootcampInfo.builder(CalculatorToolBootcamp.class)
            .title("Calculator tool")
            .domain("interactive")
            .tags("interactive", "tool-use", "arithmetic", "big-numbers")
            .summary("Work out the exact value of an expression of `operations` additions, subtractions and multiplications"
                    + " of numbers with up to `digits` digits, with a calculator that takes at most " + OPERATIONS_PER_CALL
                    + " operations per call and names its results r1, r2, ...; then `answer N`. CORRECT when the answer is"
                    + " exact, WRONG otherwise; the first answer ends the episode. The turn limit is the expert's calls plus two.")
            .knob(OPERATIONS)
            .knob(DIGITS)
            .answerShape("one call per turn: 'calc EXPRESSION' or 'answer N'")
            .build();

    /**
     * An episode: the expression's text, the expert's calls (one per operation), its value, the calculator's results so far (r1 first), the answer given (empty before any) and the turn limit.
     */
    public record State(String expression, List<String> steps, BigInteger value, List<Rational> results, String answered,
            int limit) {
        public State {
            steps = List.copyOf(steps);
            results = List.copyOf(results);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(OPERATIONS, Draw.scale(level, 2, 14)).with(DIGITS, Draw.scale(level, 5, 18));
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int operations = knobs.get(OPERATIONS);
        int digits = knobs.get(DIGITS);
        List<Expression> parts = new ArrayList<>();
        for (int i = 0; i <= operations; i++) {
            int length = Math.max(2, digits - random.nextInt(Math.max(1, digits / 3)));
            long low = pow10(length - 1);
            parts.add(Expression.literal(low + random.nextLong(9 * low)));
        }
        Expression.Operator[] operators = {Expression.Operator.ADD, Expression.Operator.SUBTRACT, Expression.Operator.MULTIPLY};
        while (parts.size() > 1) {
            int at = random.nextInt(parts.size() - 1);
            Expression joined = Expression.of(operators[random.nextInt(operators.length)], parts.get(at), parts.get(at + 1));
            parts.set(at, joined);
            parts.remove(at + 1);
        }
        List<String> steps = new ArrayList<>();
        steps(parts.get(0), steps);
        return new State(parts.get(0).text(), steps, parts.get(0).value().numerator(), List.of(), "", operations + 3);
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }

    @Override
    public String opening(State state) {
        return "Work out the exact value of this expression (usual precedence: * before + and -):\n\n" + state.expression()
                + "\n\nYou have a calculator. Each turn, make one call:\n"
                + "- \"calc EXPRESSION\" evaluates an expression exactly, with + - * / ^ and parentheses, but with at most "
                + OPERATIONS_PER_CALL + " operations per call. Its results are named r1, r2, r3, ... in order, and you can use"
                + " those names in later calls, for example \"calc r1 * 40213 - r2\".\n"
                + "- \"answer N\" gives your final answer, a whole number such as \"answer -1234567\". Your first answer ends"
                + " the episode; it must be exactly right.\n"
                + "A call the calculator cannot read or that has too many operations is refused and still costs the turn. You"
                + " have " + state.limit() + " turns.";
    }

    @Override
    public Turn<State> act(State state, String action) {
        Command command = Command.read(action, VERBS);
        if (command.is("calc", "calculate", "compute")) {
            Map<String, Rational> names = new LinkedHashMap<>();
            for (int i = 0; i < state.results().size(); i++) {
                names.put("r" + (i + 1), state.results().get(i));
            }
            try {
                Rational value = Calculator.evaluate(command.rest(), names, OPERATIONS_PER_CALL).value();
                List<Rational> results = new ArrayList<>(state.results());
                results.add(value);
                return Turn.next(new State(state.expression(), state.steps(), state.value(), results, "", state.limit()),
                        "r" + results.size() + " = " + Calculator.show(value));
            } catch (ToolException e) {
                return Turn.next(state, "The calculator refused that call: " + e.getMessage() + ". Nothing was stored.");
            }
        }
        if (command.is("answer")) {
            Optional<BigInteger> value = Numbers.firstWhole(command.rest());
            if (value.isEmpty()) {
                return Turn.next(state, "Give the answer as a whole number, such as \"answer -1234567\". Nothing happened.");
            }
            State next = new State(state.expression(), state.steps(), state.value(), state.results(), value.get().toString(), state.limit());
            return Turn.last(next, won(next) ? "Correct." : "That is not the value of the expression.");
        }
        return Turn.next(state, "Unreadable call \"" + Command.abbreviate(action, 40) + "\". Use \"calc EXPRESSION\" (at most "
                + OPERATIONS_PER_CALL + " operations) or \"answer N\".");
    }

    private static boolean won(State state) {
        return state.answered().equals(state.value().toString());
    }

    @Override
    public Score outcome(State state) {
        if (won(state)) {
            return Score.correct("the exact value after " + state.results().size() + " calculator calls");
        }
        return Score.wrong((state.answered().isEmpty() ? "no answer given" : "answered " + state.answered())
                + "; the value was " + state.value());
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /** One operation per call, innermost first (the order of the expression's operations after their operands). */
    @Override
    public String expertAction(State state) {
        if (state.results().size() < state.steps().size()) {
            return "calc " + state.steps().get(state.results().size());
        }
        return "answer " + Calculator.show(state.results().get(state.results().size() - 1));
    }

    /** Appends the call for each operation after its operands' calls; returns how the node is named in a later call. */
    private static String steps(Expression expression, List<String> steps) {
        if (expression instanceof Expression.Operation operation) {
            String left = steps(operation.left(), steps);
            String right = steps(operation.right(), steps);
            steps.add(left + " " + operation.operator().symbol() + " " + right);
            return "r" + steps.size();
        }
        return expression.text();
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        if (random.nextInt(4) == 0) {
            return "answer " + (random.nextBoolean() ? "-" : "") + new BigInteger(Math.max(8, state.value().bitLength()), new java.util.Random(random.nextLong()));
        }
        return "calc " + random.nextInt(100_000) + " " + "+-*".charAt(random.nextInt(3)) + " " + random.nextInt(100_000);
    }

    @Override
    public double cost(State state) {
        return state.limit() * (double) state.expression().length();
    }
}
