package dev.bootcamp.camps.proofs;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.formal.Chains;
import dev.bootcamp.camps.kit.formal.Chains.Chain;
import dev.bootcamp.camps.kit.formal.Rewriting;
import dev.bootcamp.camps.kit.formal.Rule;
import dev.bootcamp.camps.kit.formal.Signature;
import dev.bootcamp.camps.kit.formal.Term;
import dev.bootcamp.camps.kit.formal.Terms;
import dev.bootcamp.camps.kit.formal.Theory;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Peano arithmetic: an equation between ground sums and products proved by a chain of single axiom rewrites. */
@AutoService(Bootcamp.class)
public final class PeanoArithmeticProofBootcamp extends Camp<PeanoArithmeticProofBootcamp.Puzzle, PeanoArithmeticProofBootcamp.Answer> {
    private static final Knob<Integer> OPERATIONS = Knob.integer("operations", 1, 5, 1, "additions and multiplications on the left side");
    private static final Knob<Integer> RIGHT_OPERATIONS = Knob.integer("right-operations", 0, 3, 0, "additions and multiplications on the right side (0: a numeral)");
    private static final Knob<Integer> MAX_VALUE = Knob.integer("max-value", 2, 12, 3, "largest value of either side");
    private static final Knob<Integer> PRODUCTS = Knob.integer("products", 0, 1, 0, "1 to allow multiplication");
    private static final BootcampInfo INFO = BootcampInfo.builder(PeanoArithmeticProofBootcamp.class)
            .title("Peano arithmetic equational proof")
            .domain("proofs")
            .tags("peano-arithmetic", "equational-logic", "proof", "successor")
            .summary("Prove an equation between two ground terms of Peano arithmetic (zero 0, successor s, add, mul) from"
                    + " the four recursion equations of addition and multiplication, as a chain of terms where each step"
                    + " uses one equation once, in either direction, at a stated position. Every step is replayed by"
                    + " matching; any valid chain of at most " + Chains.MAX_STEPS + " steps is CORRECT, and the first"
                    + " bad step makes it WRONG with the reason. No partial credit.")
            .knob(OPERATIONS)
            .knob(RIGHT_OPERATIONS)
            .knob(MAX_VALUE)
            .knob(PRODUCTS)
            .version(1)
            .answerShape("the left side, then one line per step: equation name, -> or <-, position, a colon, the new term")
            .severalAnswers()
            .build();
    private static final Theory PEANO = peano();
    private static final int MAX_GOLD_STEPS = 150;

    /** The two sides and a chain between them (never shown). */
    public record Puzzle(Term left, Term right, List<Theory.Move> proof) {
        public Puzzle {
            proof = List.copyOf(proof);
        }
    }

    /** A chain from the left side. */
    public record Answer(Chain chain) {}

    public PeanoArithmeticProofBootcamp() {
        super(INFO, Codec.of(answer -> Chains.render(answer.chain()), text -> new Answer(Chains.parse(text))));
    }

    private static Theory peano() {
        Signature signature = new Signature(List.of("add", "mul", "s", "0"), List.of(2, 2, 1, 0));
        List<Rule> axioms = List.of(
                new Rule("P1", Terms.parse("add(X, 0)"), Terms.parse("X")),
                new Rule("P2", Terms.parse("add(X, s(Y))"), Terms.parse("s(add(X, Y))")),
                new Rule("P3", Terms.parse("mul(X, 0)"), Terms.parse("0")),
                new Rule("P4", Terms.parse("mul(X, s(Y))"), Terms.parse("add(mul(X, Y), X)")));
        return new Theory("peano", "0 is zero, s(x) the successor x + 1, add(x, y) the sum and mul(x, y) the product", signature, axioms);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(OPERATIONS, level == 1 ? 2 : Draw.scale(level, 3, 5))
                .with(RIGHT_OPERATIONS, level == 1 ? 0 : Draw.scale(level, 1, 2))
                .with(MAX_VALUE, Draw.scale(level, 7, 12))
                .with(PRODUCTS, level >= 2 ? 1 : 0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        for (int attempt = 0; attempt < 400; attempt++) {
            Term left = expression(knobs.get(OPERATIONS), knobs.get(PRODUCTS) == 1, random);
            int value = value(left);
            if (value > knobs.get(MAX_VALUE) || value < 1) {
                continue;
            }
            Term right = numeral(value);
            if (knobs.get(RIGHT_OPERATIONS) > 0) {
                right = null;
                for (int tries = 0; tries < 60 && right == null; tries++) {
                    Term candidate = expression(knobs.get(RIGHT_OPERATIONS), knobs.get(PRODUCTS) == 1, random);
                    if (value(candidate) == value && !candidate.equals(left)) {
                        right = candidate;
                    }
                }
                if (right == null) {
                    continue;
                }
            }
            List<Theory.Move> proof = proof(left, right);
            if (proof != null && !proof.isEmpty()) {
                return new Puzzle(left, right, proof);
            }
        }
        Term left = Terms.parse("add(s(0), s(0))");
        return new Puzzle(left, numeral(2), proof(left, numeral(2)));
    }

    private static Term expression(int operations, boolean products, RandomGenerator random) {
        if (operations == 0) {
            return numeral(random.nextInt(5));
        }
        int leftOperations = random.nextInt(operations);
        String symbol = products && random.nextBoolean() ? "mul" : "add";
        return Term.of(symbol, expression(leftOperations, products, random), expression(operations - 1 - leftOperations, products, random));
    }

    private static Term numeral(int value) {
        Term term = Term.constant("0");
        for (int i = 0; i < value; i++) {
            term = Term.of("s", term);
        }
        return term;
    }

    private static int value(Term term) {
        return switch (term.symbol()) {
            case "0" -> 0;
            case "s" -> 1 + value(term.args().get(0));
            case "add" -> value(term.args().get(0)) + value(term.args().get(1));
            default -> value(term.args().get(0)) * value(term.args().get(1));
        };
    }

    /** Forward steps from the left side to the numeral, then the right side's steps to it, reversed. */
    private static List<Theory.Move> proof(Term left, Term right) {
        List<Theory.Move> moves = new ArrayList<>();
        Term current = left;
        for (Rewriting.Step step : Rewriting.normalise(left, PEANO.axioms(), true, MAX_GOLD_STEPS, 200).steps()) {
            current = Rewriting.rewriteAt(current, step.rule(), step.position());
            moves.add(new Theory.Move(step.rule().name(), true, step.position(), current));
        }
        List<Term> path = new ArrayList<>();
        List<Rewriting.Step> steps = Rewriting.normalise(right, PEANO.axioms(), true, MAX_GOLD_STEPS, 200).steps();
        Term back = right;
        path.add(back);
        for (Rewriting.Step step : steps) {
            back = Rewriting.rewriteAt(back, step.rule(), step.position());
            path.add(back);
        }
        if (!back.equals(current)) {
            return null;
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            moves.add(new Theory.Move(steps.get(i).rule().name(), false, steps.get(i).position(), path.get(i)));
        }
        return moves.size() > MAX_GOLD_STEPS ? null : moves;
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Peano arithmetic in prefix notation: ").append(PEANO.symbols()).append(". So s(s(0)) is two and")
                .append(" add(s(0), mul(X, Y)) is 1 + X * Y. These four equations are the only axioms; X and Y stand for")
                .append(" any terms:\n");
        for (Rule axiom : PEANO.axioms()) {
            text.append(axiom.render("=")).append('\n');
        }
        text.append("\nDerive the equation\n").append(puzzle.left().render()).append("  =  ").append(puzzle.right().render())
                .append("\n\nWrite the derivation as a list of terms, one per line, starting with the left-hand term and")
                .append(" ending with the right-hand term. Each line after the first begins with a justification: the")
                .append(" equation used (P1 to P4), then -> if an instance of its left-hand side was turned into the same")
                .append(" instance of its right-hand side or <- if it was used the other way round, then where in the term")
                .append(" the change happened, then a colon and the new term. Say where with root for the whole term or with")
                .append(" argument numbers separated by dots (1.2 means: go to the first argument, then to its second")
                .append(" argument). Only that one subterm may change on a line. Layout example, for another equation:\n")
                .append("mul(s(0), 0)\nP3 -> root : 0\n");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(new Chain(puzzle.left(), puzzle.proof()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String problem = Chains.problem(answer.chain(), PEANO, puzzle.left(), puzzle.right());
        return problem == null ? Score.correct("a valid derivation of " + answer.chain().steps().size() + " steps") : Score.wrong(problem);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Theory.Move> steps = gold.chain().steps();
        int pick = random.nextInt(steps.size());
        Theory.Move step = steps.get(pick);
        List<Theory.Move> renamed = new ArrayList<>(steps);
        String other = step.axiom().equals("P1") ? "P2" : "P1";
        renamed.set(pick, new Theory.Move(other, step.forward(), step.position(), step.result()));
        misses.add(new Answer(new Chain(gold.chain().start(), renamed)));
        List<Theory.Move> flipped = new ArrayList<>(steps);
        flipped.set(pick, new Theory.Move(step.axiom(), !step.forward(), step.position(), step.result()));
        misses.add(new Answer(new Chain(gold.chain().start(), flipped)));
        misses.add(new Answer(new Chain(gold.chain().start(), steps.subList(0, steps.size() - 1))));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.proof().size() * (puzzle.left().size() + puzzle.right().size()) / 10.0;
    }
}
