package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.boards.Compass;
import dev.bootcamp.camps.kit.boards.Squares;
import dev.bootcamp.camps.kit.planning.Outcome;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.PlanDomain;
import dev.bootcamp.camps.kit.planning.PlanMisses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Peg solitaire: jump pegs over neighbours into holes, removing the jumped peg, until a single peg is left. */
@AutoService(Bootcamp.class)
public final class PegSolitaireBootcamp extends Camp<PegSolitaireBootcamp.Puzzle, Plan> {
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 7, 5, "rows of the board");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 3, 7, 5, "columns of the board");
    private static final Knob<Integer> JUMPS = Knob.integer("jumps", 2, 20, 8, "jumps needed (one fewer than the pegs)");
    private static final BootcampInfo INFO = BootcampInfo.builder(PegSolitaireBootcamp.class)
            .title("Peg solitaire down to one peg")
            .version(1)
            .domain("planning")
            .tags("planning", "peg-solitaire", "grid")
            .summary("Pegs stand in some holes of a board; a jump takes a peg over an orthogonally adjacent peg into the empty"
                    + " hole just beyond, and the jumped peg is removed. Give jumps that leave exactly one peg. The position is built"
                    + " by undoing jumps from a single peg, so it is solvable. Replayed: CORRECT when every jump is legal and one"
                    + " peg remains, WRONG otherwise.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(JUMPS)
            .answerShape("jumps separated by commas, each the start square and the landing square, such as h9-h7, f8-d8")
            .severalAnswers()
            .build();

    /** The board rows ('#' no hole, 'o' empty hole, 'x' peg) and the builder's jumps. */
    public record Puzzle(List<String> board, List<String> plan) {
        public Puzzle {
            board = List.copyOf(board);
            plan = List.copyOf(plan);
        }
    }

    public PegSolitaireBootcamp() {
        super(INFO, PlanCodecs.steps(100));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] rows = {4, 4, 4, 4, 5, 5, 5, 6, 6, 7};
        int[] columns = {5, 5, 5, 5, 5, 5, 6, 6, 7, 7};
        int[] jumps = {3, 3, 4, 5, 6, 8, 10, 12, 14, 16};
        return INFO.defaults().with(ROWS, rows[level - 1]).with(COLUMNS, columns[level - 1]).with(JUMPS, jumps[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(ROWS);
        int columns = knobs.get(COLUMNS);
        int want = Math.min(knobs.get(JUMPS), rows * columns / 2);
        for (int attempt = 1; ; attempt++) {
            // A small board may not hold that many pegs: ask for one jump fewer every 20 failed attempts.
            Puzzle puzzle = attempt(rows, columns, Math.max(1, want - attempt / 20), random);
            if (puzzle != null) {
                return puzzle;
            }
        }
    }

    /** A board with a few corner squares cut away, one peg on it, then jumps undone at random until enough pegs stand. */
    private static Puzzle attempt(int rows, int columns, int want, RandomGenerator random) {
        char[][] cells = new char[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                boolean corner = (row == 0 || row == rows - 1) && (column == 0 || column == columns - 1);
                cells[row][column] = corner && rows * columns > 16 && random.nextInt(3) == 0 ? '#' : 'o';
            }
        }
        int peg = random.nextInt(rows * columns);
        if (cells[peg / columns][peg % columns] == '#') {
            return null;
        }
        cells[peg / columns][peg % columns] = 'x';
        List<String> backwards = new ArrayList<>();
        for (int tries = 0; tries < 400 && backwards.size() < want; tries++) {
            int to = random.nextInt(rows * columns);
            Compass way = Compass.values()[random.nextInt(4)];
            int overRow = to / columns - way.rows();
            int overColumn = to % columns - way.columns();
            int fromRow = overRow - way.rows();
            int fromColumn = overColumn - way.columns();
            if (cells[to / columns][to % columns] != 'x' || fromRow < 0 || fromRow >= rows || fromColumn < 0 || fromColumn >= columns
                    || cells[overRow][overColumn] != 'o' || cells[fromRow][fromColumn] != 'o') {
                continue;
            }
            cells[to / columns][to % columns] = 'o';
            cells[overRow][overColumn] = 'x';
            cells[fromRow][fromColumn] = 'x';
            backwards.add(Squares.name(fromRow, fromColumn) + "-" + Squares.of(to, columns));
        }
        if (backwards.size() < want) {
            return null;
        }
        Collections.reverse(backwards);
        List<String> board = new ArrayList<>();
        for (char[] row : cells) {
            board.add(new String(row));
        }
        return new Puzzle(board, backwards);
    }

    @Override
    public String question(Puzzle puzzle) {
        int pegs = puzzle.plan().size() + 1;
        return "A peg solitaire board (columns lettered from the left, rows numbered from the top). 'x' is a hole with a peg in"
                + " it, 'o' an empty hole and '#' a spot with no hole at all.\n\n" + Squares.labelled(puzzle.board()) + "\n\nThere"
                + " are " + pegs + " pegs. A jump moves one peg two holes up, down, left or right (never diagonally), over a"
                + " neighbouring peg, into an empty hole; the peg jumped over is taken off the board. Every jump therefore"
                + " removes exactly one peg, and no other kind of move exists.\n\nMake jumps until only one peg is left on the"
                + " board; it may finish anywhere. Write every jump as the square the peg leaves and the square it lands on,"
                + " joined by a hyphen, with jumps separated by commas, as in: h9-h7, f8-d8 (these squares only show the format)";
    }

    @Override
    public Plan solve(Puzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(Puzzle puzzle, Plan plan) {
        return PlanCheck.withinSteps(new Domain(puzzle), plan, puzzle.plan().size());
    }

    @Override
    public List<Plan> nearMisses(Puzzle puzzle, Plan gold, RandomGenerator random) {
        return PlanMisses.around(new Domain(puzzle), gold, random).stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.plan().size() * puzzle.board().size() * puzzle.board().get(0).length();
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
                for (Compass way : Compass.values()) {
                    int row = from / columns + 2 * way.rows();
                    int column = from % columns + 2 * way.columns();
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
                return Outcome.illegal("a jump is written as two squares, such as b1-b3");
            }
            int from = Squares.parse(words[0], rows, columns);
            int to = Squares.parse(words[1], rows, columns);
            if (from < 0 || to < 0) {
                return Outcome.illegal("'" + (from < 0 ? words[0] : words[1]) + "' is not a square of the board");
            }
            int rowShift = to / columns - from / columns;
            int columnShift = to % columns - from % columns;
            if (!(Math.abs(rowShift) == 2 && columnShift == 0 || Math.abs(columnShift) == 2 && rowShift == 0)) {
                return Outcome.illegal("a jump goes exactly two squares up, down, left or right");
            }
            int over = (from + to) / 2;
            if (state.charAt(from) != 'x') {
                return Outcome.illegal("there is no peg on " + words[0]);
            }
            if (state.charAt(over) != 'x') {
                return Outcome.illegal("there is no peg on " + Squares.of(over, columns) + " to jump over");
            }
            if (state.charAt(to) != 'o') {
                return Outcome.illegal(words[1] + " is not an empty hole");
            }
            char[] next = state.toCharArray();
            next[from] = 'o';
            next[over] = 'o';
            next[to] = 'x';
            return Outcome.to(new String(next));
        }

        @Override
        public String unmet(String state) {
            long pegs = state.chars().filter(c -> c == 'x').count();
            return pegs == 1 ? null : pegs + " pegs are left, not one";
        }
    }
}
