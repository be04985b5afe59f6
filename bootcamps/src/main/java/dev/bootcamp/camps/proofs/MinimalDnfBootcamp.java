package dev.bootcamp.camps.proofs;

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
import dev.bootcamp.camps.kit.PropositionalFormula;
import dev.bootcamp.camps.kit.proofs.Implicants;
import dev.bootcamp.camps.kit.proofs.Implicants.Cube;
import dev.bootcamp.camps.kit.proofs.Prop;
import dev.bootcamp.camps.kit.proofs.PropParser;
import dev.bootcamp.camps.kit.proofs.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A disjunctive normal form with the fewest terms for a formula, the minimum proved by prime implicants and exact cover. */
@AutoService(Bootcamp.class)
public final class MinimalDnfBootcamp extends Camp<MinimalDnfBootcamp.Puzzle, MinimalDnfBootcamp.Answer> {
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 3, 5, 4, "variables of the formula");
    private static final Knob<Integer> CONNECTIVES = Knob.integer("connectives", 2, 10, 4, "binary connectives in the formula");
    private static final List<String> NAMES = List.of("A", "B", "C", "D", "E");
    private static final int MAX_SIZE = 300;
    private static final BootcampInfo INFO = BootcampInfo.builder(MinimalDnfBootcamp.class)
            .title("Minimal disjunctive normal form")
            .domain("proofs")
            .tags("proofs", "propositional-logic", "normal-forms", "minimisation")
            .summary("A propositional formula is given with the least number of terms a disjunctive normal form equivalent to"
                    + " it needs; the answer is such a DNF (an OR of ANDs of literals) with no more terms than that. Checked by"
                    + " its shape, by truth table over all variables, and by counting terms, so any minimum DNF is CORRECT; the"
                    + " minimum comes from the prime implicants and a smallest exact cover of the true rows. Not equivalent,"
                    + " not a DNF, or too many terms is WRONG with the reason. No partial credit.")
            .knob(VARIABLES)
            .knob(CONNECTIVES)
            .version(1)
            .answerShape("a DNF such as (A ∧ ¬C) ∨ (B ∧ C ∧ D) ∨ ¬A")
            .severalAnswers()
            .build();

    /** The formula, its variables, and a minimum cover written as a DNF. */
    public record Puzzle(String formula, List<String> variables, String minimum, int terms) {
        public Puzzle {
            variables = List.copyOf(variables);
        }
    }

    /** The DNF given, in canonical text. */
    public record Answer(String formula) {}

    public MinimalDnfBootcamp() {
        super(INFO, Codec.of(Answer::formula, text -> new Answer(PropParser.parse(text.strip()).toString())));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VARIABLES, level <= 5 ? 4 : 5)
                .with(CONNECTIVES, Draw.scale(level, 3, 10));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int n = knobs.get(VARIABLES);
        List<String> names = NAMES.subList(0, n);
        while (true) {
            PropositionalFormula drawn = PropositionalFormula.random(n, Math.max(knobs.get(CONNECTIVES), n - 1), 0.3, random);
            if (drawn.hasRedundancy() || drawn.hasConstantPart(n)) {
                continue;
            }
            long table = drawn.table(n);
            if (table == 0 || table == Tables.all(n)) {
                continue;
            }
            List<Cube> cover = Implicants.minimumCover(table, n);
            if (cover.size() < 2) {
                continue;
            }
            Prop minimum = null;
            for (Cube cube : cover) {
                minimum = minimum == null ? cube.formula(names) : Prop.or(minimum, cube.formula(names));
            }
            return new Puzzle(Prop.from(drawn, names).toString(), names, minimum.toString(), cover.size());
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Simplify this formula of propositional logic (¬ not, ∧ and, ∨ or, → if-then, ↔ if and only if) over "
                + String.join(", ", puzzle.variables()) + ":\n\n  " + puzzle.formula() + "\n\n"
                + "Rewrite it as a sum of products, i.e. in disjunctive normal form: one or more terms joined by ∨, where each"
                + " term is a single literal or several literals joined by ∧, and a literal is a variable or a negated"
                + " variable (¬ only directly on variables; no →, ↔ or nested parentheses inside a term). Your form must be"
                + " true under exactly the same assignments as the formula, and it must use the fewest terms possible: the"
                + " minimum is " + puzzle.terms() + " terms, so give at most " + puzzle.terms() + ". Any such form is"
                + " accepted; the terms need not be as short as possible. Put each term of two or more literals in"
                + " parentheses, as in (A ∧ ¬C) ∨ (B ∧ C ∧ D) ∨ ¬A (a format example only).";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.minimum());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Prop given;
        try {
            given = PropParser.parse(answer.formula());
        } catch (AnswerFormatException e) {
            return Score.wrong("the answer is not a formula");
        }
        if (given.size() > MAX_SIZE) {
            return Score.wrong("the formula has more than " + MAX_SIZE + " connectives");
        }
        List<Prop> terms = new ArrayList<>();
        disjuncts(given, terms);
        for (Prop term : terms) {
            if (!conjunctionOfLiterals(term)) {
                return Score.wrong("the term " + term + " is not a conjunction of literals, so this is not a DNF");
            }
        }
        for (String name : given.variables()) {
            if (!puzzle.variables().contains(name)) {
                return Score.wrong("uses " + name + ", which is not a variable of the formula");
            }
        }
        long want = Tables.table(PropParser.parse(puzzle.formula()), puzzle.variables());
        long got = Tables.table(given, puzzle.variables());
        if (want != got) {
            int row = Long.numberOfTrailingZeros(want ^ got);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < puzzle.variables().size(); i++) {
                values.add(puzzle.variables().get(i) + "=" + (Tables.bit(row, i, puzzle.variables().size()) ? "T" : "F"));
            }
            return Score.wrong("not equivalent: at " + String.join(" ", values) + " the formula is " + (want >> row & 1) + " and the DNF "
                    + (got >> row & 1));
        }
        if (terms.size() > puzzle.terms()) {
            return Score.wrong("an equivalent DNF, but with " + terms.size() + " terms; " + puzzle.terms() + " suffice");
        }
        return Score.correct("an equivalent DNF with the minimum of " + terms.size() + " terms");
    }

    private static void disjuncts(Prop formula, List<Prop> terms) {
        if (formula.is("or")) {
            disjuncts(formula.left(), terms);
            disjuncts(formula.right(), terms);
            return;
        }
        terms.add(formula);
    }

    private static boolean conjunctionOfLiterals(Prop term) {
        if (term.is("and")) {
            return conjunctionOfLiterals(term.left()) && conjunctionOfLiterals(term.right());
        }
        return term.is("var") || term.is("not") && term.left().is("var");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        Prop minimum = PropParser.parse(gold.formula());
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(minimum.left().toString()));
        misses.add(new Answer(PropParser.parse(puzzle.formula()).toString()));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        // Evaluating the formula on every row, then finding the prime implicants to cover them.
        Prop formula = PropParser.parse(puzzle.formula());
        int n = puzzle.variables().size();
        return (formula.size() + Implicants.primes(Tables.table(formula, puzzle.variables()), n).size()) * (double) (1 << n);
    }
}
