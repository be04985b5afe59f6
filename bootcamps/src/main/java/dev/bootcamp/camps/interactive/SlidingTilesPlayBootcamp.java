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
import dev.bootcamp.camps.kit.playboards.Directions;
import dev.bootcamp.camps.kit.playboards.TileTable;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * A sliding-tile puzzle played move by move: numbered tiles and one gap on a small board; each turn slides one tile
 * next to the gap into it, and the goal is a given arrangement (tiles in a shuffled order, the gap bottom right) within
 * a move limit. The start lies exactly {@code distance} moves from the goal, drawn uniformly among such positions from
 * an exact distance table ({@link TileTable}); the expert slides a tile that brings the board one move closer.
 */
@AutoService(Interactive.class)
public final class SlidingTilesPlayBootcamp implements Interactive<SlidingTilesPlayBootcamp.State> {
    private static final int[][] SHAPES = {{2, 3}, {2, 4}, {3, 3}};
    private static final Knob<Integer> SHAPE = Knob.integer("shape", 1, 3, 3, "the board: 1 is 2x3, 2 is 2x4, 3 is 3x3");
    private static final Knob<Integer> DISTANCE = Knob.integer("distance", 2, 30, 14, "the fewest moves from the start to the"
            + " goal (capped at the board's largest distance); the player has distance + 2 + distance / 4 moves");
    private static final BootcampInfo INFO = BootcampInfo.builder(SlidingTilesPlayBootcamp.class)
            .title("Sliding tiles, move by move")
            .domain("interactive")
            .tags("interactive", "puzzle", "sliding-puzzle", "planning")
            .summary("Slide the numbered tiles of a 2x3, 2x4 or 3x3 board, one tile into the gap per turn, until the board"
                    + " matches a shown goal arrangement; the start is exactly `distance` moves from the goal and the player"
                    + " has distance + 2 + distance / 4 moves. CORRECT when the goal is reached, WRONG otherwise.")
            .knob(SHAPE)
            .knob(DISTANCE)
            .answerShape("one move per turn: the direction a tile slides (up, down, left, right) or the number of a tile next to the gap")
            .build();

    /** An episode: the board shape, the goal and the current position (digits row by row, '0' the gap), the start's distance and the move limit. */
    public record State(int rows, int columns, String goal, String position, int distance, int limit) {}

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[] shapes = {1, 2, 2, 2, 3, 3, 3, 3, 3, 3};
        int[] distances = {5, 8, 10, 12, 14, 16, 18, 20, 22, 24};
        return INFO.defaults().with(SHAPE, shapes[level - 1]).with(DISTANCE, distances[level - 1]);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int[] shape = SHAPES[knobs.get(SHAPE) - 1];
        TileTable table = TileTable.of(shape[0], shape[1]);
        int distance = Math.min(knobs.get(DISTANCE), table.maxDistance());
        String canonical = table.random(distance, random);
        int[] labels = Draw.permutation(shape[0] * shape[1] - 1, random);
        StringBuilder goal = new StringBuilder();
        for (int label : labels) {
            goal.append((char) ('1' + label));
        }
        goal.append('0');
        StringBuilder position = new StringBuilder();
        for (int i = 0; i < canonical.length(); i++) {
            int tile = canonical.charAt(i) - '0';
            position.append(tile == 0 ? '0' : goal.charAt(tile - 1));
        }
        return new State(shape[0], shape[1], goal.toString(), position.toString(), distance, distance + 2 + distance / 4);
    }

    /** How far a position is from the state's goal: tiles renamed by their goal cells, then looked up. */
    private static int distance(State state, String position) {
        StringBuilder canonical = new StringBuilder();
        for (int i = 0; i < position.length(); i++) {
            char tile = position.charAt(i);
            canonical.append(tile == '0' ? '0' : (char) ('1' + state.goal().indexOf(tile)));
        }
        return TileTable.of(state.rows(), state.columns()).distance(canonical.toString());
    }

    @Override
    public String opening(State state) {
        return "Let us play a sliding-tile puzzle. The board has " + state.rows() + " rows and " + state.columns() + " columns:"
                + " tiles numbered 1 to " + (state.rows() * state.columns() - 1) + " and one gap, shown as \".\". Each turn,"
                + " slide one tile that is next to the gap (above, below, left or right of it) into the gap. Name the move by"
                + " the direction the tile slides, for example \"up\" slides the tile below the gap up into it (and \"left\""
                + " slides the tile right of the gap to the left), or by the tile's number, for example \"3\". A move that"
                + " cannot be made, or cannot be read, wastes the turn. Your goal is to make the board look exactly like the"
                + " goal below within " + state.limit() + " moves.\n\nGoal:\n" + grid(state, state.goal()) + "\n\n" + board(state);
    }

    private static String grid(State state, String position) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < state.rows(); row++) {
            text.append(row == 0 ? "" : "\n");
            for (int column = 0; column < state.columns(); column++) {
                char tile = position.charAt(row * state.columns() + column);
                text.append(column == 0 ? "" : " ").append(tile == '0' ? '.' : tile);
            }
        }
        return text.toString();
    }

    private static String board(State state) {
        return "Board now:\n" + grid(state, state.position());
    }

    @Override
    public Turn<State> act(State state, String action) {
        int direction = Directions.read(action);
        int gap = state.position().indexOf('0');
        if (direction < 0) {
            OptionalLong number = Actions.firstNumber(action);
            int tile = number.isPresent() && number.getAsLong() >= 1 && number.getAsLong() < state.position().length()
                    ? state.position().indexOf((char) ('0' + number.getAsLong())) : -1;
            for (int d = 0; d < 4 && tile >= 0; d++) {
                TileTable table = TileTable.of(state.rows(), state.columns());
                String moved = table.moveGap(state.position(), (d + 2) % 4);
                if (moved != null && moved.charAt(tile) == '0') {
                    direction = d;
                }
            }
            if (tile >= 0 && direction < 0) {
                return Turn.next(state, "Tile " + number.getAsLong() + " is not next to the gap. Nothing moved.\n" + board(state));
            }
        }
        if (direction < 0) {
            return Turn.next(state, "I could not read a move: give a direction (up, down, left, right) or the number of a tile"
                    + " next to the gap. Nothing moved.\n" + board(state));
        }
        String moved = TileTable.of(state.rows(), state.columns()).moveGap(state.position(), (direction + 2) % 4);
        if (moved == null) {
            return Turn.next(state, "No tile can slide " + Directions.NAMES[direction] + ": the gap is at the edge. Nothing moved.\n"
                    + board(state));
        }
        char tile = state.position().charAt(moved.indexOf('0'));
        State next = new State(state.rows(), state.columns(), state.goal(), moved, state.distance(), state.limit());
        String text = "Tile " + tile + " slid " + Directions.NAMES[direction] + ".\n" + board(next);
        return moved.equals(state.goal()) ? Turn.last(next, text + "\nThe board matches the goal: you win.") : Turn.next(next, text);
    }

    @Override
    public Score outcome(State state) {
        return state.position().equals(state.goal()) ? Score.correct("the goal reached")
                : Score.wrong("the board is still " + distance(state, state.position()) + " moves from the goal");
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /** A slide that brings the board one move closer to the goal, by the exact distance table. */
    @Override
    public String expertAction(State state) {
        int now = distance(state, state.position());
        TileTable table = TileTable.of(state.rows(), state.columns());
        for (int d = 0; d < 4; d++) {
            String moved = table.moveGap(state.position(), (d + 2) % 4);
            if (moved != null && distance(state, moved) == now - 1) {
                return Directions.NAMES[d];
            }
        }
        return Directions.NAMES[0];
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return Directions.NAMES[random.nextInt(4)];
    }

    /** The fewest moves from the start to the goal: the expert's moves. */
    @Override
    public double cost(State state) {
        return state.distance();
    }
}
