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
import dev.bootcamp.camps.kit.code.Language;
import dev.bootcamp.camps.kit.code.Program;
import dev.bootcamp.camps.kit.code.Renderer;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/** Input synthesis: an argument x in a range for which a generated function returns a target value. */
@AutoService(Bootcamp.class)
public final class InputForOutputBootcamp extends Camp<InputForOutputBootcamp.Puzzle, InputForOutputBootcamp.Answer> {
    private static final Knob<Integer> STATEMENTS = Knob.integer("statements", 2, 16, 5, "statements in the function body");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 3, 2, "deepest nesting of loops and branches");
    private static final Knob<Integer> RANGE = Knob.integer("range", 20, 300, 50, "x is searched in -range..range");
    private static final Knob<String> LANGUAGE = CodeAnswers.languageKnob("mixed");
    private static final int STEP_LIMIT = 5_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(InputForOutputBootcamp.class)
            .title("Find an input for a target output")
            .domain("code")
            .tags("code", "input-synthesis", "inversion")
            .summary("A generated whole-number function f(x) (locals, loops, branches) is shown in Python, JavaScript or"
                    + " C++ with a target value T and a range for x. Give any x in the range with f(x) = T; the answer is"
                    + " checked against our interpreter's values of f over the whole range, so every valid x is CORRECT."
                    + " Targets are chosen so that few x in the range reach them.")
            .knob(STATEMENTS).knob(DEPTH).knob(RANGE).knob(LANGUAGE)
            .version(1)
            .answerShape("one whole number x")
            .severalAnswers()
            .build();

    /** The language, source, target, range, every x reaching the target (never shown) and one of them as gold. */
    public record Puzzle(String language, String source, long target, int range, List<Long> solutions, long gold, int work) {
        public Puzzle {
            solutions = List.copyOf(solutions);
        }
    }

    /** The argument given. */
    public record Answer(long x) {}

    public InputForOutputBootcamp() {
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
                .with(RANGE, Draw.scale(level, 60, 250));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Language language = CodeAnswers.language(knobs.get(LANGUAGE), random);
        int range = knobs.get(RANGE);
        int most = Math.max(1, (2 * range + 1) / 50);
        for (int attempt = 0; ; attempt++) {
            Program program = new Program(List.of(Functions.draw("f", knobs.get(STATEMENTS), knobs.get(DEPTH), attempt % 2 == 0, random)), List.of());
            List<Long> table = Functions.table(program, "f", language, -range, range, STEP_LIMIT);
            int x = Draw.between(-range, range, random);
            Long target = table.get(x + range);
            if (target == null || Math.abs(target) > 100_000) {
                continue;
            }
            List<Long> solutions = IntStream.range(0, table.size()).filter(i -> target.equals(table.get(i))).mapToObj(i -> (long) i - range).toList();
            boolean trivial = solutions.contains(0L) || solutions.contains(1L) || solutions.contains(-1L);
            if ((solutions.size() <= most && !trivial) || attempt > 300) {
                return new Puzzle(language.name(), Renderer.render(program, language).text(), target, range, solutions, x, table.size());
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        Language language = CodeAnswers.language(puzzle.language());
        return "Here is a function f written in " + language.title() + ".\n\n" + CodeAnswers.block(puzzle.source(), language)
                + "\n" + language.rules() + "\n\nFind a whole number x with " + -puzzle.range() + " <= x <= " + puzzle.range()
                + " for which f(x) returns " + puzzle.target() + ". Any such x is accepted. Answer with x alone (for"
                + " example: -17).";
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
            return Score.correct("f(" + answer.x() + ") returns " + puzzle.target());
        }
        return Score.wrong("f(" + answer.x() + ") does not return " + puzzle.target());
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
