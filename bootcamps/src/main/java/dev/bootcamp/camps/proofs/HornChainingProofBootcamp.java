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
import dev.bootcamp.camps.kit.proofs.NumberedLines;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Horn clause derivation: derive a goal atom from facts by firing numbered rules, each firing checked. */
@AutoService(Bootcamp.class)
public final class HornChainingProofBootcamp extends Camp<HornChainingProofBootcamp.Puzzle, HornChainingProofBootcamp.Answer> {
    private static final Knob<Integer> ATOMS = Knob.integer("atoms", 5, 24, 8, "number of atoms");
    private static final Knob<Integer> RULES = Knob.integer("rules", 4, 40, 8, "number of rules");
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 8, 2, "fewest rounds of firing the goal needs");
    private static final List<String> NAMES = List.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "Q", "R", "S",
            "T", "U", "V", "W", "X", "Y", "Z");
    private static final BootcampInfo INFO = BootcampInfo.builder(HornChainingProofBootcamp.class)
            .title("Horn clause derivation")
            .domain("proofs")
            .tags("proofs", "horn-clauses", "forward-chaining", "derivation")
            .summary("Facts and numbered rules (if all body atoms hold, the head holds) are given with a goal atom that"
                    + " follows; the answer is a derivation, one fired rule per line, each naming the atom derived and the"
                    + " rule. The checker replays it: every body atom must be a fact or derived on an earlier line, and the"
                    + " last line must derive the goal. Any valid derivation is CORRECT; otherwise WRONG with the first bad"
                    + " line. No partial credit.")
            .knob(ATOMS)
            .knob(RULES)
            .knob(DEPTH)
            .version(1)
            .answerShape("numbered lines such as '1. K by rule 4', the last one deriving the goal")
            .severalAnswers()
            .build();

    /** One rule: body atoms (indexes) and head atom. */
    public record Rule(List<Integer> body, int head) {
        public Rule {
            body = List.copyOf(body);
        }
    }

    /** Atom names, facts, rules, the goal and a reference derivation (rule indexes from 0, in firing order). */
    public record Puzzle(List<String> names, List<Integer> facts, List<Rule> rules, int goal, List<Integer> derivation) {
        public Puzzle {
            names = List.copyOf(names);
            facts = List.copyOf(facts);
            rules = List.copyOf(rules);
            derivation = List.copyOf(derivation);
        }
    }

    /** One line: the atom derived and the rule number (from 1). */
    public record Step(String atom, int rule) {}

    /** The derivation lines. */
    public record Answer(List<Step> steps) {
        public Answer {
            steps = List.copyOf(steps);
        }
    }

    public HornChainingProofBootcamp() {
        super(INFO, Codec.of(HornChainingProofBootcamp::write, HornChainingProofBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ATOMS, Draw.scale(level, 6, 22))
                .with(RULES, Draw.scale(level, 5, 32))
                .with(DEPTH, Draw.scale(level, 2, 6));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int atoms = knobs.get(ATOMS);
        int count = knobs.get(RULES);
        int wanted = knobs.get(DEPTH);
        for (int attempt = 0; ; attempt++) {
            int factCount = Draw.between(2, Math.max(2, atoms / 4), random);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < atoms; i++) {
                order.add(i);
            }
            Draw.shuffle(order, random);
            List<Integer> facts = new ArrayList<>(order.subList(0, factCount));
            List<Rule> rules = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                int head = order.get(Draw.between(factCount, atoms - 1, random));
                int size = Draw.between(1, 3, random);
                List<Integer> body = new ArrayList<>();
                for (int b = 0; b < size; b++) {
                    int atom = random.nextInt(atoms);
                    if (atom != head && !body.contains(atom)) {
                        body.add(atom);
                    }
                }
                if (body.isEmpty()) {
                    r--;
                    continue;
                }
                body.sort(null);
                rules.add(new Rule(body, head));
            }
            int[] round = new int[atoms];
            int[] firedBy = new int[atoms];
            Arrays.fill(round, -1);
            Arrays.fill(firedBy, -1);
            for (int fact : facts) {
                round[fact] = 0;
            }
            for (int step = 1; step <= atoms; step++) {
                int[] next = round.clone();
                for (int r = 0; r < rules.size(); r++) {
                    Rule rule = rules.get(r);
                    if (round[rule.head()] < 0 && next[rule.head()] < 0 && rule.body().stream().allMatch(atom -> round[atom] >= 0)) {
                        next[rule.head()] = step;
                        firedBy[rule.head()] = r;
                    }
                }
                System.arraycopy(next, 0, round, 0, atoms);
            }
            // Small rule sets may not reach the wanted depth: after 50 draws the deepest atom reached will do.
            int target = wanted;
            if (attempt >= 50) {
                target = Math.min(wanted, Arrays.stream(round).max().orElse(0));
            }
            List<Integer> deepest = new ArrayList<>();
            for (int atom = 0; atom < atoms; atom++) {
                if (round[atom] == target && target >= 1) {
                    deepest.add(atom);
                }
            }
            if (deepest.isEmpty()) {
                continue;
            }
            int goal = Draw.pick(deepest, random);
            List<Integer> derivation = new ArrayList<>();
            boolean[] added = new boolean[atoms];
            collect(goal, rules, firedBy, round, added, derivation);
            List<String> names = new ArrayList<>(Draw.sample(NAMES, atoms, random));
            return new Puzzle(names, facts.stream().sorted().toList(), rules, goal, derivation);
        }
    }

    private static void collect(int atom, List<Rule> rules, int[] firedBy, int[] round, boolean[] added, List<Integer> derivation) {
        if (round[atom] == 0 || added[atom]) {
            return;
        }
        added[atom] = true;
        Rule rule = rules.get(firedBy[atom]);
        for (int body : rule.body()) {
            collect(body, rules, firedBy, round, added, derivation);
        }
        derivation.add(firedBy[atom]);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        List<String> names = puzzle.names();
        text.append("Known facts: ").append(String.join(", ", puzzle.facts().stream().map(names::get).toList())).append(".\n");
        text.append("Rules (each says: if every atom on the left holds, the atom on the right holds):\n");
        for (int r = 0; r < puzzle.rules().size(); r++) {
            Rule rule = puzzle.rules().get(r);
            String body = rule.body().isEmpty() ? "(nothing)" : String.join(" ∧ ", rule.body().stream().map(names::get).toList());
            text.append("  rule ").append(r + 1).append(": ").append(body).append(" → ").append(names.get(rule.head())).append('\n');
        }
        text.append("\nShow that ").append(names.get(puzzle.goal())).append(" holds by firing rules one at a time. A rule may")
                .append(" fire once every atom on its left is a known fact or was derived on an earlier line; firing it")
                .append(" derives the atom on its right. Write one firing per line, numbered from 1, as the derived atom,")
                .append(" the word \"by\" and the rule, e.g. (format only) \"1. ").append(names.get(puzzle.facts().get(0)))
                .append(" by rule 99\". The last line must derive ").append(names.get(puzzle.goal()))
                .append(". Any valid derivation is accepted, with at most ").append(puzzle.rules().size()).append(" lines.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.derivation().stream()
                .map(r -> new Step(puzzle.names().get(puzzle.rules().get(r).head()), r + 1)).toList());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.steps().size() > puzzle.rules().size()) {
            return Score.wrong("more lines than rules");
        }
        boolean[] known = new boolean[puzzle.names().size()];
        for (int fact : puzzle.facts()) {
            known[fact] = true;
        }
        for (int i = 0; i < answer.steps().size(); i++) {
            Step step = answer.steps().get(i);
            if (step.rule() < 1 || step.rule() > puzzle.rules().size()) {
                return Score.wrong("line " + (i + 1) + " names rule " + step.rule() + ", which does not exist");
            }
            Rule rule = puzzle.rules().get(step.rule() - 1);
            if (!puzzle.names().get(rule.head()).equals(step.atom())) {
                return Score.wrong("line " + (i + 1) + ": rule " + step.rule() + " derives " + puzzle.names().get(rule.head()) + ", not " + step.atom());
            }
            for (int atom : rule.body()) {
                if (!known[atom]) {
                    return Score.wrong("line " + (i + 1) + ": rule " + step.rule() + " cannot fire yet, " + puzzle.names().get(atom) + " is not known");
                }
            }
            known[rule.head()] = true;
        }
        List<Step> steps = answer.steps();
        if (steps.isEmpty() || !steps.get(steps.size() - 1).atom().equals(puzzle.names().get(puzzle.goal()))) {
            return Score.wrong("every line checks, but the last line does not derive " + puzzle.names().get(puzzle.goal()));
        }
        return Score.correct("a valid derivation of " + steps.size() + " firings");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Step> steps = gold.steps();
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(steps.subList(0, steps.size() - 1)));
        misses.add(new Answer(steps.subList(steps.size() - 1, steps.size())));
        List<Step> reversed = new ArrayList<>(steps);
        java.util.Collections.reverse(reversed);
        if (!reversed.equals(steps)) {
            misses.add(new Answer(reversed));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.rules().size() + 2.0 * puzzle.derivation().size();
    }

    private static String write(Answer answer) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < answer.steps().size(); i++) {
            Step step = answer.steps().get(i);
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(step.atom()).append(" by rule ").append(step.rule());
        }
        return text.toString();
    }

    private static Answer read(String text) {
        NumberedLines.Numbered numbered = NumberedLines.read(text, 200);
        if (numbered.first() != 1) {
            throw new AnswerFormatException("number the lines from 1");
        }
        List<Step> steps = new ArrayList<>();
        for (String body : numbered.bodies()) {
            List<String> tokens = Answers.tokens(body.replace(":", " "));
            if (tokens.size() < 3 || !tokens.get(1).equalsIgnoreCase("by")) {
                throw new AnswerFormatException("expected 'ATOM by rule N', found '" + Answers.abbreviate(body) + "'");
            }
            String number = tokens.get(tokens.size() - 1);
            if (tokens.size() > 4 || tokens.size() == 4 && !tokens.get(2).toLowerCase(Locale.ROOT).equals("rule")
                    || number.length() > 4 || !number.chars().allMatch(Character::isDigit)) {
                throw new AnswerFormatException("expected 'ATOM by rule N', found '" + Answers.abbreviate(body) + "'");
            }
            steps.add(new Step(tokens.get(0).toUpperCase(Locale.ROOT), Integer.parseInt(number)));
        }
        return new Answer(steps);
    }
}
