package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.code.Builder;
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

/** Bit manipulation: the final values of variables after AND, OR, XOR and masked shifts, some inside loops. */
@AutoService(Bootcamp.class)
public final class BitwiseTraceBootcamp extends Camp<BitwiseTraceBootcamp.Puzzle, BitwiseTraceBootcamp.Answer> {
    private static final Knob<Integer> STATEMENTS = Knob.integer("statements", 2, 24, 6, "bit statements after the declarations");
    private static final Knob<Integer> BITS = Knob.integer("bits", 4, 16, 8, "width of the values (shifted values are masked to it)");
    private static final Knob<Integer> ROUNDS = Knob.integer("rounds", 1, 6, 1, "rounds of the loop around part of the program (1: no loop)");
    private static final Knob<String> LANGUAGE = CodeAnswers.languageKnob("mixed");
    private static final int STEP_LIMIT = 5_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(BitwiseTraceBootcamp.class)
            .title("Bit manipulation trace")
            .domain("code")
            .tags("code", "bits", "bitwise", "tracing")
            .summary("A generated program updates a few non-negative whole-number variables with & (and), | (or), ^ (xor),"
                    + " and left and right shifts masked to a bit width, part of it inside a loop at higher levels; shown in"
                    + " Python, JavaScript or C++ with the operators explained. Give every variable's final value. CORRECT only"
                    + " when all are right.")
            .knob(STATEMENTS).knob(BITS).knob(ROUNDS).knob(LANGUAGE)
            .version(1)
            .answerShape("one 'name = value' per variable")
            .build();

    /** The language, the source, the final values (never shown) and the steps. */
    public record Puzzle(String language, String source, SortedMap<String, Long> values, int steps) {
        public Puzzle {
            values = new TreeMap<>(values);
        }
    }

    /** The values given by name. */
    public record Answer(SortedMap<String, Long> values) {
        public Answer {
            values = new TreeMap<>(values);
        }
    }

    public BitwiseTraceBootcamp() {
        super(INFO, CodeAnswers.variables().map(Answer::new, Answer::values));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STATEMENTS, Draw.scale(level, 2, 16))
                .with(BITS, Draw.scale(level, 4, 16))
                .with(ROUNDS, level >= 4 ? Draw.scale(level, 2, 5) : 1);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Language language = CodeAnswers.language(knobs.get(LANGUAGE), random);
        long mask = (1L << knobs.get(BITS)) - 1;
        for (int attempt = 0; ; attempt++) {
            List<String> names = Builder.names(knobs.get(STATEMENTS) >= 8 ? 3 : 2, random);
            List<Stmt> main = new ArrayList<>();
            SortedMap<String, Long> initial = new TreeMap<>();
            for (String name : names) {
                long value = random.nextLong(mask + 1);
                initial.put(name, value);
                main.add(new Stmt.Let(Type.INT, name, Expr.num(value)));
            }
            int statements = knobs.get(STATEMENTS);
            int looped = knobs.get(ROUNDS) > 1 ? Math.max(1, statements / 2) : 0;
            List<Stmt> body = new ArrayList<>();
            for (int i = 0; i < looped; i++) {
                body.add(statement(names, mask, true, random));
            }
            if (looped > 0) {
                main.add(new Stmt.For("i", Expr.num(0), Expr.num(knobs.get(ROUNDS)), body));
            }
            for (int i = looped; i < statements; i++) {
                main.add(statement(names, mask, false, random));
            }
            // one more line at the end, so that the watcher sees the final values before it
            List<Stmt> probed = new ArrayList<>(main);
            probed.add(new Stmt.Print(Expr.num(0)));
            SortedMap<String, Long> values = new TreeMap<>();
            Run run = Interpreter.run(new Program(List.of(), probed), language, STEP_LIMIT,
                    (statement, variables, depth) -> names.forEach(name -> values.put(name, (Long) variables.get(name))));
            boolean changed = names.stream().noneMatch(name -> values.get(name).equals(initial.get(name)));
            if (run.finished() && (changed || attempt > 100)) {
                Program program = new Program(List.of(), main);
                return new Puzzle(language.name(), Renderer.render(program, language).text(), values, run.steps());
            }
        }
    }

    private static Stmt statement(List<String> names, long mask, boolean inLoop, RandomGenerator random) {
        String target = Draw.pick(names, random);
        Expr self = Expr.var(target);
        Expr other = Expr.var(Draw.pick(names.stream().filter(name -> !name.equals(target)).toList(), random));
        Expr operand = inLoop && random.nextInt(3) == 0 ? Expr.op(other, random.nextBoolean() ? ">>" : "<<", Expr.var("i"))
                : random.nextBoolean() ? other : Expr.num(random.nextLong(mask + 1));
        Expr value = switch (random.nextInt(6)) {
            case 0 -> Expr.op(self, "&", operand);
            case 1 -> Expr.op(self, "|", operand);
            case 2, 3 -> Expr.op(self, "^", operand);
            case 4 -> Expr.op(self, ">>", Expr.num(Draw.between(1, 3, random)));
            default -> Expr.op(Expr.op(self, "<<", Expr.num(Draw.between(1, 3, random))), "&", Expr.num(mask));
        };
        if (operand instanceof Expr.Binary shifted && shifted.op().equals("<<")) {
            value = Expr.op(value, "&", Expr.num(mask));
        }
        return new Stmt.Assign(target, value);
    }

    @Override
    public String question(Puzzle puzzle) {
        Language language = CodeAnswers.language(puzzle.language());
        return "Work out what this " + language.title() + " program leaves in its variables.\n\n"
                + CodeAnswers.block(puzzle.source(), language) + "\nAll values are non-negative whole numbers, read in binary."
                + " a & b keeps the bits set in both, a | b the bits set in either, a ^ b the bits set in exactly one; a << k"
                + " moves every bit k places up (multiplying by 2^k) and a >> k moves them k places down, dropping the bits"
                + " that fall off (dividing by 2^k and rounding down). Brackets show the order of operations.\n\nGive the final"
                + " value of every variable of the program (not the loop counter i) in decimal, as 'name = value' separated by"
                + " commas (layout example: m = 12, r = 0).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.values());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (!answer.values().keySet().equals(puzzle.values().keySet())) {
            return Score.malformed("expected values for " + String.join(", ", puzzle.values().keySet()));
        }
        List<String> wrong = puzzle.values().keySet().stream().filter(name -> !puzzle.values().get(name).equals(answer.values().get(name))).toList();
        if (wrong.isEmpty()) {
            return Score.correct("every final value is right");
        }
        return Score.wrong("wrong value of " + String.join(", ", wrong) + "; all must be right");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (String name : gold.values().keySet()) {
            SortedMap<String, Long> changed = new TreeMap<>(gold.values());
            changed.put(name, changed.get(name) ^ (1L << random.nextInt(4)));
            misses.add(new Answer(changed));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps() * (double) puzzle.source().length() / 50;
    }
}
