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
import dev.bootcamp.camps.kit.formal.SimpleTypes;
import dev.bootcamp.camps.kit.formal.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Type inhabitation (proofs as programs): a closed lambda term of a given simple type, checked by type inference. */
@AutoService(Bootcamp.class)
public final class TypeInhabitationBootcamp extends Camp<TypeInhabitationBootcamp.Puzzle, TypeInhabitationBootcamp.Answer> {
    private static final Knob<Integer> BINDERS = Knob.integer("binders", 1, 6, 3, "binders at the top of the term");
    private static final Knob<Integer> APPLICATIONS = Knob.integer("applications", 1, 14, 4, "applications in the term's body");
    private static final Knob<Integer> MIN_ARROWS = Knob.integer("min-arrows", 2, 14, 3, "fewest arrows in the type (the most found is used when none reaches it)");
    private static final BootcampInfo INFO = BootcampInfo.builder(TypeInhabitationBootcamp.class)
            .title("Lambda term of a given type")
            .domain("proofs")
            .tags("lambda-calculus", "curry-howard", "type-inhabitation", "intuitionistic-logic")
            .summary("Given a simple type (an implication formula of intuitionistic logic), write a closed lambda term that"
                    + " has that type, with the type variables held fixed. The checker infers the term's principal type and"
                    + " accepts when the given type is an instance of it, so any such term is CORRECT; a term with free"
                    + " variables, no simple type, another type or more than " + 300 + " nodes is WRONG. No partial credit.")
            .knob(BINDERS)
            .knob(APPLICATIONS)
            .knob(MIN_ARROWS)
            .version(1)
            .answerShape("a closed lambda term")
            .severalAnswers()
            .build();
    private static final int MAX_ANSWER_NODES = 300;
    private static final List<Term> TRIVIAL = List.of("\\x. x", "\\x. \\y. x", "\\x. \\y. y", "\\x. x (\\y. y)", "\\x. \\y. x y",
            "\\x. \\y. y x", "\\x. \\y. x (y x)", "\\x. \\y. \\z. x z (y z)", "\\x. \\y. \\z. x (y z)", "\\x. \\y. \\z. x z y",
            "\\x. x (\\y. \\z. y)", "\\x. x (\\y. \\z. z)").stream().map(text -> SimpleTypes.principal(Lambda.parse(text))).toList();

    /** The type and the term it came from (never shown). */
    public record Puzzle(Term type, Lambda witness) {}

    /** A closed term. */
    public record Answer(Lambda term) {}

    public TypeInhabitationBootcamp() {
        super(INFO, Codec.of(answer -> answer.term().render(), text -> new Answer(Lambda.parse(text))));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(BINDERS, Draw.scale(level, 3, 4)).with(APPLICATIONS, Draw.scale(level, 5, 11)).with(MIN_ARROWS, Draw.scale(level, 3, 8));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Puzzle best = null;
        for (int attempt = 0; attempt < 400; attempt++) {
            int applications = Math.max(2, knobs.get(APPLICATIONS) - attempt / 100);
            if (best != null && attempt % 100 == 0 && attempt > 0) {
                break;
            }
            Lambda term = Lambda.randomCombinator(knobs.get(BINDERS), applications, 0.25, random);
            Term type = SimpleTypes.principal(term);
            if (type == null || SimpleTypes.arrows(type) < 3 || !SimpleTypes.relevant(type) || trivial(type)) {
                continue;
            }
            if (best == null || SimpleTypes.arrows(type) > SimpleTypes.arrows(best.type())) {
                best = new Puzzle(type, term);
            }
            if (SimpleTypes.arrows(best.type()) >= knobs.get(MIN_ARROWS)) {
                break;
            }
        }
        if (best == null) {
            Lambda term = Lambda.parse("\\f. \\g. \\x. g (f x)");
            best = new Puzzle(SimpleTypes.principal(term), term);
        }
        return best;
    }

    private static boolean trivial(Term type) {
        return TRIVIAL.stream().anyMatch(general -> SimpleTypes.instanceOf(type, general));
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Read a simple type as a formula of implication: a, b, c, ... are fixed but unknown base types and"
                + " A -> B is the type of functions from A to B (the arrow groups to the right: a -> b -> c is"
                + " a -> (b -> c)). A closed lambda term of a type is a program of that type, and so a proof of the formula.\n\n"
                + "Lambda terms: a variable; \\x. M, whose body M reaches as far right as possible; M N, application,"
                + " grouping to the left. Typing: a bound variable has the type chosen at its binder; \\x. M has type"
                + " A -> B when M has type B with x of type A; M N has type B when M has type A -> B and N has type A.\n\n"
                + "Write a closed lambda term (no free variables) that has exactly this type, treating a, b, c, ... as"
                + " fixed types:\n" + SimpleTypes.render(puzzle.type()) + "\n\n"
                + "Answer with the term only. For example, a term of type (a -> b) -> (b -> c) -> a -> c is"
                + " \\f. \\g. \\x. g (f x).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.witness());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (!answer.term().freeNames().isEmpty()) {
            return Score.wrong("the term has free variables: " + String.join(", ", answer.term().freeNames()));
        }
        if (answer.term().size() > MAX_ANSWER_NODES) {
            return Score.wrong("the term is too large (more than " + MAX_ANSWER_NODES + " nodes)");
        }
        Term principal = SimpleTypes.principal(answer.term());
        if (principal == null) {
            return Score.wrong("the term has no simple type");
        }
        if (SimpleTypes.instanceOf(puzzle.type(), principal)) {
            return Score.correct("the term has the type (its principal type is " + SimpleTypes.render(principal) + ")");
        }
        return Score.wrong("the term's most general type is " + SimpleTypes.render(principal) + ", which does not give the type asked for");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        Lambda witness = gold.term();
        List<Lambda> occurrences = witness.occurrences();
        for (int i = 0; i < occurrences.size() && misses.size() < 3; i++) {
            for (Lambda other : occurrences) {
                if (!other.name().equals(occurrences.get(i).name())) {
                    misses.add(new Answer(witness.replaceOccurrence(i, other)));
                    break;
                }
            }
        }
        misses.add(new Answer(Lambda.parse("\\x. x")));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.type().size() * puzzle.witness().size() / 4.0;
    }
}
