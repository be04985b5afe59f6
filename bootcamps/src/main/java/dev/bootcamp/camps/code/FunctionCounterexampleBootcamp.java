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
import dev.bootcamp.camps.kit.code.Language;
import dev.bootcamp.camps.kit.code.Mutations;
import dev.bootcamp.camps.kit.code.Program;
import dev.bootcamp.camps.kit.code.Renderer;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** A counterexample to the equivalence of two near-identical functions: an x where f(x) and g(x) differ. */
@AutoService(Bootcamp.class)
public final class FunctionCounterexampleBootcamp extends Camp<FunctionCounterexampleBootcamp.Puzzle, FunctionCounterexampleBootcamp.Answer> {
    private static final Knob<Integer> STATEMENTS = Knob.integer("statements", 2, 16, 5, "statements in each function body");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 3, 2, "deepest nesting of loops and branches");
    private static final Knob<Integer> RANGE = Knob.integer("range", 20, 300, 50, "x is searched in -range..range");
    private static final Knob<String> LANGUAGE = CodeAnswers.languageKnob("mixed");
    private static final int STEP_LIMIT = 5_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(FunctionCounterexampleBootcamp.class)
            .title("Counterexample to equivalence")
            .domain("code")
            .tags("code", "equivalence", "counterexample", "input-synthesis")
            .summary("Two generated whole-number functions f(x) and g(x) are shown in Python, JavaScript or C++; g is f with"
                    + " one small change (a comparison, a plus or minus, or a number moved by one). Give an x in the stated"
                    + " range where the two return different values. Every such x is CORRECT; the answer is checked against"
                    + " our interpreter's values of both functions over the whole range. Cases are kept where few x differ.")
            .knob(STATEMENTS).knob(DEPTH).knob(RANGE).knob(LANGUAGE)
            .version(1)
            .answerShape("one whole number x")
            .severalAnswers()
            .build();

    /** The language, both functions' source, the range, every x where they differ (never shown) and one as gold. */
    public record Puzzle(String language, String source, int range, List<Long> solutions, long gold, int work) {
        public Puzzle {
            solutions = List.copyOf(solutions);
        }
    }

    /** The argument given. */
    public record Answer(long x) {}

    public FunctionCounterexampleBootcamp() {
        super(INFO, Arguments.codec().map(Answer::new, Answer::x));
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
        int most = Math.max(2, (2 * range + 1) / 30);
        for (int attempt = 0; ; attempt++) {
            int shift = Draw.between(-range / 2, range / 2, random);
            Program.Function f = Functions.drawShifted("f", knobs.get(STATEMENTS), knobs.get(DEPTH), attempt % 2 == 0, shift, random);
            List<Long> fs = Functions.table(new Program(List.of(f), List.of()), "f", language, -range, range, STEP_LIMIT);
            if (!fs.stream().allMatch(Objects::nonNull)) {
                continue;
            }
            int sites = Mutations.sites(f.body());
            for (int tries = 0; tries < 8; tries++) {
                Program.Function g = Mutations.mutant(f, "g", random.nextInt(sites), random.nextBoolean());
                Program program = new Program(List.of(f, g), List.of());
                List<Long> gs = Functions.table(program, "g", language, -range, range, STEP_LIMIT);
                List<Long> solutions = Arguments.qualifying(range, x -> {
                    int i = (int) (x + range);
                    return gs.get(i) != null && !Objects.equals(fs.get(i), gs.get(i));
                });
                boolean allRun = gs.stream().allMatch(Objects::nonNull);
                boolean fits = !solutions.isEmpty() && solutions.size() <= most && allRun && Arguments.avoidsObvious(solutions);
                if (fits || attempt > 200 && !solutions.isEmpty() && solutions.size() <= range) {
                    long gold = solutions.get(random.nextInt(solutions.size()));
                    return new Puzzle(language.name(), Renderer.render(program, language).text(), range, solutions, gold, 2 * fs.size());
                }
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        Language language = CodeAnswers.language(puzzle.language());
        return "Someone rewrote the " + language.title() + " function f as g, claiming that g computes exactly the same thing."
                + " The two differ in one small place.\n\n" + CodeAnswers.block(puzzle.source(), language) + "\n" + language.rules()
                + "\n\nRefute the claim: find a whole number x with " + -puzzle.range() + " <= x <= " + puzzle.range()
                + " for which f(x) and g(x) return different values. Any such x counts. Reply with that single number x"
                + " (for example: 42).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.gold());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Arguments.check(answer.x(), puzzle.range(), puzzle.solutions(), "gives f(x) != g(x)");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return Arguments.misses(gold.x(), puzzle.range(), puzzle.solutions()).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.source().length() * (double) puzzle.range() / 20;
    }
}
