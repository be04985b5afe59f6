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
import java.util.List;
import java.util.random.RandomGenerator;

/** Ricochet Robots: robots slide until a block, the rim or another robot stops them; fewest moves to put R on the target. */
@AutoService(Bootcamp.class)
public final class RicochetRobotsBootcamp extends Camp<RicochetRobotsBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 5, 10, 7, "the board is size x size");
    private static final Knob<Integer> ROBOTS = Knob.integer("robots", 1, 4, 3, "robots on the board, the red one included");
    private static final Knob<Integer> BLOCKS = Knob.integer("blocks", 0, 20, 8, "percent of squares that are blocks");
    private static final Knob<Integer> MIN_MOVES = Knob.integer("min-moves", 2, 12, 5, "fewest moves the puzzle should need (the hardest drawn is used otherwise)");
    private static final int MAX_STATES = 4_000;
    private static final BootcampInfo INFO = BootcampInfo.builder(RicochetRobotsBootcamp.class)
            .title("Ricochet robots, fewest moves")
            .version(1)
            .domain("planning")
            .tags("planning", "sliding", "optimal-plan", "partial-credit")
            .summary("Robots stand on a walled board with some blocked squares. A move sends one robot up, down, left or right and"
                    + " it slides until the next square is a block, the outer wall or another robot. Put the red robot R on the"
                    + " target square in the fewest moves (optimum by breadth-first search). Replayed; the fewest is CORRECT, a"
                    + " longer legal solution PARTIAL with reward shortest / length / 2, anything else WRONG.")
            .knob(SIZE)
            .knob(ROBOTS)
            .knob(BLOCKS)
            .knob(MIN_MOVES)
            .answerShape("moves separated by commas, each a robot letter and a direction, such as q up, q left with q a robot letter")
            .severalAnswers()
            .build();

    /** The board rows ('#' block, '.' floor), robot letters (r first) and squares, the target, the gold plan and the states searched. */
    public record Puzzle(List<String> board, String names, List<Integer> squares, int target, List<String> plan, int explored) {
        public Puzzle {
            board = List.copyOf(board);
            squares = List.copyOf(squares);
            plan = List.copyOf(plan);
        }
    }

    public RicochetRobotsBootcamp() {
        super(INFO, PlanCodecs.steps(300));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] sizes = {5, 5, 6, 6, 7, 7, 8, 8, 9, 10};
        int[] robots = {2, 2, 2, 2, 3, 3, 3, 4, 4, 4};
        int[] moves = {4, 4, 4, 4, 5, 6, 7, 8, 9, 10};
        return INFO.defaults().with(SIZE, sizes[level - 1]).with(ROBOTS, robots[level - 1]).with(MIN_MOVES, moves[level - 1])
                .with(BLOCKS, level <= 2 ? 12 : 8);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        String names = "rgby".substring(0, knobs.get(ROBOTS));
        Puzzle best = null;
        for (int attempt = 0; attempt < 40 && (best == null || best.plan().size() < 3 || attempt < 8 && best.plan().size() < knobs.get(MIN_MOVES)); attempt++) {
            int[] order = Draw.permutation(size * size, random);
            int blocks = size * size * knobs.get(BLOCKS) / 100;
            char[][] cells = new char[size][size];
            for (int i = 0; i < size * size; i++) {
                cells[order[i] / size][order[i] % size] = i < blocks ? '#' : '.';
            }
            List<String> board = new ArrayList<>();
            for (char[] row : cells) {
                board.add(new String(row));
            }
            int[] squares = new int[names.length()];
            List<Integer> placed = new ArrayList<>();
            for (int i = 0; i < names.length(); i++) {
                squares[i] = order[blocks + i];
                placed.add(squares[i]);
            }
            Explore.Target target = SlideWorld.target(board, names, squares, true, knobs.get(MIN_MOVES), MAX_STATES, random);
            if (target != null && (best == null || target.plan().size() > best.plan().size())) {
                best = new Puzzle(board, names, placed, target.key(), target.plan(), target.explored());
            }
        }
        if (best == null) {
            // An open board: R in the top left corner goes right, then down to the bottom right corner.
            List<String> board = new ArrayList<>(java.util.Collections.nCopies(size, ".".repeat(size)));
            List<Integer> placed = new ArrayList<>(List.of(0));
            for (int i = 1; i < names.length(); i++) {
                placed.add(size * (size / 2) + i);
            }
            best = new Puzzle(board, names, placed, size * size - 1, List.of("r right", "r down"), 2);
        }
        return best;
    }

    private static SlideWorld world(Puzzle puzzle) {
        return new SlideWorld(puzzle.board(), puzzle.names(), puzzle.squares().stream().mapToInt(Integer::intValue).toArray(),
                puzzle.target(), true);
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.board().size();
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            char[] cells = puzzle.board().get(row).toCharArray();
            for (int column = 0; column < size; column++) {
                int square = row * size + column;
                int robot = puzzle.squares().indexOf(square);
                if (robot >= 0) {
                    cells[column] = Character.toUpperCase(puzzle.names().charAt(robot));
                } else if (square == puzzle.target()) {
                    cells[column] = '*';
                }
            }
            rows.add(new String(cells));
        }
        List<String> colours = List.of("R is red", "G is green", "B is blue", "Y is yellow").subList(0, puzzle.names().length());
        return "A square arena of " + size + " x " + size + " tiles is fenced all round. '#' tiles are solid blocks, '.' tiles"
                + " are open, '*' is the target tile " + Squares.of(puzzle.target(), size) + " and letters are robots ("
                + String.join(", ", colours) + "). Columns are lettered from the left and rows numbered from the top.\n\n"
                + Squares.labelled(rows) + "\n\nIn one move you choose one robot and one of the four directions up, down,"
                + " left, right. The robot rolls that way and does not stop until the next tile is a block, the fence, or"
                + " another robot; then it halts on the tile where it is. A robot cannot stop in the middle of open floor, and"
                + " a move that leaves the robot where it was is not allowed. Rolling across the target does not count.\n\nGive"
                + " a plan with as few moves as possible after which the red robot R stands still on the target tile. Name"
                + " each move by the robot's letter and its direction and separate moves with commas, in this format: q down,"
                + " q left (q stands for a robot letter)";
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
