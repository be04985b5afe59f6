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
import dev.bootcamp.camps.kit.formal.Rewriting;
import dev.bootcamp.camps.kit.formal.Rule;
import dev.bootcamp.camps.kit.formal.Signature;
import dev.bootcamp.camps.kit.formal.Term;
import dev.bootcamp.camps.kit.formal.Terms;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Term rewriting: the normal form of a ground term under a terminating system and a fixed strategy, with the step count. */
@AutoService(Bootcamp.class)
public final class TermRewriteNormalFormBootcamp extends Camp<TermRewriteNormalFormBootcamp.Puzzle, TermRewriteNormalFormBootcamp.Answer> {
    private static final Knob<Integer> RULES = Knob.integer("rules", 2, 7, 3, "rewrite rules in the system");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 2, 7, 3, "depth of the term to rewrite");
    private static final Knob<Integer> MIN_STEPS = Knob.integer("min-steps", 1, 30, 3, "fewest rewrite steps to the normal form (the most found is used when none reaches it)");
    private static final Knob<String> STRATEGY = Knob.choice("strategy", List.of("innermost", "outermost", "either"), "innermost",
            "leftmost-innermost, leftmost-outermost, or either drawn per case");
    private static final BootcampInfo INFO = BootcampInfo.builder(TermRewriteNormalFormBootcamp.class)
            .title("Term rewriting to normal form")
            .domain("proofs")
            .tags("term-rewriting", "normal-form", "strategy", "first-order")
            .summary("A ground term is rewritten with a list of first-order rewrite rules under a stated strategy"
                    + " (leftmost-innermost or leftmost-outermost redex, first applicable rule in list order) until no rule"
                    + " applies. The rules shrink every term they rewrite, so the process stops. Give the normal form and"
                    + " the number of rewrite steps; both must be exact (the normal form as a term, spacing free). No partial"
                    + " credit.")
            .knob(RULES)
            .knob(DEPTH)
            .knob(MIN_STEPS)
            .knob(STRATEGY)
            .version(1)
            .answerShape("the normal form, a semicolon, and the number of steps, such as f(a, b); 4")
            .build();
    private static final int ATTEMPTS = 60;
    private static final List<String> VARIABLES = List.of("X", "Y", "Z");

    /** The signature, the rules in order, the start term, the strategy, and the normal form with its step count. */
    public record Puzzle(Signature signature, List<Rule> rules, Term start, boolean innermost, Term normalForm, int steps) {
        public Puzzle {
            rules = List.copyOf(rules);
        }
    }

    /** A normal form and a number of steps. */
    public record Answer(Term normalForm, int steps) {}

    public TermRewriteNormalFormBootcamp() {
        super(INFO, Codec.of(answer -> answer.normalForm().render() + "; " + answer.steps(), TermRewriteNormalFormBootcamp::read));
    }

    private static Answer read(String text) {
        int split = text.lastIndexOf(';');
        if (split < 0) {
            throw new AnswerFormatException("expected the normal form, a semicolon and the step count");
        }
        String count = text.substring(split + 1).strip();
        for (String word : List.of("rewrite steps", "steps", "step")) {
            if (count.toLowerCase(java.util.Locale.ROOT).endsWith(word)) {
                count = count.substring(0, count.length() - word.length()).strip();
                break;
            }
        }
        if (count.length() > 9) {
            throw new AnswerFormatException("the step count '" + Answers.abbreviate(count) + "' is too long");
        }
        return new Answer(Terms.parse(text.substring(0, split)), Answers.intValue(count));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(RULES, Draw.scale(level, 2, 6))
                .with(DEPTH, Draw.scale(level, 3, 6))
                .with(MIN_STEPS, Draw.scale(level, 2, 14))
                .with(STRATEGY, level <= 3 ? "innermost" : "either");
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Puzzle best = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Signature signature = Signature.random(Draw.between(2, 3, random), Draw.between(2, 3, random), 2, random);
            List<Rule> rules = new ArrayList<>();
            for (int tries = 0; rules.size() < knobs.get(RULES) && tries < 50; tries++) {
                Rule rule = rule("r" + (rules.size() + 1), signature, random);
                if (rules.stream().noneMatch(other -> Terms.variant(other.left(), rule.left()))) {
                    rules.add(rule);
                }
            }
            boolean innermost = switch (knobs.get(STRATEGY)) {
                case "innermost" -> true;
                case "outermost" -> false;
                default -> random.nextBoolean();
            };
            Term start = signature.randomTerm(knobs.get(DEPTH), List.of(), 0, 0.85, random);
            Rewriting.Run run = Rewriting.normalise(start, rules, innermost, 10_000, 10_000);
            if (!run.finished()) {
                continue;
            }
            Puzzle puzzle = new Puzzle(signature, rules, start, innermost, run.result(), run.steps().size());
            boolean sizable = run.result().size() > knobs.get(DEPTH);
            if (best == null || sizable && (best.normalForm().size() <= knobs.get(DEPTH) || puzzle.steps() > best.steps())) {
                best = puzzle;
            }
            if (sizable && best.steps() >= knobs.get(MIN_STEPS)) {
                break;
            }
        }
        return best;
    }

    /** A rule f(p1, ..., pn) -> r whose right side is smaller and uses each variable no more often than the left. */
    private static Rule rule(String name, Signature signature, RandomGenerator random) {
        List<String> functions = signature.functionSymbols();
        Map<String, Integer> arities = signature.arityMap();
        String top = Draw.pick(functions, random);
        List<Term> patterns = new ArrayList<>();
        List<String> free = new ArrayList<>(VARIABLES);
        for (int i = 0; i < arities.get(top); i++) {
            int kind = random.nextInt(3);
            if (kind == 0 || free.isEmpty()) {
                String inner = Draw.pick(functions, random);
                List<Term> args = new ArrayList<>();
                for (int j = 0; j < arities.get(inner); j++) {
                    args.add(free.isEmpty() || random.nextInt(3) == 0 ? Term.constant(Draw.pick(signature.symbolsOfArity(0), random))
                            : Term.var(free.remove(0)));
                }
                patterns.add(Term.of(inner, args));
            } else if (kind == 1) {
                patterns.add(Term.constant(Draw.pick(signature.symbolsOfArity(0), random)));
            } else {
                patterns.add(Term.var(free.remove(0)));
            }
        }
        Term left = Term.of(top, patterns);
        List<String> variables = new ArrayList<>(left.variables());
        Term right;
        int choice = random.nextInt(5);
        if (choice == 0 || variables.isEmpty()) {
            List<List<Integer>> positions = left.positions().subList(1, left.positions().size());
            right = left.at(Draw.pick(positions, random));
        } else if (choice == 1 && random.nextBoolean()) {
            right = Term.constant(Draw.pick(signature.symbolsOfArity(0), random));
        } else {
            String outer = Draw.pick(functions, random);
            List<Term> args = new ArrayList<>();
            Draw.shuffle(variables, random);
            for (int j = 0; j < arities.get(outer); j++) {
                args.add(j < variables.size() ? Term.var(variables.get(j)) : Term.constant(Draw.pick(signature.symbolsOfArity(0), random)));
            }
            right = Term.of(outer, args);
        }
        if (right.size() >= left.size() || !nonDuplicating(left, right)) {
            right = left.args().get(0);
        }
        return new Rule(name, left, right);
    }

    private static boolean nonDuplicating(Term left, Term right) {
        Map<String, Integer> counts = new HashMap<>();
        count(left, counts, 1);
        count(right, counts, -1);
        return counts.values().stream().allMatch(value -> value >= 0);
    }

    private static void count(Term term, Map<String, Integer> counts, int sign) {
        if (term.variable()) {
            counts.merge(term.symbol(), sign, Integer::sum);
        }
        term.args().forEach(arg -> count(arg, counts, sign));
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Terms are built from function symbols applied to arguments, written f(t1, ..., tn), and constants")
                .append(" written without parentheses; the symbols are ").append(puzzle.signature().describe()).append(".")
                .append(" In the rewrite rules below, X, Y and Z are variables that stand for any terms. A rule applies at a")
                .append(" subterm when that subterm is an instance of the rule's left side (each variable matched to a subterm,")
                .append(" the same one wherever it repeats); applying it replaces that subterm by the right side with the same")
                .append(" variables filled in. Such a subterm is a redex.\n\nRules, in order:\n");
        for (Rule rule : puzzle.rules()) {
            text.append(rule.render("->")).append('\n');
        }
        text.append("\nStrategy: ");
        if (puzzle.innermost()) {
            text.append("leftmost-innermost. At each step rewrite the redex that contains no other redex inside it; if there")
                    .append(" are several, take the one that starts furthest to the left in the written term.");
        } else {
            text.append("leftmost-outermost. At each step rewrite the redex that is not inside any other redex; if there are")
                    .append(" several, take the one that starts furthest to the left in the written term.");
        }
        text.append(" At the chosen subterm use the first rule in the list that applies there. Stop when no rule applies")
                .append(" anywhere.\n\nStart term: ").append(puzzle.start().render()).append("\n\nGive the final term and the number")
                .append(" of rewrite steps taken, separated by a semicolon, for example: g(b, a); 5");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.normalForm(), puzzle.steps());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        boolean term = answer.normalForm().equals(puzzle.normalForm());
        boolean steps = answer.steps() == puzzle.steps();
        if (term && steps) {
            return Score.correct("the normal form after " + puzzle.steps() + " steps");
        }
        if (term) {
            return Score.wrong("the normal form is right, but the strategy takes " + (answer.steps() < puzzle.steps() ? "more" : "fewer") + " steps");
        }
        return Score.wrong("that is not the normal form this strategy reaches");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(gold.normalForm(), gold.steps() + 1));
        misses.add(new Answer(gold.normalForm(), Math.max(0, gold.steps() - 1)));
        misses.add(new Answer(puzzle.start(), gold.steps()));
        Rewriting.Run other = Rewriting.normalise(puzzle.start(), puzzle.rules(), !puzzle.innermost(), 10_000, 10_000);
        misses.add(new Answer(other.result(), other.steps().size()));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps() + puzzle.start().size() / 4.0;
    }
}
