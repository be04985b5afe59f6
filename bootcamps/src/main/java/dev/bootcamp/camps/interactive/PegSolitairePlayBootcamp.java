package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.episodes.Actions;
import dev.bootcamp.camps.kit.playboards.BoardText;
import dev.bootcamp.camps.kit.playboards.CellWords;
import dev.bootcamp.camps.kit.playboards.Directions;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Peg solitaire played jump by jump on a rectangular board: a peg jumps over a neighbouring peg into the empty hole
 * beyond, and the jumped peg is removed; the goal is a single peg. Boards are made by undoing {@code jumps} random jumps
 * from one peg, so they can be solved; the expert takes the first jump of a solution found by a bounded depth-first
 * search ({@link PegSolitairePlaySearch}) from the board it sees, and boards whose search needs more than the budget are
 * drawn again.
 */
@AutoService(Interactive.class)
public final class PegSolitairePlayBootcamp implements Interactive<PegSolitairePlayBootcamp.State> {
    private static final char PEG = 'o';
    private static final char HOLE = '.';
    private static final int SLACK = 2;
    private static final int ATTEMPTS = 400;
    private static final long MAKE_BUDGET = 4_000;
    private static final long PLAY_BUDGET = 200_000;
    private static final Knob<Integer> ROWS = Knob.integer("rows", 3, 7, 5, "rows of the board");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 3, 7, 5, "columns of the board");
    private static final Knob<Integer> JUMPS = Knob.integer("jumps", 2, 20, 6, "jumps needed: the board starts with jumps + 1"
            + " pegs; the player has 2 turns more");
    private static final BootcampInfo INFO = BootcampInfo.builder(PegSolitairePlayBootcamp.class)
            .title("Peg solitaire, jump by jump")
            .domain("interactive")
            .tags("interactive", "puzzle", "peg-solitaire", "planning")
            .summary("Reduce a rows x columns board of jumps + 1 pegs to a single peg, one jump per turn (a peg jumps over an"
                    + " orthogonally adjacent peg into the empty hole beyond, removing the jumped peg), within jumps + 2 turns."
                    + " CORRECT when one peg is left, WRONG otherwise.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(JUMPS)
            .answerShape("one jump per turn: the peg's cell and a direction, such as 'C3 up', or two cells, such as 'C3 C1'")
            .build();

    /** An episode: the board shape, the pegs as bits (row * columns + column), the jumps needed at the start and the turn limit. */
    public record State(int rows, int columns, long pegs, int jumps, int limit) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[][] table = {{4, 4, 3}, {5, 5, 5}, {5, 6, 6}, {6, 6, 7}, {6, 6, 8}, {6, 7, 9}, {6, 7, 10}, {7, 7, 11}, {7, 7, 12},
                {7, 7, 14}};
        int[] row = table[level - 1];
        return INFO.defaults().with(ROWS, row[0]).with(COLUMNS, row[1]).with(JUMPS, row[2]);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(ROWS);
        int columns = knobs.get(COLUMNS);
        int jumps = knobs.get(JUMPS);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long pegs = unjump(rows, columns, jumps, random);
            if (pegs > 0 && new PegSolitairePlaySearch(rows, columns, MAKE_BUDGET).firstJump(pegs) != null) {
                return new State(rows, columns, pegs, jumps, jumps + SLACK);
            }
            if (attempt % 20 == 0 && jumps > 2) {
                jumps--;
            }
        }
        // A1 jumps right to C1, then C1 jumps down over C2 to C3: fits every board of at least 3 x 3.
        return new State(rows, columns, 1L | 1L << 1 | 1L << (columns + 2), 2, 2 + SLACK);
    }

    /** One peg, then {@code jumps} jumps undone at random; 0 when the board runs out of room. */
    private static long unjump(int rows, int columns, int jumps, RandomGenerator random) {
        int cells = rows * columns;
        long pegs = 1L << random.nextInt(cells);
        for (int step = 0; step < jumps; step++) {
            List<int[]> undos = new ArrayList<>();
            for (int cell = 0; cell < cells; cell++) {
                for (int d = 0; d < 4 && (pegs >>> cell & 1) != 0; d++) {
                    int from = PegSolitairePlaySearch.landing(rows, columns, cell, d);
                    if (from >= 0 && (pegs >>> from & 1) == 0 && (pegs >>> ((cell + from) / 2) & 1) == 0) {
                        undos.add(new int[] {cell, from});
                    }
                }
            }
            if (undos.isEmpty()) {
                return 0;
            }
            int[] undo = undos.get(random.nextInt(undos.size()));
            pegs = pegs & ~(1L << undo[0]) | 1L << undo[1] | 1L << ((undo[0] + undo[1]) / 2);
        }
        return pegs;
    }

    @Override
    public String opening(State state) {
        return "Let us play peg solitaire. The board has " + state.rows() + " rows (numbered 1 to " + state.rows() + " from the top)"
                + " and " + state.columns() + " columns (lettered A to " + (char) ('A' + state.columns() - 1) + " from the left);"
                + " each cell is a hole that holds a peg (" + PEG + ") or is empty (" + HOLE + "). Each turn, make one jump: a peg"
                + " jumps over a peg directly next to it (up, down, left or right, never diagonally) into the empty hole just"
                + " beyond, and the peg jumped over is removed. Name the jump by the jumping peg's cell and the direction, for"
                + " example \"C3 up\" (the peg at C3 jumps over C2 into C1), or by the two cells, \"C3 C1\". Your goal is to"
                + " leave a single peg on the board within " + state.limit() + " turns; a jump that cannot be read or is not"
                + " allowed wastes the turn.\n\n" + board(state);
    }

    private static String board(State state) {
        char[] cells = new char[state.rows() * state.columns()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = (state.pegs() >>> i & 1) != 0 ? PEG : HOLE;
        }
        return BoardText.lettered(BoardText.rows(cells, state.rows(), state.columns())) + "\nPegs left: " + Long.bitCount(state.pegs()) + ".";
    }

    @Override
    public Turn<State> act(State state, String action) {
        List<int[]> cells = CellWords.read(action, state.rows(), state.columns(), 2);
        if (cells.isEmpty()) {
            return Turn.next(state, "I could not read a jump: name the peg's cell and a direction, such as \"C3 up\". Nothing changed.");
        }
        int from = cells.get(0)[0] * state.columns() + cells.get(0)[1];
        int direction = Directions.read(action);
        if (direction < 0 && cells.size() == 2) {
            int to = cells.get(1)[0] * state.columns() + cells.get(1)[1];
            for (int d = 0; d < 4; d++) {
                if (PegSolitairePlaySearch.landing(state.rows(), state.columns(), from, d) == to) {
                    direction = d;
                }
            }
        }
        String name = Actions.cellName(cells.get(0)[0], cells.get(0)[1]);
        if (direction < 0) {
            return Turn.next(state, "I could not read where the peg at " + name + " jumps: add a direction (up, down, left, right)"
                    + " or the landing cell two holes away in a straight line. Nothing changed.");
        }
        long pegs = PegSolitairePlaySearch.jump(state.rows(), state.columns(), state.pegs(), from, direction);
        if (pegs < 0) {
            return Turn.next(state, "The peg at " + name + " cannot jump " + Directions.NAMES[direction] + ": a jump needs a peg at "
                    + name + ", a peg next to it that way and an empty hole just beyond, all on the board. Nothing changed.");
        }
        State next = new State(state.rows(), state.columns(), pegs, state.jumps(), state.limit());
        int to = PegSolitairePlaySearch.landing(state.rows(), state.columns(), from, direction);
        String text = "The peg at " + name + " jumped " + Directions.NAMES[direction] + " to "
                + Actions.cellName(to / state.columns(), to % state.columns()) + ".\n" + board(next);
        return Long.bitCount(pegs) == 1 ? Turn.last(next, text + " One peg is left: you win.") : Turn.next(next, text);
    }

    @Override
    public Score outcome(State state) {
        int left = Long.bitCount(state.pegs());
        return left == 1 ? Score.correct("one peg left") : Score.wrong(left + " pegs are left");
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /** The first jump of a way down to one peg, by a bounded depth-first search from the board as it stands. */
    @Override
    public String expertAction(State state) {
        int[] jump = new PegSolitairePlaySearch(state.rows(), state.columns(), PLAY_BUDGET).firstJump(state.pegs());
        if (jump == null) {
            return "A1 up";
        }
        return Actions.cellName(jump[0] / state.columns(), jump[0] % state.columns()) + " " + Directions.NAMES[jump[1]];
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return Actions.cellName(random.nextInt(state.rows()), random.nextInt(state.columns())) + " " + Directions.NAMES[random.nextInt(4)];
    }

    /** The jumps needed: the expert's turns. */
    @Override
    public double cost(State state) {
        return state.jumps();
    }
}
