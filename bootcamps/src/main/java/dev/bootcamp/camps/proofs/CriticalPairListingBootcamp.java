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
import dev.bootcamp.camps.kit.formal.CriticalPairs;
import dev.bootcamp.camps.kit.formal.Lpo;
import dev.bootcamp.camps.kit.formal.Rule;
import dev.bootcamp.camps.kit.formal.Signature;
import dev.bootcamp.camps.kit.formal.Term;
import dev.bootcamp.camps.kit.formal.Terms;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Knuth-Bendix critical pairs: list every non-trivial critical pair of a rewrite system, up to renaming and orientation. */
@AutoService(Bootcamp.class)
public final class CriticalPairListingBootcamp extends Camp<CriticalPairListingBootcamp.Puzzle, CriticalPairListingBootcamp.Answer> {
    private static final Knob<Integer> RULES = Knob.integer("rules", 2, 6, 3, "rewrite rules");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 2, 4, 2, "greatest depth of a rule side");
    private static final Knob<Integer> MIN_PAIRS = Knob.integer("min-pairs", 1, 8, 2, "fewest distinct critical pairs (the most found is used when none reaches it)");
    private static final BootcampInfo INFO = BootcampInfo.builder(CriticalPairListingBootcamp.class)
            .title("Critical pairs of a rewrite system")
            .domain("proofs")
            .tags("term-rewriting", "knuth-bendix", "critical-pairs", "unification")
            .summary("List all critical pairs of a first-order rewrite system (overlaps of a left side with a non-variable"
                    + " subterm of a left side, defined in the prompt), leaving out pairs with identical sides. The list is"
                    + " compared as a set, each pair up to renaming of variables and swapping its sides; CORRECT only when"
                    + " it is exactly the set, otherwise the detail names one missing or extra pair. No partial credit.")
            .knob(RULES)
            .knob(DEPTH)
            .knob(MIN_PAIRS)
            .version(1)
            .answerShape("one pair per line, left = right, or none")
            .severalAnswers()
            .build();
    private static final List<String> VARIABLES = List.of("X", "Y");
    private static final List<String> SHOWN = List.of("X", "Y", "Z", "U", "V", "W", "X1", "Y1", "Z1", "U1", "V1", "W1");
    private static final int MAX_PAIRS = 40;

    /** The signature, the rules and the critical pairs as {left, right} terms (never shown). */
    public record Puzzle(Signature signature, List<Rule> rules, List<Term> lefts, List<Term> rights) {
        public Puzzle {
            rules = List.copyOf(rules);
            lefts = List.copyOf(lefts);
            rights = List.copyOf(rights);
        }
    }

    /** The pairs listed. */
    public record Answer(List<Term> lefts, List<Term> rights) {
        public Answer {
            lefts = List.copyOf(lefts);
            rights = List.copyOf(rights);
        }
    }

    public CriticalPairListingBootcamp() {
        super(INFO, Codec.of(CriticalPairListingBootcamp::write, CriticalPairListingBootcamp::read));
    }

    private static String write(Answer answer) {
        if (answer.lefts().isEmpty()) {
            return "none";
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < answer.lefts().size(); i++) {
            lines.add(answer.lefts().get(i).render() + " = " + answer.rights().get(i).render());
        }
        return String.join("\n", lines);
    }

    private static Answer read(String text) {
        if (text.length() > Terms.MAX_TEXT) {
            throw new AnswerFormatException("the answer is too long");
        }
        List<Term> lefts = new ArrayList<>();
        List<Term> rights = new ArrayList<>();
        if (text.strip().equalsIgnoreCase("none")) {
            return new Answer(lefts, rights);
        }
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (lefts.size() >= MAX_PAIRS) {
                throw new AnswerFormatException("too many pairs (at most " + MAX_PAIRS + ")");
            }
            String[] sides = line.split("=", -1);
            if (sides.length != 2) {
                throw new AnswerFormatException("a pair is one line 'left = right', found '" + Answers.abbreviate(line.strip()) + "'");
            }
            lefts.add(Terms.parse(sides[0]));
            rights.add(Terms.parse(sides[1]));
        }
        return new Answer(lefts, rights);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(RULES, Draw.scale(level, 2, 5))
                .with(DEPTH, Draw.scale(level, 2, 3))
                .with(MIN_PAIRS, Draw.scale(level, 1, 6));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Puzzle best = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            Puzzle puzzle = attempt(knobs, random);
            if (puzzle != null && (best == null || puzzle.lefts().size() > best.lefts().size())) {
                best = puzzle;
            }
            if (best != null && best.lefts().size() >= knobs.get(MIN_PAIRS)) {
                break;
            }
        }
        return best;
    }

    private Puzzle attempt(Knobs knobs, RandomGenerator random) {
        Signature signature = Signature.random(Draw.between(2, 3, random), 2, 2, random).renamed(random);
        Map<String, Integer> rank = new HashMap<>();
        List<String> precedence = new ArrayList<>(signature.names());
        Draw.shuffle(precedence, random);
        for (int i = 0; i < precedence.size(); i++) {
            rank.put(precedence.get(i), i);
        }
        List<Rule> rules = new ArrayList<>();
        for (int tries = 0; tries < 3 * knobs.get(RULES) && rules.size() < knobs.get(RULES); tries++) {
            Rule rule = Lpo.randomRule("R" + (rules.size() + 1), signature, knobs.get(DEPTH), VARIABLES, rank, random);
            if (rule != null && rules.stream().noneMatch(other -> other.left().equals(rule.left()))) {
                rules.add(rule);
            }
        }
        Map<String, Term[]> pairs = new TreeMap<>();
        for (CriticalPairs.Overlap overlap : CriticalPairs.overlaps(rules)) {
            if (!overlap.outerResult().equals(overlap.innerResult())) {
                Term[] pair = tidy(overlap.outerResult(), overlap.innerResult());
                pairs.putIfAbsent(key(pair[0], pair[1]), pair);
            }
        }
        if (pairs.isEmpty() || pairs.size() > MAX_PAIRS / 2) {
            return null;
        }
        List<Term> lefts = new ArrayList<>();
        List<Term> rights = new ArrayList<>();
        pairs.values().forEach(pair -> {
            lefts.add(pair[0]);
            rights.add(pair[1]);
        });
        return new Puzzle(signature, rules, lefts, rights);
    }

    private static Term[] tidy(Term left, Term right) {
        Term both = Term.of("pair", left, right);
        Map<String, Term> renaming = new HashMap<>();
        for (String name : both.variables()) {
            renaming.put(name, Term.var(SHOWN.get(Math.min(renaming.size(), SHOWN.size() - 1))));
        }
        return new Term[] {left.substitute(renaming), right.substitute(renaming)};
    }

    /** The same text for pairs equal up to renaming of variables and swapping of sides. */
    private static String key(Term left, Term right) {
        String one = Terms.canonical(Term.of("pair", left, right)).render();
        String two = Terms.canonical(Term.of("pair", right, left)).render();
        return one.compareTo(two) <= 0 ? one : two;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Terms use upper-case variables and the symbols ").append(puzzle.signature().describe()).append(".")
                .append(" The rewrite rules are:\n");
        for (Rule rule : puzzle.rules()) {
            text.append(rule.render("->")).append('\n');
        }
        text.append("\nCritical pairs come from overlapping left sides. Take two rules l1 -> r1 and l2 -> r2 (possibly the")
                .append(" same rule twice), first renaming the variables of the second copy so that the two share none. Pick")
                .append(" a subterm u of l1 that is not a variable (u may be l1 itself, except when both rules are the same")
                .append(" rule). If u and l2 have a most general unifier s (a substitution making them identical), the term")
                .append(" l1 s rewrites in two ways: by the first rule at the top, giving r1 s, and by the second rule at the")
                .append(" place of u, giving l1 s with that subterm replaced by r2 s. These two results form a critical pair.\n\n")
                .append("List every critical pair of these rules whose two terms are not identical. Count pairs that differ")
                .append(" only in the names of their variables, or only in which term is written first, as one pair, and list")
                .append(" each once. Write one pair per line as two terms joined by =, for example f(Y, k(Y)) = Y (format only).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.lefts(), puzzle.rights());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Map<String, Integer> arities = puzzle.signature().arityMap();
        Map<String, String> gold = new TreeMap<>();
        for (int i = 0; i < puzzle.lefts().size(); i++) {
            gold.put(key(puzzle.lefts().get(i), puzzle.rights().get(i)), puzzle.lefts().get(i).render() + " = " + puzzle.rights().get(i).render());
        }
        Map<String, String> given = new TreeMap<>();
        for (int i = 0; i < answer.lefts().size(); i++) {
            Term left = answer.lefts().get(i);
            Term right = answer.rights().get(i);
            String line = left.render() + " = " + right.render();
            String problem = Terms.signatureProblem(Term.of("pair", left, right), withPair(arities));
            if (problem != null) {
                return Score.wrong("pair " + (i + 1) + ": " + problem);
            }
            if (given.put(key(left, right), line) != null) {
                return Score.wrong("pair " + (i + 1) + " (" + Answers.abbreviate(line) + ") is listed twice");
            }
            if (!gold.containsKey(key(left, right))) {
                return Score.wrong(Answers.abbreviate(line) + " is not a critical pair of these rules");
            }
        }
        for (Map.Entry<String, String> entry : gold.entrySet()) {
            if (!given.containsKey(entry.getKey())) {
                return Score.wrong("a critical pair is missing (" + (gold.size() - given.size()) + " of " + gold.size() + " not listed)");
            }
        }
        return Score.correct("all " + gold.size() + " critical pairs");
    }

    private static Map<String, Integer> withPair(Map<String, Integer> arities) {
        Map<String, Integer> all = new TreeMap<>(arities);
        all.put("pair", 2);
        return all;
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        int drop = random.nextInt(gold.lefts().size());
        List<Term> lefts = new ArrayList<>(gold.lefts());
        List<Term> rights = new ArrayList<>(gold.rights());
        lefts.remove(drop);
        rights.remove(drop);
        misses.add(new Answer(lefts, rights));
        List<Term> moreLefts = new ArrayList<>(gold.lefts());
        List<Term> moreRights = new ArrayList<>(gold.rights());
        Rule rule = puzzle.rules().get(0);
        moreLefts.add(rule.left());
        moreRights.add(rule.right());
        misses.add(new Answer(moreLefts, moreRights));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        int size = 0;
        for (Rule rule : puzzle.rules()) {
            size += rule.left().size() + rule.right().size();
        }
        return size * (1 + puzzle.lefts().size());
    }
}
