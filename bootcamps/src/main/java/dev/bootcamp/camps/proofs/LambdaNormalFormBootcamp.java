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
import java.util.random.RandomGenerator;

/** Beta normal form of a closed lambda term, checked up to renaming of bound variables. */
@AutoService(Bootcamp.class)
public final class LambdaNormalFormBootcamp extends Camp<LambdaNormalFormBootcamp.Puzzle, LambdaNormalFormBootcamp.Answer> {
    private static final Knob<Integer> APPLICATIONS = Knob.integer("applications", 1, 10, 3, "applications in the normal form");
    private static final Knob<Integer> EXPANSIONS = Knob.integer("expansions", 1, 10, 2, "beta expansions applied to the normal form to make the term");
    private static final BootcampInfo INFO = BootcampInfo.builder(LambdaNormalFormBootcamp.class)
            .title("Lambda beta normal form")
            .domain("proofs")
            .tags("lambda-calculus", "beta-reduction", "normal-form", "rewriting")
            .summary("A closed untyped lambda term with several redexes must be reduced to its beta normal form. The answer"
                    + " is a lambda term; it is CORRECT when it equals the normal form up to the names of bound variables"
                    + " (compared in nameless form), WRONG otherwise (the detail says when the answer still has a redex)."
                    + " Terms are drawn so that normal-order reduction ends within " + 80 + " steps. No partial credit.")
            .knob(APPLICATIONS)
            .knob(EXPANSIONS)
            .version(1)
            .answerShape("a lambda term such as \\a. \\b. b (a a)")
            .severalAnswers()
            .build();
    private static final int MAX_STEPS = 80;
    private static final List<String> FRESH = List.of("f", "g", "h", "k", "m", "n", "a", "b", "c", "d");
    private static final int MAX_NODES = 90;
    private static final int MAX_RESULT = 40;

    /** The term and its normal form (never shown). */
    public record Puzzle(Lambda term, Lambda normal, int steps) {}

    /** A named term. */
    public record Answer(Lambda term) {}

    public LambdaNormalFormBootcamp() {
        super(INFO, Codec.of(answer -> answer.term().render(), text -> new Answer(Lambda.parse(text))));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(APPLICATIONS, Draw.scale(level, 2, 7)).with(EXPANSIONS, Draw.scale(level, 1, 8));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Lambda normal = Lambda.randomCombinator(Draw.between(2, 3, random), knobs.get(APPLICATIONS), 0.3, random);
            Lambda term = normal;
            for (int i = 0; i < knobs.get(EXPANSIONS); i++) {
                term = expand(term, FRESH.get(i), random);
            }
            Lambda.Reduction run = Lambda.normalise(term.nameless(), MAX_STEPS, MAX_NODES);
            if (!run.finished() || run.steps() == 0 || run.result().size() > MAX_RESULT) {
                continue;
            }
            Lambda gold = run.result().named();
            if (flat(term.render()).contains(flat(gold.render()))) {
                continue;
            }
            return new Puzzle(term, gold, run.steps());
        }
        Lambda term = Lambda.parse("(\\f. \\x. \\y. f y x) (\\x. \\y. y x x)");
        return new Puzzle(term, Lambda.normalise(term.nameless(), MAX_STEPS, MAX_NODES).result().named(), 3);
    }

    /** The term with one subterm s replaced by a redex that reduces to s, using the fresh binder name. */
    private static Lambda expand(Lambda term, String fresh, RandomGenerator random) {
        List<List<Integer>> paths = new ArrayList<>();
        paths(term, new ArrayList<>(), paths);
        List<Integer> path = Draw.pick(paths, random);
        Lambda target = at(term, path, 0);
        Lambda replacement;
        int kind = random.nextInt(4);
        if (target.kind() == Lambda.Kind.APP && kind >= 2) {
            replacement = kind == 2
                    ? Lambda.app(Lambda.abs(fresh, Lambda.app(Lambda.var(fresh), target.right())), target.left())
                    : Lambda.app(Lambda.abs(fresh, Lambda.app(target.left(), Lambda.var(fresh))), target.right());
        } else if (kind == 1) {
            Lambda discarded = Lambda.randomCombinator(1 + random.nextInt(2), random.nextInt(3), 0.0, random);
            replacement = Lambda.app(Lambda.abs(fresh, target), discarded);
        } else {
            replacement = Lambda.app(Lambda.abs(fresh, Lambda.var(fresh)), target);
        }
        return replace(term, path, 0, replacement);
    }

    private static void paths(Lambda term, List<Integer> here, List<List<Integer>> all) {
        all.add(List.copyOf(here));
        if (term.kind() == Lambda.Kind.VAR) {
            return;
        }
        here.add(0);
        paths(term.left(), here, all);
        here.remove(here.size() - 1);
        if (term.kind() == Lambda.Kind.APP) {
            here.add(1);
            paths(term.right(), here, all);
            here.remove(here.size() - 1);
        }
    }

    private static Lambda at(Lambda term, List<Integer> path, int from) {
        if (from == path.size()) {
            return term;
        }
        return at(path.get(from) == 0 ? term.left() : term.right(), path, from + 1);
    }

    private static Lambda replace(Lambda term, List<Integer> path, int from, Lambda replacement) {
        if (from == path.size()) {
            return replacement;
        }
        if (term.kind() == Lambda.Kind.ABS) {
            return Lambda.abs(term.name(), replace(term.left(), path, from + 1, replacement));
        }
        return path.get(from) == 0 ? Lambda.app(replace(term.left(), path, from + 1, replacement), term.right())
                : Lambda.app(term.left(), replace(term.right(), path, from + 1, replacement));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "In the untyped lambda calculus a term is a variable, a function \\x. M (the body M reaches as far to the"
                + " right as possible) or an application M N; application groups to the left, so M N P means (M N) P.\n\n"
                + "A redex is an application (\\x. M) N. Beta reduction replaces it by M with every free occurrence of x"
                + " replaced by N; if a binder inside M has the same name as a free variable of N, rename that binder first"
                + " so that nothing in N gets captured. A term with no redex left anywhere, including under binders and"
                + " inside arguments, is in normal form.\n\n"
                + "Reduce this term to its normal form (it has one; reducing the leftmost outermost redex first always"
                + " reaches it):\n" + puzzle.term().render() + "\n\n"
                + "Answer with the normal form only, written in the same notation, for example \\a. \\b. b (a a)."
                + " You may choose any names for bound variables.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.normal());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (!answer.term().freeNames().isEmpty()) {
            return Score.wrong("the answer has free variables (" + String.join(", ", answer.term().freeNames()) + "); the normal form is closed");
        }
        if (Lambda.alphaEquivalent(answer.term(), puzzle.normal())) {
            return Score.correct("the beta normal form");
        }
        if (answer.term().nameless().redexes() > 0) {
            return Score.wrong("the answer still contains a redex, so it is not a normal form");
        }
        return Score.wrong("a normal term, but not the normal form of this term");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        Lambda before = puzzle.term().nameless();
        for (int i = 0; i + 1 < puzzle.steps(); i++) {
            before = Lambda.betaStep(before);
        }
        misses.add(new Answer(before.named()));
        List<Lambda> occurrences = gold.term().occurrences();
        if (!occurrences.isEmpty()) {
            int pick = random.nextInt(occurrences.size());
            for (Lambda other : occurrences) {
                if (!other.name().equals(occurrences.get(pick).name())) {
                    misses.add(new Answer(gold.term().replaceOccurrence(pick, other)));
                    break;
                }
            }
        }
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.term().size() + 3.0 * puzzle.steps();
    }
}
