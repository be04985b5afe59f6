package dev.bootcamp.scripts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.core.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.python.core.AbstractDict;
import org.python.core.Py;
import org.python.core.PyBoolean;
import org.python.core.PyCode;
import org.python.core.PyDictionary;
import org.python.core.PyException;
import org.python.core.PyFloat;
import org.python.core.PyInteger;
import org.python.core.PyList;
import org.python.core.PyLong;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyTuple;

/**
 * A script loaded into the sandbox: its namespace and functions, called on worker threads under the budget. Values
 * cross as JSON trees (see {@link PythonValues}); a Python exception becomes a {@link ScriptFailure} naming the file
 * and line, except a ValueError raised by {@code parse}, which becomes an {@link AnswerFormatException}.
 */
final class ScriptModule {
    private final ScriptSource source;
    private final ScriptBudget budget;
    private final Sandbox sandbox;
    private final SandboxNamespace namespace;
    private final Set<String> functions;

    private ScriptModule(ScriptSource source, ScriptBudget budget, Sandbox sandbox, SandboxNamespace namespace, Set<String> functions) {
        this.source = source;
        this.budget = budget;
        this.sandbox = sandbox;
        this.namespace = namespace;
        this.functions = Set.copyOf(functions);
    }

    /** Compiles and runs the script's top level; throws {@link ScriptException} when it cannot be loaded. */
    static ScriptModule load(ScriptSource described, ScriptBudget budget) {
        ScriptSource source = described.checked() ? described : ScriptSource.read(described.file(), described.text());
        String file = source.file();
        return ScriptThreads.run(file + ": loading", budget.loadMillis(), () -> {
            Sandbox sandbox = Sandbox.get();
            return sandbox.enter(() -> {
                SandboxNamespace namespace = new SandboxNamespace(source.info().id().replace('-', '_'));
                try {
                    PyCode code = sandbox.compile(source.text(), file, true);
                    Py.runCode(code, namespace, namespace);
                } catch (PyException e) {
                    throw new ScriptException(PythonErrors.describe(e, file));
                }
                for (String function : ScriptSource.REQUIRED_FUNCTIONS) {
                    PyObject value = namespace.__finditem__(function);
                    if (value == null || !value.isCallable()) {
                        throw new ScriptException(file + ": '" + function + "' is not a function after the script ran");
                    }
                }
                Set<String> functions = new TreeSet<>();
                for (String function : List.of("near_misses", "cost", "count_solutions")) {
                    PyObject value = namespace.__finditem__(function);
                    if (value != null && value.isCallable()) {
                        functions.add(function);
                    }
                }
                JsonNode computed = PythonValues.toJson(namespace.__finditem__("INFO"), "INFO");
                if (!computed.equals(Json.tree(source.infoLiteral()))) {
                    throw new ScriptException(file + ": INFO changed when the script ran; INFO must be a literal that nothing"
                            + " modifies, because the catalogue reads it without running the script");
                }
                return new ScriptModule(source, budget, sandbox, namespace, functions);
            });
        });
    }

    JsonNode generate(Map<String, Object> knobs, RandomGenerator random) {
        return call("generate", budget.slowMillis(), result -> json(result, "the puzzle from generate"), () -> {
            PyDictionary values = new PyDictionary();
            knobs.forEach((name, value) -> values.__setitem__(PythonValues.text(name), PythonValues.toPython(value)));
            return new PyObject[] {values, new ScriptRandom(random)};
        });
    }

    String question(JsonNode puzzle) {
        return call("question", budget.fastMillis(), result -> text(result, "question"), () -> args(puzzle));
    }

    JsonNode solve(JsonNode puzzle) {
        return call("solve", budget.slowMillis(), result -> json(result, "the answer from solve"), () -> args(puzzle));
    }

    String render(JsonNode answer) {
        return call("render", budget.fastMillis(), result -> text(result, "render"), () -> args(answer));
    }

    JsonNode parse(String text) {
        return call("parse", budget.fastMillis(), result -> json(result, "the answer from parse"),
                () -> new PyObject[] {PythonValues.text(text)});
    }

    Score check(JsonNode puzzle, JsonNode answer) {
        return call("check", budget.fastMillis(), this::score, () -> args(puzzle, answer));
    }

    List<JsonNode> nearMisses(JsonNode puzzle, JsonNode gold, RandomGenerator random) {
        if (!functions.contains("near_misses")) {
            return List.of();
        }
        return call("near_misses", budget.slowMillis(), result -> {
            if (!(result instanceof PyList || result instanceof PyTuple)) {
                throw new ScriptFailure(source.file() + ": near_misses must return a list, found " + typeName(result));
            }
            List<JsonNode> misses = new ArrayList<>();
            for (PyObject miss : result.asIterable()) {
                misses.add(json(miss, "a near miss"));
            }
            return misses;
        }, () -> new PyObject[] {PythonValues.toPython(puzzle), PythonValues.toPython(gold), new ScriptRandom(random)});
    }

    OptionalDouble cost(JsonNode puzzle) {
        if (!functions.contains("cost")) {
            return OptionalDouble.empty();
        }
        return call("cost", budget.fastMillis(), result -> {
            if (!isNumber(result)) {
                throw new ScriptFailure(source.file() + ": cost must return a number, found " + typeName(result));
            }
            return OptionalDouble.of(result.asDouble());
        }, () -> args(puzzle));
    }

    long countSolutions(JsonNode puzzle, long limit) {
        if (!functions.contains("count_solutions")) {
            throw new UnsupportedOperationException(source.info().id() + " does not count solutions");
        }
        return call("count_solutions", budget.slowMillis(), result -> {
            if (!(result instanceof PyInteger || result instanceof PyLong) || result instanceof PyBoolean) {
                throw new ScriptFailure(source.file() + ": count_solutions must return an integer, found " + typeName(result));
            }
            return result.asLong();
        }, () -> new PyObject[] {PythonValues.toPython(puzzle), Py.newInteger(limit)});
    }

    /**
     * Calls a script function on a worker. {@code arguments} and {@code convert} run there too, in the sandbox, so all
     * Python values are made and read on the thread that runs the script.
     */
    private <T> T call(String function, long millis, Function<PyObject, T> convert, ArgumentMaker arguments) {
        String file = source.file();
        return ScriptThreads.run(file + ": " + function + "()", millis, () -> sandbox.enter(() -> {
            PyObject result;
            try {
                result = namespace.__finditem__(function).__call__(arguments.make());
            } catch (PyException e) {
                if (function.equals("parse") && e.match(Py.ValueError)) {
                    String reason = PythonErrors.message(e);
                    throw new AnswerFormatException(reason.isEmpty() ? "the answer could not be read" : reason);
                }
                throw new ScriptFailure(PythonErrors.describe(e, file) + " (in " + function + ")");
            }
            try {
                return convert.apply(result);
            } catch (PyException e) {
                throw new ScriptFailure(file + ": the value " + function + " returned cannot be read: " + PythonErrors.message(e));
            }
        }));
    }

    @FunctionalInterface
    private interface ArgumentMaker {
        PyObject[] make();
    }

    private static PyObject[] args(JsonNode... values) {
        PyObject[] result = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = PythonValues.toPython(values[i]);
        }
        return result;
    }

    private JsonNode json(PyObject value, String what) {
        if (value == Py.None) {
            throw new ScriptFailure(source.file() + ": " + what + " is None" + (what.contains("parse")
                    ? "; raise ValueError('why') when the text cannot be read" : ""));
        }
        try {
            return PythonValues.toJson(value, what);
        } catch (ScriptFailure e) {
            throw new ScriptFailure(source.file() + ": " + e.getMessage());
        }
    }

    private String text(PyObject value, String function) {
        if (!(value instanceof PyString string)) {
            throw new ScriptFailure(source.file() + ": " + function + " must return a string, found " + typeName(value));
        }
        return string.getString();
    }

    /**
     * The check convention: True/False; a reward in [0, 1] (1 is correct, 0 wrong, between partial); a tuple (reward,
     * detail) or (reward, verdict, detail); or a dict with 'reward' and optional 'verdict' and 'detail'. Verdicts are
     * 'correct', 'partial', 'wrong' and 'malformed'.
     */
    private Score score(PyObject result) {
        PyObject reward = result;
        PyObject verdict = null;
        PyObject detail = null;
        if (result instanceof PyTuple tuple) {
            if (tuple.size() < 2 || tuple.size() > 3) {
                throw failure("check returned a tuple of " + tuple.size() + "; use (reward, detail) or (reward, verdict, detail)");
            }
            reward = tuple.pyget(0);
            verdict = tuple.size() == 3 ? tuple.pyget(1) : null;
            detail = tuple.pyget(tuple.size() - 1);
        } else if (result instanceof AbstractDict dict) {
            for (PyObject key : dict.asIterable()) {
                if (!List.of("reward", "verdict", "detail").contains(key.toString())) {
                    throw failure("check returned a dict with the unknown key '" + key + "'; keys: reward, verdict, detail");
                }
            }
            reward = dict.__finditem__("reward");
            verdict = dict.__finditem__("verdict");
            detail = dict.__finditem__("detail");
            if (reward == null) {
                throw failure("check returned a dict without 'reward'");
            }
        }
        if (!isNumber(reward)) {
            throw failure("check must return a reward in [0, 1], a tuple or a dict, found " + typeName(reward));
        }
        double value = reward.asDouble();
        if (!(value >= 0 && value <= 1)) {
            throw failure("check returned the reward " + value + ", outside [0, 1]");
        }
        String line = detail == null || detail == Py.None ? null : text(detail, "check's detail");
        if (verdict == null || verdict == Py.None) {
            if (value == 1) {
                return Score.correct(line == null ? "correct" : line);
            }
            return Score.partial(value, line == null ? (value == 0 ? "wrong" : "partial credit " + value) : line);
        }
        String name = text(verdict, "check's verdict").toLowerCase(Locale.ROOT);
        if (!List.of("correct", "partial", "wrong", "malformed").contains(name)) {
            throw failure("check returned the verdict '" + name + "'; verdicts: correct, partial, wrong, malformed");
        }
        try {
            return new Score(value, Verdict.fromWire(name), line == null ? name : line);
        } catch (IllegalArgumentException e) {
            throw failure("check returned an inconsistent score: " + e.getMessage());
        }
    }

    private static boolean isNumber(PyObject value) {
        return value instanceof PyInteger || value instanceof PyLong || value instanceof PyFloat;
    }

    private static String typeName(PyObject value) {
        return value == null ? "nothing" : value.getType().fastGetName();
    }

    private ScriptFailure failure(String message) {
        return new ScriptFailure(source.file() + ": " + message);
    }
}
