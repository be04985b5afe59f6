package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.boards.Explore;
import dev.bootcamp.camps.kit.boards.SlideWorld;
import dev.bootcamp.camps.kit.boards.Squares;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Lunar Lockout: robots slide until they bump into another robot; bring the marked one to the target in the fewest moves. */
@AutoService(Bootcamp.class)
public final class LunarLockoutBootcamp extends Camp<LunarLockoutBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 8, 5, "the board is size x size");
    private static final Knob<Integer> HELPERS = Knob.integer("helpers", 1, 6, 3, "robots besides the marked one");
    private static final Knob<Integer> MIN_MOVES = Knob.integer("min-moves", 1, 12, 4, "fewest moves the puzzle should need (the hardest drawn is used otherwise)");
    private static final int MAX_STATES = 4_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(LunarLockoutBootcamp.class)
            .title("Lunar Lockout, fewest moves")
            .version(1)
            .domain("planning")
            .tags("planning", "sliding", "optimal-plan", "partial-credit")
            .summary("Robots stand on an open square board with no walls. A move sends one robot up, down, left or right; it slides"
                    + " until the square ahead holds another robot and stops next to it. A robot with no robot ahead would fly off the"
                    + " board, which is not allowed. Bring the marked robot X to the target square (chosen so that the search proves its distance) in the fewest moves (optimum by"
                    + " breadth-first search). Replayed; the fewest is CORRECT, a longer legal solution PARTIAL with reward shortest /"
                    + " length / 2, anything else WRONG.")
            .knob(SIZE)
            .knob(HELPERS)
            .knob(MIN_MOVES)
            .answerShape("moves separated by commas, each a robot letter and a direction, such as z left, z up with z a robot letter")
            .severalAnswers()
            .build();

    /** The board size, the robots' letters (x first) and squares, the target square, the gold plan and the states searched. */
    public record Puzzle(int size, String names, List<Integer> squares, int target, List<String> plan, int explored) {
        public Puzzle {
            squares = List.copyOf(squares);
            plan = List.copyOf(plan);
        }
    }

    public LunarLockoutBootcamp() {
        super(INFO, PlanCodecs.steps(300));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] helpers = {3, 3, 3, 4, 4, 4, 5, 5, 6, 6};
        int[] moves = {3, 4, 4, 4, 5, 6, 7, 8, 9, 10};
        int[] sizes = {5, 5, 5, 5, 5, 6, 6, 6, 7, 7};
        return INFO.defaults().with(SIZE, sizes[level - 1]).with(HELPERS, helpers[level - 1]).with(MIN_MOVES, moves[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int helpers = knobs.get(HELPERS);
        String names = "xabcdef".substring(0, helpers + 1);
        Puzzle best = null;
        for (int attempt = 0; attempt < 40 && (best == null || best.plan().size() < 3 || attempt < 8 && best.plan().size() < knobs.get(MIN_MOVES)); attempt++) {
            int[] order = Draw.permutation(size * size, random);
            List<Integer> squares = new ArrayList<>();
            for (int i = 0; i <= helpers; i++) {
                squares.add(order[i]);
            }
            Explore.Target target = SlideWorld.target(Collections.nCopies(size, ".".repeat(size)), names,
                    squares.stream().mapToInt(Integer::intValue).toArray(), false, knobs.get(MIN_MOVES), MAX_STATES, random);
            if (target != null && (best == null || target.plan().size() > best.plan().size())) {
                best = new Puzzle(size, names, squares, target.key(), target.plan(), target.explored());
            }
        }
        if (best == null) {
            // X in the corner, a helper two squares below it: one move down.
            List<Integer> squares = new ArrayList<>(List.of(0, 3 * size));
            for (int square = size - 1; squares.size() < helpers + 1; square += size) {
                squares.add(square);
            }
            best = new Puzzle(size, names, squares, 2 * size, List.of("x down"), 1);
        }
        return best;
    }

    private static SlideWorld world(int size, String names, List<Integer> squares, int target) {
        List<String> board = Collections.nCopies(size, ".".repeat(size));
        return new SlideWorld(board, names, squares.stream().mapToInt(Integer::intValue).toArray(), target, false);
    }

    private static SlideWorld world(Puzzle puzzle) {
        return world(puzzle.size(), puzzle.names(), puzzle.squares(), puzzle.target());
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.size();
        char[][] cells = new char[size][size];
        for (char[] row : cells) {
            java.util.Arrays.fill(row, '.');
        }
        cells[puzzle.target() / size][puzzle.target() % size] = '+';
        for (int i = 0; i < puzzle.names().length(); i++) {
            int square = puzzle.squares().get(i);
            cells[square / size][square % size] = Character.toUpperCase(puzzle.names().charAt(i));
        }
        List<String> rows = new ArrayList<>();
        for (char[] row : cells) {
            rows.add(new String(row));
        }
        return "Robots are parked on a " + size + " by " + size + " landing grid in space (columns a to " + (char) ('a' + size - 1)
                + ", rows 1 to " + size + " from the top). X is the robot that has to get home; the other robots are helpers;"
                + " '+' marks the target square " + Squares.of(puzzle.target(), size) + " and '.' an empty square.\n\n"
                + Squares.labelled(rows) + "\n\nRobots have no brakes. When a robot is sent up, down, left or right it keeps"
                + " going square by square and halts only on the square just before another robot. If no robot stands anywhere"
                + " ahead of it in that direction, it would drift off the grid, so that move is forbidden; a move that does not"
                + " shift the robot at all (a robot right next to it) is forbidden too. Only one robot moves at a time, and X may"
                + " pass over the target without stopping there.\n\nFind the shortest sequence of moves after which X rests on"
                + " the target square. Write each move as the robot's letter and a direction (up, down, left or right),"
                + " separated by commas, in the style: z down, z left (z stands for a robot letter)";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(world(puzzle), plan, puzzle.plan().size(), 4 * puzzle.plan().size() + 20, "moves");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(world(puzzle), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored() + puzzle.plan().size();
    }
}
