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
import dev.bootcamp.camps.kit.formal.Lpo;
import dev.bootcamp.camps.kit.formal.Rule;
import dev.bootcamp.camps.kit.formal.Signature;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Termination by the lexicographic path order: a symbol precedence under which every rule's left side is greater. */
@AutoService(Bootcamp.class)
public final class LpoPrecedenceBootcamp extends Camp<LpoPrecedenceBootcamp.Puzzle, LpoPrecedenceBootcamp.Answer> {
    private static final Knob<Integer> FUNCTIONS = Knob.integer("functions", 2, 4, 3, "function symbols");
    private static final Knob<Integer> CONSTANTS = Knob.integer("constants", 1, 2, 2, "constants");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 2, 4, 3, "greatest depth of a rule side");
    private static final Knob<Integer> MAX_RULES = Knob.integer("max-rules", 2, 10, 4, "most rules (rules are added until few precedences fit)");
    private static final BootcampInfo INFO = BootcampInfo.builder(LpoPrecedenceBootcamp.class)
            .title("Lexicographic path order precedence")
            .domain("proofs")
            .tags("term-rewriting", "termination", "path-order", "precedence")
            .summary("Prove a rewrite system terminating with the lexicographic path order (defined in the prompt): give"
                    + " a strict total order on all its symbols under which every rule's left side is LPO-greater than its"
                    + " right side. Every precedence that orients all rules is CORRECT; the checker names the first rule"
                    + " left unoriented. Systems are drawn so that at most one precedence in " + 50 + " works. No partial credit.")
            .knob(FUNCTIONS)
            .knob(CONSTANTS)
            .knob(DEPTH)
            .knob(MAX_RULES)
            .version(1)
            .answerShape("all symbols from greatest to least joined by >, such as h > f > c > g")
            .severalAnswers()
            .build();
    private static final List<String> VARIABLES = List.of("X", "Y", "Z");
    private static final int SHARE = 50;

    /** The signature, the rules, the hidden precedence (greatest first) and how many precedences orient the rules. */
    public record Puzzle(Signature signature, List<Rule> rules, List<String> precedence, int fitting) {
        public Puzzle {
            rules = List.copyOf(rules);
            precedence = List.copyOf(precedence);
        }
    }

    /** Symbols from greatest to least. */
    public record Answer(List<String> order) {
        public Answer {
            order = List.copyOf(order);
        }
    }

    public LpoPrecedenceBootcamp() {
        super(INFO, Codec.of(answer -> String.join(" > ", answer.order()), LpoPrecedenceBootcamp::read));
    }

    private static Answer read(String text) {
        if (text.length() > 400) {
            throw new AnswerFormatException("the precedence is too long");
        }
        List<String> order = new ArrayList<>();
        for (String part : text.strip().split(">", -1)) {
            String name = part.strip();
            if (name.isEmpty() || name.length() > 3 || !name.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new AnswerFormatException("expected symbols joined by >, found '" + Answers.abbreviate(name) + "'");
            }
            order.add(name);
        }
        return new Answer(order);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(FUNCTIONS, Draw.scale(level, 3, 4))
                .with(CONSTANTS, 2)
                .with(DEPTH, Draw.scale(level, 2, 4))
                .with(MAX_RULES, Draw.scale(level, 5, 9));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Puzzle best = null;
        for (int attempt = 0; attempt < 15; attempt++) {
            Puzzle puzzle = attempt(knobs, random);
            if (best == null || puzzle.fitting() < best.fitting()) {
                best = puzzle;
            }
            if (best.fitting() * SHARE <= permutations(best.precedence().size())) {
                break;
            }
        }
        return best;
    }

    private Puzzle attempt(Knobs knobs, RandomGenerator random) {
        Signature signature = Signature.random(knobs.get(FUNCTIONS), knobs.get(CONSTANTS), 2, random).renamed(random);
        List<String> precedence = new ArrayList<>(signature.names());
        Draw.shuffle(precedence, random);
        List<Map<String, Integer>> survivors = orders(signature.names()).stream().map(LpoPrecedenceBootcamp::rank).toList();
        List<Rule> rules = new ArrayList<>();
        int total = survivors.size();
        for (int tries = 0; tries < 12 * knobs.get(MAX_RULES) && rules.size() < knobs.get(MAX_RULES) && survivors.size() * SHARE > total; tries++) {
            Rule rule = Lpo.randomRule("R" + (rules.size() + 1), signature, knobs.get(DEPTH), VARIABLES, rank(precedence), random);
            if (rule == null) {
                continue;
            }
            List<Map<String, Integer>> kept = survivors.stream().filter(rank -> Lpo.greater(rule.left(), rule.right(), rank)).toList();
            if (kept.size() < survivors.size()) {
                survivors = kept;
                rules.add(rule);
            }
        }
        return new Puzzle(signature, rules, precedence, survivors.size());
    }

    private static int permutations(int n) {
        int product = 1;
        for (int i = 2; i <= n; i++) {
            product *= i;
        }
        return product;
    }

    private static List<List<String>> orders(List<String> symbols) {
        List<List<String>> all = new ArrayList<>();
        permute(new ArrayList<>(symbols), 0, all);
        return all;
    }

    private static void permute(List<String> items, int from, List<List<String>> all) {
        if (from == items.size()) {
            all.add(List.copyOf(items));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            Collections.swap(items, from, i);
            permute(items, from + 1, all);
            Collections.swap(items, from, i);
        }
    }

    private static Map<String, Integer> rank(List<String> order) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), order.size() - i);
        }
        return rank;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Terms are built from variables (upper-case: X, Y, Z) and symbols applied to arguments, f(t1, ..., tn);")
                .append(" a constant has no arguments. The symbols are: ").append(puzzle.signature().describe()).append(".\n\n")
                .append("A precedence is a strict total order of the symbols. Given one, the lexicographic path order (LPO)")
                .append(" compares terms: s >lpo t holds when s is not a variable and at least one of these applies:\n")
                .append("(a) t is a variable that occurs in s, and t is not s itself;\n")
                .append("(b) some argument si of s equals t or satisfies si >lpo t;\n")
                .append("(c) s = f(s1, ..., sn), t = g(t1, ..., tm), f is above g in the precedence, and s >lpo tj for every argument tj of t;\n")
                .append("(d) s = f(s1, ..., sn), t = f(t1, ..., tn) with the same symbol, s >lpo tj for every argument tj of t, and")
                .append(" at the first index i where si and ti differ, si >lpo ti.\n")
                .append("A constant counts as a symbol with no arguments (so c >lpo d by (c) exactly when c is above d).")
                .append(" If every rule has left side >lpo right side, rewriting with the rules always terminates.\n\n")
                .append("Rules:\n");
        for (Rule rule : puzzle.rules()) {
            text.append(rule.render("->")).append('\n');
        }
        text.append("\nFind a precedence under which every rule above satisfies left side >lpo right side. Answer with all ")
                .append(puzzle.precedence().size()).append(" symbols, each once, from greatest to least, joined by >,")
                .append(" for example: q > b > p > a (that shows the format only).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.precedence());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> symbols = puzzle.signature().names();
        for (String name : answer.order()) {
            if (!symbols.contains(name)) {
                return Score.wrong("'" + name + "' is not a symbol of the system");
            }
        }
        if (answer.order().stream().distinct().count() != answer.order().size()) {
            return Score.wrong("a symbol appears twice in the precedence");
        }
        if (answer.order().size() != symbols.size()) {
            return Score.wrong("the precedence must list all " + symbols.size() + " symbols, found " + answer.order().size());
        }
        int bad = Lpo.unoriented(puzzle.rules(), rank(answer.order()));
        if (bad >= 0) {
            Rule rule = puzzle.rules().get(bad);
            return Score.wrong("rule " + rule.name() + " is not oriented: " + rule.left().render() + " is not >lpo " + rule.right().render());
        }
        return Score.correct("every rule is oriented");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (int i = 0; i + 1 < gold.order().size(); i++) {
            List<String> swapped = new ArrayList<>(gold.order());
            Collections.swap(swapped, i, i + 1);
            misses.add(new Answer(swapped));
        }
        List<String> reversed = new ArrayList<>(gold.order());
        Collections.reverse(reversed);
        misses.add(new Answer(reversed));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).limit(4).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        int size = 0;
        for (Rule rule : puzzle.rules()) {
            size += rule.left().size() + rule.right().size();
        }
        // checking every precedence by brute force costs n! orientations of all the rules
        return size * permutations(puzzle.precedence().size()) / 120.0;
    }
}
