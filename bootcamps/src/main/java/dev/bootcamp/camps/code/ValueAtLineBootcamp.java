package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.camps.kit.code.Builder;
import dev.bootcamp.camps.kit.code.CodeAnswers;
import dev.bootcamp.camps.kit.code.Draft;
import dev.bootcamp.camps.kit.code.Interpreter;
import dev.bootcamp.camps.kit.code.Language;
import dev.bootcamp.camps.kit.code.Stmt;
import dev.bootcamp.camps.kit.code.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Values of the variables just before a numbered line runs for the k-th time. */
@AutoService(Bootcamp.class)
public final class ValueAtLineBootcamp extends Camp<ValueAtLineBootcamp.Puzzle, ValueAtLineBootcamp.Answer> {
    private static final Knob<Integer> STATEMENTS = Knob.integer("statements", 3, 40, 8, "statements in the program, loop and branch bodies included");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 4, 2, "deepest nesting of loops and branches");
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 2, 5, 3, "variables whose values are asked");
    private static final Knob<Boolean> DIVISION = Knob.flag("division", true, "use division and remainder");
    private static final Knob<String> LANGUAGE = CodeAnswers.languageKnob("mixed");
    private static final int STEP_LIMIT = 50_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(ValueAtLineBootcamp.class)
            .title("Variable values at a line")
            .domain("code")
            .tags("code", "tracing", "state", "loops")
            .summary("A generated program over whole-number variables is shown with numbered lines in Python, JavaScript or"
                    + " C++. Give the value of every listed variable at the moment a marked line is about to run for the"
                    + " k-th time (before that line itself takes effect). CORRECT only when every value is right.")
            .knob(STATEMENTS).knob(DEPTH).knob(VARIABLES).knob(DIVISION).knob(LANGUAGE)
            .version(1)
            .answerShape("one 'name = value' per asked variable")
            .build();

    /** The language, numbered source, the line, which visit, the values at that moment and the steps up to it. */
    public record Puzzle(String language, String source, int line, int visit, SortedMap<String, Long> values, int steps) {
        public Puzzle {
            values = new TreeMap<>(values);
        }
    }

    /** The values given, by variable name. */
    public record Answer(SortedMap<String, Long> values) {
        public Answer {
            values = new TreeMap<>(values);
        }
    }

    public ValueAtLineBootcamp() {
        super(INFO, CodeAnswers.variables().map(Answer::new, Answer::values));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STATEMENTS, Draw.scale(level, 4, 24))
                .with(DEPTH, Draw.scale(level, 1, 3))
                .with(VARIABLES, Draw.scale(level, 2, 4))
                .with(DIVISION, level >= 4);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Language language = CodeAnswers.language(knobs.get(LANGUAGE), random);
        Builder.Options options = new Builder.Options(Draw.between(3, 6, random), knobs.get(DIVISION), false, knobs.get(DEPTH) >= 2, 40, false);
        Draft draft;
        List<Stmt> candidates;
        do {
            Draft drawn = Draft.draw(random, language, options, knobs.get(STATEMENTS), knobs.get(DEPTH), knobs.get(VARIABLES), STEP_LIMIT,
                    run -> run.steps() >= 4);
            draft = drawn;
            candidates = Walk.all(drawn.program()).stream().filter(Walk::simple).filter(s -> drawn.run().hits(s) > 0).toList();
        } while (candidates.isEmpty());
        Draft chosen = draft;
        List<Stmt> later = candidates.stream().filter(s -> chosen.listing().line(s) > knobs.get(VARIABLES) + 2).toList();
        Stmt target = Draw.pick(later.isEmpty() ? candidates : later, random);
        int visit = Draw.between(1, draft.run().hits(target), random);
        SortedMap<String, Long> values = new TreeMap<>();
        int[] seen = {0, 0};
        Interpreter.run(draft.program(), language, STEP_LIMIT, (statement, variables, depth) -> {
            seen[1]++;
            if (statement == target && ++seen[0] == visit) {
                variables.forEach((name, value) -> {
                    if (name.length() == 1 && "ijkwvut".indexOf(name.charAt(0)) < 0) {
                        values.put(name, (Long) value);
                    }
                });
                seen[1] = -seen[1];
            }
        });
        return new Puzzle(language.name(), draft.listing().numbered(), draft.listing().line(target), visit, values, Math.abs(seen[1]));
    }

    @Override
    public String question(Puzzle puzzle) {
        Language language = CodeAnswers.language(puzzle.language());
        String when = puzzle.visit() == 1 ? "for the first time" : "for the " + ordinal(puzzle.visit()) + " time";
        return "Trace the " + language.title() + " program below (line numbers and bars are not part of the code).\n\n"
                + CodeAnswers.block(puzzle.source(), language) + "\n" + language.rules() + "\n\nStop the run at the moment"
                + " line " + puzzle.line() + " is about to execute " + when + ", before that line has any effect. What are"
                + " the values of " + Prose.and(List.copyOf(puzzle.values().keySet())) + " at that moment? Answer with one"
                + " 'name = value' per variable (for example: x = 3, y = -1).";
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.values());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (!answer.values().keySet().equals(puzzle.values().keySet())) {
            return Score.wrong("expected values for exactly " + Prose.and(List.copyOf(puzzle.values().keySet())) + ", found "
                    + Prose.and(List.copyOf(answer.values().keySet())));
        }
        List<String> wrong = puzzle.values().keySet().stream().filter(name -> !puzzle.values().get(name).equals(answer.values().get(name))).toList();
        if (wrong.isEmpty()) {
            return Score.correct("all " + puzzle.values().size() + " values are right");
        }
        return Score.wrong("wrong value for " + Prose.and(wrong));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (String name : gold.values().keySet()) {
            SortedMap<String, Long> changed = new TreeMap<>(gold.values());
            changed.put(name, changed.get(name) + 1);
            misses.add(new Answer(changed));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps() * (double) puzzle.values().size();
    }
}
