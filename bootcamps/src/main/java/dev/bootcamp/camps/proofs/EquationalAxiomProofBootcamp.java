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
import dev.bootcamp.camps.kit.formal.Rule;
import dev.bootcamp.camps.kit.formal.Term;
import dev.bootcamp.camps.kit.formal.Theory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Equational proof: a chain of single axiom rewrites, each naming axiom, direction and position, checked step by step. */
@AutoService(Bootcamp.class)
public final class EquationalAxiomProofBootcamp extends Camp<EquationalAxiomProofBootcamp.Puzzle, EquationalAxiomProofBootcamp.Answer> {
    private static final Knob<Integer> WALK = Knob.integer("walk", 1, 16, 3, "axiom steps the generator takes from the left side to make the right side");
    private static final Knob<Integer> START_DEPTH = Knob.integer("start-depth", 2, 4, 2, "depth of the left side");
    private static final Knob<Integer> THEORIES = Knob.integer("theories", 1, 5, 2, "how many of monoid, commutative monoid, group, abelian group, lattice may be drawn");
    private static final BootcampInfo INFO = BootcampInfo.builder(EquationalAxiomProofBootcamp.class)
            .title("Equational proof by axiom rewrites")
            .domain("proofs")
            .tags("equational-logic", "rewriting", "proof", "algebra")
            .summary("Prove an identity between two ground terms in a small algebraic theory (monoid, commutative monoid,"
                    + " group, abelian group or lattice, with its axioms listed) as a chain of terms, each obtained from the"
                    + " one before by a single axiom instance applied at one position, left to right or right to left, and"
                    + " annotated with the axiom, direction and position. Every step is checked by matching; any valid chain"
                    + " of at most " + Chains.MAX_STEPS + " steps from the left side to the right side is CORRECT, and the"
                    + " first bad step makes it WRONG with the reason. No partial credit.")
            .knob(WALK)
            .knob(START_DEPTH)
            .knob(THEORIES)
            .version(1)
            .answerShape("the left side on the first line, then one line per step: axiom, -> or <-, position, a colon, the new term")
            .severalAnswers()
            .build();
    private static final int MAX_SIZE = 31;

    /** The theory, the identity left = right, and the generator's chain between them (never shown). */
    public record Puzzle(Theory theory, Term left, Term right, List<Theory.Move> walk) {
        public Puzzle {
            walk = List.copyOf(walk);
        }
    }

    /** A chain from the left side. */
    public record Answer(Chain chain) {}

    public EquationalAxiomProofBootcamp() {
        super(INFO, Codec.of(answer -> Chains.render(answer.chain()), text -> new Answer(Chains.parse(text))));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WALK, Draw.scale(level, 1, 12))
                .with(START_DEPTH, level == 1 ? 2 : 3)
                .with(THEORIES, Draw.scale(level, 2, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<Theory> theories = Theory.all().subList(0, knobs.get(THEORIES));
        while (true) {
            Theory theory = Draw.pick(theories, random);
            Term left = theory.signature().randomTerm(knobs.get(START_DEPTH), List.of(), 0, 0.8, random);
            Set<Term> seen = new HashSet<>();
            seen.add(left);
            List<Theory.Move> walk = new ArrayList<>();
            Term current = left;
            for (int tries = 0; walk.size() < knobs.get(WALK) && tries < 20 * knobs.get(WALK); tries++) {
                Theory.Move move = theory.randomMove(current, random);
                if (move != null && move.result().size() <= MAX_SIZE && seen.add(move.result())) {
                    walk.add(move);
                    current = move.result();
                }
            }
            if (walk.size() == knobs.get(WALK)) {
                return new Puzzle(theory, left, current, walk);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        Theory theory = puzzle.theory();
        StringBuilder text = new StringBuilder();
        text.append("Work in the equational theory of a ").append(theory.name()).append(": ").append(theory.symbols())
                .append(", and a, b, c are arbitrary elements. Terms are written in prefix form, a symbol followed by its")
                .append(" arguments in parentheses. The")
                .append(" axioms hold for all terms X, Y, Z:\n");
        for (Rule axiom : theory.axioms()) {
            text.append(axiom.render("=")).append('\n');
        }
        text.append("\nProve the identity\n").append(puzzle.left().render()).append("  =  ").append(puzzle.right().render())
                .append("\n\nas a chain of terms. The first line is the left side. Every later line is one step: it names an")
                .append(" axiom, a direction (-> to replace an instance of the axiom's left side by the matching instance of")
                .append(" its right side, <- to replace an instance of its right side by the matching instance of its left")
                .append(" side), the position of the subterm replaced, a colon, and the whole new term. A position is root")
                .append(" for the whole term, or argument numbers joined by dots: 2 is the second argument of the whole term,")
                .append(" 2.1 the first argument of that, and so on. Each variable of the axiom stands for the same term")
                .append(" everywhere in one step; a variable that occurs only on the side being introduced may be any term.")
                .append(" Exactly one subterm changes per step. The last line's term must be the right side.")
                .append(" Format example (not a proof of this identity):\n")
                .append("m(e, a)\nA2 -> root : a\n");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(new Chain(puzzle.left(), puzzle.walk()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String problem = Chains.problem(answer.chain(), puzzle.theory(), puzzle.left(), puzzle.right());
        return problem == null ? Score.correct("a valid chain of " + answer.chain().steps().size() + " steps") : Score.wrong(problem);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Theory.Move> steps = gold.chain().steps();
        misses.add(new Answer(new Chain(puzzle.left(), steps.subList(0, steps.size() - 1))));
        int at = random.nextInt(steps.size());
        Theory.Move step = steps.get(at);
        List<Theory.Move> flipped = new ArrayList<>(steps);
        flipped.set(at, new Theory.Move(step.axiom(), !step.forward(), step.position(), step.result()));
        misses.add(new Answer(new Chain(puzzle.left(), flipped)));
        List<Theory.Move> renamed = new ArrayList<>(steps);
        String other = step.axiom().equals("A1") ? "A2" : "A1";
        renamed.set(at, new Theory.Move(other, step.forward(), step.position(), step.result()));
        misses.add(new Answer(new Chain(puzzle.left(), renamed)));
        List<Theory.Move> moved = new ArrayList<>(steps);
        List<Integer> position = new ArrayList<>(step.position());
        position.add(1);
        moved.set(at, new Theory.Move(step.axiom(), step.forward(), position, step.result()));
        misses.add(new Answer(new Chain(puzzle.left(), moved)));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.walk().size() * (puzzle.left().size() + puzzle.right().size()) / 2.0;
    }
}
