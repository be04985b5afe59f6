package dev.bootcamp.camps.proofs;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.formal.Formula;
import dev.bootcamp.camps.kit.formal.Positions;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Modal logic: the worlds of a Kripke model at which a modal formula holds. */
@AutoService(Bootcamp.class)
public final class ModalKripkeEvalBootcamp extends Camp<ModalKripkeEvalBootcamp.Puzzle, List<Integer>> {
    private static final Knob<Integer> WORLDS = Knob.integer("worlds", 3, 16, 6, "worlds in the model");
    private static final Knob<Integer> OPERATORS = Knob.integer("operators", 1, 14, 3, "operators in the formula");
    private static final Knob<Integer> ATOMS = Knob.integer("atoms", 1, 3, 2, "proposition letters p, q, r used");
    private static final BootcampInfo INFO = BootcampInfo.builder(ModalKripkeEvalBootcamp.class)
            .title("Modal formula in a Kripke model")
            .domain("proofs")
            .tags("modal-logic", "kripke", "model-checking", "semantics")
            .summary("A Kripke model (worlds, an accessibility relation as arrows, and the letters true at each world) and a"
                    + " formula with negation, conjunction, disjunction, implication, box (true at w when the formula holds at"
                    + " every world w reaches) and diamond (at some world w reaches) are given; list every world where the"
                    + " formula holds. The set must be exact; the formula holds at two or more worlds and fails at two or more (when there are four or more), so a"
                    + " constant answer earns nothing. No partial credit.")
            .knob(WORLDS)
            .knob(OPERATORS)
            .knob(ATOMS)
            .version(1)
            .answerShape("the worlds where the formula holds, such as w1, w4")
            .build();
    private static final List<String> LETTERS = List.of("p", "q", "r");

    /** Worlds 0..n-1 (written w1..wn): successors and true letters as bit masks, the formula, and where it holds. */
    public record Puzzle(int worlds, List<Long> successors, List<Long> letters, Formula formula, long holds) {
        public Puzzle {
            successors = List.copyOf(successors);
            letters = List.copyOf(letters);
        }
    }

    public ModalKripkeEvalBootcamp() {
        super(INFO, Positions.codec("w", 1));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORLDS, Draw.scale(level, 6, 12))
                .with(OPERATORS, Draw.scale(level, 1, 10))
                .with(ATOMS, Draw.scale(level, 1, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int worlds = knobs.get(WORLDS);
        List<String> atoms = LETTERS.subList(0, knobs.get(ATOMS));
        while (true) {
            List<Long> successors = new ArrayList<>();
            List<Long> letters = new ArrayList<>();
            for (int world = 0; world < worlds; world++) {
                long edges = 0;
                long truth = 0;
                for (int other = 0; other < worlds; other++) {
                    edges |= random.nextDouble() < 2.0 / worlds ? 1L << other : 0;
                }
                for (int letter = 0; letter < atoms.size(); letter++) {
                    truth |= random.nextBoolean() ? 1L << letter : 0;
                }
                successors.add(edges);
                letters.add(truth);
            }
            Formula formula = Formula.random(knobs.get(OPERATORS), atoms, List.of("~", "[]", "<>", "[]", "<>"), List.of("&", "|", "->"), 0.35, random);
            if (!formula.render().contains("[]") && !formula.render().contains("<>")) {
                continue;
            }
            long holds = evaluate(formula, successors, letters, atoms, worlds);
            int count = Long.bitCount(holds);
            int margin = worlds >= 4 ? 2 : 1;
            if (count >= margin && count <= worlds - margin) {
                return new Puzzle(worlds, successors, letters, formula, holds);
            }
        }
    }

    static long evaluate(Formula formula, List<Long> successors, List<Long> letters, List<String> atoms, int worlds) {
        long all = (1L << worlds) - 1;
        switch (formula.operator()) {
            case "atom" -> {
                int letter = LETTERS.indexOf(formula.atom());
                long mask = 0;
                for (int world = 0; world < worlds; world++) {
                    mask |= (letters.get(world) >>> letter & 1) << world;
                }
                return mask;
            }
            case "~" -> {
                return all & ~evaluate(formula.operands().get(0), successors, letters, atoms, worlds);
            }
            case "[]", "<>" -> {
                long inner = evaluate(formula.operands().get(0), successors, letters, atoms, worlds);
                long mask = 0;
                for (int world = 0; world < worlds; world++) {
                    boolean box = (successors.get(world) & ~inner) == 0;
                    boolean diamond = (successors.get(world) & inner) != 0;
                    mask |= (formula.operator().equals("[]") ? box : diamond) ? 1L << world : 0;
                }
                return mask;
            }
            default -> {
                long left = evaluate(formula.operands().get(0), successors, letters, atoms, worlds);
                long right = evaluate(formula.operands().get(1), successors, letters, atoms, worlds);
                return switch (formula.operator()) {
                    case "&" -> left & right;
                    case "|" -> left | right;
                    default -> all & (~left | right);
                };
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A Kripke model has worlds, arrows between worlds (world w can see world v when there is an arrow w -> v;")
                .append(" a world may see itself or nothing at all), and at each world some proposition letters are true.\n\nArrows:\n");
        for (int world = 0; world < puzzle.worlds(); world++) {
            List<String> seen = Positions.of(puzzle.successors().get(world)).stream().map(other -> "w" + (other + 1)).toList();
            text.append("w").append(world + 1).append(" -> ").append(seen.isEmpty() ? "(nothing)" : String.join(" ", seen)).append('\n');
        }
        text.append("\nTrue letters (every other letter is false there):\n");
        for (int world = 0; world < puzzle.worlds(); world++) {
            List<String> truth = Positions.of(puzzle.letters().get(world)).stream().map(LETTERS::get).toList();
            text.append("w").append(world + 1).append(": ").append(truth.isEmpty() ? "(none)" : String.join(", ", truth)).append('\n');
        }
        text.append("\nTruth at a world w: a letter holds when it is listed for w; ~A holds when A does not; (A & B) when both")
                .append(" do; (A | B) when at least one does; (A -> B) when A fails or B holds; []A when A holds at every world")
                .append(" w can see (so always, when w sees nothing); <>A when A holds at some world w can see.\n\n")
                .append("Formula: ").append(puzzle.formula().render()).append("\n\nList every world at which the formula holds,")
                .append(" separated by commas or spaces (for example: w2 w3).");
        return text.toString();
    }

    @Override
    public List<Integer> solve(Puzzle puzzle) {
        return Positions.of(puzzle.holds());
    }

    @Override
    public Score check(Puzzle puzzle, List<Integer> answer) {
        long given = 0;
        for (int world : answer) {
            if (world < 0 || world >= puzzle.worlds()) {
                return Score.wrong("there is no world w" + (world + 1));
            }
            given |= 1L << world;
        }
        if (given == puzzle.holds()) {
            return Score.correct("exactly the worlds where the formula holds");
        }
        long missing = puzzle.holds() & ~given;
        return Score.wrong(missing != 0 ? "the formula also holds at w" + (Long.numberOfTrailingZeros(missing) + 1)
                : "the formula fails at w" + (Long.numberOfTrailingZeros(given & ~puzzle.holds()) + 1));
    }

    @Override
    public List<List<Integer>> nearMisses(Puzzle puzzle, List<Integer> gold, RandomGenerator random) {
        List<List<Integer>> misses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            misses.add(Positions.of(puzzle.holds() ^ 1L << random.nextInt(puzzle.worlds())));
        }
        misses.add(Positions.of((1L << puzzle.worlds()) - 1 & ~puzzle.holds()));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.worlds() * (1 + puzzle.formula().size());
    }
}
