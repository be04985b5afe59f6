package dev.bootcamp.camps.code;

import static dev.bootcamp.camps.kit.code.Expr.num;
import static dev.bootcamp.camps.kit.code.Expr.op;
import static dev.bootcamp.camps.kit.code.Expr.var;

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

/** Final values of a C++ hashing loop whose 32-bit int arithmetic wraps around. */
@AutoService(Bootcamp.class)
public final class WraparoundHashBootcamp extends Camp<WraparoundHashBootcamp.Puzzle, WraparoundHashBootcamp.Answer> {
    private static final Knob<Integer> ITEMS = Knob.integer("items", 1, 12, 4, "numbers the loop hashes");
    private static final Knob<Integer> MULTIPLIER = Knob.integer("multiplier", 3, 100_003, 31, "largest multiplier drawn");
    private static final Knob<Boolean> SECOND = Knob.flag("second", true, "a second accumulator that reads the first");
    private static final List<Integer> MULTIPLIERS = List.of(3, 5, 7, 10, 31, 33, 37, 101, 131, 257, 1_009, 65_599, 100_003);
    private static final BootcampInfo INFO = BootcampInfo.builder(WraparoundHashBootcamp.class)
            .title("32-bit wraparound hash")
            .domain("code")
            .tags("code", "overflow", "integers", "c++")
            .summary("A C++ loop hashes a short vector of numbers into int accumulators (multiply, add, remainder and a"
                    + " sign test), with int arithmetic stated to wrap around modulo 2^32 in two's complement. Give the final"
                    + " value of every accumulator. CORRECT only when all are right; values come from our interpreter's"
                    + " 32-bit arithmetic.")
            .knob(ITEMS).knob(MULTIPLIER).knob(SECOND)
            .version(1)
            .answerShape("one 'name = value' per accumulator")
            .build();

    /** The source, the final values (never shown) and the steps. */
    public record Puzzle(String source, SortedMap<String, Long> values, int steps) {
        public Puzzle {
            values = new TreeMap<>(values);
        }
    }

    /** The final values given. */
    public record Answer(SortedMap<String, Long> values) {
        public Answer {
            values = new TreeMap<>(values);
        }
    }

    public WraparoundHashBootcamp() {
        super(INFO, CodeAnswers.variables().map(Answer::new, Answer::values));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ITEMS, Draw.scale(level, 2, 9))
                .with(MULTIPLIER, MULTIPLIERS.get(Draw.scale(level, 3, 12)))
                .with(SECOND, level >= 4);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<Integer> allowed = MULTIPLIERS.stream().filter(m -> m <= knobs.get(MULTIPLIER)).toList();
        List<Integer> top = allowed.subList(Math.max(0, allowed.size() - 3), allowed.size());
        List<Expr> data = new ArrayList<>();
        for (int i = knobs.get(ITEMS); i > 0; i--) {
            data.add(num(Draw.between(0, 999, random)));
        }
        List<Stmt> main = new ArrayList<>();
        main.add(new Stmt.Let(Type.LIST, "data", new Expr.ListOf(data)));
        main.add(new Stmt.Let(Type.INT, "h", num(Draw.between(1, 9, random) * (random.nextBoolean() ? 1 : 1000))));
        List<Stmt> body = new ArrayList<>();
        Expr item = new Expr.Item(var("data"), var("i"));
        body.add(new Stmt.Assign("h", op(op(var("h"), "*", num(Draw.pick(top, random))), random.nextInt(3) == 0 ? "-" : "+", item)));
        if (knobs.get(SECOND)) {
            main.add(new Stmt.Let(Type.INT, "g", num(Draw.between(0, 9, random))));
            if (random.nextBoolean()) {
                body.add(new Stmt.If(op(var("h"), "<", num(0)), List.of(new Stmt.Assign("g", op(var("g"), "+", num(1)))),
                        List.of(new Stmt.Assign("g", op(var("g"), "*", num(Draw.pick(allowed, random)))))));
            } else {
                body.add(new Stmt.Assign("g", op(op(var("g"), "*", num(Draw.pick(allowed, random))), "+", op(var("h"), "%", num(Draw.pick(List.of(7, 10, 100, 1000), random))))));
            }
        }
        main.add(new Stmt.For("i", num(0), new Expr.Length(var("data")), body));
        Program program = new Program(List.of(), main);
        Run run = Interpreter.run(program, Language.CPP, 10_000);
        SortedMap<String, Long> values = finalValues(program);
        return new Puzzle(Renderer.render(program, Language.CPP).text(), values, run.steps());
    }

    private static SortedMap<String, Long> finalValues(Program program) {
        List<Stmt> main = new ArrayList<>(program.main());
        List<String> names = main.stream().filter(s -> s instanceof Stmt.Let let && let.type() == Type.INT).map(s -> ((Stmt.Let) s).name()).toList();
        // return each accumulator in turn: a run ending in "return h" gives h's final value
        SortedMap<String, Long> values = new TreeMap<>();
        for (String name : names) {
            List<Stmt> withReturn = new ArrayList<>(main);
            withReturn.add(new Stmt.Return(var(name)));
            values.put(name, (Long) Interpreter.run(new Program(List.of(), withReturn), Language.CPP, 10_000).returned());
        }
        return values;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Here is a C++ program.\n\n" + CodeAnswers.block(puzzle.source(), Language.CPP) + "\n" + Language.CPP.rules()
                + " So after every +, - or * the true result is reduced modulo 2^32 = 4294967296 into the range"
                + " -2147483648..2147483647.\n\nWhat are the values of " + String.join(" and ", puzzle.values().keySet())
                + " when main finishes? Answer with one 'name = value' per variable (for example: x = -123456789).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.values());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (!answer.values().keySet().equals(puzzle.values().keySet())) {
            return Score.wrong("expected values for exactly " + String.join(", ", puzzle.values().keySet()));
        }
        List<String> wrong = puzzle.values().keySet().stream().filter(name -> !puzzle.values().get(name).equals(answer.values().get(name))).toList();
        return wrong.isEmpty() ? Score.correct("every value is right") : Score.wrong("wrong value for " + String.join(", ", wrong));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (String name : gold.values().keySet()) {
            SortedMap<String, Long> unwrapped = new TreeMap<>(gold.values());
            long value = unwrapped.get(name);
            unwrapped.put(name, value < 0 ? value + (1L << 32) : value + 1);
            misses.add(new Answer(unwrapped));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps() * (double) puzzle.values().size() * Math.log10(10 + puzzle.source().length());
    }
}
