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
import dev.bootcamp.camps.kit.proofs.Clauses;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Davis-Putnam variable elimination: replace the clauses on each named variable by their resolvents; give the final set. */
@AutoService(Bootcamp.class)
public final class DavisPutnamEliminationBootcamp extends Camp<DavisPutnamEliminationBootcamp.Puzzle, DavisPutnamEliminationBootcamp.Answer> {
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 4, 7, 5, "variables of the clause set");
    private static final Knob<Integer> CLAUSES = Knob.integer("clauses", 5, 14, 7, "clauses at the start");
    private static final Knob<Integer> ELIMINATE = Knob.integer("eliminate", 1, 3, 2, "variables to eliminate, in order");
    private static final List<String> NAMES = List.of("P", "Q", "R", "S", "T", "U", "V");
    private static final int MAX_FINAL = 14;
    private static final BootcampInfo INFO = BootcampInfo.builder(DavisPutnamEliminationBootcamp.class)
            .title("Davis-Putnam variable elimination")
            .domain("proofs")
            .tags("proofs", "resolution", "propositional-logic", "clauses")
            .summary("A set of clauses and an order of variables are given; each variable in turn is eliminated by the"
                    + " Davis-Putnam rule (the clauses holding it are replaced by all their non-tautological resolvents on it,"
                    + " duplicates merged, nothing else simplified). The answer is the final clause set, compared as a set of"
                    + " clauses (order of clauses and of literals free) with the set computed by replaying the rule; a missing"
                    + " or extra clause is WRONG and named. No partial credit.")
            .knob(VARIABLES)
            .knob(CLAUSES)
            .knob(ELIMINATE)
            .version(1)
            .answerShape("the final clauses, one per line, such as P ∨ ¬R")
            .build();

    /** The variables, the starting clauses (bit sets as in {@link Clauses}) and the elimination order (variable indexes). */
    public record Puzzle(List<String> variables, List<Long> clauses, List<Integer> order) {
        public Puzzle {
            variables = List.copyOf(variables);
            clauses = List.copyOf(clauses);
            order = List.copyOf(order);
        }
    }

    /** The clauses as sorted literal lists, sorted and without repeats. */
    public record Answer(List<List<String>> clauses) {
        public Answer {
            TreeSet<String> seen = new TreeSet<>();
            List<List<String>> unique = new ArrayList<>();
            for (List<String> clause : clauses) {
                if (seen.add(Clauses.render(clause))) {
                    unique.add(List.copyOf(clause));
                }
            }
            unique.sort((a, b) -> Clauses.render(a).compareTo(Clauses.render(b)));
            clauses = List.copyOf(unique);
        }
    }

    public DavisPutnamEliminationBootcamp() {
        super(INFO, Codec.of(DavisPutnamEliminationBootcamp::write, DavisPutnamEliminationBootcamp::read));
    }

    private static String write(Answer answer) {
        List<String> lines = new ArrayList<>();
        for (List<String> clause : answer.clauses()) {
            lines.add(Clauses.render(clause));
        }
        return String.join("\n", lines);
    }

    private static Answer read(String text) {
        if (text.length() > 20_000) {
            throw new AnswerFormatException("the answer is longer than 20000 characters");
        }
        List<List<String>> clauses = new ArrayList<>();
        for (String line : text.replace(';', '\n').split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (clauses.size() >= 200) {
                throw new AnswerFormatException("more than 200 clauses");
            }
            clauses.add(Clauses.literals(line));
        }
        if (clauses.isEmpty()) {
            throw new AnswerFormatException("no clauses found");
        }
        return new Answer(clauses);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VARIABLES, level <= 3 ? 5 : level <= 7 ? 6 : 7)
                .with(CLAUSES, Draw.scale(level, 5, 13))
                .with(ELIMINATE, level <= 3 ? 1 : level <= 7 ? 2 : 3);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int n = knobs.get(VARIABLES);
        List<String> names = NAMES.subList(0, n);
        // Small clause sets rarely meet every wish, so the wishes relax after many tries (only at the knob edges).
        for (int attempt = 0; ; attempt++) {
            TreeSet<Long> start = new TreeSet<>();
            while (start.size() < knobs.get(CLAUSES)) {
                long clause = 0;
                int width = 2 + random.nextInt(2);
                for (int v : Draw.sample(List.of(0, 1, 2, 3, 4, 5, 6).subList(0, n), width, random)) {
                    clause |= Clauses.literal(v, random.nextBoolean());
                }
                start.add(clause);
            }
            List<Long> shuffled = new ArrayList<>(start);
            // Listed in random order, so untouched clauses in the answer do not stand in the prompt in the answer's order.
            Draw.shuffle(shuffled, random);
            List<Integer> order = Draw.sample(List.of(0, 1, 2, 3, 4, 5, 6).subList(0, n), knobs.get(ELIMINATE), random);
            Puzzle puzzle = new Puzzle(names, shuffled, order);
            List<Long> result = eliminate(puzzle, attempt < 2_000);
            if (result == null || result.isEmpty() || result.size() > MAX_FINAL) {
                continue;
            }
            boolean fresh = result.stream().anyMatch(clause -> !start.contains(clause));
            if (attempt >= 4_000 || result.size() >= 2 && fresh) {
                return puzzle;
            }
        }
    }

    /**
     * The clause set after eliminating the order's variables; when {@code strict}, null if some variable does not occur
     * both plain and negated when its turn comes (so every step really resolves).
     */
    private static List<Long> eliminate(Puzzle puzzle, boolean strict) {
        TreeSet<Long> clauses = new TreeSet<>(puzzle.clauses());
        for (int v : puzzle.order()) {
            long plain = Clauses.literal(v, false);
            long negated = Clauses.literal(v, true);
            List<Long> with = clauses.stream().filter(clause -> (clause & plain) != 0).toList();
            List<Long> without = clauses.stream().filter(clause -> (clause & negated) != 0).toList();
            if (strict && (with.isEmpty() || without.isEmpty())) {
                return null;
            }
            TreeSet<Long> next = new TreeSet<>();
            for (long clause : clauses) {
                if ((clause & (plain | negated)) == 0) {
                    next.add(clause);
                }
            }
            for (long a : with) {
                for (long b : without) {
                    long resolvent = Clauses.resolve(a, b, v);
                    if (!Clauses.tautology(resolvent)) {
                        next.add(resolvent);
                    }
                }
            }
            clauses = next;
        }
        return new ArrayList<>(clauses);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder("Clauses over ").append(String.join(", ", puzzle.variables()))
                .append(" (each clause is an OR of literals; ¬ marks a negated variable):\n");
        for (long clause : puzzle.clauses()) {
            text.append("  ").append(Clauses.render(clause, puzzle.variables())).append('\n');
        }
        List<String> order = puzzle.order().stream().map(puzzle.variables()::get).toList();
        text.append("\nApply the Davis-Putnam elimination rule to ").append(order.size() == 1 ? "the variable " : "the variables ")
                .append(String.join(", then ", order)).append(order.size() == 1 ? ".\n" : ", in that order.\n")
                .append("To eliminate a variable X from the current clause set: take every clause that contains X and every clause")
                .append(" that contains ¬X; for each such pair, form the resolvent, i.e. all literals of both clauses except X and")
                .append(" ¬X. Throw away any resolvent that contains some variable together with its negation. Then delete all")
                .append(" clauses that contain X or ¬X and add the remaining resolvents. A clause is a set, so repeated literals")
                .append(" merge, and identical clauses count once; do not simplify in any other way (keep a clause even when")
                .append(" another clause is contained in it). If a resolvent is empty, write it as □.\n\n")
                .append("Give the clause set that remains at the end, one clause per line, literals joined by ∨ (for example a")
                .append(" line \"").append(puzzle.variables().get(0)).append(" ∨ ¬").append(puzzle.variables().get(1))
                .append("\" shows the format). The order of lines and of literals does not matter.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        List<List<String>> clauses = new ArrayList<>();
        for (long clause : eliminate(puzzle, false)) {
            clauses.add(Clauses.literals(clause, puzzle.variables()));
        }
        return new Answer(clauses);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<List<String>> gold = solve(puzzle).clauses();
        for (List<String> clause : gold) {
            if (!answer.clauses().contains(clause)) {
                return Score.wrong("missing the clause " + Clauses.render(clause));
            }
        }
        for (List<String> clause : answer.clauses()) {
            if (!gold.contains(clause)) {
                return Score.wrong("the clause " + Clauses.render(clause) + " is not in the final set");
            }
        }
        return Score.correct("the final " + gold.size() + " clauses");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(gold.clauses().subList(1, gold.clauses().size())));
        List<List<String>> withStart = new ArrayList<>(gold.clauses());
        for (long clause : puzzle.clauses()) {
            withStart.add(Clauses.literals(clause, puzzle.variables()));
        }
        Answer kept = new Answer(withStart);
        if (!kept.equals(gold)) {
            misses.add(kept);
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        // Resolvents formed over all steps, plus the clauses read.
        int work = puzzle.clauses().size();
        TreeSet<Long> clauses = new TreeSet<>(puzzle.clauses());
        for (int v : puzzle.order()) {
            long plain = Clauses.literal(v, false);
            long negated = Clauses.literal(v, true);
            long with = clauses.stream().filter(clause -> (clause & plain) != 0).count();
            long without = clauses.stream().filter(clause -> (clause & negated) != 0).count();
            work += (int) (with * without);
            clauses = new TreeSet<>(eliminate(new Puzzle(puzzle.variables(), new ArrayList<>(clauses), List.of(v)), false));
        }
        return work;
    }
}
