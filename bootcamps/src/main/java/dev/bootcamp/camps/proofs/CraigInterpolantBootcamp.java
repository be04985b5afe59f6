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
import dev.bootcamp.camps.kit.proofs.Prop;
import dev.bootcamp.camps.kit.proofs.PropParser;
import dev.bootcamp.camps.kit.proofs.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Craig interpolant: for A and B that contradict each other, a formula over their shared variables between them. */
@AutoService(Bootcamp.class)
public final class CraigInterpolantBootcamp extends Camp<CraigInterpolantBootcamp.Puzzle, CraigInterpolantBootcamp.Answer> {
    private static final Knob<Integer> SHARED = Knob.integer("shared", 2, 3, 2, "variables that occur in both A and B");
    private static final Knob<Integer> LOCAL = Knob.integer("local", 1, 2, 1, "variables of A alone, and of B alone");
    private static final Knob<Integer> CONNECTIVES = Knob.integer("connectives", 2, 9, 3, "binary connectives in each of A and B");
    private static final int MAX_SIZE = 200;
    private static final List<String> POOL = List.of("P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "K", "L", "M", "N");
    private static final BootcampInfo INFO = BootcampInfo.builder(CraigInterpolantBootcamp.class)
            .title("Craig interpolant")
            .domain("proofs")
            .tags("proofs", "propositional-logic", "interpolation", "formula-synthesis")
            .summary("Two propositional formulas A and B that cannot both be true are given; the answer is an interpolant: a"
                    + " formula that uses only the variables A and B share, that follows from A, and that contradicts B."
                    + " Checked by truth tables over all variables, so any interpolant (strongest, weakest or between) is"
                    + " CORRECT; a formula with another variable, one A does not imply, or one consistent with B is WRONG with"
                    + " a row that shows it. Cases where a single literal would do are not generated. No partial credit.")
            .knob(SHARED)
            .knob(LOCAL)
            .knob(CONNECTIVES)
            .version(1)
            .answerShape("one formula over the shared variables, such as (P ∧ ¬Q) ∨ R")
            .severalAnswers()
            .build();

    /** A and B (canonical text), the shared variables, every variable in order, and a reference interpolant. */
    public record Puzzle(String a, String b, List<String> shared, List<String> variables, String interpolant) {
        public Puzzle {
            shared = List.copyOf(shared);
            variables = List.copyOf(variables);
        }
    }

    /** The formula given, in canonical text. */
    public record Answer(String formula) {}

    public CraigInterpolantBootcamp() {
        super(INFO, Codec.of(Answer::formula, text -> new Answer(PropParser.parse(text.strip()).toString())));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SHARED, level <= 5 ? 2 : 3)
                .with(LOCAL, level <= 3 ? 1 : 2)
                .with(CONNECTIVES, Draw.scale(level, 2, 8));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int shared = knobs.get(SHARED);
        int local = Math.min(knobs.get(LOCAL), (Tables.MAX_VARIABLES - shared) / 2);
        List<String> names = new ArrayList<>(Draw.sample(POOL, shared + 2 * local, random));
        List<String> sharedNames = names.subList(0, shared);
        List<String> aNames = new ArrayList<>(sharedNames);
        aNames.addAll(names.subList(shared, shared + local));
        List<String> bNames = new ArrayList<>(sharedNames);
        bNames.addAll(names.subList(shared + local, shared + 2 * local));
        List<String> all = new ArrayList<>(names);
        all.sort(null);
        while (true) {
            Prop a = draw(aNames, knobs.get(CONNECTIVES), random);
            Prop b = draw(bNames, knobs.get(CONNECTIVES), random);
            long tableA = Tables.table(a, all);
            long tableB = Tables.table(b, all);
            if (tableA == 0 || tableB == 0 || (tableA & tableB) != 0) {
                continue;
            }
            List<String> sharedSorted = new ArrayList<>(sharedNames);
            sharedSorted.sort(null);
            Prop interpolant = strongest(a, sharedSorted, all);
            if (interpolant == null || literalWorks(a, b, sharedSorted, all)) {
                continue;
            }
            return new Puzzle(a.toString(), b.toString(), sharedSorted, all, interpolant.toString());
        }
    }

    private static Prop draw(List<String> names, int connectives, RandomGenerator random) {
        while (true) {
            PropositionalFormula formula = PropositionalFormula.random(names.size(), connectives, 0.25, random);
            if (!formula.hasRedundancy() && !formula.hasConstantPart(names.size())) {
                return Prop.from(formula, names);
            }
        }
    }

    /** The disjunction of the rows of the shared variables that some row of A extends; null when constant. */
    private static Prop strongest(Prop a, List<String> shared, List<String> all) {
        long tableA = Tables.table(a, all);
        Map<String, Long> masks = Tables.masks(all);
        Prop result = null;
        int rows = 1 << shared.size();
        int found = 0;
        for (int row = 0; row < rows; row++) {
            long matching = Tables.all(all.size());
            Prop term = null;
            for (int i = 0; i < shared.size(); i++) {
                boolean value = Tables.bit(row, i, shared.size());
                long mask = masks.get(shared.get(i));
                matching &= value ? mask : ~mask;
                Prop literal = value ? Prop.var(shared.get(i)) : Prop.not(Prop.var(shared.get(i)));
                term = term == null ? literal : Prop.and(term, literal);
            }
            if ((matching & tableA) != 0) {
                result = result == null ? term : Prop.or(result, term);
                found++;
            }
        }
        return found == 0 || found == rows ? null : result;
    }

    private static boolean literalWorks(Prop a, Prop b, List<String> shared, List<String> all) {
        for (String name : shared) {
            for (Prop literal : List.of(Prop.var(name), Prop.not(Prop.var(name)))) {
                if (interpolates(a, b, literal, all)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean interpolates(Prop a, Prop b, Prop candidate, List<String> all) {
        long table = Tables.table(candidate, all);
        return (Tables.table(a, all) & ~table) == 0 && (Tables.table(b, all) & table) == 0;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Two propositional formulas (¬ not, ∧ and, ∨ or, → if-then, ↔ if and only if):\n\n"
                + "  A = " + puzzle.a() + "\n  B = " + puzzle.b() + "\n\n"
                + "No assignment of truth values makes both A and B true. They share the variables "
                + String.join(", ", puzzle.shared()) + ". Find a Craig interpolant: a formula I that uses only those shared"
                + " variables (no others, and no constants), such that every assignment that makes A true also makes I true,"
                + " and no assignment makes both I and B true. Write I with the symbols above (ASCII ~ & | -> <-> also work)"
                + " and parentheses to group, for example (format only) \"(" + puzzle.shared().get(0) + " ∨ ¬"
                + puzzle.shared().get(1) + ") ∧ " + puzzle.shared().get(0) + "\". Any formula with these properties is accepted.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.interpolant());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Prop candidate;
        try {
            candidate = PropParser.parse(answer.formula());
        } catch (AnswerFormatException e) {
            return Score.wrong("the answer is not a formula");
        }
        if (candidate.size() > MAX_SIZE) {
            return Score.wrong("the formula has more than " + MAX_SIZE + " connectives");
        }
        List<String> stray = candidate.variables().stream().filter(name -> !puzzle.shared().contains(name)).toList();
        if (!stray.isEmpty() || candidate.connectives().contains("false")) {
            return Score.wrong("uses " + (stray.isEmpty() ? "⊥" : String.join(", ", stray)) + "; only " + String.join(", ", puzzle.shared())
                    + " may occur");
        }
        List<String> all = puzzle.variables();
        long table = Tables.table(candidate, all);
        long tableA = Tables.table(PropParser.parse(puzzle.a()), all);
        long tableB = Tables.table(PropParser.parse(puzzle.b()), all);
        if ((tableA & ~table) != 0) {
            return Score.wrong("A does not imply it: " + row(Long.numberOfTrailingZeros(tableA & ~table), all) + " makes A true and it false");
        }
        if ((tableB & table) != 0) {
            return Score.wrong("it does not contradict B: " + row(Long.numberOfTrailingZeros(tableB & table), all) + " makes both true");
        }
        return Score.correct("an interpolant: A implies it and it contradicts B");
    }

    private static String row(int row, List<String> names) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            values.add(names.get(i) + "=" + (Tables.bit(row, i, names.size()) ? "T" : "F"));
        }
        return String.join(" ", values);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        Prop interpolant = PropParser.parse(gold.formula());
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(Prop.not(interpolant).toString()));
        misses.add(new Answer(PropParser.parse(puzzle.a()).toString()));
        misses.add(new Answer(Prop.var(puzzle.shared().get(0)).toString()));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (PropParser.parse(puzzle.a()).size() + PropParser.parse(puzzle.b()).size()) * (double) puzzle.variables().size();
    }
}
