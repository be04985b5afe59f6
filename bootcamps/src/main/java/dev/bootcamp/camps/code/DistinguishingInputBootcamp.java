package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.camps.kit.code.CodeAnswers;
import dev.bootcamp.camps.kit.code.Functions;
import dev.bootcamp.camps.kit.code.Interpreter;
import dev.bootcamp.camps.kit.code.Language;
import dev.bootcamp.camps.kit.code.Mutation;
import dev.bootcamp.camps.kit.code.Program;
import dev.bootcamp.camps.kit.code.Renderer;
import dev.bootcamp.camps.kit.code.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A witness that two nearly identical generated functions differ: an argument where their results differ. */
@AutoService(Bootcamp.class)
public final class DistinguishingInputBootcamp extends Camp<DistinguishingInputBootcamp.Puzzle, DistinguishingInputBootcamp.Answer> {
    private static final Knob<Integer> STATEMENTS = Knob.integer("statements", 2, 16, 5, "statements in the function body");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 3, 2, "deepest nesting of loops and branches");
    private static final Knob<Integer> RANGE = Knob.integer("range", 20, 200, 50, "x is searched in -range..range");
    private static final Knob<String> LANGUAGE = CodeAnswers.languageKnob("mixed");
    private static final int STEP_LIMIT = 5_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(DistinguishingInputBootcamp.class)
            .title("Distinguishing input for two functions")
            .domain("code")
            .tags("code", "equivalence", "witness", "input-synthesis")
            .summary("Two generated whole-number functions f(x) and g(x) that differ in one constant or one comparison"
                    + " are shown in Python, JavaScript or C++ with a range for x. Give an x in the range where f(x) and"
                    + " g(x) return different values; the answer is checked against our interpreter's values of both over"
                    + " the whole range, so every separating x is CORRECT. Pairs are chosen so that few x separate them.")
            .knob(STATEMENTS).knob(DEPTH).knob(RANGE).knob(LANGUAGE)
            .version(1)
            .answerShape("one whole number x")
            .severalAnswers()
            .build();

    /** The language, source of both functions, range, every separating x (never shown) and one of them as gold. */
    public record Puzzle(String language, String source, int range, List<Long> solutions, long gold, int work) {
        public Puzzle {
            solutions = List.copyOf(solutions);
        }
    }

    /** The argument given. */
    public record Answer(long x) {}

    public DistinguishingInputBootcamp() {
        super(INFO, NumberAnswers.integer(200).map(value -> {
            if (value.bitLength() > 40) {
                throw new AnswerFormatException("x is far outside the range");
            }
            return new Answer(value.longValue());
        }, answer -> java.math.BigInteger.valueOf(answer.x())));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STATEMENTS, Draw.scale(level, 2, 14))
                .with(DEPTH, Draw.scale(level, 1, 3))
                .with(RANGE, Draw.scale(level, 60, 150));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Language language = CodeAnswers.language(knobs.get(LANGUAGE), random);
        int range = knobs.get(RANGE);
        int most = Math.max(1, (2 * range + 1) / 50);
        for (int attempt = 0; ; attempt++) {
            Program.Function f = Functions.draw("f", knobs.get(STATEMENTS), knobs.get(DEPTH), attempt % 2 == 0, random);
            int spots = Mutation.spots(f);
            List<Long> first = Functions.table(new Program(List.of(f), List.of()), "f", language, -range, range, STEP_LIMIT);
            if (spots == 0 || first.stream().filter(value -> value == null).count() * 4 > first.size()) {
                continue;
            }
            for (int mutation = 0; mutation < 8; mutation++) {
                Program.Function mutant = Mutation.apply(f, random.nextInt(spots), random.nextBoolean() ? 1 : -1);
                Program.Function g = new Program.Function("g", mutant.params(), mutant.returns(), mutant.body());
                Program program = new Program(List.of(f, g), List.of());
                List<Long> solutions = separating(program, first, language, range, attempt > 40 ? first.size() : most);
                boolean trivial = solutions == null || solutions.contains(0L) || solutions.contains(1L) || solutions.contains(-1L);
                if (solutions != null && !solutions.isEmpty() && (!trivial || attempt > 40)) {
                    return new Puzzle(language.name(), Renderer.render(program, language).text(), range, solutions,
                            Draw.pick(solutions, random), first.size() * 2);
                }
            }
        }
    }

    /**
     * The x where f and g both finish and return different values, or null when more than {@code most} x differ or
     * g faults where f does not.
     */
    private static List<Long> separating(Program program, List<Long> table, Language language, int range, int most) {
        List<Long> solutions = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            Run run = Interpreter.call(program, language, STEP_LIMIT, "g", List.of((long) i - range));
            if (table.get(i) == null) {
                continue;
            }
            if (!run.finished()) {
                return null;
            }
            if (!table.get(i).equals(run.returned())) {
                solutions.add((long) i - range);
                if (solutions.size() > most) {
                    return null;
                }
            }
        }
        return solutions;
    }

    @Override
    public String question(Puzzle puzzle) {
        Language language = CodeAnswers.language(puzzle.language());
        return "The two " + language.title() + " functions f and g below look almost the same, but they do not always"
                + " agree.\n\n" + CodeAnswers.block(puzzle.source(), language) + "\n" + language.rules() + "\n\nGive a"
                + " separating input: a whole number x with " + -puzzle.range() + " <= x <= " + puzzle.range() + " such that"
                + " f(x) and g(x) return different values. Any separating x in the range is accepted. Answer with x alone"
                + " (for example: -17).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.gold());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (Math.abs(answer.x()) > puzzle.range()) {
            return Score.wrong("x = " + answer.x() + " is outside " + -puzzle.range() + ".." + puzzle.range());
        }
        if (puzzle.solutions().contains(answer.x())) {
            return Score.correct("f(" + answer.x() + ") and g(" + answer.x() + ") differ");
        }
        return Score.wrong("f(" + answer.x() + ") and g(" + answer.x() + ") return the same value");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (long x : List.of(gold.x() + 1, gold.x() - 1, -gold.x(), (long) puzzle.range() + 1)) {
            if (!puzzle.solutions().contains(x)) {
                misses.add(new Answer(x));
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.source().length() * (double) puzzle.range() / 20;
    }
}
