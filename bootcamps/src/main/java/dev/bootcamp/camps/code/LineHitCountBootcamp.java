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
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.camps.kit.code.Builder;
import dev.bootcamp.camps.kit.code.CodeAnswers;
import dev.bootcamp.camps.kit.code.Draft;
import dev.bootcamp.camps.kit.code.Language;
import dev.bootcamp.camps.kit.code.Stmt;
import dev.bootcamp.camps.kit.code.Walk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/** How many times each of a few numbered lines of a generated program runs. */
@AutoService(Bootcamp.class)
public final class LineHitCountBootcamp extends Camp<LineHitCountBootcamp.Puzzle, LineHitCountBootcamp.Answer> {
    private static final Knob<Integer> STATEMENTS = Knob.integer("statements", 4, 40, 10, "statements in the program, loop and branch bodies included");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 2, 4, 2, "deepest nesting of loops and branches");
    private static final Knob<Integer> ROUNDS = Knob.integer("rounds", 2, 12, 4, "most rounds of any one loop");
    private static final Knob<Integer> ASKED = Knob.integer("asked", 2, 5, 3, "lines whose counts are asked");
    private static final Knob<String> LANGUAGE = CodeAnswers.languageKnob("mixed");
    private static final int STEP_LIMIT = 50_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(LineHitCountBootcamp.class)
            .title("Line execution counts")
            .domain("code")
            .tags("code", "tracing", "loops", "counting")
            .summary("A generated program with nested for and while loops and branches is shown with numbered lines in"
                    + " Python, JavaScript or C++. For a few asked lines (each a simple statement), give how many times the"
                    + " line runs in one run of the program. CORRECT only when every count is right; counts come from our"
                    + " interpreter.")
            .knob(STATEMENTS).knob(DEPTH).knob(ROUNDS).knob(ASKED).knob(LANGUAGE)
            .version(1)
            .answerShape("one count per asked line, in the order asked")
            .build();

    /** The language, the numbered source, the asked lines, their counts and the run's steps (counts never shown). */
    public record Puzzle(String language, String source, List<Integer> lines, List<Long> counts, int steps) {
        public Puzzle {
            lines = List.copyOf(lines);
            counts = List.copyOf(counts);
        }
    }

    /** One count per asked line. */
    public record Answer(List<Long> counts) {
        public Answer {
            counts = List.copyOf(counts);
        }
    }

    public LineHitCountBootcamp() {
        super(INFO, CodeAnswers.numbers().map(Answer::new, Answer::counts));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STATEMENTS, Draw.scale(level, 7, 24))
                .with(DEPTH, Draw.scale(level, 2, 4))
                .with(ROUNDS, Draw.scale(level, 7, 10))
                .with(ASKED, Draw.scale(level, 3, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Language language = CodeAnswers.language(knobs.get(LANGUAGE), random);
        Builder.Options options = new Builder.Options(knobs.get(ROUNDS), true, random.nextBoolean(), true, 40, false);
        int asked = knobs.get(ASKED);
        Draft draft = Draft.draw(random, language, options, knobs.get(STATEMENTS), knobs.get(DEPTH), 3, STEP_LIMIT,
                run -> run.hits().keySet().stream().filter(Walk::simple).filter(s -> run.hits(s) >= 2).count() >= asked);
        List<Stmt> candidates = new ArrayList<>(Walk.all(draft.program()).stream().filter(Walk::simple).toList());
        Draw.shuffle(candidates, random);
        // most-run lines first, so the question is about loops, then any others to fill the count
        candidates.sort(Comparator.comparingInt((Stmt s) -> draft.run().hits(s) >= 2 ? 0 : 1));
        // lines with counts not yet taken first, so that the asked lines come from different loops where they can
        List<Stmt> chosen = new ArrayList<>();
        for (Stmt candidate : candidates) {
            if (chosen.size() < asked && chosen.stream().noneMatch(s -> draft.run().hits(s) == draft.run().hits(candidate))) {
                chosen.add(candidate);
            }
        }
        for (Stmt candidate : candidates) {
            if (chosen.size() < asked && !chosen.contains(candidate)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(s -> draft.listing().line(s)));
        return new Puzzle(language.name(), draft.listing().numbered(), chosen.stream().map(s -> draft.listing().line(s)).toList(),
                chosen.stream().map(s -> (long) draft.run().hits(s)).toList(), draft.run().steps());
    }

    @Override
    public String question(Puzzle puzzle) {
        Language language = CodeAnswers.language(puzzle.language());
        List<String> lines = puzzle.lines().stream().map(String::valueOf).toList();
        return "The " + language.title() + " program below is shown with its line numbers (the number and the bar are"
                + " not part of the code).\n\n" + CodeAnswers.block(puzzle.source(), language) + "\n" + language.rules()
                + "\n\nThe program is run once from the top. Count how many times each of lines " + Prose.and(lines)
                + " is executed (a line inside a loop runs once per round that reaches it; a line that never runs counts 0)."
                + " Answer with " + lines.size() + " counts in that order, one per line, each as '<line>: <count>' or just"
                + " the count (for example '3: 10').";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.counts());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(puzzle.counts(), answer.counts(), "count");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (int i = 0; i < gold.counts().size(); i++) {
            List<Long> changed = new ArrayList<>(gold.counts());
            changed.set(i, changed.get(i) + (random.nextBoolean() ? 1 : -1));
            misses.add(new Answer(changed));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.steps() * puzzle.lines().size();
    }
}
