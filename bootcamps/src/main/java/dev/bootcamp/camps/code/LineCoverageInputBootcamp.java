package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.code.Arguments;
import dev.bootcamp.camps.kit.code.CodeAnswers;
import dev.bootcamp.camps.kit.code.Functions;
import dev.bootcamp.camps.kit.code.Interpreter;
import dev.bootcamp.camps.kit.code.Language;
import dev.bootcamp.camps.kit.code.Listing;
import dev.bootcamp.camps.kit.code.Program;
import dev.bootcamp.camps.kit.code.Renderer;
import dev.bootcamp.camps.kit.code.Run;
import dev.bootcamp.camps.kit.code.Stmt;
import dev.bootcamp.camps.kit.code.Walk;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Branch coverage: an argument x for which a generated function executes a named line. */
@AutoService(Bootcamp.class)
public final class LineCoverageInputBootcamp extends Camp<LineCoverageInputBootcamp.Puzzle, LineCoverageInputBootcamp.Answer> {
    private static final Knob<Integer> STATEMENTS = Knob.integer("statements", 2, 16, 5, "statements in the function body");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 3, 2, "deepest nesting of loops and branches");
    private static final Knob<Integer> RANGE = Knob.integer("range", 20, 300, 50, "x is searched in -range..range");
    private static final Knob<String> LANGUAGE = CodeAnswers.languageKnob("mixed");
    private static final int STEP_LIMIT = 5_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(LineCoverageInputBootcamp.class)
            .title("Input that reaches a line")
            .domain("code")
            .tags("code", "coverage", "branches", "input-synthesis")
            .summary("A generated whole-number function f(x) with branches and loops is shown with numbered lines in Python,"
                    + " JavaScript or C++, and one line inside it is named. Give an x in the range whose call f(x) executes"
                    + " that line at least once. Every such x is CORRECT; the answer is checked against the lines our"
                    + " interpreter executes for each x of the range. Lines are chosen that few x reach.")
            .knob(STATEMENTS).knob(DEPTH).knob(RANGE).knob(LANGUAGE)
            .version(1)
            .answerShape("one whole number x")
            .severalAnswers()
            .build();

    /** The language, the numbered source, the target line, the range, every x reaching it (never shown) and one as gold. */
    public record Puzzle(String language, String source, int line, int range, List<Long> solutions, long gold, int work) {
        public Puzzle {
            solutions = List.copyOf(solutions);
        }
    }

    /** The argument given. */
    public record Answer(long x) {}

    public LineCoverageInputBootcamp() {
        super(INFO, Arguments.codec().map(Answer::new, Answer::x));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STATEMENTS, Draw.scale(level, 3, 14))
                .with(DEPTH, Draw.scale(level, 1, 3))
                .with(RANGE, Draw.scale(level, 60, 250));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Language language = CodeAnswers.language(knobs.get(LANGUAGE), random);
        int range = knobs.get(RANGE);
        int most = Math.max(2, (2 * range + 1) / 30);
        for (int attempt = 0; ; attempt++) {
            int shift = Draw.between(-range / 2, range / 2, random);
            Program.Function f = Functions.drawShifted("f", knobs.get(STATEMENTS), knobs.get(DEPTH), attempt % 2 == 0, shift, random);
            Program program = new Program(List.of(f), List.of());
            Map<Stmt, List<Long>> reaching = new IdentityHashMap<>();
            List<Stmt> statements = Walk.all(program);
            statements.forEach(statement -> reaching.put(statement, new ArrayList<>()));
            boolean allRun = true;
            for (long x = -range; x <= range && allRun; x++) {
                Run run = Interpreter.call(program, language, STEP_LIMIT, "f", List.of(x));
                allRun = run.finished();
                for (Stmt statement : statements) {
                    if (run.hits(statement) > 0) {
                        reaching.get(statement).add(x);
                    }
                }
            }
            List<Stmt> rare = statements.stream().filter(statement -> {
                List<Long> xs = reaching.get(statement);
                return !xs.isEmpty() && xs.size() <= most && Arguments.avoidsObvious(xs);
            }).toList();
            if (allRun && !rare.isEmpty() || attempt > 300 && allRun) {
                Stmt target = rare.isEmpty() ? statements.get(statements.size() - 1) : Draw.pick(rare, random);
                List<Long> solutions = reaching.get(target);
                if (solutions.isEmpty()) {
                    continue;
                }
                Listing listing = Renderer.render(program, language);
                long gold = solutions.get(random.nextInt(solutions.size()));
                return new Puzzle(language.name(), listing.numbered(), listing.line(target), range, solutions, gold, 2 * range + 1);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        Language language = CodeAnswers.language(puzzle.language());
        return "Below is a " + language.title() + " function f with numbered lines (numbers and bars are not code).\n\n"
                + CodeAnswers.block(puzzle.source(), language) + "\n" + language.rules() + "\n\nA tester wants line "
                + puzzle.line() + " covered. Choose an argument x, a whole number from " + -puzzle.range() + " to " + puzzle.range()
                + ", such that the single call f(x) executes line " + puzzle.line() + " at least once. Any argument that does"
                + " so is accepted. State just the number x (for instance: 23).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.gold());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Arguments.check(answer.x(), puzzle.range(), puzzle.solutions(), "executes line " + puzzle.line());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return Arguments.misses(gold.x(), puzzle.range(), puzzle.solutions()).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.source().length() * (double) puzzle.work() / 40;
    }
}
