package dev.bootcamp.camps.code;

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
import dev.bootcamp.camps.kit.code.Builder;
import dev.bootcamp.camps.kit.code.CodeAnswers;
import dev.bootcamp.camps.kit.code.Expr;
import dev.bootcamp.camps.kit.code.Fault;
import dev.bootcamp.camps.kit.code.Interpreter;
import dev.bootcamp.camps.kit.code.Language;
import dev.bootcamp.camps.kit.code.Listing;
import dev.bootcamp.camps.kit.code.Program;
import dev.bootcamp.camps.kit.code.Renderer;
import dev.bootcamp.camps.kit.code.Run;
import dev.bootcamp.camps.kit.code.Stmt;
import dev.bootcamp.camps.kit.code.Type;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Where and why a generated Python program stops with an error: the line and the error's name. */
@AutoService(Bootcamp.class)
public final class RuntimeErrorLineBootcamp extends Camp<RuntimeErrorLineBootcamp.Puzzle, RuntimeErrorLineBootcamp.Answer> {
    private static final Knob<Integer> STATEMENTS = Knob.integer("statements", 3, 40, 8, "statements in the program, loop and branch bodies included");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 4, 2, "deepest nesting of loops and branches");
    private static final int STEP_LIMIT = 20_000;
    private static final List<Fault> ERRORS = List.of(Fault.INDEX, Fault.ZERO_DIVISION);
    private static final BootcampInfo INFO = BootcampInfo.builder(RuntimeErrorLineBootcamp.class)
            .title("Runtime error line")
            .domain("code")
            .tags("code", "exceptions", "tracing", "python")
            .summary("A generated Python program with a list, whole-number variables, loops and branches is shown with"
                    + " numbered lines; it stops with an IndexError (an index outside the list) or a ZeroDivisionError."
                    + " Give the number of the line where the error happens, the error's name and the values of the"
                    + " whole-number variables at that moment. CORRECT only when all are right.")
            .knob(STATEMENTS).knob(DEPTH)
            .version(1)
            .answerShape("error = NAME, line = N, then name = value for each whole-number variable")
            .build();

    /** The numbered source, the failing line, the error's name, the variables then and the steps (never shown). */
    public record Puzzle(String source, int line, String error, SortedMap<String, Long> values, int steps) {
        public Puzzle {
            values = new TreeMap<>(values);
        }
    }

    /** The line, the error name and the variables' values given. */
    public record Answer(int line, String error, SortedMap<String, Long> values) {
        public Answer {
            values = new TreeMap<>(values);
        }
    }

    private static final Codec<SortedMap<String, Long>> VALUES = CodeAnswers.variables();
    private static final Pattern ERROR_LABEL = Pattern.compile("(?i)\\berror\\s*[:=]");

    public RuntimeErrorLineBootcamp() {
        super(INFO, Codec.of(answer -> "error = " + answer.error() + "\nline = " + answer.line() + "\n" + VALUES.render(answer.values()),
                RuntimeErrorLineBootcamp::read));
    }

    private static Answer read(String text) {
        String body = NumberAnswers.capped(text, CodeAnswers.MAX_ANSWER);
        String lower = body.toLowerCase(Locale.ROOT);
        List<Fault> named = ERRORS.stream().filter(fault -> lower.contains(fault.pythonName().toLowerCase(Locale.ROOT))).toList();
        if (named.size() != 1) {
            throw new AnswerFormatException("expected exactly one of IndexError and ZeroDivisionError");
        }
        String name = named.get(0).pythonName();
        String rest = ERROR_LABEL.matcher(Pattern.compile(name, Pattern.CASE_INSENSITIVE).matcher(body).replaceAll(" ")).replaceAll(" ");
        SortedMap<String, Long> values = new TreeMap<>(VALUES.parse(rest));
        Long line = values.remove("line");
        if (line == null || line < 0 || line > 100_000) {
            throw new AnswerFormatException("expected 'line = N' with the line number");
        }
        return new Answer(line.intValue(), name, values);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STATEMENTS, Draw.scale(level, 3, 30))
                .with(DEPTH, Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Builder.Options options = new Builder.Options(Draw.between(3, 6, random), true, random.nextBoolean(), knobs.get(DEPTH) >= 2, 40, true);
        Fault wanted = Draw.pick(ERRORS, random);
        for (int attempt = 0; ; attempt++) {
            List<String> names = Builder.names(3, random);
            Builder builder = new Builder(random, options, names).withList("items");
            List<Stmt> main = new ArrayList<>(builder.declarations(-2, 6));
            List<Expr> items = new ArrayList<>();
            for (int i = Draw.between(3, 6, random); i > 0; i--) {
                items.add(new Expr.Num(Draw.between(-3, 9, random)));
            }
            main.add(new Stmt.Let(Type.LIST, "items", new Expr.ListOf(items)));
            int first = main.size();
            main.addAll(builder.block(knobs.get(STATEMENTS), knobs.get(DEPTH)));
            Program program = new Program(List.of(), main);
            Run run = Interpreter.run(program, Language.PYTHON, STEP_LIMIT);
            boolean late = run.faultAt() != null && main.indexOf(run.faultAt()) != first;
            if (run.fault() == wanted && late || attempt > 400 && ERRORS.contains(run.fault())) {
                Listing listing = Renderer.render(program, Language.PYTHON);
                SortedMap<String, Long> values = new TreeMap<>();
                Interpreter.run(program, Language.PYTHON, STEP_LIMIT, (statement, variables, depth) -> {
                    values.clear();
                    names.forEach(variable -> values.put(variable, (Long) variables.get(variable)));
                });
                return new Puzzle(listing.numbered(), listing.line(run.faultAt()), run.fault().pythonName(), values, run.steps());
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        return "The Python program below is shown with line numbers (they and the bars are not part of the code).\n\n"
                + CodeAnswers.block(puzzle.source(), Language.PYTHON) + "\n" + Language.PYTHON.rules() + " A list index i"
                + " is valid when -len(list) <= i < len(list) (a negative index counts from the end); any other index"
                + " raises IndexError, and // or % by zero raises ZeroDivisionError.\n\nThe program stops with one of these"
                + " two errors. On which line does the error happen, which error is it, and what are the values of "
                + String.join(", ", puzzle.values().keySet()) + " at that moment (the failing line has no effect)?"
                + " Answer in the form 'error = NAME, line = N, ' followed by one 'name = value' per variable (for"
                + " example: error = IndexError, line = 99, p = 0, q = -5).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.line(), puzzle.error(), puzzle.values());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        boolean line = answer.line() == puzzle.line();
        boolean error = answer.error().equals(puzzle.error());
        boolean values = answer.values().equals(puzzle.values());
        if (line && error && values) {
            return Score.correct("line " + puzzle.line() + ", " + puzzle.error() + ", and the values are right");
        }
        return Score.wrong((line ? "" : "the line is wrong; ") + (error ? "" : "the error is wrong; ")
                + (values ? "" : "the variable values are wrong or missing; ") + "all must be right");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        String other = gold.error().equals("IndexError") ? "ZeroDivisionError" : "IndexError";
        List<Answer> misses = new ArrayList<>(List.of(new Answer(gold.line(), other, gold.values()),
                new Answer(gold.line() + 1, gold.error(), gold.values()), new Answer(gold.line() - 1, gold.error(), gold.values())));
        for (String name : gold.values().keySet()) {
            SortedMap<String, Long> changed = new TreeMap<>(gold.values());
            changed.put(name, changed.get(name) + 1);
            misses.add(new Answer(gold.line(), gold.error(), changed));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps();
    }
}
