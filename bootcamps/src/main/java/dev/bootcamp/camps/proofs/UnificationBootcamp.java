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
import dev.bootcamp.camps.kit.formal.Signature;
import dev.bootcamp.camps.kit.formal.Term;
import dev.bootcamp.camps.kit.formal.Terms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Unification: a most general unifier of one or more term equations, checked by applying it and comparing generality. */
@AutoService(Bootcamp.class)
public final class UnificationBootcamp extends Camp<UnificationBootcamp.Puzzle, UnificationBootcamp.Answer> {
    private static final Knob<Integer> EQUATIONS = Knob.integer("equations", 1, 4, 1, "term equations to solve together");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 2, 6, 3, "greatest depth of the common instance the sides are cut from");
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 1, 6, 2, "variables in the common instance, besides those cut out");
    private static final Knob<Integer> MIN_BINDINGS = Knob.integer("min-bindings", 1, 8, 2, "fewest variables the unifier must bind (the most found is used when none reaches it)");
    private static final BootcampInfo INFO = BootcampInfo.builder(UnificationBootcamp.class)
            .title("Most general unifier")
            .domain("proofs")
            .tags("unification", "first-order", "terms", "substitution")
            .summary("One or more equations between first-order terms (upper-case variables, lower-case function symbols)"
                    + " must be solved together: give a substitution that makes both sides of every equation identical and"
                    + " is most general. The answer is applied once, simultaneously, to each side; it must unify every"
                    + " equation and be a renaming of the reference most general unifier on the puzzle's variables (every"
                    + " most general unifier is, so any of them is CORRECT). A substitution that does not unify, or unifies"
                    + " but is too specific, is WRONG. No partial credit.")
            .knob(EQUATIONS)
            .knob(DEPTH)
            .knob(VARIABLES)
            .knob(MIN_BINDINGS)
            .version(1)
            .answerShape("bindings X = term separated by commas")
            .severalAnswers()
            .build();
    private static final List<String> NAMES = List.of("X", "Y", "Z", "U", "V", "W", "X1", "Y1", "Z1", "U1", "V1", "W1", "X2", "Y2", "Z2", "U2");
    private static final int ATTEMPTS = 40;

    /** The equations as {left, right} pairs, the signature, and one most general unifier (never shown). */
    public record Puzzle(Signature signature, List<Term> lefts, List<Term> rights, Map<String, Term> unifier) {
        public Puzzle {
            lefts = List.copyOf(lefts);
            rights = List.copyOf(rights);
            unifier = new TreeMap<>(unifier);
        }
    }

    /** A substitution from variable names to terms. */
    public record Answer(Map<String, Term> binding) {
        public Answer {
            binding = new TreeMap<>(binding);
        }
    }

    public UnificationBootcamp() {
        super(INFO, Codec.of(answer -> Terms.renderSubstitution(answer.binding()), text -> new Answer(Terms.parseSubstitution(text))));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(EQUATIONS, Draw.scale(level, 1, 3))
                .with(DEPTH, Draw.scale(level, 2, 5))
                .with(VARIABLES, Draw.scale(level, 1, 4))
                .with(MIN_BINDINGS, Draw.scale(level, 2, 7));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Puzzle best = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Puzzle puzzle = attempt(knobs, random);
            if (puzzle != null && (best == null || puzzle.unifier().size() > best.unifier().size())) {
                best = puzzle;
            }
            if (best != null && best.unifier().size() >= knobs.get(MIN_BINDINGS)) {
                break;
            }
        }
        return best;
    }

    private Puzzle attempt(Knobs knobs, RandomGenerator random) {
        Signature signature = Signature.random(Draw.between(2, 3, random), Draw.between(2, 3, random), 3, random);
        List<String> names = new ArrayList<>(NAMES);
        Draw.shuffle(names, random);
        List<String> base = names.subList(0, knobs.get(VARIABLES));
        List<String> fresh = new ArrayList<>(names.subList(knobs.get(VARIABLES), names.size()));
        Map<Term, Term> cuts = new HashMap<>();
        List<Term> lefts = new ArrayList<>();
        List<Term> rights = new ArrayList<>();
        for (int i = 0; i < knobs.get(EQUATIONS); i++) {
            Term common = signature.randomTerm(knobs.get(DEPTH), base, 0.5, 0.7, random);
            lefts.add(cut(common, cuts, fresh, random));
            rights.add(cut(common, cuts, fresh, random));
        }
        List<Term[]> pairs = new ArrayList<>();
        for (int i = 0; i < lefts.size(); i++) {
            if (lefts.get(i).equals(rights.get(i))) {
                return null;
            }
            pairs.add(new Term[] {lefts.get(i), rights.get(i)});
        }
        Map<String, Term> unifier = Terms.unify(pairs);
        return unifier == null || unifier.isEmpty() ? null : new Puzzle(signature, lefts, rights, unifier);
    }

    /** The term with some proper subterms replaced by variables, one variable per distinct subterm across the puzzle. */
    private static Term cut(Term term, Map<Term, Term> cuts, List<String> fresh, RandomGenerator random) {
        if (term.args().isEmpty()) {
            return term;
        }
        List<Term> args = new ArrayList<>();
        for (Term arg : term.args()) {
            if (!arg.variable() && random.nextDouble() < 0.3 && (cuts.containsKey(arg) || !fresh.isEmpty())) {
                args.add(cuts.computeIfAbsent(arg, key -> Term.var(fresh.remove(fresh.size() - 1))));
            } else {
                args.add(cut(arg, cuts, fresh, random));
            }
        }
        return Term.of(term.symbol(), args);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Terms are built from variables (names starting with an upper-case letter, such as X or Y1) and function")
                .append(" symbols applied to arguments, written f(t1, ..., tn); a symbol with no arguments is a constant and")
                .append(" is written without parentheses. The symbols here are: ").append(puzzle.signature().describe()).append(".\n\n")
                .append("A substitution replaces variables by terms, all at the same time and only once: applying")
                .append(" {X = g(Y), Y = a} to f(X, Y) gives f(g(Y), a). A unifier of a set of equations is a substitution")
                .append(" that makes the two sides of every equation identical. A unifier is most general when every other")
                .append(" unifier can be obtained from it by applying a further substitution afterwards.\n\n")
                .append(puzzle.lefts().size() == 1 ? "Unify this equation:\n" : "Unify these equations together:\n");
        for (int i = 0; i < puzzle.lefts().size(); i++) {
            text.append(puzzle.lefts().get(i).render()).append("  =  ").append(puzzle.rights().get(i).render()).append('\n');
        }
        text.append("\nA unifier exists. Give a most general unifier as bindings separated by commas, each a variable, an")
                .append(" equals sign and a term, for example: X = f(a, Z), Y = Z. Bind each variable at most once, and make")
                .append(" sure a single application of your substitution makes the sides identical (so the terms you give")
                .append(" must not contain variables that you also bind).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.unifier());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Map<String, Integer> arities = puzzle.signature().arityMap();
        for (Term value : answer.binding().values()) {
            String problem = Terms.signatureProblem(value, arities);
            if (problem != null) {
                return Score.wrong(problem);
            }
        }
        for (int i = 0; i < puzzle.lefts().size(); i++) {
            Term left = puzzle.lefts().get(i).substitute(answer.binding());
            Term right = puzzle.rights().get(i).substitute(answer.binding());
            if (!left.equals(right)) {
                return Score.wrong("equation " + (i + 1) + " becomes " + left.render() + " = " + right.render() + ", not identical sides");
            }
        }
        Term all = tuple(puzzle);
        if (!Terms.variant(all.substitute(answer.binding()), all.substitute(puzzle.unifier()))) {
            return Score.wrong("the substitution unifies, but it is not most general (it binds more than it must)");
        }
        return Score.correct("a most general unifier");
    }

    /** All the puzzle's variables, in a fixed order, as the arguments of one term. */
    private static Term tuple(Puzzle puzzle) {
        Map<String, Term> names = new TreeMap<>();
        for (int i = 0; i < puzzle.lefts().size(); i++) {
            puzzle.lefts().get(i).variables().forEach(name -> names.put(name, Term.var(name)));
            puzzle.rights().get(i).variables().forEach(name -> names.put(name, Term.var(name)));
        }
        return Term.of("tuple", new ArrayList<>(names.values()));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<String> bound = new ArrayList<>(gold.binding().keySet());
        Map<String, Term> dropped = new TreeMap<>(gold.binding());
        dropped.remove(Draw.pick(bound, random));
        misses.add(new Answer(dropped));
        Term constant = Term.constant(puzzle.signature().symbolsOfArity(0).get(0));
        Term all = tuple(puzzle).substitute(gold.binding());
        if (!all.ground()) {
            String free = all.variables().iterator().next();
            Map<String, Term> specific = new TreeMap<>();
            gold.binding().forEach((name, value) -> specific.put(name, value.substitute(Map.of(free, constant))));
            specific.put(free, constant);
            misses.add(new Answer(specific));
        }
        Map<String, Term> swapped = new TreeMap<>(gold.binding());
        String name = Draw.pick(bound, random);
        swapped.put(name, constant);
        misses.add(new Answer(swapped));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        int size = 0;
        for (int i = 0; i < puzzle.lefts().size(); i++) {
            size += puzzle.lefts().get(i).size() + puzzle.rights().get(i).size();
        }
        for (Term value : puzzle.unifier().values()) {
            size += value.size();
        }
        return size;
    }
}
