package dev.bootcamp.camps.proofs;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.formal.Lambda;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Capture-avoiding substitution M[x := N] in the lambda calculus, checked up to renaming of bound variables. */
@AutoService(Bootcamp.class)
public final class CaptureAvoidingSubstitutionBootcamp extends Camp<CaptureAvoidingSubstitutionBootcamp.Puzzle, CaptureAvoidingSubstitutionBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 5, 40, 12, "nodes of the term substituted into");
    private static final Knob<Integer> VALUE_SIZE = Knob.integer("value-size", 1, 12, 3, "nodes of the term substituted in");
    private static final Knob<Integer> CAPTURES = Knob.integer("captures", 0, 4, 1, "fewest binders that naive substitution would let capture a free variable (the most found is used when none reaches it)");
    private static final BootcampInfo INFO = BootcampInfo.builder(CaptureAvoidingSubstitutionBootcamp.class)
            .title("Capture-avoiding substitution")
            .domain("proofs")
            .tags("lambda-calculus", "substitution", "alpha-conversion", "binding")
            .summary("Compute M[x := N] for lambda terms M and N: replace the free occurrences of x in M by N, renaming"
                    + " binders of M that would capture a free variable of N. The answer is CORRECT when it equals the"
                    + " result up to the names of bound variables (free variables must keep their names); the textbook"
                    + " mistake of letting a binder capture a variable is WRONG. No partial credit.")
            .knob(SIZE)
            .knob(VALUE_SIZE)
            .knob(CAPTURES)
            .version(1)
            .answerShape("a lambda term")
            .severalAnswers()
            .build();
    private static final List<String> FREE = List.of("x", "y", "z");

    /** M, the variable replaced, N, and the result (never shown). */
    public record Puzzle(Lambda term, String variable, Lambda value, Lambda result) {}

    /** A named term. */
    public record Answer(Lambda term) {}

    public CaptureAvoidingSubstitutionBootcamp() {
        super(INFO, Codec.of(answer -> answer.term().render(), text -> new Answer(Lambda.parse(text))));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 8, 34))
                .with(VALUE_SIZE, Draw.scale(level, 1, 9))
                .with(CAPTURES, Draw.scale(level, 0, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Puzzle best = null;
        int bestCaptures = -1;
        for (int attempt = 0; attempt < 150; attempt++) {
            Lambda term = Lambda.random(knobs.get(SIZE), FREE, 4, 0.1, random);
            Lambda value = knobs.get(VALUE_SIZE) == 1 ? Lambda.var(Draw.pick(List.of("y", "z"), random))
                    : Lambda.random(knobs.get(VALUE_SIZE), List.of("y", "z"), 4, 0.0, random);
            if (!term.freeNames().contains("x") || value.freeNames().isEmpty() || term.freeNames().size() < 2) {
                continue;
            }
            int captures = captures(term, "x", value.freeNames(), new ArrayList<>());
            if (captures > bestCaptures) {
                Lambda result = Lambda.substituteFree(term.nameless(), "x", value.nameless()).named();
                best = new Puzzle(term, "x", value, result);
                bestCaptures = captures;
            }
            if (bestCaptures >= knobs.get(CAPTURES)) {
                break;
            }
        }
        return best;
    }

    /** Binders that enclose a free occurrence of {@code variable} and bind a name free in the value. */
    private static int captures(Lambda term, String variable, Set<String> free, List<String> binders) {
        return switch (term.kind()) {
            case VAR -> variable.equals(term.name()) && !binders.contains(variable)
                    ? (int) binders.stream().filter(free::contains).distinct().count() : 0;
            case ABS -> {
                binders.add(term.name());
                int inside = captures(term.body(), variable, free, binders);
                binders.remove(binders.size() - 1);
                yield inside;
            }
            case APP -> captures(term.left(), variable, free, binders) + captures(term.right(), variable, free, binders);
        };
    }

    /** Textual replacement of the free occurrences, without renaming: the capturing mistake. */
    private static Lambda naive(Lambda term, String variable, Lambda value, List<String> binders) {
        return switch (term.kind()) {
            case VAR -> variable.equals(term.name()) && !binders.contains(variable) ? value : term;
            case ABS -> {
                binders.add(term.name());
                Lambda body = naive(term.body(), variable, value, binders);
                binders.remove(binders.size() - 1);
                yield Lambda.abs(term.name(), body);
            }
            case APP -> Lambda.app(naive(term.left(), variable, value, binders), naive(term.right(), variable, value, binders));
        };
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Lambda terms: a variable, a function \\v. M (its body M reaches as far right as possible) or an"
                + " application M N (grouping to the left). An occurrence of a variable is bound when it lies inside a"
                + " binder \\v. of the same name, otherwise it is free.\n\n"
                + "The substitution M[x := N] replaces every free occurrence of x in M by N and leaves everything else"
                + " alone: occurrences of x under a binder \\x. are bound and stay. It must not capture: when N is"
                + " put under a binder \\v. of M and v is a free variable of N, first rename that binder and its bound"
                + " occurrences to a name used nowhere else (for instance (\\y. x y)[x := y] is \\w. y w, not \\y. y y).\n\n"
                + "M = " + puzzle.term().render() + "\n"
                + "N = " + puzzle.value().render() + "\n\n"
                + "Compute M[" + puzzle.variable() + " := N]. Answer with the resulting term only, in the same notation;"
                + " free variables keep their names, bound ones may have any names that avoid capture.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.result());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (Lambda.alphaEquivalent(answer.term(), puzzle.result())) {
            return Score.correct("the substitution, without capture");
        }
        Lambda naive = naive(puzzle.term(), puzzle.variable(), puzzle.value(), new ArrayList<>());
        if (Lambda.alphaEquivalent(answer.term(), naive)) {
            return Score.wrong("a binder captures a free variable of N; it needed renaming first");
        }
        if (!answer.term().freeNames().equals(puzzle.result().freeNames())) {
            return Score.wrong("the free variables of the answer (" + String.join(", ", answer.term().freeNames())
                    + ") are not those of the result");
        }
        return Score.wrong("not M[" + puzzle.variable() + " := N] up to renaming of bound variables");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(naive(puzzle.term(), puzzle.variable(), puzzle.value(), new ArrayList<>())));
        misses.add(new Answer(puzzle.term()));
        List<Lambda> occurrences = gold.term().occurrences();
        int pick = random.nextInt(occurrences.size());
        misses.add(new Answer(gold.term().replaceOccurrence(pick, Lambda.var(puzzle.variable()))));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.term().size() + puzzle.value().size() * (1 + captures(puzzle.term(), puzzle.variable(), puzzle.value().freeNames(), new ArrayList<>()));
    }
}
