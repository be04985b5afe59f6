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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Anti-unification: the least general generalisation of several ground terms, exact up to renaming of variables. */
@AutoService(Bootcamp.class)
public final class AntiUnificationBootcamp extends Camp<AntiUnificationBootcamp.Puzzle, AntiUnificationBootcamp.Answer> {
    private static final Knob<Integer> TERMS = Knob.integer("terms", 2, 5, 2, "ground terms to generalise");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 2, 6, 3, "depth of the shared skeleton");
    private static final Knob<Integer> FILL_DEPTH = Knob.integer("fill-depth", 1, 3, 1, "depth of the subterms filling the skeleton's holes");
    private static final BootcampInfo INFO = BootcampInfo.builder(AntiUnificationBootcamp.class)
            .title("Least general generalisation")
            .domain("proofs")
            .tags("anti-unification", "generalisation", "first-order", "terms")
            .summary("Given several ground first-order terms, give their least general generalisation: a term with"
                    + " variables of which each given term is an instance, and which is an instance of every other such"
                    + " term. It is unique up to renaming its variables, so the answer is compared with the reference up to"
                    + " a one-to-one renaming; a term that generalises them all but is too general, or does not"
                    + " generalise one of them, is WRONG, the detail saying which.")
            .knob(TERMS)
            .knob(DEPTH)
            .knob(FILL_DEPTH)
            .version(1)
            .answerShape("one term with upper-case variables")
            .severalAnswers()
            .build();

    /** The ground terms, the signature, and their least general generalisation (never shown). */
    public record Puzzle(Signature signature, List<Term> terms, Term generalisation) {
        public Puzzle {
            terms = List.copyOf(terms);
        }
    }

    /** The term given. */
    public record Answer(Term term) {}

    public AntiUnificationBootcamp() {
        super(INFO, Codec.of(answer -> answer.term().render(), text -> new Answer(Terms.parse(text))));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(TERMS, Draw.scale(level, 2, 4))
                .with(DEPTH, Draw.scale(level, 3, 5))
                .with(FILL_DEPTH, Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        while (true) {
            Signature signature = Signature.random(Draw.between(2, 3, random), Draw.between(2, 4, random), 3, random);
            List<String> holes = List.of("H1", "H2", "H3", "H4").subList(0, Draw.between(2, 4, random));
            Term skeleton = signature.randomTerm(knobs.get(DEPTH), holes, 0.6, 0.7, random);
            if (skeleton.variables().size() < 2) {
                continue;
            }
            List<Term> terms = new ArrayList<>();
            for (int i = 0; i < knobs.get(TERMS); i++) {
                Map<String, Term> fill = new LinkedHashMap<>();
                for (String hole : skeleton.variables()) {
                    fill.put(hole, signature.randomTerm(Draw.between(1, knobs.get(FILL_DEPTH), random), List.of(), 0, 0.6, random));
                }
                terms.add(skeleton.substitute(fill));
            }
            Term generalisation = generalise(terms);
            if (terms.stream().distinct().count() == terms.size() && generalisation.variables().size() >= 2 && generalisation.size() >= 2 + 2 * knobs.get(DEPTH) - 2) {
                return new Puzzle(signature, terms, generalisation);
            }
        }
    }

    /** The least general generalisation: equal symbols kept, each distinct tuple of differing subterms one variable. */
    static Term generalise(List<Term> terms) {
        return generalise(terms, new LinkedHashMap<>());
    }

    private static Term generalise(List<Term> terms, Map<List<Term>, Term> names) {
        Term first = terms.get(0);
        boolean same = terms.stream().allMatch(term -> !term.variable() && term.symbol().equals(first.symbol()) && term.args().size() == first.args().size());
        if (same && !first.variable()) {
            List<Term> args = new ArrayList<>();
            for (int i = 0; i < first.args().size(); i++) {
                int index = i;
                args.add(generalise(terms.stream().map(term -> term.args().get(index)).toList(), names));
            }
            return Term.of(first.symbol(), args);
        }
        return names.computeIfAbsent(List.copyOf(terms), key -> Term.var("X" + (names.size() + 1)));
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Terms are built from function symbols applied to arguments, written f(t1, ..., tn), constants written")
                .append(" without parentheses, and variables (names starting with an upper-case letter, such as X or Y2).")
                .append(" The symbols here are: ").append(puzzle.signature().describe()).append(".\n\n")
                .append("A term G generalises a term T when replacing the variables of G by terms (the same variable always")
                .append(" by the same term) turns G into T. For example f(X, X) generalises f(a, a) but not f(a, b), while")
                .append(" f(X, Y) generalises both. Here are ").append(puzzle.terms().size()).append(" terms without variables:\n");
        for (Term term : puzzle.terms()) {
            text.append(term.render()).append('\n');
        }
        text.append("\nGive their least general generalisation: a term that generalises every one of them and keeps as much")
                .append(" of their common structure as possible, so that every other common generalisation also generalises")
                .append(" it. Use one variable for each place where the terms differ, and the same variable wherever the same")
                .append(" combination of differing subterms appears. Answer with the term alone, for example: h(X, g(Y), X).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.generalisation());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String problem = Terms.signatureProblem(answer.term(), puzzle.signature().arityMap());
        if (problem != null) {
            return Score.wrong(problem);
        }
        for (int i = 0; i < puzzle.terms().size(); i++) {
            if (Terms.match(answer.term(), puzzle.terms().get(i)) == null) {
                return Score.wrong("the term does not generalise term " + (i + 1) + ", " + puzzle.terms().get(i).render());
            }
        }
        if (Terms.variant(answer.term(), puzzle.generalisation())) {
            return Score.correct("the least general generalisation");
        }
        return Score.wrong("the term generalises every given term, but it is more general than it needs to be");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<String> variables = new ArrayList<>(gold.term().variables());
        misses.add(new Answer(gold.term().substitute(Map.of(variables.get(0), Term.var(variables.get(1))))));
        List<List<Integer>> positions = gold.term().positions();
        List<Integer> inner = positions.get(1 + random.nextInt(positions.size() - 1));
        misses.add(new Answer(gold.term().replace(inner, Term.var("Fresh"))));
        misses.add(new Answer(gold.term().substitute(Map.of(variables.get(0), puzzle.terms().get(0).at(List.of())))));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.terms().stream().mapToInt(Term::size).sum();
    }
}
