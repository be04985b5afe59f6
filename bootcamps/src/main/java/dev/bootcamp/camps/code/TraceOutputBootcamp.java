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
import dev.bootcamp.camps.kit.code.Builder;
import dev.bootcamp.camps.kit.code.CodeAnswers;
import dev.bootcamp.camps.kit.code.Expr;
import dev.bootcamp.camps.kit.code.Interpreter;
import dev.bootcamp.camps.kit.code.Language;
import dev.bootcamp.camps.kit.code.Program;
import dev.bootcamp.camps.kit.code.Renderer;
import dev.bootcamp.camps.kit.code.Run;
import dev.bootcamp.camps.kit.code.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Printed output of a generated program with loops and branches, shown in Python, JavaScript or C++. */
@AutoService(Bootcamp.class)
public final class TraceOutputBootcamp extends Camp<TraceOutputBootcamp.Puzzle, TraceOutputBootcamp.Answer> {
    private static final Knob<Integer> STATEMENTS = Knob.integer("statements", 3, 40, 8, "statements in the program, loop and branch bodies included");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 4, 2, "deepest nesting of loops and branches");
    private static final Knob<Integer> ROUNDS = Knob.integer("rounds", 2, 10, 4, "most rounds of any one loop");
    private static final Knob<Boolean> DIVISION = Knob.flag("division", true, "use division and remainder");
    private static final Knob<String> LANGUAGE = CodeAnswers.languageKnob("mixed");
    private static final int STEP_LIMIT = 20_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(TraceOutputBootcamp.class)
            .title("Program output trace")
            .domain("code")
            .tags("code", "tracing", "output", "loops")
            .summary("A generated program over whole-number variables, with for and while loops, if/else branches and"
                    + " print statements, is shown in Python, JavaScript or C++ with that language's division, remainder"
                    + " and overflow rules stated. Give every printed line in order. CORRECT only when every line is right"
                    + " and none is missing or extra; the reference output comes from our own interpreter of the program's"
                    + " syntax tree.")
            .knob(STATEMENTS).knob(DEPTH).knob(ROUNDS).knob(DIVISION).knob(LANGUAGE)
            .version(1)
            .answerShape("the printed lines in order, one per line")
            .build();

    /** The program's language (a {@link Language} name), its source, its output and the steps it takes (never shown). */
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

    public TraceOutputBootcamp() {
        super(INFO, CodeAnswers.lines().map(Answer::new, Answer::lines));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STATEMENTS, Draw.scale(level, 3, 22))
                .with(DEPTH, Draw.scale(level, 1, 3))
                .with(ROUNDS, Draw.scale(level, 2, 6))
                .with(DIVISION, level >= 3);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Language language = CodeAnswers.language(knobs.get(LANGUAGE), random);
        Builder.Options options = new Builder.Options(knobs.get(ROUNDS), knobs.get(DIVISION), true, knobs.get(DEPTH) >= 2, 40, false);
        for (int attempt = 0; ; attempt++) {
            List<String> names = Builder.names(Math.min(4, 2 + knobs.get(STATEMENTS) / 6), random);
            Builder builder = new Builder(random, options, names);
            List<Stmt> main = new ArrayList<>(builder.declarations(-3, 9));
            main.addAll(builder.block(knobs.get(STATEMENTS), knobs.get(DEPTH)));
            main.add(new Stmt.Print(new Expr.Var(names.get(0))));
            Program program = new Program(List.of(), main);
            Run run = Interpreter.run(program, language, STEP_LIMIT);
            if (run.finished() && run.output().size() >= 2 && run.output().size() <= 40 && small(run.output()) || attempt > 200) {
                return new Puzzle(language.name(), Renderer.render(program, language).text(), run.output(), run.steps());
            }
        }
    }

    private static boolean small(List<String> output) {
        return output.stream().allMatch(line -> line.length() <= 7);
    }

    @Override
    public String question(Puzzle puzzle) {
        Language language = CodeAnswers.language(puzzle.language());
        return "Here is a " + language.title() + " program.\n\n"
                + CodeAnswers.block(puzzle.source(), language)
                + "\n" + language.rules() + "\n\nRun it by hand and write down everything it prints. Answer with the"
                + " printed lines in order, one per line, exactly as printed (for example three lines: 12, then -4, then 7).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.output());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(puzzle.output(), answer.lines(), "printed line");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<String> lines = gold.lines();
        misses.add(new Answer(lines.subList(0, lines.size() - 1)));
        List<String> changed = new ArrayList<>(lines);
        int at = random.nextInt(lines.size());
        changed.set(at, lines.get(at) + "1");
        misses.add(new Answer(changed));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps();
    }
}
