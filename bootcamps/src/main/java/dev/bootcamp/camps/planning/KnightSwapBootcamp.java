package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.boards.Squares;
import dev.bootcamp.camps.kit.planning.Outcome;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanDomain;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import dev.bootcamp.camps.kit.planning.PlanSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Knight swap: white and black knights trade places on a small board with holes, in the fewest knight moves. */
@AutoService(Bootcamp.class)
public final class KnightSwapBootcamp extends Camp<KnightSwapBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 4, 3, "rows of the board");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 3, 5, 4, "columns of the board");
    private static final Knob<Integer> KNIGHTS = Knob.integer("knights", 1, 3, 2, "knights of each colour");
    private static final Knob<Integer> HOLES = Knob.integer("holes", 0, 3, 1, "squares missing from the board");
    private static final int MAX_STATES = 40_000;
    private static final int[][] JUMPS = {{-2, -1}, {-2, 1}, {-1, -2}, {-1, 2}, {1, -2}, {1, 2}, {2, -1}, {2, 1}};
    private static final BootcampInfo INFO = BootcampInfo.builder(KnightSwapBootcamp.class)
            .title("Knight swap, fewest moves")
            .version(1)
            .domain("planning")
            .tags("planning", "chess", "optimal-plan", "partial-credit")
            .summary("White and black knights stand on a small board with some squares missing; a move takes any one knight by a"
                    + " chess knight's jump to an empty square. Make the white knights occupy exactly the black knights' starting"
                    + " squares and the black knights the white ones', in the fewest moves (optimum by breadth-first search)."
                    + " Replayed; the fewest is CORRECT, a longer legal solution PARTIAL with reward shortest / length / 2,"
                    + " anything else WRONG.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(KNIGHTS)
            .knob(HOLES)
            .answerShape("moves separated by commas, each the square left and the square reached, such as f9-e7, h8-g6")
            .severalAnswers()
            .build();

    /** The board rows ('#' missing, 'W' white, 'B' black, '.' empty), the gold plan and the states searched. */
    public record Puzzle(List<String> board, List<String> plan, int explored) {
        public Puzzle {
            board = List.copyOf(board);
            plan = List.copyOf(plan);
        }
    }

    public KnightSwapBootcamp() {
        super(INFO, PlanCodecs.steps(200));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] rows = {3, 3, 3, 3, 3, 4, 4, 3, 3, 3};
        int[] columns = {4, 4, 4, 4, 5, 4, 4, 4, 4, 5};
        int[] knights = {1, 1, 2, 2, 2, 2, 2, 3, 3, 3};
        int[] holes = {2, 1, 2, 1, 2, 1, 0, 1, 0, 2};
        return INFO.defaults().with(ROWS, rows[level - 1]).with(COLUMNS, columns[level - 1]).with(KNIGHTS, knights[level - 1])
                .with(HOLES, holes[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(ROWS);
        int columns = knobs.get(COLUMNS);
        int knights = knobs.get(KNIGHTS);
        int holes = knobs.get(HOLES);
        // More holes where the positions would be too many to search: C(s, k) * C(s - k, k) with s open squares.
        while (positions(rows * columns - holes, knights) > MAX_STATES && rows * columns - holes > 2 * knights + 1) {
            holes++;
        }
        Puzzle best = null;
        int spent = 0;
        for (int attempt = 0; attempt < 40 && spent < 6 * MAX_STATES && (best == null || attempt < 3); attempt++) {
            int[] order = Draw.permutation(rows * columns, random);
            char[] cells = ".".repeat(rows * columns).toCharArray();
            for (int i = 0; i < knights; i++) {
                cells[order[i]] = 'W';
                cells[order[knights + i]] = 'B';
            }
            for (int i = 0; i < holes; i++) {
                cells[order[2 * knights + i]] = '#';
            }
            List<String> board = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                board.add(new String(cells, row * columns, columns));
            }
            Puzzle puzzle = new Puzzle(board, List.of(), 0);
            PlanSearch.Found found = PlanSearch.cheapest(new Domain(puzzle), MAX_STATES);
            spent += found.expanded();
            if (found.solved() && (best == null || found.cost() > best.plan().size())) {
                best = new Puzzle(board, found.plan(), found.expanded());
            }
        }
        if (best == null) {
            // A white knight on a1 and a black one on c2, everything else open: they trade by a1-b3, c2-a1, b3-c2.
            List<String> board = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                board.add(".".repeat(columns));
            }
            board.set(0, "W" + ".".repeat(columns - 1));
            board.set(1, "..B" + ".".repeat(columns - 3));
            best = new Puzzle(board, List.of("a1-b3", "c2-a1", "b3-c2"), 1);
        }
        return best;
    }

    private static long positions(int squares, int knights) {
        return choose(squares, knights) * choose(squares - knights, knights);
    }

    private static long choose(int n, int k) {
        long result = 1;
        for (int i = 0; i < k; i++) {
            result = result * (n - i) / (i + 1);
        }
        return result;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "A small chessboard with some squares cut out (columns lettered from the left, rows numbered from the top): 'W' is"
                + " a white knight, 'B' a black knight, '.' an empty square and '#' a square that does not exist.\n\n"
                + Squares.labelled(puzzle.board()) + "\n\nEach move picks any one knight, of either colour, and jumps it like a"
                + " chess knight: two squares in one straight direction and then one square sideways (an L shape), landing on an"
                + " empty square that exists. A knight jumps over whatever lies between, and nothing is ever captured. The"
                + " colours need not take turns.\n\nSwap the armies: at the end the white knights must stand on exactly the"
                + " squares where the black knights started, and the black knights on exactly the squares where the white"
                + " knights started (knights of one colour are interchangeable). Use as few moves as possible. Write each move"
                + " as the square left and the square reached, joined by a hyphen, separated by commas, like: f9-e7, h8-g6 (these squares only show the format)";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.optimal(new Domain(puzzle), plan, puzzle.plan().size(), 4 * puzzle.plan().size() + 20, "moves");
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(new Domain(puzzle), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.explored() + puzzle.plan().size();
    }

    /** A state is the board rows run together. */
    private record Domain(Puzzle puzzle) implements PlanDomain<String> {
        private int columns() {
            return puzzle.board().get(0).length();
        }

        @Override
        public String start() {
            return String.join("", puzzle.board());
        }

        @Override
        public List<String> steps(String state) {
            List<String> steps = new ArrayList<>();
            int columns = columns();
            int rows = puzzle.board().size();
            for (int from = 0; from < state.length(); from++) {
                if (state.charAt(from) != 'W' && state.charAt(from) != 'B') {
                    continue;
                }
                for (int[] jump : JUMPS) {
                    int row = from / columns + jump[0];
                    int column = from % columns + jump[1];
                    if (row >= 0 && row < rows && column >= 0 && column < columns) {
                        steps.add(Squares.of(from, columns) + "-" + Squares.name(row, column));
                    }
                }
            }
            return steps;
        }

        @Override
        public Outcome<String> apply(String state, String step) {
            String[] words = step.split("[- ]+");
            int rows = puzzle.board().size();
            int columns = columns();
            if (words.length != 2) {
                return Outcome.illegal("a move is written as two squares, such as a1-b3");
            }
            int from = Squares.parse(words[0], rows, columns);
            int to = Squares.parse(words[1], rows, columns);
            if (from < 0 || to < 0) {
                return Outcome.illegal("'" + (from < 0 ? words[0] : words[1]) + "' is not a square of the board");
            }
            int rowShift = Math.abs(to / columns - from / columns);
            int columnShift = Math.abs(to % columns - from % columns);
            if (rowShift * columnShift != 2) {
                return Outcome.illegal(words[0] + " to " + words[1] + " is not a knight's jump");
            }
            if (state.charAt(from) != 'W' && state.charAt(from) != 'B') {
                return Outcome.illegal("there is no knight on " + words[0]);
            }
            if (state.charAt(to) != '.') {
                return Outcome.illegal(words[1] + (state.charAt(to) == '#' ? " does not exist" : " is not empty"));
            }
            char[] next = state.toCharArray();
            next[to] = next[from];
            next[from] = '.';
            return Outcome.to(new String(next));
        }

        @Override
        public boolean reached(String state) {
            String start = start();
            for (int i = 0; i < state.length(); i++) {
                char was = start.charAt(i);
                if (was == 'W' && state.charAt(i) != 'B' || was == 'B' && state.charAt(i) != 'W') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String unmet(String state) {
            String start = start();
            for (int i = 0; i < state.length(); i++) {
                char was = start.charAt(i);
                if (was == 'W' && state.charAt(i) != 'B' || was == 'B' && state.charAt(i) != 'W') {
                    return Squares.of(i, columns()) + " should hold a " + (was == 'W' ? "black" : "white") + " knight";
                }
            }
            return null;
        }
    }
}
