package dev.bootcamp.camps.logic;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NamedValues;
import dev.bootcamp.camps.kit.Prose;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Boolean satisfiability: find truth values that make every clause of a CNF formula true. */
@AutoService(Bootcamp.class)
public final class SatisfiabilityBootcamp extends Camp<SatisfiabilityBootcamp.Puzzle, SatisfiabilityBootcamp.Answer> {
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 2, 26, 6, "number of variables");
    private static final Knob<Integer> WIDTH = Knob.integer("width", 2, 5, 3, "literals per clause");
    private static final Knob<Double> RATIO = Knob.decimal("ratio", 0.5, 6.0, 3.0, "clauses per variable (random 3-SAT is hardest near 4.26)");
    private static final BootcampInfo INFO = BootcampInfo.builder(SatisfiabilityBootcamp.class)
            .title("Boolean satisfiability (CNF)")
            .domain("logic")
            .tags("propositional-logic", "sat", "search", "constraint-satisfaction")
            .summary("A formula in conjunctive normal form over variables named a, b, c, ... is given as a list of clauses,"
                    + " each an OR of literals, and is known to be satisfiable (checked with a DPLL solver when generated)."
                    + " The answer gives every variable a truth value; any assignment that makes every clause true is"
                    + " CORRECT, checked by evaluating the clauses. Formulas over at most 14 variables are"
                    + " tightened with extra clauses until at most one assignment in 64 satisfies them (a single one at"
                    + " six or seven variables), so no fixed assignment is right by luck. A missing or unknown variable, or a false clause, is"
                    + " WRONG with the first false clause named. No partial credit.")
            .version(2)
            .knob(VARIABLES)
            .knob(WIDTH)
            .knob(RATIO)
            .answerShape("every variable with its value, separated by commas, in the form a=true, b=false")
            .severalAnswers()
            .build();

    private static final int MAX_TIGHTENED = 14;
    private static final int LUCK = 64;
    private static final int MAX_NAME_LENGTH = 3;

    /**
     * The variable names, the clauses as signed variable numbers (3 means the variable numbered 3 from 1, -3 its
     * negation), and one satisfying assignment in variable order (never shown).
     */
    public record Puzzle(List<String> variables, List<List<Integer>> clauses, List<Boolean> solution) {
        public Puzzle {
            variables = List.copyOf(variables);
            clauses = clauses.stream().map(List::copyOf).toList();
            solution = List.copyOf(solution);
        }
    }

    /** One variable's value as answered. */
    public record Setting(String name, boolean value) {
        public Setting {
            requireNonNull(name, "name is null");
        }
    }

    /** The settings, sorted by name. */
    public record Answer(List<Setting> settings) {
        public Answer {
            settings = settings.stream().sorted(Comparator.comparing(Setting::name)).toList();
        }
    }

    public SatisfiabilityBootcamp() {
        super(INFO, NamedValues.codec("=", ", ", Set.of(), SatisfiabilityBootcamp::variable, Answers::bool, String::valueOf,
                "variable=value").map(entries -> new Answer(NamedValues.records(entries, Setting::new)),
                answer -> NamedValues.entries(answer.settings(), Setting::name, Setting::value)));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VARIABLES, Draw.scale(level, 6, 18))
                .with(WIDTH, level <= 3 ? 2 : 3)
                .with(RATIO, Draw.scale(level, 12, 42) / 10.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int variables = knobs.get(VARIABLES);
        int width = Math.min(knobs.get(WIDTH), variables);
        int count = Math.max(2, (int) Math.round(knobs.get(RATIO) * variables));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < variables; i++) {
            names.add(String.valueOf((char) ('a' + i)));
        }
        int covering = (variables + width - 1) / width;
        for (int attempt = 0; ; attempt++) {
            List<List<Integer>> clauses = clauses(variables, width, Math.max(covering, count - attempt / 5), random);
            if (variables <= MAX_TIGHTENED) {
                tighten(clauses, variables, width, random);
                Draw.shuffle(clauses, random);
            }
            int[] values = new int[variables + 1];
            if (satisfy(clauses, values)) {
                List<Boolean> solution = new ArrayList<>();
                for (int variable = 1; variable <= variables; variable++) {
                    solution.add(values[variable] > 0);
                }
                return new Puzzle(names, clauses, solution);
            }
        }
    }

    /**
     * Distinct random clauses, in random order, that mention every variable: the first few cover the variables in a
     * random order, the rest are drawn freely. The caller asks for one clause fewer after every five unsatisfiable
     * draws, down to the covering clauses alone (satisfiable, as they share no variable), so every knob setting ends.
     */
    private static List<List<Integer>> clauses(int variables, int width, int count, RandomGenerator random) {
        Set<List<Integer>> seen = new TreeSet<>(Comparator.comparing(List::toString));
        List<List<Integer>> clauses = new ArrayList<>();
        int[] cover = Draw.permutation(variables, random);
        for (int start = 0; start < variables; start += width) {
            List<Integer> clause = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                int variable = cover[(start + i) % variables] + 1;
                if (!clause.contains(variable) && !clause.contains(-variable)) {
                    clause.add(random.nextBoolean() ? variable : -variable);
                }
            }
            clause.sort(Comparator.comparingInt(Math::abs));
            seen.add(clause);
            clauses.add(clause);
        }
        int tries = 0;
        while (clauses.size() < count && tries++ < 50 * count) {
            int[] order = Draw.permutation(variables, random);
            List<Integer> clause = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                clause.add(random.nextBoolean() ? order[i] + 1 : -(order[i] + 1));
            }
            clause.sort(Comparator.comparingInt(Math::abs));
            if (seen.add(clause)) {
                clauses.add(clause);
            }
        }
        Draw.shuffle(clauses, random);
        return clauses;
    }

    /**
     * Adds clauses, each true under one of the current solutions (so the formula stays satisfiable), until at most
     * one assignment in {@link #LUCK} is a solution; does nothing to an unsatisfiable formula.
     */
    private static void tighten(List<List<Integer>> clauses, int variables, int width, RandomGenerator random) {
        int allowed = Math.max(1, (1 << variables) / LUCK);
        Set<List<Integer>> seen = new TreeSet<>(Comparator.comparing(List::toString));
        seen.addAll(clauses);
        while (true) {
            List<Integer> solutions = new ArrayList<>();
            for (int assignment = 0; assignment < 1 << variables; assignment++) {
                if (satisfies(clauses, assignment)) {
                    solutions.add(assignment);
                }
            }
            if (solutions.isEmpty() || solutions.size() <= allowed) {
                return;
            }
            int kept = Draw.pick(solutions, random);
            int[] order = Draw.permutation(variables, random);
            List<Integer> clause = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                clause.add(random.nextBoolean() ? order[i] + 1 : -(order[i] + 1));
            }
            clause.sort(Comparator.comparingInt(Math::abs));
            if (satisfies(List.of(clause), kept) && seen.add(clause)) {
                clauses.add(clause);
            }
        }
    }

    /** Whether every clause holds when variable v (from 1) takes bit v - 1 of {@code assignment}. */
    private static boolean satisfies(List<List<Integer>> clauses, int assignment) {
        for (List<Integer> clause : clauses) {
            boolean holds = false;
            for (int literal : clause) {
                holds |= (assignment >> (Math.abs(literal) - 1) & 1) == (literal > 0 ? 1 : 0);
            }
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /** DPLL with unit propagation; {@code values[v]} is 1 (true), -1 (false) or 0 (open), filled in on success. */
    private static boolean satisfy(List<List<Integer>> clauses, int[] values) {
        int[] current = values.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Integer> clause : clauses) {
                int open = 0;
                int unit = 0;
                boolean satisfied = false;
                for (int literal : clause) {
                    int value = current[Math.abs(literal)] * Integer.signum(literal);
                    if (value > 0) {
                        satisfied = true;
                        break;
                    }
                    if (value == 0) {
                        open++;
                        unit = literal;
                    }
                }
                if (satisfied) {
                    continue;
                }
                if (open == 0) {
                    return false;
                }
                if (open == 1) {
                    current[Math.abs(unit)] = Integer.signum(unit);
                    changed = true;
                }
            }
        }
        int branch = 0;
        for (int variable = 1; variable < current.length && branch == 0; variable++) {
            branch = current[variable] == 0 ? variable : 0;
        }
        if (branch == 0) {
            System.arraycopy(current, 0, values, 0, values.length);
            return true;
        }
        for (int value : new int[] {1, -1}) {
            int[] trial = current.clone();
            trial[branch] = value;
            if (satisfy(clauses, trial)) {
                System.arraycopy(trial, 0, values, 0, values.length);
                return true;
            }
        }
        return false;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A formula in conjunctive normal form uses the variables ").append(String.join(", ", puzzle.variables()))
                .append(". The formula is the AND of the clauses below: it is true when every clause is true. Each clause")
                .append(" is an OR of literals and is true when at least one of its literals is true. A literal is a")
                .append(" variable, true when the variable is true, or a negated variable such as ¬a, true when the")
                .append(" variable is false.\n\nClauses:\n");
        text.append(Prose.numbered(puzzle.clauses().stream().map(clause -> clause(puzzle, clause)).toList()));
        text.append("\nThe formula is satisfiable. Give every variable a value, true or false, so that all ")
                .append(puzzle.clauses().size()).append(" clauses are true; any such assignment is accepted.")
                .append(" Answer with every variable and its value, separated by commas, in the form \"a=true, b=false\".");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        List<Setting> settings = new ArrayList<>();
        for (int i = 0; i < puzzle.variables().size(); i++) {
            settings.add(new Setting(puzzle.variables().get(i), puzzle.solution().get(i)));
        }
        return new Answer(settings);
    }

    private static String variable(String token) {
        String name = token.toLowerCase(Locale.ROOT);
        if (name.length() > MAX_NAME_LENGTH || !name.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new AnswerFormatException("expected a variable name, found '" + Answers.abbreviate(token) + "'");
        }
        return name;
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int variables = puzzle.variables().size();
        int[] values = new int[variables + 1];
        for (Setting setting : answer.settings()) {
            int index = puzzle.variables().indexOf(setting.name());
            if (index < 0) {
                return Score.wrong("there is no variable " + Answers.abbreviate(setting.name()) + "; the variables are "
                        + String.join(", ", puzzle.variables()));
            }
            values[index + 1] = setting.value() ? 1 : -1;
        }
        for (int variable = 1; variable <= variables; variable++) {
            if (values[variable] == 0) {
                return Score.wrong("no value given for " + puzzle.variables().get(variable - 1));
            }
        }
        for (int i = 0; i < puzzle.clauses().size(); i++) {
            List<Integer> clause = puzzle.clauses().get(i);
            if (clause.stream().noneMatch(literal -> values[Math.abs(literal)] == Integer.signum(literal))) {
                return Score.wrong("clause " + (i + 1) + " " + clause(puzzle, clause) + " is false");
            }
        }
        return Score.correct("all " + puzzle.clauses().size() + " clauses are true");
    }

    /** The gold answer with one variable left out, and with a variable flipped that some clause relies on alone. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Setting> missing = new ArrayList<>(gold.settings());
        missing.remove(random.nextInt(missing.size()));
        misses.add(new Answer(missing));
        List<Boolean> solution = puzzle.solution();
        List<Integer> critical = new ArrayList<>();
        for (List<Integer> clause : puzzle.clauses()) {
            List<Integer> trueLiterals = clause.stream().filter(literal -> solution.get(Math.abs(literal) - 1) == literal > 0).toList();
            if (trueLiterals.size() == 1) {
                critical.add(Math.abs(trueLiterals.get(0)) - 1);
            }
        }
        if (!critical.isEmpty()) {
            int flipped = Draw.pick(critical, random);
            List<Setting> settings = new ArrayList<>(gold.settings());
            settings.set(flipped, new Setting(puzzle.variables().get(flipped), !solution.get(flipped)));
            misses.add(new Answer(settings));
        }
        List<Setting> opposite = gold.settings().stream().map(setting -> new Setting(setting.name(), !setting.value())).toList();
        if (!check(puzzle, new Answer(opposite)).passed()) {
            misses.add(new Answer(opposite));
        }
        return misses;
    }

    /** Variables times clauses. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.variables().size() * puzzle.clauses().size();
    }

    private static String clause(Puzzle puzzle, List<Integer> clause) {
        String[] literals = new String[clause.size()];
        for (int i = 0; i < literals.length; i++) {
            int literal = clause.get(i);
            literals[i] = (literal < 0 ? "¬" : "") + puzzle.variables().get(Math.abs(literal) - 1);
        }
        return "(" + String.join(" ∨ ", Arrays.asList(literals)) + ")";
    }
}
