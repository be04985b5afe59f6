package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.code.CodeAnswers;
import dev.bootcamp.camps.kit.code.Expr;
import dev.bootcamp.camps.kit.code.Interpreter;
import dev.bootcamp.camps.kit.code.Language;
import dev.bootcamp.camps.kit.code.Program;
import dev.bootcamp.camps.kit.code.Renderer;
import dev.bootcamp.camps.kit.code.Run;
import dev.bootcamp.camps.kit.code.Stmt;
import dev.bootcamp.camps.kit.code.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** The value, the number of calls and the deepest nesting of a memo-less recursive function on one input. */
@AutoService(Bootcamp.class)
public final class RecursionCallsBootcamp extends Camp<RecursionCallsBootcamp.Puzzle, RecursionCallsBootcamp.Answer> {
    private static final Knob<Integer> BRANCHES = Knob.integer("branches", 1, 3, 2, "most recursive calls in one return");
    private static final Knob<Integer> MAX_CALLS = Knob.integer("max-calls", 5, 3000, 40, "most calls the run may make");
    private static final Knob<Boolean> SPLIT = Knob.flag("split", true, "recursive case split by a parity test");
    private static final Knob<String> LANGUAGE = CodeAnswers.languageKnob("mixed");
    private static final int STEP_LIMIT = 200_000;
    private static final List<String> KEYS = List.of("calls", "depth", "value");
    private static final BootcampInfo INFO = BootcampInfo.builder(RecursionCallsBootcamp.class)
            .title("Recursive call count and depth")
            .domain("code")
            .tags("code", "recursion", "tracing", "counting")
            .summary("A generated recursive function f(n) without memoisation (a base case, then one to three recursive"
                    + " calls on smaller arguments, possibly split by a parity test) is shown in Python, JavaScript or C++"
                    + " with one call f(N). Give the value returned, the total number of calls of f made (the first"
                    + " included) and the deepest nesting of calls (the first call is depth 1). CORRECT only when all three"
                    + " are right.")
            .knob(BRANCHES).knob(MAX_CALLS).knob(SPLIT).knob(LANGUAGE)
            .version(1)
            .answerShape("value = V, calls = C, depth = D")
            .build();

    /** The language, the source, the argument, the three results (never shown) and the steps. */
    public record Puzzle(String language, String source, long argument, SortedMap<String, Long> results, int steps) {
        public Puzzle {
            results = new TreeMap<>(results);
        }
    }

    /** The three results by name: value, calls, depth. */
    public record Answer(SortedMap<String, Long> results) {
        public Answer {
            results = new TreeMap<>(results);
        }
    }

    public RecursionCallsBootcamp() {
        super(INFO, CodeAnswers.variables().map(Answer::new, Answer::results));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(BRANCHES, Draw.scale(level, 1, 3))
                .with(MAX_CALLS, (int) Math.round(12 * Math.pow(1.7, level - 1)))
                .with(SPLIT, level >= 5);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Language language = CodeAnswers.language(knobs.get(LANGUAGE), random);
        int maxCalls = knobs.get(MAX_CALLS);
        // a call takes a handful of steps, so runs that would pass the budget stop early
        int stepLimit = maxCalls * 12 + 50;
        Program best = null;
        Run bestRun = null;
        long bestArgument = 0;
        for (int attempt = 0; attempt < 100 && bestRun == null; attempt++) {
            Program program = function(knobs.get(BRANCHES), knobs.get(SPLIT), random);
            // every argument whose run makes between a quarter of the call budget and all of it
            Run largest = Interpreter.call(program, language, stepLimit, "f", List.of(60L));
            if (largest.finished() && largest.calls("f") < Math.max(3, maxCalls / 4)) {
                continue;
            }
            List<Long> arguments = new ArrayList<>();
            List<Run> runs = new ArrayList<>();
            for (long n = 2; n <= 60; n++) {
                Run run = Interpreter.call(program, language, stepLimit, "f", List.of(n));
                if (!run.finished() || run.calls("f") > maxCalls) {
                    break;
                }
                if (run.calls("f") >= Math.max(3, maxCalls / 4)) {
                    arguments.add(n);
                    runs.add(run);
                }
            }
            if (!arguments.isEmpty()) {
                int pick = random.nextInt(arguments.size());
                best = program;
                bestRun = runs.get(pick);
                bestArgument = arguments.get(pick);
            }
        }
        if (bestRun == null) {
            best = new Program(List.of(new Program.Function("f", List.of(new Program.Param(Type.INT, "n")), Type.INT, List.of(
                    new Stmt.If(Expr.op(Expr.var("n"), "<=", Expr.num(0)), List.of(new Stmt.Return(Expr.num(0))), List.of()),
                    new Stmt.Return(Expr.op(Expr.var("n"), "+", new Expr.Call("f", List.of(Expr.op(Expr.var("n"), "-", Expr.num(1))))))))),
                    List.of());
            bestArgument = 3;
            bestRun = Interpreter.call(best, language, STEP_LIMIT, "f", List.of(3L));
        }
        SortedMap<String, Long> results = new TreeMap<>();
        results.put("value", (Long) bestRun.returned());
        results.put("calls", (long) bestRun.calls("f"));
        results.put("depth", (long) bestRun.maxDepth());
        return new Puzzle(language.name(), Renderer.render(best, language).text(), bestArgument, results, bestRun.steps());
    }

    private static Program function(int branches, boolean split, RandomGenerator random) {
        Expr n = Expr.var("n");
        int base = Draw.between(0, 2, random);
        Expr baseValue = Draw.pick(List.of(n, Expr.num(Draw.between(1, 5, random)), Expr.op(n, "+", Expr.num(Draw.between(1, 5, random)))), random);
        List<Stmt> body = new ArrayList<>();
        body.add(new Stmt.If(Expr.op(n, "<=", Expr.num(base)), List.of(new Stmt.Return(baseValue)), List.of()));
        Stmt.Return general = new Stmt.Return(recursive(Draw.between(1, branches, random), random));
        if (split) {
            Expr even = Expr.op(Expr.op(n, "%", Expr.num(2)), "==", Expr.num(0));
            body.add(new Stmt.If(even, List.of(new Stmt.Return(recursive(Draw.between(1, branches, random), random))), List.of()));
        }
        body.add(general);
        return new Program(List.of(new Program.Function("f", List.of(new Program.Param(Type.INT, "n")), Type.INT, body)), List.of());
    }

    private static Expr recursive(int calls, RandomGenerator random) {
        Expr n = Expr.var("n");
        Expr total = null;
        for (int i = 0; i < calls; i++) {
            Expr argument = random.nextInt(4) == 0 ? Expr.op(n, "/", Expr.num(Draw.between(2, 3, random))) : Expr.op(n, "-", Expr.num(Draw.between(1, 3, random)));
            Expr call = new Expr.Call("f", List.of(argument));
            total = total == null ? call : Expr.op(total, random.nextInt(4) == 0 ? "-" : "+", call);
        }
        int extra = random.nextInt(4);
        if (extra == 1) {
            total = Expr.op(total, "+", n);
        } else if (extra == 2) {
            total = Expr.op(total, "+", Expr.num(Draw.between(1, 5, random)));
        }
        return total;
    }

    @Override
    public String question(Puzzle puzzle) {
        Language language = CodeAnswers.language(puzzle.language());
        return "Here is a recursive function in " + language.title() + ". It has no memory of earlier calls: every call"
                + " runs the body afresh.\n\n" + CodeAnswers.block(puzzle.source(), language) + "\n" + language.rules()
                + "\n\nThe program calls f(" + puzzle.argument() + ") once."
                + " Find three things: the value that call returns; how many calls of f happen in all (the call f("
                + puzzle.argument() + ") itself counts as one); and the greatest depth of nested calls reached (f("
                + puzzle.argument() + ") is at depth 1, a call it makes is at depth 2, and so on). Answer in the form"
                + " 'value = V, calls = C, depth = D' with whole numbers for V, C and D.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.results());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (!answer.results().keySet().equals(puzzle.results().keySet())) {
            return Score.malformed("expected value, calls and depth, found " + String.join(", ", answer.results().keySet()));
        }
        List<String> wrong = KEYS.stream().filter(key -> !puzzle.results().get(key).equals(answer.results().get(key))).toList();
        if (wrong.isEmpty()) {
            return Score.correct("value, calls and depth are right");
        }
        return Score.wrong("wrong " + String.join(" and ", wrong) + "; all three must be right");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (String key : KEYS) {
            SortedMap<String, Long> changed = new TreeMap<>(gold.results());
            changed.put(key, changed.get(key) + (random.nextBoolean() ? 1 : -1));
            misses.add(new Answer(changed));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.results().get("calls");
    }
}
