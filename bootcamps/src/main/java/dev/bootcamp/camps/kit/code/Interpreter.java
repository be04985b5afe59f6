package dev.bootcamp.camps.kit.code;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a {@link Program} under the rules of a {@link Language}, within a step limit, recording a {@link Run}. Values
 * are {@link Long}, {@link Boolean}, {@link String} and mutable {@code List<Long>} (shared by reference, so aliasing
 * behaves as in Python and JavaScript; C++ copies a list when it is assigned or returned). A step is one statement
 * started, one loop test or one call. The interpreter never recurses deeper than {@link #MAX_DEPTH} calls.
 */
public final class Interpreter {
    /** The deepest call nesting a run may reach before it stops with {@link Fault#LIMIT}. */
    public static final int MAX_DEPTH = 300;
    private static final long BOUND = Integer.MAX_VALUE;

    /** Told about each statement just before it starts, with the variables of the running function. */
    public interface Watcher {
        void before(Stmt statement, Map<String, Object> variables, int depth);
    }

    private final Program program;
    private final Language language;
    private final int stepLimit;
    private final Watcher watcher;
    private final List<String> output = new ArrayList<>();
    private final IdentityHashMap<Stmt, Integer> hits = new IdentityHashMap<>();
    private final Map<String, Integer> calls = new TreeMap<>();
    private int steps;
    private int depth;
    private int maxDepth;

    private Interpreter(Program program, Language language, int stepLimit, Watcher watcher) {
        this.program = program;
        this.language = language;
        this.stepLimit = stepLimit;
        this.watcher = watcher;
    }

    /** Runs the main body of {@code program}. */
    public static Run run(Program program, Language language, int stepLimit) {
        return run(program, language, stepLimit, null);
    }

    /** Runs the main body of {@code program}, telling {@code watcher} (may be null) about each statement. */
    public static Run run(Program program, Language language, int stepLimit, Watcher watcher) {
        Interpreter interpreter = new Interpreter(program, language, stepLimit, watcher);
        Map<String, Object> frame = new LinkedHashMap<>();
        Object returned = null;
        Fault fault = null;
        Stmt at = null;
        try {
            Outcome outcome = interpreter.block(program.main(), frame);
            returned = outcome == null ? null : outcome.value();
        } catch (Stop stop) {
            fault = stop.fault;
            at = stop.at;
        }
        return new Run(interpreter.output, returned, fault, at, interpreter.hits, interpreter.calls, interpreter.maxDepth, interpreter.steps);
    }

    /** Calls the function {@code name} of {@code program} on {@code args}; the run's {@code returned} is its value. */
    public static Run call(Program program, Language language, int stepLimit, String name, List<Object> args) {
        List<Expr> literals = new ArrayList<>();
        for (Object arg : args) {
            literals.add(literal(arg));
        }
        Program wrapper = new Program(program.functions(), List.of(new Stmt.Return(new Expr.Call(name, literals))));
        return run(wrapper, language, stepLimit, null);
    }

    private static Expr literal(Object value) {
        if (value instanceof Long number) {
            return new Expr.Num(number);
        }
        if (value instanceof Boolean truth) {
            return new Expr.Bool(truth);
        }
        if (value instanceof String text) {
            return new Expr.Text(text);
        }
        if (value instanceof List<?> list) {
            return new Expr.ListOf(list.stream().map(Interpreter::literal).toList());
        }
        throw new IllegalArgumentException("not a program value: " + value);
    }

    private record Outcome(Object value) {}

    private static final class Stop extends RuntimeException {
        private final Fault fault;
        private Stmt at;

        Stop(Fault fault) {
            super(fault.name(), null, false, false);
            this.fault = fault;
        }
    }

    private void step() {
        if (++steps > stepLimit) {
            throw new Stop(Fault.LIMIT);
        }
    }

    /** Runs statements in order; a non-null result means a return happened (its value may be null). */
    private Outcome block(List<Stmt> statements, Map<String, Object> frame) {
        for (Stmt statement : statements) {
            Outcome outcome;
            try {
                outcome = statement(statement, frame);
            } catch (Stop stop) {
                if (stop.at == null) {
                    stop.at = statement;
                }
                throw stop;
            }
            if (outcome != null) {
                return outcome;
            }
        }
        return null;
    }

    private Outcome statement(Stmt statement, Map<String, Object> frame) {
        step();
        hits.merge(statement, 1, Integer::sum);
        if (watcher != null) {
            watcher.before(statement, frame, depth);
        }
        if (statement instanceof Stmt.Let let) {
            frame.put(let.name(), stored(eval(let.value(), frame)));
        } else if (statement instanceof Stmt.Assign assign) {
            frame.put(assign.name(), stored(eval(assign.value(), frame)));
        } else if (statement instanceof Stmt.SetItem set) {
            List<Long> list = list(frame.get(set.list()));
            int index = index(list.size(), number(eval(set.index(), frame)));
            list.set(index, number(eval(set.value(), frame)));
        } else if (statement instanceof Stmt.Append append) {
            List<Long> list = list(frame.get(append.list()));
            long value = number(eval(append.value(), frame));
            if (list.size() >= 10_000) {
                throw new Stop(Fault.LIMIT);
            }
            list.add(value);
        } else if (statement instanceof Stmt.If branch) {
            return block(truth(eval(branch.condition(), frame)) ? branch.then() : branch.otherwise(), frame);
        } else if (statement instanceof Stmt.While loop) {
            while (true) {
                step();
                if (!truth(eval(loop.condition(), frame))) {
                    return null;
                }
                Outcome outcome = block(loop.body(), frame);
                if (outcome != null) {
                    return outcome;
                }
            }
        } else if (statement instanceof Stmt.For loop) {
            long start = number(eval(loop.start(), frame));
            long end = number(eval(loop.end(), frame));
            for (long i = start; i < end; i++) {
                step();
                frame.put(loop.variable(), i);
                Outcome outcome = block(loop.body(), frame);
                if (outcome != null) {
                    return outcome;
                }
            }
        } else if (statement instanceof Stmt.Return done) {
            return new Outcome(done.value() == null ? null : stored(eval(done.value(), frame)));
        } else if (statement instanceof Stmt.Print print) {
            output.add(show(eval(print.value(), frame)));
        } else if (statement instanceof Stmt.Run run) {
            eval(run.call(), frame);
        }
        return null;
    }

    /** A list is copied when C++ stores it; other values are stored as they are. */
    private Object stored(Object value) {
        if (language == Language.CPP && value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return value;
    }

    private String show(Object value) {
        if (value instanceof Boolean truth) {
            if (language == Language.PYTHON) {
                return truth ? "True" : "False";
            }
            return language == Language.CPP ? (truth ? "1" : "0") : truth.toString();
        }
        return String.valueOf(value);
    }

    private Object eval(Expr expr, Map<String, Object> frame) {
        if (expr instanceof Expr.Num num) {
            return num.value();
        }
        if (expr instanceof Expr.Bool bool) {
            return bool.value();
        }
        if (expr instanceof Expr.Text text) {
            return text.value();
        }
        if (expr instanceof Expr.Var var) {
            Object value = frame.get(var.name());
            if (value == null) {
                throw new IllegalStateException("variable " + var.name() + " is not set");
            }
            return value;
        }
        if (expr instanceof Expr.Not not) {
            return !truth(eval(not.operand(), frame));
        }
        if (expr instanceof Expr.Length length) {
            Object target = eval(length.target(), frame);
            return (long) (target instanceof String text ? text.length() : list(target).size());
        }
        if (expr instanceof Expr.Item item) {
            List<Long> list = list(eval(item.list(), frame));
            return list.get(index(list.size(), number(eval(item.index(), frame))));
        }
        if (expr instanceof Expr.ListOf items) {
            List<Long> list = new ArrayList<>();
            for (Expr element : items.items()) {
                list.add(number(eval(element, frame)));
            }
            return list;
        }
        if (expr instanceof Expr.Copy copy) {
            return new ArrayList<>(list(eval(copy.list(), frame)));
        }
        if (expr instanceof Expr.ToText text) {
            return String.valueOf(eval(text.value(), frame));
        }
        if (expr instanceof Expr.Call call) {
            return call(call, frame);
        }
        return binary((Expr.Binary) expr, frame);
    }

    private Object call(Expr.Call call, Map<String, Object> frame) {
        Program.Function function = program.function(call.name())
                .orElseThrow(() -> new IllegalStateException("no function " + call.name()));
        Map<String, Object> inner = new LinkedHashMap<>();
        for (int i = 0; i < function.params().size(); i++) {
            inner.put(function.params().get(i).name(), eval(call.args().get(i), frame));
        }
        step();
        calls.merge(call.name(), 1, Integer::sum);
        if (++depth > MAX_DEPTH) {
            throw new Stop(Fault.LIMIT);
        }
        maxDepth = Math.max(maxDepth, depth);
        try {
            Outcome outcome = block(function.body(), inner);
            return outcome == null ? null : outcome.value();
        } finally {
            depth--;
        }
    }

    private Object binary(Expr.Binary binary, Map<String, Object> frame) {
        String op = binary.op();
        if (op.equals("and")) {
            return truth(eval(binary.left(), frame)) && truth(eval(binary.right(), frame));
        }
        if (op.equals("or")) {
            return truth(eval(binary.left(), frame)) || truth(eval(binary.right(), frame));
        }
        Object left = eval(binary.left(), frame);
        Object right = eval(binary.right(), frame);
        if (op.equals("==")) {
            return left.equals(right);
        }
        if (op.equals("!=")) {
            return !left.equals(right);
        }
        if (op.equals("+") && left instanceof String text) {
            return text + right;
        }
        long a = number(left);
        long b = number(right);
        return switch (op) {
            case "<" -> a < b;
            case "<=" -> a <= b;
            case ">" -> a > b;
            case ">=" -> a >= b;
            case "+" -> bounded(a + b);
            case "-" -> bounded(a - b);
            case "*" -> bounded(a * b);
            case "/", "%" -> divide(op, a, b);
            case "&" -> a & b;
            case "|" -> a | b;
            case "^" -> a ^ b;
            case "<<", ">>" -> shift(op, a, b);
            default -> throw new IllegalStateException("unknown operator " + op);
        };
    }

    private long divide(String op, long a, long b) {
        if (b == 0) {
            throw new Stop(Fault.ZERO_DIVISION);
        }
        if (language.wraps() && a == Integer.MIN_VALUE && b == -1) {
            throw new Stop(Fault.LIMIT);
        }
        if (language.floorDivision()) {
            return bounded(op.equals("/") ? Math.floorDiv(a, b) : Math.floorMod(a, b));
        }
        return bounded(op.equals("/") ? a / b : a % b);
    }

    /** Bit shifts by 0 to 30 places; the builders keep shifted values non-negative, where every language agrees. */
    private long shift(String op, long a, long b) {
        if (b < 0 || b > 30) {
            throw new Stop(Fault.LIMIT);
        }
        return op.equals(">>") ? a >> b : bounded(a << b);
    }

    /** Operands are at most 2^31 in size, so the long result is exact before it wraps or is checked. */
    private long bounded(long value) {
        if (language.wraps()) {
            return (int) value;
        }
        if (value > BOUND || value < -BOUND) {
            throw new Stop(Fault.LIMIT);
        }
        return value;
    }

    private int index(int size, long index) {
        long at = language == Language.PYTHON && index < 0 ? index + size : index;
        if (at < 0 || at >= size) {
            throw new Stop(Fault.INDEX);
        }
        return (int) at;
    }

    private static long number(Object value) {
        if (value instanceof Long number) {
            return number;
        }
        throw new IllegalStateException("not a whole number: " + value);
    }

    private static boolean truth(Object value) {
        if (value instanceof Boolean truth) {
            return truth;
        }
        throw new IllegalStateException("not a truth value: " + value);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> list(Object value) {
        if (value instanceof List<?> list) {
            return (List<Long>) list;
        }
        throw new IllegalStateException("not a list: " + value);
    }
}
