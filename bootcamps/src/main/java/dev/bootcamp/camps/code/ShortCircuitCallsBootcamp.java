package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
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
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Short-circuit evaluation: which logging predicates run, in which order, when and/or conditions are tested. */
@AutoService(Bootcamp.class)
public final class ShortCircuitCallsBootcamp extends Camp<ShortCircuitCallsBootcamp.Puzzle, ShortCircuitCallsBootcamp.Answer> {
    private static final Knob<Integer> TESTS = Knob.integer("tests", 1, 8, 3, "if statements in the main program");
    private static final Knob<Integer> NESTING = Knob.integer("nesting", 1, 4, 2, "depth of and/or in one condition");
    private static final Knob<Integer> ROUNDS = Knob.integer("rounds", 1, 4, 1, "rounds of a loop around the tests (1: no loop)");
    private static final Knob<String> LANGUAGE = CodeAnswers.languageKnob("mixed");
    private static final int STEP_LIMIT = 5_000;
    private static final List<String> NAMES = List.of("p", "q", "r");
    private static final BootcampInfo INFO = BootcampInfo.builder(ShortCircuitCallsBootcamp.class)
            .title("Short-circuit call log")
            .domain("code")
            .tags("code", "short-circuit", "boolean", "evaluation-order")
            .summary("Three predicates p, q, r each print their own call (such as p(4)) and return a comparison of the"
                    + " argument; the main program tests conditions built from them with and, or and not (nested deeper and"
                    + " inside a loop at higher levels), printing yes or no for each. Shown in Python, JavaScript or C++ with"
                    + " left-to-right short-circuit evaluation explained. Give the whole printed log. CORRECT only when every"
                    + " line is right (spaces and case ignored).")
            .knob(TESTS).knob(NESTING).knob(ROUNDS).knob(LANGUAGE)
            .version(1)
            .answerShape("the printed lines in order, one per line")
            .build();

    /** The language, the source, the log (never shown) and the steps. */
    public record Puzzle(String language, String source, List<String> output, int steps) {
        public Puzzle {
            output = List.copyOf(output);
        }
    }

    /** The printed lines. */
    public record Answer(List<String> lines) {
        public Answer {
            lines = List.copyOf(lines);
        }
    }

    public ShortCircuitCallsBootcamp() {
        super(INFO, CodeAnswers.lines().map(Answer::new, Answer::lines));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(TESTS, Draw.scale(level, 1, 5))
                .with(NESTING, Draw.scale(level, 1, 3))
                .with(ROUNDS, level >= 7 ? Draw.scale(level, 2, 3) : 1);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Language language = CodeAnswers.language(knobs.get(LANGUAGE), random);
        List<Program.Function> functions = new ArrayList<>();
        for (String name : NAMES) {
            functions.add(predicate(name, random));
        }
        boolean loop = knobs.get(ROUNDS) > 1;
        List<Stmt> tests = new ArrayList<>();
        for (int i = 0; i < knobs.get(TESTS); i++) {
            tests.add(new Stmt.If(condition(knobs.get(NESTING), loop, random), List.of(new Stmt.Print(new Expr.Text("yes"))),
                    List.of(new Stmt.Print(new Expr.Text("no")))));
        }
        List<Stmt> main = loop ? List.of(new Stmt.For("i", Expr.num(0), Expr.num(knobs.get(ROUNDS)), tests)) : tests;
        Program program = new Program(functions, main);
        Run run = Interpreter.run(program, language, STEP_LIMIT);
        return new Puzzle(language.name(), Renderer.render(program, language).text(), run.output(), run.steps());
    }

    private static Program.Function predicate(String name, RandomGenerator random) {
        Expr x = Expr.var("x");
        Expr message = Expr.op(Expr.op(new Expr.Text(name + "("), "+", new Expr.ToText(x)), "+", new Expr.Text(")"));
        Expr test = random.nextInt(3) == 0
                ? Expr.op(Expr.op(x, "%", Expr.num(Draw.between(2, 3, random))), random.nextBoolean() ? "==" : "!=", Expr.num(0))
                : Expr.op(x, Draw.pick(List.of("<", ">", "<=", ">="), random), Expr.num(Draw.between(2, 8, random)));
        return new Program.Function(name, List.of(new Program.Param(Type.INT, "x")), Type.BOOL,
                List.of(new Stmt.Print(message), new Stmt.Return(test)));
    }

    private static Expr condition(int nesting, boolean loop, RandomGenerator random) {
        if (nesting == 0 || random.nextInt(4) == 0 && nesting < 3) {
            Expr argument = loop && random.nextBoolean() ? Expr.op(Expr.var("i"), "+", Expr.num(Draw.between(1, 8, random)))
                    : Expr.num(Draw.between(0, 10, random));
            Expr call = new Expr.Call(Draw.pick(NAMES, random), List.of(argument));
            return random.nextInt(5) == 0 ? new Expr.Not(call) : call;
        }
        return Expr.op(condition(nesting - 1, loop, random), random.nextBoolean() ? "and" : "or", condition(nesting - 1, loop, random));
    }

    @Override
    public String question(Puzzle puzzle) {
        Language language = CodeAnswers.language(puzzle.language());
        String and = language == Language.PYTHON ? "and" : "&&";
        String or = language == Language.PYTHON ? "or" : "||";
        return "Each of the functions p, q and r below prints a note of its own call before it returns true or false.\n\n"
                + CodeAnswers.block(puzzle.source(), language) + "\n" + language.rules() + " Conditions are evaluated from left"
                + " to right and stop as soon as the result is known: in 'A " + and + " B', B is not evaluated (so its calls"
                + " never happen) when A is false; in 'A " + or + " B', B is not evaluated when A is true.\n\nWrite the complete"
                + " output of the program: every line it prints, the call notes as well as yes and no, in order and one per"
                + " line (the shape of the answer: q(7) on one line, then p(2), then no).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.output());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(puzzle.output(), answer.lines(), (gold, given) -> gold.equals(normal(given)), "printed line");
    }

    private static String normal(String line) {
        return line.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<String> lines = gold.lines();
        if (lines.size() >= 2) {
            misses.add(new Answer(lines.subList(0, lines.size() - 1)));
            List<String> swapped = new ArrayList<>(lines);
            int at = random.nextInt(lines.size() - 1);
            if (!swapped.get(at).equals(swapped.get(at + 1))) {
                swapped.set(at, lines.get(at + 1));
                swapped.set(at + 1, lines.get(at));
                misses.add(new Answer(swapped));
            }
        }
        List<String> flipped = new ArrayList<>(lines);
        int last = lines.size() - 1;
        flipped.set(last, lines.get(last).equals("yes") ? "no" : "yes");
        misses.add(new Answer(flipped));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps();
    }
}
