package dev.bootcamp.camps.proofs;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.formal.Signature;
import dev.bootcamp.camps.kit.formal.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Finite model finding: an operation table on a small set that satisfies given equations and fixed entries. */
@AutoService(Bootcamp.class)
public final class FiniteModelTableBootcamp extends Camp<FiniteModelTableBootcamp.Puzzle, List<String>> {
    private static final Knob<Integer> ELEMENTS = Knob.integer("elements", 2, 6, 3, "elements of the set, 0..n-1");
    private static final Knob<Integer> EQUATIONS = Knob.integer("equations", 1, 5, 2, "equations the table must satisfy");
    private static final Knob<Integer> GIVEN = Knob.integer("given", 1, 12, 3, "entries of the table fixed in advance");
    private static final BootcampInfo INFO = BootcampInfo.builder(FiniteModelTableBootcamp.class)
            .title("Finite model of equations")
            .domain("proofs")
            .tags("finite-model", "universal-algebra", "equations", "search")
            .summary("Give the table of a binary operation * on {0, ..., n-1} that satisfies every listed equation for all"
                    + " values of its variables, and agrees with a few entries fixed in advance. The table is checked"
                    + " entry by entry and every equation at every assignment, so any model is CORRECT; the detail of a WRONG"
                    + " answer names a failing equation with the values that break it, or a fixed entry it changes. No"
                    + " partial credit.")
            .knob(ELEMENTS)
            .knob(EQUATIONS)
            .knob(GIVEN)
            .version(1)
            .answerShape("n lines of n numbers: row a, column b holds a * b")
            .severalAnswers()
            .build();
    private static final String DIGITS = "012345";
    private static final List<String> VARIABLES = List.of("X", "Y", "Z");

    /** The size, the equations as {left, right}, fixed entries as {a, b, value}, and one model (never shown). */
    public record Puzzle(int elements, List<Term> lefts, List<Term> rights, List<List<Integer>> given, List<String> model) {
        public Puzzle {
            lefts = List.copyOf(lefts);
            rights = List.copyOf(rights);
            given = given.stream().map(List::copyOf).toList();
            model = List.copyOf(model);
        }
    }

    public FiniteModelTableBootcamp() {
        super(INFO, Codecs.grid(DIGITS));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ELEMENTS, level <= 6 ? 4 : 5)
                .with(EQUATIONS, Draw.scale(level, 1, 4))
                .with(GIVEN, Draw.scale(level, 6, 8));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int n = knobs.get(ELEMENTS);
        Signature signature = new Signature(List.of("m"), List.of(2));
        while (true) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            int c = random.nextInt(n);
            int[] relabel = Draw.permutation(n, random);
            int[][] table = new int[n][n];
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    table[relabel[x]][relabel[y]] = relabel[((a * x + b * y + c) % n + n) % n];
                }
            }
            Set<String> seen = new LinkedHashSet<>();
            List<Term> lefts = new ArrayList<>();
            List<Term> rights = new ArrayList<>();
            for (int tries = 0; tries < 400 && lefts.size() < knobs.get(EQUATIONS); tries++) {
                Term left = signature.randomTerm(Draw.between(2, 3, random), VARIABLES, 1, 0.6, random);
                Term right = random.nextInt(3) == 0 ? Term.var(Draw.pick(VARIABLES, random)) : signature.randomTerm(Draw.between(2, 3, random), VARIABLES, 1, 0.6, random);
                if (!left.equals(right) && failure(table, left, right) == null && seen.add(left.render() + "=" + right.render())
                        && seen.add(right.render() + "=" + left.render())) {
                    lefts.add(left);
                    rights.add(right);
                }
            }
            if (lefts.size() < knobs.get(EQUATIONS)) {
                continue;
            }
            List<List<Integer>> given = new ArrayList<>();
            List<Integer> cells = new ArrayList<>();
            for (int cell = 0; cell < n * n; cell++) {
                cells.add(cell);
            }
            for (int cell : Draw.sample(cells, Math.min(knobs.get(GIVEN), n * n - 1), random)) {
                given.add(List.of(cell / n, cell % n, table[cell / n][cell % n]));
            }
            given.sort((first, second) -> first.get(0) * n + first.get(1) - second.get(0) * n - second.get(1));
            List<String> model = new ArrayList<>();
            for (int[] row : table) {
                StringBuilder line = new StringBuilder();
                for (int value : row) {
                    line.append(DIGITS.charAt(value));
                }
                model.add(line.toString());
            }
            if (given.stream().map(entry -> entry.get(2)).distinct().count() >= Math.min(Math.min(3, n), given.size())) {
                return new Puzzle(n, lefts, rights, given, model);
            }
        }
    }

    private static int value(int[][] table, Term term, int[] assignment) {
        if (term.variable()) {
            return assignment[VARIABLES.indexOf(term.symbol())];
        }
        return table[value(table, term.args().get(0), assignment)][value(table, term.args().get(1), assignment)];
    }

    /** An assignment {x, y, z} that breaks left = right in the table, or null when the equation holds. */
    private static int[] failure(int[][] table, Term left, Term right) {
        int n = table.length;
        for (int code = 0; code < n * n * n; code++) {
            int[] assignment = {code / (n * n), code / n % n, code % n};
            if (value(table, left, assignment) != value(table, right, assignment)) {
                return assignment;
            }
        }
        return null;
    }

    private static String infix(Term term) {
        if (term.variable()) {
            return term.symbol().toLowerCase(Locale.ROOT);
        }
        return "(" + infix(term.args().get(0)) + " * " + infix(term.args().get(1)) + ")";
    }

    private static String equation(Term left, Term right) {
        String text = infix(left) + " = " + infix(right);
        return text;
    }

    @Override
    public String question(Puzzle puzzle) {
        int n = puzzle.elements();
        StringBuilder text = new StringBuilder();
        text.append("Define a binary operation * on the set {0, ..., ").append(n - 1).append("}: for every pair a, b of")
                .append(" elements choose a * b in the set. It must satisfy these equations for every choice of the")
                .append(" variables x, y, z in the set:\n");
        for (int i = 0; i < puzzle.lefts().size(); i++) {
            text.append(i + 1).append(". ").append(equation(puzzle.lefts().get(i), puzzle.rights().get(i))).append('\n');
        }
        text.append("\nand these entries are fixed: ");
        List<String> fixed = new ArrayList<>();
        for (List<Integer> entry : puzzle.given()) {
            fixed.add(entry.get(0) + " * " + entry.get(1) + " = " + entry.get(2));
        }
        text.append(String.join(", ", fixed)).append(".\n\nSuch an operation exists. Give its table as ").append(n)
                .append(" lines of ").append(n).append(" numbers separated by spaces: line a (counting from 0) lists")
                .append(" a * 0, a * 1, ..., a * ").append(n - 1).append(". For example, on {0, 1} the table\n0 1\n1 1\nmeans")
                .append(" 0 * 0 = 0, 0 * 1 = 1, 1 * 0 = 1 and 1 * 1 = 1.");
        return text.toString();
    }

    @Override
    public List<String> solve(Puzzle puzzle) {
        return puzzle.model();
    }

    @Override
    public Score check(Puzzle puzzle, List<String> answer) {
        int n = puzzle.elements();
        if (answer.size() != n || answer.stream().anyMatch(row -> row.length() != n)) {
            return Score.malformed("expected " + n + " lines of " + n + " numbers");
        }
        int[][] table = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                table[a][b] = DIGITS.indexOf(answer.get(a).charAt(b));
                if (table[a][b] >= n) {
                    return Score.wrong(a + " * " + b + " = " + table[a][b] + " is outside the set");
                }
            }
        }
        for (List<Integer> entry : puzzle.given()) {
            if (table[entry.get(0)][entry.get(1)] != entry.get(2)) {
                return Score.wrong("the fixed entry " + entry.get(0) + " * " + entry.get(1) + " = " + entry.get(2) + " is changed");
            }
        }
        for (int i = 0; i < puzzle.lefts().size(); i++) {
            int[] bad = failure(table, puzzle.lefts().get(i), puzzle.rights().get(i));
            if (bad != null) {
                return Score.wrong("equation " + (i + 1) + " fails at x = " + bad[0] + ", y = " + bad[1] + ", z = " + bad[2]);
            }
        }
        return Score.correct("every equation holds and the fixed entries agree");
    }

    @Override
    public List<List<String>> nearMisses(Puzzle puzzle, List<String> gold, RandomGenerator random) {
        List<List<String>> misses = new ArrayList<>();
        int n = puzzle.elements();
        for (int i = 0; i < 4; i++) {
            List<String> changed = new ArrayList<>(gold);
            int row = random.nextInt(n);
            int column = random.nextInt(n);
            char[] cells = changed.get(row).toCharArray();
            cells[column] = DIGITS.charAt((DIGITS.indexOf(cells[column]) + 1 + random.nextInt(n - 1)) % n);
            changed.set(row, new String(cells));
            misses.add(changed);
        }
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        int size = 0;
        for (int i = 0; i < puzzle.lefts().size(); i++) {
            size += puzzle.lefts().get(i).size() + puzzle.rights().get(i).size();
        }
        return Math.pow(puzzle.elements(), 2) * size / (1.0 + puzzle.given().size());
    }
}
