package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.camps.kit.code.Builder;
import dev.bootcamp.camps.kit.code.CodeAnswers;
import dev.bootcamp.camps.kit.code.Expr;
import dev.bootcamp.camps.kit.code.Interpreter;
import dev.bootcamp.camps.kit.code.Language;
import dev.bootcamp.camps.kit.code.Program;
import dev.bootcamp.camps.kit.code.Renderer;
import dev.bootcamp.camps.kit.code.Run;
import dev.bootcamp.camps.kit.code.Stmt;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/** One program in Python and in C++ or JavaScript, whose outputs differ: give both outputs. */
@AutoService(Bootcamp.class)
public final class CrossLanguageOutputBootcamp extends Camp<CrossLanguageOutputBootcamp.Puzzle, CrossLanguageOutputBootcamp.Answer> {
    private static final Knob<Integer> STATEMENTS = Knob.integer("statements", 3, 30, 8, "statements in the program, loop and branch bodies included");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 3, 2, "deepest nesting of loops and branches");
    private static final int STEP_LIMIT = 20_000;
    private static final int MAX_LINES = 200;
    private static final BootcampInfo INFO = BootcampInfo.builder(CrossLanguageOutputBootcamp.class)
            .title("Same program, two languages")
            .domain("code")
            .tags("code", "semantics", "division", "overflow", "output")
            .summary("One generated program over whole-number variables is shown as version A in Python and version B in"
                    + " C++ or JavaScript, with each language's rules for division, remainder and (C++) overflow stated; the"
                    + " two print different output. Give both printed outputs. CORRECT only when both are exactly right;"
                    + " each comes from our interpreter under that language's rules.")
            .knob(STATEMENTS).knob(DEPTH)
            .version(1)
            .answerShape("two lines, 'A: ' and 'B: ' each followed by that version's printed numbers separated by commas")
            .build();

    /** The other language, both sources, both outputs (never shown) and the steps. */
    public record Puzzle(String other, String python, String translation, List<Long> first, List<Long> second, int steps) {
        public Puzzle {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }
    }

    /** The printed numbers of version A and of version B. */
    public record Answer(List<Long> first, List<Long> second) {
        public Answer {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }
    }

    public CrossLanguageOutputBootcamp() {
        super(INFO, Codec.of(answer -> "A: " + joined(answer.first()) + "\nB: " + joined(answer.second()), CrossLanguageOutputBootcamp::read));
    }

    private static String joined(List<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static Answer read(String text) {
        List<Long> first = null;
        List<Long> second = null;
        for (String line : NumberAnswers.capped(text, CodeAnswers.MAX_ANSWER).split("\\R")) {
            int colon = line.indexOf(':');
            if (line.isBlank() || colon < 0) {
                continue;
            }
            String label = line.substring(0, colon).replace("*", "").strip().toLowerCase(Locale.ROOT);
            List<Long> values = new ArrayList<>();
            for (String piece : line.substring(colon + 1).split("[,;\\s]+")) {
                if (!piece.isEmpty()) {
                    if (values.size() == MAX_LINES) {
                        throw new AnswerFormatException("more than " + MAX_LINES + " numbers on one line");
                    }
                    values.add(Answers.longValue(piece));
                }
            }
            if (label.equals("a") || label.equals("version a")) {
                first = values;
            } else if (label.equals("b") || label.equals("version b")) {
                second = values;
            }
        }
        if (first == null || second == null) {
            throw new AnswerFormatException("expected a line 'A: ...' and a line 'B: ...'");
        }
        return new Answer(first, second);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STATEMENTS, Draw.scale(level, 3, 22))
                .with(DEPTH, Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Language other = random.nextBoolean() ? Language.CPP : Language.JAVASCRIPT;
        Builder.Options options = new Builder.Options(Draw.between(2, 5, random), true, true, knobs.get(DEPTH) >= 2, 40, false);
        for (int attempt = 0; ; attempt++) {
            List<String> names = Builder.names(Math.min(4, 2 + knobs.get(STATEMENTS) / 6), random);
            Builder builder = new Builder(random, options, names);
            List<Stmt> main = new ArrayList<>(builder.declarations(-9, 9));
            main.addAll(builder.block(knobs.get(STATEMENTS), knobs.get(DEPTH)));
            main.add(new Stmt.Print(new Expr.Var(names.get(0))));
            Program program = new Program(List.of(), main);
            Run python = Interpreter.run(program, Language.PYTHON, STEP_LIMIT);
            Run translated = Interpreter.run(program, other, STEP_LIMIT);
            boolean fits = python.finished() && translated.finished() && !python.output().equals(translated.output())
                    && python.output().size() <= 30 && small(python.output()) && small(translated.output());
            if (fits) {
                return new Puzzle(other.name(), Renderer.render(program, Language.PYTHON).text(), Renderer.render(program, other).text(),
                        numbers(python.output()), numbers(translated.output()), python.steps() + translated.steps());
            }
        }
    }

    private static boolean small(List<String> output) {
        return output.stream().allMatch(line -> line.length() <= 11);
    }

    private static List<Long> numbers(List<String> output) {
        return output.stream().map(Long::parseLong).toList();
    }

    @Override
    public String question(Puzzle puzzle) {
        Language other = CodeAnswers.language(puzzle.other());
        return "The same program exists in two languages. Version A is Python:\n\n" + CodeAnswers.block(puzzle.python(), Language.PYTHON)
                + "\nVersion B is " + other.title() + ":\n\n" + CodeAnswers.block(puzzle.translation(), other)
                + "\nIn Python: " + Language.PYTHON.rules() + "\nIn " + other.title() + ": " + other.rules()
                + "\n\nBecause of these rules the two versions do not print the same thing. Work out the output of each version."
                + " Reply with exactly two lines: 'A:' followed by the numbers version A prints, in order, separated by commas,"
                + " and 'B:' followed by the numbers version B prints (layout example: A: 5, -2, 9 on the first line and"
                + " B: 5, -3, 9 on the second).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.first(), puzzle.second());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        boolean first = answer.first().equals(puzzle.first());
        boolean second = answer.second().equals(puzzle.second());
        if (first && second) {
            return Score.correct("both outputs are right");
        }
        return Score.wrong((first ? "" : "version A's output is wrong; ") + (second ? "" : "version B's output is wrong; ")
                + "both must be right");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(gold.first(), gold.first()));
        misses.add(new Answer(gold.second(), gold.second()));
        misses.add(new Answer(gold.second(), gold.first()));
        List<Long> changed = new ArrayList<>(gold.second());
        changed.set(changed.size() - 1, changed.get(changed.size() - 1) + 1);
        misses.add(new Answer(gold.first(), changed));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps();
    }
}
