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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Clause subsumption: a substitution that maps every literal of a clause with variables onto a literal of a ground clause. */
@AutoService(Bootcamp.class)
public final class ClauseSubsumptionBootcamp extends Camp<ClauseSubsumptionBootcamp.Puzzle, ClauseSubsumptionBootcamp.Answer> {
    private static final Knob<Integer> TARGET = Knob.integer("target-literals", 3, 16, 5, "literals in the ground clause D");
    private static final Knob<Integer> PATTERN = Knob.integer("pattern-literals", 1, 8, 2, "literals in the clause C with variables");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 4, 2, "greatest depth of an argument term");
    private static final BootcampInfo INFO = BootcampInfo.builder(ClauseSubsumptionBootcamp.class)
            .title("Clause subsumption witness")
            .domain("proofs")
            .tags("subsumption", "matching", "first-order", "clauses")
            .summary("A clause C with variables subsumes a ground clause D; give a substitution θ for C's variables with"
                    + " Cθ contained in D (every literal of C, with θ applied, is a literal of D, same sign). The substitution"
                    + " is applied and each literal looked up, so any witness is CORRECT; a literal that lands outside D, or"
                    + " a variable left unbound, is WRONG with that literal named. No partial credit.")
            .knob(TARGET)
            .knob(PATTERN)
            .knob(DEPTH)
            .version(1)
            .answerShape("bindings X = term separated by commas")
            .severalAnswers()
            .build();
    private static final List<String> NAMES = List.of("X", "Y", "Z", "U", "V", "W", "X1", "Y1", "Z1", "U1", "V1", "W1");

    /** A literal: an atom with its sign. */
    public record Literal(boolean positive, Term atom) {
        String render() {
            return (positive ? "" : "~") + atom.render();
        }
    }

    /** The ground clause D, the clause C, the symbols, and one witness (never shown). */
    public record Puzzle(Signature signature, Signature predicates, List<Literal> target, List<Literal> pattern, Map<String, Term> witness) {
        public Puzzle {
            target = List.copyOf(target);
            pattern = List.copyOf(pattern);
            witness = new TreeMap<>(witness);
        }
    }

    /** A substitution from variable names to terms. */
    public record Answer(Map<String, Term> binding) {
        public Answer {
            binding = new TreeMap<>(binding);
        }
    }

    public ClauseSubsumptionBootcamp() {
        super(INFO, Codec.of(answer -> Terms.renderSubstitution(answer.binding()), text -> new Answer(Terms.parseSubstitution(text))));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(TARGET, Draw.scale(level, 4, 14))
                .with(PATTERN, Draw.scale(level, 2, 6))
                .with(DEPTH, Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            Signature functions = Signature.random(2, 3, 2, random);
            Signature predicates = new Signature(List.of("p", "q", "r"), List.of(Draw.between(1, 2, random), Draw.between(1, 3, random), Draw.between(2, 3, random)));
            Set<Literal> target = new LinkedHashSet<>();
            while (target.size() < knobs.get(TARGET)) {
                int which = random.nextInt(3);
                List<Term> args = new ArrayList<>();
                for (int i = 0; i < predicates.arities().get(which); i++) {
                    args.add(functions.randomTerm(Draw.between(1, knobs.get(DEPTH), random), List.of(), 0, 0.6, random));
                }
                target.add(new Literal(random.nextInt(3) > 0, Term.of(predicates.names().get(which), args)));
            }
            List<Literal> chosen = new ArrayList<>();
            List<Literal> all = new ArrayList<>(target);
            for (int i = 0; i < knobs.get(PATTERN); i++) {
                chosen.add(Draw.pick(all, random));
            }
            Map<Term, Term> cuts = new HashMap<>();
            List<String> fresh = new ArrayList<>(NAMES);
            Draw.shuffle(fresh, random);
            List<Literal> pattern = new ArrayList<>();
            for (Literal literal : chosen) {
                pattern.add(new Literal(literal.positive(), cut(literal.atom(), cuts, fresh, random)));
            }
            Map<String, Term> witness = new TreeMap<>();
            cuts.forEach((value, variable) -> witness.put(variable.symbol(), value));
            boolean ground = pattern.stream().anyMatch(literal -> literal.atom().ground());
            if (witness.size() >= 2 && !ground && pattern.stream().distinct().count() == pattern.size()) {
                Draw.shuffle(pattern, random);
                return new Puzzle(functions, predicates, List.copyOf(target), pattern, witness);
            }
        }
    }

    /** The atom with subterms replaced by variables, one variable per distinct subterm across the clause. */
    private static Term cut(Term term, Map<Term, Term> cuts, List<String> fresh, RandomGenerator random) {
        List<Term> args = new ArrayList<>();
        for (Term arg : term.args()) {
            if (cuts.containsKey(arg) || random.nextDouble() < 0.5 && !fresh.isEmpty()) {
                args.add(cuts.computeIfAbsent(arg, key -> Term.var(fresh.remove(fresh.size() - 1))));
            } else {
                args.add(arg.args().isEmpty() ? arg : cut(arg, cuts, fresh, random));
            }
        }
        return Term.of(term.symbol(), args);
    }

    private static String clause(List<Literal> literals) {
        List<String> parts = new ArrayList<>();
        literals.forEach(literal -> parts.add(literal.render()));
        return "{ " + String.join(", ", parts) + " }";
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A clause is a set of literals; a literal is an atom such as p(a, f(X)) or its negation, written with a")
                .append(" tilde: ~p(a, f(X)). Names starting with an upper-case letter are variables; the function symbols are ")
                .append(puzzle.signature().describe()).append(", and p, q, r are predicates.\n\n")
                .append("Clause C subsumes clause D when some substitution θ (replacing each variable of C by a term, the same")
                .append(" variable always by the same term) turns every literal of C into a literal of D with the same sign.")
                .append(" Several literals of C may land on the same literal of D.\n\n")
                .append("C = ").append(clause(puzzle.pattern())).append("\nD = ").append(clause(puzzle.target()))
                .append("\n\nC subsumes D. Give a substitution θ that shows it, binding every variable of C, as bindings")
                .append(" separated by commas, for example: X = g(b), Y = a");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.witness());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        for (Literal literal : puzzle.pattern()) {
            Literal image = new Literal(literal.positive(), literal.atom().substitute(answer.binding()));
            if (!image.atom().ground()) {
                return Score.wrong("θ leaves a variable in " + image.render());
            }
            if (!puzzle.target().contains(image)) {
                return Score.wrong(literal.render() + " becomes " + image.render() + ", which is not in D");
            }
        }
        return Score.correct("every literal of Cθ is in D");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<String> bound = new ArrayList<>(gold.binding().keySet());
        Map<String, Term> dropped = new TreeMap<>(gold.binding());
        dropped.remove(Draw.pick(bound, random));
        misses.add(new Answer(dropped));
        Map<String, Term> swapped = new TreeMap<>(gold.binding());
        swapped.put(bound.get(0), gold.binding().get(bound.get(1)));
        swapped.put(bound.get(1), gold.binding().get(bound.get(0)));
        misses.add(new Answer(swapped));
        Map<String, Term> wrapped = new TreeMap<>(gold.binding());
        String name = Draw.pick(bound, random);
        wrapped.put(name, Term.of(puzzle.signature().names().get(0), List.of(gold.binding().get(name), gold.binding().get(name))));
        misses.add(new Answer(wrapped));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.pattern().size() * puzzle.target().size();
    }
}
