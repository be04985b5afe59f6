package dev.bootcamp.scripts;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Tier;
import java.util.List;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

/**
 * A bootcamp written as one Python file (Jython 2.7): {@code INFO} plus {@code generate(knobs, rng)},
 * {@code question(puzzle)}, {@code solve(puzzle)}, {@code render(answer)}, {@code parse(text)} and
 * {@code check(puzzle, answer)}, and optionally {@code near_misses(puzzle, gold, rng)}, {@code cost(puzzle)} and
 * {@code count_solutions(puzzle, limit)}. Puzzles and answers are JSON trees. The description and the levels come
 * from reading the file, so the catalogue lists script bootcamps without starting Jython; the script itself is loaded
 * into the {@link Sandbox} on the first call that needs it. Script failures are {@link ScriptFailure}s naming the file
 * and line; a ValueError in {@code parse} is an {@code AnswerFormatException}. Thread-safe.
 */
public final class ScriptBootcamp implements Bootcamp<JsonNode, JsonNode> {
    private final ScriptSource source;
    private final ScriptBudget budget;
    private final Object lock = new Object();
    private volatile ScriptModule module;
    private RuntimeException loadFailure;

    public ScriptBootcamp(ScriptSource source, ScriptBudget budget) {
        this.source = requireNonNull(source, "source is null");
        this.budget = requireNonNull(budget, "budget is null");
    }

    public ScriptBootcamp(ScriptSource source) {
        this(source, ScriptBudget.defaults());
    }

    public ScriptSource source() {
        return source;
    }

    /** A new instance of the same script with its own copy of the script's namespace, loaded on first use. */
    public ScriptBootcamp fresh() {
        return new ScriptBootcamp(source, budget);
    }

    /**
     * This instance with the script loaded now, so that the one-time start of Jython (seconds) is not counted against
     * the first generation; the contract's factory uses it. Throws {@link ScriptException} when the script cannot load.
     */
    public ScriptBootcamp started() {
        module();
        return this;
    }

    private ScriptModule module() {
        ScriptModule loaded = module;
        if (loaded != null) {
            return loaded;
        }
        synchronized (lock) {
            if (module == null) {
                if (loadFailure != null) {
                    throw loadFailure;
                }
                try {
                    module = ScriptModule.load(source, budget);
                } catch (RuntimeException e) {
                    loadFailure = e;
                    throw e;
                }
            }
            return module;
        }
    }

    @Override
    public BootcampInfo info() {
        return source.info();
    }

    @Override
    public Knobs atLevel(int level) {
        Tier.checkLevel(level);
        return source.levels().get(level - 1);
    }

    @Override
    public JsonNode generate(Knobs knobs, RandomGenerator random) {
        return module().generate(knobs.values(), random);
    }

    @Override
    public String question(JsonNode puzzle) {
        return module().question(puzzle);
    }

    @Override
    public JsonNode solve(JsonNode puzzle) {
        return module().solve(puzzle);
    }

    @Override
    public String render(JsonNode answer) {
        return module().render(answer);
    }

    @Override
    public JsonNode parse(String text) {
        return module().parse(text);
    }

    @Override
    public Score check(JsonNode puzzle, JsonNode answer) {
        return module().check(puzzle, answer);
    }

    @Override
    public List<JsonNode> nearMisses(JsonNode puzzle, JsonNode gold, RandomGenerator random) {
        return module().nearMisses(puzzle, gold, random);
    }

    @Override
    public double cost(JsonNode puzzle) {
        OptionalDouble cost = module().cost(puzzle);
        return cost.isPresent() ? cost.getAsDouble() : question(puzzle).length();
    }

    @Override
    public long countSolutions(JsonNode puzzle, long limit) {
        return module().countSolutions(puzzle, limit);
    }

    @Override
    public String toString() {
        return "ScriptBootcamp[" + source.file() + "]";
    }
}
