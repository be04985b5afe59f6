package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.episodes.Actions;
import dev.bootcamp.camps.kit.playboards.BoardText;
import dev.bootcamp.camps.kit.playboards.LightsAlgebra;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Lights Out played press by press: a board of lights, some on; pressing a cell toggles it and its orthogonal
 * neighbours; turn every light off within the press limit. Boards are made by pressing {@code presses} distinct cells
 * of a dark board whose press matrix is invertible, so the shortest solution has exactly that many presses. The expert
 * solves the board it sees over GF(2) and presses the first cell of the solution.
 */
@AutoService(Interactive.class)
public final class LightsOutPlayBootcamp implements Interactive<LightsOutPlayBootcamp.State> {
    private static final char ON = '*';
    private static final char OFF = '.';
    private static final int SLACK = 3;
    /** Board shapes whose every board has exactly one solution. */
    private static final int[][] SHAPES = {{3, 3}, {4, 5}, {4, 6}, {4, 7}, {4, 8}, {6, 6}, {6, 7}, {7, 7}, {8, 8}};
    private static final Knob<Integer> SHAPE = Knob.integer("shape", 1, 9, 5, "the board shape: 1 3x3, 2 4x5, 3 4x6, 4 4x7,"
            + " 5 4x8, 6 6x6, 7 6x7, 8 7x7, 9 8x8 (each with one solution per board)");
    private static final Knob<Integer> PRESSES = Knob.integer("presses", 2, 24, 8, "how many distinct cells were pressed to make"
            + " the board (the length of its shortest solution); the player has 3 presses more");
    private static final BootcampInfo INFO = BootcampInfo.builder(LightsOutPlayBootcamp.class)
            .title("Lights Out, press by press")
            .domain("interactive")
            .tags("interactive", "puzzle", "lights-out", "linear-algebra")
            .summary("Turn off every light of a Lights Out board, pressing one cell per turn (a press toggles the cell and its"
                    + " orthogonal neighbours), within `presses` + 3 presses; the board is shown after each press. CORRECT when"
                    + " all lights are off, WRONG otherwise.")
            .knob(SHAPE)
            .knob(PRESSES)
            .answerShape("one cell per turn, column letter and row number, such as 'B3'")
            .build();

    /** An episode: the board shape, the lit cells as bits (row * columns + column), the shortest solution's length at the start and the press limit. */
    public record State(int rows, int columns, long lit, int shortest, int limit) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[] presses = {3, 5, 6, 7, 8, 9, 10, 11, 13, 15};
        int[] shapes = {1, 2, 3, 4, 5, 6, 7, 8, 8, 9};
        return INFO.defaults().with(SHAPE, shapes[level - 1]).with(PRESSES, presses[level - 1]);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int[] shape = SHAPES[knobs.get(SHAPE) - 1];
        int cells = shape[0] * shape[1];
        int presses = Math.min(knobs.get(PRESSES), cells - 1);
        int[] order = Draw.permutation(cells, random);
        long lit = 0;
        for (int i = 0; i < presses; i++) {
            lit ^= LightsAlgebra.press(shape[0], shape[1], order[i]);
        }
        return new State(shape[0], shape[1], lit, presses, presses + SLACK);
    }

    @Override
    public String opening(State state) {
        return "Let us play Lights Out. The board has " + state.rows() + " rows (numbered 1 to " + state.rows() + " from the top)"
                + " and " + state.columns() + " columns (lettered A to " + (char) ('A' + state.columns() - 1) + " from the left)."
                + " Each cell is a light, on (" + ON + ") or off (" + OFF + "). Each turn, press one cell by naming it, column"
                + " letter then row number, for example \"B2\". A press toggles that cell and the cells directly above, below,"
                + " left and right of it (those inside the board): on becomes off and off becomes on. Diagonal cells are not"
                + " touched. Your goal is to turn every light off within " + state.limit() + " presses; an action that names no"
                + " cell of the board wastes the turn.\n\n" + board(state);
    }

    private static String board(State state) {
        char[] cells = new char[state.rows() * state.columns()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = (state.lit() >>> i & 1) != 0 ? ON : OFF;
        }
        return BoardText.lettered(BoardText.rows(cells, state.rows(), state.columns())) + "\nLights on: " + Long.bitCount(state.lit()) + ".";
    }

    @Override
    public Turn<State> act(State state, String action) {
        Optional<int[]> cell = Actions.cell(action, state.rows(), state.columns());
        if (cell.isEmpty()) {
            return Turn.next(state, "I could not read a cell of the board: name one such as \"B2\" (columns A to "
                    + (char) ('A' + state.columns() - 1) + ", rows 1 to " + state.rows() + "). Nothing changed.\n" + board(state));
        }
        int[] at = cell.get();
        long lit = state.lit() ^ LightsAlgebra.press(state.rows(), state.columns(), at[0] * state.columns() + at[1]);
        State next = new State(state.rows(), state.columns(), lit, state.shortest(), state.limit());
        String text = "You pressed " + Actions.cellName(at[0], at[1]) + ".\n" + board(next);
        return lit == 0 ? Turn.last(next, text + " All lights are off: you win.") : Turn.next(next, text);
    }

    @Override
    public Score outcome(State state) {
        return state.lit() == 0 ? Score.correct("every light is off")
                : Score.wrong(Long.bitCount(state.lit()) + " lights are still on");
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    @Override
    public String expertAction(State state) {
        long presses = LightsAlgebra.solve(state.rows(), state.columns(), state.lit()).orElse(1L);
        int cell = Long.numberOfTrailingZeros(presses == 0 ? 1L : presses);
        return Actions.cellName(cell / state.columns(), cell % state.columns());
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return Actions.cellName(random.nextInt(state.rows()), random.nextInt(state.columns()));
    }

    /** The length of the shortest solution at the start: the expert's presses. */
    @Override
    public double cost(State state) {
        return state.shortest();
    }
}
