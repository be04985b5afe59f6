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
import dev.bootcamp.camps.kit.formal.Chains;
import dev.bootcamp.camps.kit.formal.CriticalPairs;
import dev.bootcamp.camps.kit.formal.Lpo;
import dev.bootcamp.camps.kit.formal.Rewriting;
import dev.bootcamp.camps.kit.formal.Rule;
import dev.bootcamp.camps.kit.formal.Signature;
import dev.bootcamp.camps.kit.formal.Term;
import dev.bootcamp.camps.kit.formal.Terms;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Non-confluence: a term and two rewrite sequences from it that end in different normal forms, replayed by the checker. */
@AutoService(Bootcamp.class)
public final class NonConfluenceWitnessBootcamp extends Camp<NonConfluenceWitnessBootcamp.Puzzle, NonConfluenceWitnessBootcamp.Answer> {
    private static final Knob<Integer> RULES = Knob.integer("rules", 2, 7, 3, "rewrite rules");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 2, 4, 2, "greatest depth of a rule side");
    private static final Knob<Integer> JOINABLE = Knob.integer("joinable", 0, 6, 1, "fewest overlaps between rules whose two results do meet again (decoys; the most found is used when none reaches it)");
    private static final BootcampInfo INFO = BootcampInfo.builder(NonConfluenceWitnessBootcamp.class)
            .title("Non-confluence witness")
            .domain("proofs")
            .tags("term-rewriting", "confluence", "critical-pairs", "witness")
            .summary("A terminating first-order rewrite system is not confluent: show it with a term and two rewrite"
                    + " sequences from it, each step naming a rule and a position, that end in two different normal forms."
                    + " The checker replays both sequences (at most " + 60 + " steps each), checks that both ends are normal"
                    + " forms and that they differ; any such witness is CORRECT, and the first bad step is named otherwise."
                    + " No partial credit.")
            .knob(RULES)
            .knob(DEPTH)
            .knob(JOINABLE)
            .version(1)
            .answerShape("three lines: term: t / first: R1 at root, ... / second: R2 at 1.2, ...")
            .severalAnswers()
            .build();
    private static final List<String> VARIABLES = List.of("X", "Y", "Z");
    private static final List<String> SHOWN = List.of("X", "Y", "Z", "U", "V", "W", "X1", "Y1", "Z1", "U1");
    private static final int MAX_STEPS = 60;
    private static final int MAX_SIZE = 300;

    /** The signature, the rules, and one witness (never shown). */
    public record Puzzle(Signature signature, List<Rule> rules, Answer witness, int joinable) {
        public Puzzle {
            rules = List.copyOf(rules);
        }
    }

    /** One step: a rule name and a position. */
    public record Step(String rule, List<Integer> position) {
        public Step {
            position = List.copyOf(position);
        }
    }

    /** The start term and the two sequences. */
    public record Answer(Term term, List<Step> first, List<Step> second) {
        public Answer {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }
    }

    public NonConfluenceWitnessBootcamp() {
        super(INFO, Codec.of(NonConfluenceWitnessBootcamp::write, NonConfluenceWitnessBootcamp::read));
    }

    private static String write(Answer answer) {
        return "term: " + answer.term().render() + "\nfirst: " + steps(answer.first()) + "\nsecond: " + steps(answer.second());
    }

    private static String steps(List<Step> steps) {
        if (steps.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (Step step : steps) {
            parts.add(step.rule() + " at " + Term.position(step.position()));
        }
        return String.join(", ", parts);
    }

    private static Answer read(String text) {
        if (text.length() > Terms.MAX_TEXT) {
            throw new AnswerFormatException("the answer is too long");
        }
        Map<String, String> fields = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new AnswerFormatException("each line must start with term:, first: or second:");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!List.of("term", "first", "second").contains(key)) {
                throw new AnswerFormatException("unknown line '" + Answers.abbreviate(key) + "'; expected term:, first: or second:");
            }
            if (fields.put(key, line.substring(colon + 1).strip()) != null) {
                throw new AnswerFormatException("the line " + key + ": appears twice");
            }
        }
        for (String key : List.of("term", "first", "second")) {
            if (!fields.containsKey(key)) {
                throw new AnswerFormatException("the line " + key + ": is missing");
            }
        }
        return new Answer(Terms.parse(fields.get("term")), sequence(fields.get("first")), sequence(fields.get("second")));
    }

    private static List<Step> sequence(String text) {
        List<Step> steps = new ArrayList<>();
        if (text.equalsIgnoreCase("none") || text.equals("-")) {
            return steps;
        }
        String[] parts = text.split("[,;]");
        if (parts.length > MAX_STEPS) {
            throw new AnswerFormatException("a sequence has more than " + MAX_STEPS + " steps");
        }
        for (String part : parts) {
            String[] words = part.strip().split("\\s+");
            if (words.length != 3 || !words[1].equalsIgnoreCase("at")) {
                throw new AnswerFormatException("a step is written 'R2 at 1.1', found '" + Answers.abbreviate(part.strip()) + "'");
            }
            steps.add(new Step(words[0].toUpperCase(Locale.ROOT), Chains.position(words[2], steps.size() + 1)));
        }
        return steps;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(RULES, Draw.scale(level, 2, 6))
                .with(DEPTH, Draw.scale(level, 2, 3))
                .with(JOINABLE, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Puzzle best = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            Puzzle puzzle = attempt(knobs, random);
            if (puzzle != null && (best == null || puzzle.joinable() > best.joinable())) {
                best = puzzle;
            }
            if (best != null && best.joinable() >= knobs.get(JOINABLE)) {
                break;
            }
        }
        return best;
    }

    private Puzzle attempt(Knobs knobs, RandomGenerator random) {
        Signature signature = Signature.random(Draw.between(2, 3, random), 2, 2, random).renamed(random);
        List<String> precedence = new ArrayList<>(signature.names());
        Draw.shuffle(precedence, random);
        Map<String, Integer> rank = new HashMap<>();
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
        if (rules.size() < 2) {
            return null;
        }
        Answer witness = null;
        int joinable = 0;
        for (CriticalPairs.Overlap overlap : CriticalPairs.overlaps(rules)) {
            Rewriting.Run one = Rewriting.normalise(overlap.outerResult(), rules, true, MAX_STEPS - 1, 80);
            Rewriting.Run two = Rewriting.normalise(overlap.innerResult(), rules, true, MAX_STEPS - 1, 80);
            if (!one.finished() || !two.finished()) {
                return null;
            }
            if (one.result().equals(two.result())) {
                joinable++;
            } else if (witness == null) {
                witness = witness(overlap, one, two);
            }
        }
        return witness == null ? null : new Puzzle(signature, rules, witness, joinable);
    }

    private static Answer witness(CriticalPairs.Overlap overlap, Rewriting.Run one, Rewriting.Run two) {
        Map<String, Term> renaming = new HashMap<>();
        for (String name : overlap.peak().variables()) {
            renaming.put(name, Term.var(SHOWN.get(Math.min(renaming.size(), SHOWN.size() - 1))));
        }
        List<Step> first = new ArrayList<>();
        first.add(new Step(overlap.outer().name(), List.of()));
        one.steps().forEach(step -> first.add(new Step(step.rule().name(), step.position())));
        List<Step> second = new ArrayList<>();
        second.add(new Step(overlap.inner().name(), overlap.position()));
        two.steps().forEach(step -> second.add(new Step(step.rule().name(), step.position())));
        return new Answer(overlap.peak().substitute(renaming), first, second);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Terms are built from variables (upper-case names such as X, Y, Z1) and symbols applied to arguments;")
                .append(" the symbols are ").append(puzzle.signature().describe()).append(".\n")
                .append("A rule l -> r rewrites a term at a position: if the subterm there is an instance of l (its variables")
                .append(" replaced by terms, the same term for each occurrence of a variable), it is replaced by the same")
                .append(" instance of r. A position is root (the whole term) or argument numbers from 1 joined by dots:")
                .append(" in f(a, g(b)), position 2 is g(b) and 2.1 is b. Variables of the term you rewrite behave like")
                .append(" constants. A term is a normal form when no rule applies at any position.\n\n")
                .append("Rules (they always terminate):\n");
        for (Rule rule : puzzle.rules()) {
            text.append(rule.render("->")).append('\n');
        }
        text.append("\nThese rules are not confluent: some term rewrites to two different normal forms. Show it. Give a start")
                .append(" term and two sequences of rewrite steps from it, each step written as the rule name, the word at,")
                .append(" and a position; both sequences must end in normal forms, and the two normal forms must differ.")
                .append(" Write none for an empty sequence. Answer in exactly this layout (the content is only an example):\n")
                .append("term: k(c, Z)\nfirst: R9 at root, R8 at 2\nsecond: R7 at 1, R9 at root");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return puzzle.witness();
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String problem = Terms.signatureProblem(answer.term(), puzzle.signature().arityMap());
        if (problem != null) {
            return Score.wrong("the start term: " + problem);
        }
        if (answer.term().size() > MAX_SIZE) {
            return Score.wrong("the start term is too large");
        }
        Term[] ends = new Term[2];
        for (int side = 0; side < 2; side++) {
            String label = side == 0 ? "first" : "second";
            Term current = answer.term();
            List<Step> steps = side == 0 ? answer.first() : answer.second();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                Rule rule = puzzle.rules().stream().filter(candidate -> candidate.name().equals(step.rule())).findFirst().orElse(null);
                if (rule == null) {
                    return Score.wrong(label + " sequence, step " + (i + 1) + ": there is no rule " + Answers.abbreviate(step.rule()));
                }
                Term next = Rewriting.rewriteAt(current, rule, step.position());
                if (next == null) {
                    return Score.wrong(label + " sequence, step " + (i + 1) + ": " + rule.name() + " does not apply at "
                            + Term.position(step.position()) + " of " + Answers.abbreviate(current.render()));
                }
                if (next.size() > MAX_SIZE) {
                    return Score.wrong(label + " sequence, step " + (i + 1) + ": the term grows too large");
                }
                current = next;
            }
            Rewriting.Step more = Rewriting.nextStep(current, puzzle.rules(), false);
            if (more != null) {
                return Score.wrong(label + " sequence ends at " + Answers.abbreviate(current.render()) + ", not a normal form ("
                        + more.rule().name() + " applies at " + Term.position(more.position()) + ")");
            }
            ends[side] = current;
        }
        if (ends[0].equals(ends[1])) {
            return Score.wrong("both sequences end in the same normal form " + Answers.abbreviate(ends[0].render()));
        }
        return Score.correct("two different normal forms: " + ends[0].render() + " and " + ends[1].render());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(gold.term(), gold.first(), gold.first()));
        if (!gold.second().isEmpty()) {
            misses.add(new Answer(gold.term(), gold.first(), gold.second().subList(0, gold.second().size() - 1)));
            List<Step> moved = new ArrayList<>(gold.second());
            Step head = moved.get(0);
            List<Integer> position = new ArrayList<>(head.position());
            position.add(1);
            moved.set(0, new Step(head.rule(), position));
            misses.add(new Answer(gold.term(), gold.first(), moved));
        }
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        int size = 0;
        for (Rule rule : puzzle.rules()) {
            size += rule.left().size() + rule.right().size();
        }
        return size + 4.0 * puzzle.joinable();
    }
}
