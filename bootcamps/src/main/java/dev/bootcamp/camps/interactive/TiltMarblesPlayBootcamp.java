package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.playboards.Directions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Tilt marbles: tilt a walled board up, down, left or right and every marble rolls that way until a wall or another
 * marble stops it; a marble that rolls onto the hole drops in. The goal is every marble in the hole within a move limit.
 * Boards are drawn until their shortest solution, found by breadth-first search over the marbles' positions, is long
 * enough (the longest of a bounded number of draws otherwise); the expert tilts along a shortest solution from the board
 * it sees.
 */
@AutoService(Interactive.class)
public final class TiltMarblesPlayBootcamp implements Interactive<TiltMarblesPlayBootcamp.State> {
    private static final int DRAWS = 60;
    private static final int SLACK = 2;
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 8, 6, "the board is size x size inside its walls");
    private static final Knob<Integer> MARBLES = Knob.integer("marbles", 1, 3, 2, "marbles on the board");
    private static final Knob<Integer> WALLS = Knob.integer("walls", 0, 16, 6, "wall cells inside the board");
    private static final Knob<Integer> MOVES = Knob.integer("moves", 2, 20, 6, "the shortest solution wanted (the longest of "
            + DRAWS + " drawn boards when none is that long)");
    private static final BootcampInfo INFO = BootcampInfo.builder(TiltMarblesPlayBootcamp.class)
            .title("Tilt marbles, tilt by tilt")
            .domain("interactive")
            .tags("interactive", "puzzle", "tilt", "planning")
            .summary("Tilt a walled board so that every marble rolls into the hole: each tilt (up, down, left, right) rolls"
                    + " all marbles that way until a wall or another marble stops them, and a marble rolling onto the hole"
                    + " drops in; the player has the shortest solution's tilts plus 2. CORRECT when every marble is in the"
                    + " hole, WRONG otherwise.")
            .knob(SIZE)
            .knob(MARBLES)
            .knob(WALLS)
            .knob(MOVES)
            .answerShape("one direction per turn: up, down, left or right")
            .build();

    /**
     * An episode: the board (row-major, '#' wall, 'H' the hole, '-' floor) and its width, the marbles' cells (sorted),
     * the shortest solution's length at the start, the positions its search reached, and the tilt limit.
     */
    public record State(String board, int columns, List<Integer> marbles, int shortest, int explored, int limit) {
        public State {
            marbles = List.copyOf(marbles);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[][] table = {{5, 1, 3, 5}, {5, 1, 4, 6}, {5, 2, 4, 6}, {6, 2, 6, 7}, {6, 2, 8, 8}, {6, 3, 8, 8}, {7, 3, 10, 9},
                {7, 3, 12, 10}, {8, 3, 12, 11}, {8, 3, 14, 12}};
        int[] row = table[level - 1];
        return INFO.defaults().with(SIZE, row[0]).with(MARBLES, row[1]).with(WALLS, row[2]).with(MOVES, row[3]);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        State best = null;
        for (int draw = 0; draw < 20 * DRAWS && (draw < DRAWS || best == null); draw++) {
            State made = draw(knobs, knobs.get(WALLS), random);
            if (made != null && (best == null || made.shortest() > best.shortest())) {
                best = made;
            }
            if (best != null && best.shortest() >= knobs.get(MOVES)) {
                break;
            }
        }
        if (best != null) {
            return best;
        }
        // Fallback: the hole in the top left corner, a marble right of it and one below it (left, then up, clears it).
        return fallback(knobs.get(SIZE));
    }

    private static State fallback(int size) {
        int columns = size + 2;
        char[] board = new char[columns * columns];
        for (int cell = 0; cell < board.length; cell++) {
            int row = cell / columns;
            int column = cell % columns;
            board[cell] = row == 0 || column == 0 || row == columns - 1 || column == columns - 1 ? '#' : '-';
        }
        int hole = columns + 1;
        board[hole] = 'H';
        String text = new String(board);
        List<Integer> marbles = List.of(hole + 1, hole + columns);
        int[] found = search(text, columns, marbles);
        return new State(text, columns, marbles, found[0], found[2], found[0] + SLACK);
    }

    /** A random board, or null when it cannot be solved or is solved in one tilt. */
    private static State draw(Knobs knobs, int walls, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int columns = size + 2;
        char[] board = new char[columns * columns];
        List<Integer> floor = new ArrayList<>();
        for (int cell = 0; cell < board.length; cell++) {
            int row = cell / columns;
            int column = cell % columns;
            boolean edge = row == 0 || column == 0 || row == columns - 1 || column == columns - 1;
            board[cell] = edge ? '#' : '-';
            if (!edge) {
                floor.add(cell);
            }
        }
        for (int i = floor.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer kept = floor.get(i);
            floor.set(i, floor.get(j));
            floor.set(j, kept);
        }
        int marbles = knobs.get(MARBLES);
        board[floor.get(0)] = 'H';
        for (int i = 0; i < walls; i++) {
            board[floor.get(1 + marbles + i)] = '#';
        }
        List<Integer> placed = new ArrayList<>(floor.subList(1, 1 + marbles));
        placed.sort(null);
        String text = new String(board);
        int[] found = search(text, columns, placed);
        if (found == null || found[0] < 2) {
            return null;
        }
        return new State(text, columns, placed, found[0], found[2], found[0] + SLACK);
    }

    /** The marbles after a tilt in direction {@code d}, sorted; those that dropped into the hole are gone. */
    static List<Integer> tilt(String board, int columns, List<Integer> marbles, int d) {
        int key = TiltMarblesPlaySearch.tilt(board, key(marbles), steps(columns)[d]);
        return Arrays.stream(TiltMarblesPlaySearch.cells(key)).boxed().toList();
    }

    private static int key(List<Integer> marbles) {
        return TiltMarblesPlaySearch.key(marbles.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int[] steps(int columns) {
        int[] steps = new int[4];
        for (int d = 0; d < 4; d++) {
            steps[d] = Directions.ROW_STEP[d] * columns + Directions.COLUMN_STEP[d];
        }
        return steps;
    }

    /** Breadth-first search to the empty board: {shortest length, first tilt, positions reached}, or null when unsolvable. */
    private static int[] search(String board, int columns, List<Integer> marbles) {
        return TiltMarblesPlaySearch.search(board, key(marbles), steps(columns));
    }

    @Override
    public String opening(State state) {
        return "Let us play tilt marbles. The board below has walls (#), floor (-), one hole (H) and " + state.marbles().size()
                + (state.marbles().size() == 1 ? " marble (o)" : " marbles (o)") + ". Each turn, tilt the whole board up, down,"
                + " left or right by naming the direction, for example \"left\". Every marble then rolls that way, cell by"
                + " cell, until a wall or a marble that has stopped blocks it (the marble farthest along rolls first). A"
                + " marble that rolls onto the hole drops in and is gone. Your goal is to drop every marble into the hole"
                + " within " + state.limit() + " tilts; a tilt that cannot be read wastes the turn.\n\n" + board(state);
    }

    private static String board(State state) {
        char[] cells = state.board().toCharArray();
        for (int marble : state.marbles()) {
            cells[marble] = 'o';
        }
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < cells.length / state.columns(); row++) {
            text.append(row == 0 ? "" : "\n").append(cells, row * state.columns(), state.columns());
        }
        return text + "\nMarbles left: " + state.marbles().size() + ".";
    }

    @Override
    public Turn<State> act(State state, String action) {
        int d = Directions.read(action);
        if (d < 0) {
            return Turn.next(state, "I could not read a tilt: name one of up, down, left or right. Nothing moved.\n" + board(state));
        }
        List<Integer> marbles = tilt(state.board(), state.columns(), state.marbles(), d);
        State next = new State(state.board(), state.columns(), marbles, state.shortest(), state.explored(), state.limit());
        int dropped = state.marbles().size() - marbles.size();
        String text = "You tilted the board " + Directions.NAMES[d] + "." + (dropped == 0 ? "" : dropped == 1 ? " A marble dropped into the hole."
                : " " + dropped + " marbles dropped into the hole.") + "\n" + board(next);
        return marbles.isEmpty() ? Turn.last(next, text + "\nEvery marble is in the hole: you win.") : Turn.next(next, text);
    }

    @Override
    public Score outcome(State state) {
        return state.marbles().isEmpty() ? Score.correct("every marble in the hole")
                : Score.wrong(state.marbles().size() + " marbles are still on the board");
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /** The first tilt of a shortest solution from the board as it stands. */
    @Override
    public String expertAction(State state) {
        int[] found = search(state.board(), state.columns(), state.marbles());
        return Directions.NAMES[found == null || found[1] < 0 ? 0 : found[1]];
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return Directions.NAMES[random.nextInt(4)];
    }

    /** The solver's work: positions its search reached at the start. */
    @Override
    public double cost(State state) {
        return state.explored();
    }
}
