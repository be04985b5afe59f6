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
import dev.bootcamp.camps.kit.formal.Datalog;
import dev.bootcamp.camps.kit.formal.Term;
import dev.bootcamp.camps.kit.formal.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Datalog: every fact of one predicate in the least fixpoint of a small recursive program. */
@AutoService(Bootcamp.class)
public final class DatalogFixpointBootcamp extends Camp<DatalogFixpointBootcamp.Puzzle, DatalogFixpointBootcamp.Answer> {
    private static final Knob<Integer> CONSTANTS = Knob.integer("constants", 3, 7, 4, "constants (individuals)");
    private static final Knob<Integer> DERIVED = Knob.integer("derived", 1, 3, 2, "derived predicates (p, q, r)");
    private static final Knob<Integer> BODY = Knob.integer("body", 1, 3, 2, "most atoms in a rule body");
    private static final Knob<Integer> MIN_ROUNDS = Knob.integer("min-rounds", 1, 8, 2, "fewest rounds that add facts (the most found is used when none reaches it)");
    private static final BootcampInfo INFO = BootcampInfo.builder(DatalogFixpointBootcamp.class)
            .title("Datalog least fixpoint")
            .domain("proofs")
            .tags("datalog", "horn-clauses", "fixpoint", "first-order")
            .summary("A positive Datalog program (ground facts over two base relations and rules with variables, some of"
                    + " them recursive) is run to its least fixpoint; list every fact of one derived predicate. CORRECT"
                    + " only when the set is exactly right (order free); otherwise the detail names one missing or one"
                    + " extra fact. No partial credit.")
            .knob(CONSTANTS)
            .knob(DERIVED)
            .knob(BODY)
            .knob(MIN_ROUNDS)
            .version(1)
            .answerShape("facts such as p(a, c), q(b) separated by commas")
            .build();
    private static final List<String> VARIABLES = List.of("X", "Y", "Z", "W");
    private static final List<String> DERIVED_NAMES = List.of("p", "q", "r");

    /** Base facts, rules, the predicate asked about, and its facts (never shown). */
    public record Puzzle(List<String> constants, List<Term> facts, List<Datalog.Clause> rules, String target, List<Term> gold, int rounds) {
        public Puzzle {
            constants = List.copyOf(constants);
            facts = List.copyOf(facts);
            rules = List.copyOf(rules);
            gold = List.copyOf(gold);
        }
    }

    /** The facts listed. */
    public record Answer(List<Term> facts) {
        public Answer {
            facts = List.copyOf(facts);
        }
    }

    public DatalogFixpointBootcamp() {
        super(INFO, Codec.of(answer -> String.join(", ", answer.facts().stream().map(Term::render).toList()), DatalogFixpointBootcamp::read));
    }

    private static Answer read(String text) {
        if (text.length() > Terms.MAX_TEXT) {
            throw new AnswerFormatException("the answer is too long");
        }
        List<Term> facts = new ArrayList<>();
        String body = text.strip();
        if (body.equalsIgnoreCase("none")) {
            return new Answer(facts);
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && (c == ',' || c == '\n' || c == ';')) {
                String piece = body.substring(start, i).strip();
                if (piece.endsWith(".")) {
                    piece = piece.substring(0, piece.length() - 1).strip();
                }
                if (!piece.isEmpty()) {
                    facts.add(Terms.parse(piece));
                }
                start = i + 1;
            }
        }
        return new Answer(facts);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(CONSTANTS, Draw.scale(level, 4, 6))
                .with(DERIVED, Draw.scale(level, 1, 3))
                .with(BODY, Draw.scale(level, 2, 3))
                .with(MIN_ROUNDS, Draw.scale(level, 2, 6));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Puzzle best = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            Puzzle puzzle = attempt(knobs, random);
            if (puzzle != null && (best == null || puzzle.rounds() > best.rounds())) {
                best = puzzle;
            }
            if (best != null && best.rounds() >= knobs.get(MIN_ROUNDS)) {
                break;
            }
        }
        return best;
    }

    private Puzzle attempt(Knobs knobs, RandomGenerator random) {
        int n = knobs.get(CONSTANTS);
        List<String> letters = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f", "g", "h", "k", "m"));
        Draw.shuffle(letters, random);
        List<String> chosen = new ArrayList<>(letters.subList(0, n));
        chosen.sort(null);
        List<Term> constants = new ArrayList<>();
        for (String letter : chosen) {
            constants.add(Term.constant(letter));
        }
        Set<Term> base = new TreeSet<>(Datalog.ORDER);
        for (int i = 0; i < n + 1; i++) {
            base.add(Term.of("edge", Draw.pick(constants, random), Draw.pick(constants, random)));
        }
        for (int i = 0; i < (n + 1) / 2; i++) {
            base.add(Term.of("mark", Draw.pick(constants, random)));
        }
        List<String> derived = DERIVED_NAMES.subList(0, knobs.get(DERIVED));
        List<String> predicates = new ArrayList<>(List.of("edge", "mark"));
        predicates.addAll(derived);
        List<Datalog.Clause> rules = new ArrayList<>();
        for (String head : derived) {
            int count = head.equals("r") ? 1 : 2;
            for (int k = 0; k < count; k++) {
                Datalog.Clause rule = rule(head, predicates, knobs.get(BODY), k == 0, random);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        Datalog.Fixpoint fixpoint = Datalog.fixpoint(base, rules, 200);
        String target = derived.size() >= 2 ? "q" : "p";
        List<Term> gold = Datalog.facts(fixpoint.facts(), target);
        int all = target.equals("r") ? n : n * n;
        if (gold.size() < 2 || gold.size() >= all) {
            return null;
        }
        return new Puzzle(chosen, List.copyOf(base), rules, target, gold, fixpoint.rounds());
    }

    private static int arity(String predicate) {
        return predicate.equals("mark") || predicate.equals("r") ? 1 : 2;
    }

    /** A safe rule: its head variables all occur in the body; the first rule of a predicate uses only base relations. */
    private static Datalog.Clause rule(String head, List<String> predicates, int maxBody, boolean base, RandomGenerator random) {
        int atoms = 1 + random.nextInt(maxBody);
        List<Term> body = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (int i = 0; i < atoms; i++) {
            String predicate = base ? Draw.pick(predicates.subList(0, 2), random) : Draw.pick(predicates, random);
            if (i == 0 && !base) {
                predicate = Draw.pick(predicates.subList(2, predicates.size()), random);
            }
            List<Term> args = new ArrayList<>();
            for (int j = 0; j < arity(predicate); j++) {
                String name = !used.isEmpty() && random.nextDouble() < 0.5 ? Draw.pick(used, random) : Draw.pick(VARIABLES, random);
                if (!used.contains(name)) {
                    used.add(name);
                }
                args.add(Term.var(name));
            }
            body.add(Term.of(predicate, args));
        }
        List<Term> headArgs = new ArrayList<>();
        List<String> pool = new ArrayList<>(used);
        Draw.shuffle(pool, random);
        for (int j = 0; j < arity(head); j++) {
            headArgs.add(Term.var(pool.get(Math.min(j, pool.size() - 1))));
        }
        return new Datalog.Clause(Term.of(head, headArgs), body);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A Datalog program has facts about the individuals ");
        text.append(String.join(", ", puzzle.constants())).append(" and rules with upper-case variables. A rule head :- b1, ..., bn")
                .append(" says: for every way of replacing its variables by individuals (the same individual for every")
                .append(" occurrence of a variable) that turns all of b1, ..., bn into known facts, the head with the same")
                .append(" replacement is a fact too. Apply the rules again and again until no new fact appears.\n\nFacts:\n");
        for (Term fact : puzzle.facts()) {
            text.append(fact.render()).append(".\n");
        }
        text.append("\nRules:\n");
        for (Datalog.Clause rule : puzzle.rules()) {
            text.append(rule.render()).append('\n');
        }
        text.append("\nWhen nothing new can be derived, which facts of the predicate ").append(puzzle.target())
                .append(" hold? List every one of them, each once, separated by commas, in any order, for example:")
                .append(" ").append(puzzle.target()).append("(u, v), ").append(puzzle.target()).append("(v, v)")
                .append(" (format only).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.gold());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Set<Term> given = new TreeSet<>(Datalog.ORDER);
        for (Term fact : answer.facts()) {
            if (!fact.symbol().equals(puzzle.target()) || fact.args().size() != arity(puzzle.target()) || !fact.ground()) {
                return Score.wrong("'" + fact.render() + "' is not a fact of " + puzzle.target() + " with " + arity(puzzle.target()) + " individual(s)");
            }
            if (!given.add(fact)) {
                return Score.wrong(fact.render() + " is listed twice");
            }
        }
        for (Term fact : puzzle.gold()) {
            if (!given.contains(fact)) {
                return Score.wrong(fact.render() + " holds but is missing");
            }
        }
        for (Term fact : given) {
            if (!puzzle.gold().contains(fact)) {
                return Score.wrong(fact.render() + " cannot be derived");
            }
        }
        return Score.correct("exactly the facts of " + puzzle.target());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Term> dropped = new ArrayList<>(gold.facts());
        dropped.remove(random.nextInt(dropped.size()));
        misses.add(new Answer(dropped));
        for (Term fact : puzzle.facts()) {
            if (fact.args().size() == arity(puzzle.target())) {
                Term wrong = Term.of(puzzle.target(), fact.args());
                if (!gold.facts().contains(wrong)) {
                    List<Term> extra = new ArrayList<>(gold.facts());
                    extra.add(wrong);
                    misses.add(new Answer(extra));
                    break;
                }
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        // joins scan the facts once per individual, per rule, per round
        return (puzzle.gold().size() + puzzle.rounds()) * puzzle.rules().size() * puzzle.constants().size() / 4.0;
    }
}
