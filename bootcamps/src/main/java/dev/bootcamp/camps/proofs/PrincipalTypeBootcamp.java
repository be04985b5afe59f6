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
import dev.bootcamp.camps.kit.formal.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Simple type inference: the principal type of a closed lambda term, checked up to renaming of type variables. */
@AutoService(Bootcamp.class)
public final class PrincipalTypeBootcamp extends Camp<PrincipalTypeBootcamp.Puzzle, PrincipalTypeBootcamp.Answer> {
    private static final Knob<Integer> BINDERS = Knob.integer("binders", 1, 6, 3, "binders at the top of the term");
    private static final Knob<Integer> APPLICATIONS = Knob.integer("applications", 1, 14, 4, "applications in the term's body");
    private static final Knob<Integer> MIN_ARROWS = Knob.integer("min-arrows", 2, 14, 3, "fewest arrows in the principal type (the most found is used when none reaches it)");
    private static final BootcampInfo INFO = BootcampInfo.builder(PrincipalTypeBootcamp.class)
            .title("Principal simple type")
            .domain("proofs")
            .tags("lambda-calculus", "type-inference", "simple-types", "unification")
            .summary("Infer the most general simple type of a closed lambda term (types are type variables and arrows)."
                    + " The answer is CORRECT when it is the principal type up to a one-to-one renaming of type variables;"
                    + " a type that is only an instance of it (too specific) or not a type of the term is WRONG, with that"
                    + " said in the detail. No partial credit.")
            .knob(BINDERS)
            .knob(APPLICATIONS)
            .knob(MIN_ARROWS)
            .version(1)
            .answerShape("a type such as (a -> b) -> a -> b")
            .severalAnswers()
            .build();

    /** The term and its principal type (never shown). */
    public record Puzzle(Lambda term, Term type) {}

    /** A type. */
    public record Answer(Term type) {}

    public PrincipalTypeBootcamp() {
        super(INFO, Codec.of(answer -> SimpleTypes.render(answer.type()), text -> new Answer(SimpleTypes.parse(text))));
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
            if (type == null || SimpleTypes.arrows(type) < 3 || !SimpleTypes.relevant(type) || flat(question(new Puzzle(term, type))).contains(flat(SimpleTypes.render(type)))) {
                continue;
            }
            if (best == null || SimpleTypes.arrows(type) > SimpleTypes.arrows(best.type())) {
                best = new Puzzle(term, type);
            }
            if (SimpleTypes.arrows(best.type()) >= knobs.get(MIN_ARROWS)) {
                break;
            }
        }
        if (best == null) {
            Lambda term = Lambda.parse("\\f. \\x. f (f x)");
            best = new Puzzle(term, SimpleTypes.principal(term));
        }
        return best;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }


    @Override
    public String question(Puzzle puzzle) {
        return "Simple types are type variables (a, b, c, ...) and function types A -> B; the arrow groups to the right,"
                + " so a -> b -> c means a -> (b -> c). The typing rules for lambda terms (\\x. M is a function whose body"
                + " M reaches as far right as possible; M N is application, grouping to the left):\n"
                + "- a variable has the type its binder gave it;\n"
                + "- \\x. M has type A -> B when, giving x the type A, the body M has type B;\n"
                + "- M N has type B when M has type A -> B and N has type A (the same A).\n"
                + "A term's principal type is its most general type: every type the term can be given is obtained from it by"
                + " replacing type variables by types. For example \\u. \\v. v (u v) has principal type"
                + " ((p -> q) -> p) -> (p -> q) -> q.\n\n"
                + "Find the principal type of:\n" + puzzle.term().render() + "\n\n"
                + "Answer with the type only, using arrows -> and parentheses; any names for the type variables are fine.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.type());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (Terms.variant(answer.type(), puzzle.type())) {
            return Score.correct("the principal type");
        }
        if (SimpleTypes.instanceOf(answer.type(), puzzle.type())) {
            return Score.wrong("a type of the term, but not the most general one (it specialises a type variable)");
        }
        return Score.wrong("the term does not have this type");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<String> names = new ArrayList<>(gold.type().variables());
        Term first = Term.var(names.get(0));
        if (names.size() >= 2) {
            misses.add(new Answer(gold.type().substitute(Map.of(names.get(1), first))));
        }
        misses.add(new Answer(gold.type().substitute(Map.of(names.get(0), SimpleTypes.arrow(first, Term.var("z"))))));
        Term type = gold.type();
        if (!type.variable()) {
            misses.add(new Answer(SimpleTypes.arrow(type.args().get(1), type.args().get(0))));
        }
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.term().size() * puzzle.type().size() / 4.0;
    }
}
