package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.playboards.BoxPushing;
import dev.bootcamp.camps.kit.playboards.Directions;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Sokoban played move by move: walk the player around a walled room and push the boxes onto the goals. Each room gets
 * random inner walls and goals, and its start is drawn among the positions exactly {@code moves} moves from solved, by a
 * breadth-first search backwards from the solved positions ({@link BoxPushing#drawAt}); the player has the shortest
 * solution's moves plus a margin. The expert takes the first move of
 * a shortest solution from the position it sees.
 */
@AutoService(Interactive.class)
public final class SokobanPlayBootcamp implements Interactive<SokobanPlayBootcamp.State> {
    private static final int TRIES = 20;
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 7, 5, "the room's floor area is size x size inside its walls");
    private static final Knob<Integer> BOXES = Knob.integer("boxes", 1, 2, 1, "boxes (and goals)");
    private static final Knob<Integer> WALLS = Knob.integer("walls", 0, 8, 2, "extra wall cells inside the room");
    private static final Knob<Integer> MOVES = Knob.integer("moves", 3, 120, 12, "the shortest solution's length in moves"
            + " (or the room's longest, when no position is that far)");
    private static final BootcampInfo INFO = BootcampInfo.builder(SokobanPlayBootcamp.class)
            .title("Sokoban, move by move")
            .domain("interactive")
            .tags("interactive", "puzzle", "sokoban", "planning")
            .summary("Push every box onto a goal in a walled room, one step per turn (up, down, left, right; walking into a"
                    + " box pushes it if the cell beyond is free), within the shortest solution's moves plus 3 + a quarter."
                    + " CORRECT when every box is on a goal, WRONG otherwise.")
            .knob(SIZE)
            .knob(BOXES)
            .knob(WALLS)
            .knob(MOVES)
            .answerShape("one direction per turn: up, down, left or right")
            .build();

    /**
     * An episode: the room (row-major, '#' wall, '.' goal, '-' floor) and its width, the player's cell, the boxes' cells
     * (sorted), the shortest solution's length at the start and the move limit.
     */
    public record State(String room, int columns, int player, List<Integer> boxes, int shortest, int limit) {
        public State {
            boxes = List.copyOf(boxes);
        }

        int[] boxArray() {
            return boxes.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[][] table = {{4, 1, 1, 6}, {5, 1, 2, 9}, {5, 1, 3, 12}, {5, 2, 2, 14}, {5, 2, 3, 16}, {6, 2, 3, 18}, {6, 2, 4, 21},
                {6, 2, 5, 24}, {6, 2, 6, 27}, {6, 2, 6, 30}};
        int[] row = table[level - 1];
        return INFO.defaults().with(SIZE, row[0]).with(BOXES, row[1]).with(WALLS, row[2]).with(MOVES, row[3]);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        for (int attempt = 0; attempt < 2 * TRIES; attempt++) {
            State made = make(knobs, attempt < TRIES ? knobs.get(WALLS) : 0, true, random);
            if (made != null) {
                return made;
            }
        }
        return make(knobs, 0, false, random);
    }

    /**
     * A room with a position drawn at the wanted distance, or ({@code strict}) null when that position is solved by one
     * direction alone.
     */
    private static State make(Knobs knobs, int walls, boolean strict, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int columns = size + 2;
        char[] room = new char[columns * columns];
        for (int cell = 0; cell < room.length; cell++) {
            int row = cell / columns;
            int column = cell % columns;
            room[cell] = row == 0 || column == 0 || row == columns - 1 || column == columns - 1 ? '#' : '-';
        }
        for (int wall = 0; wall < walls; wall++) {
            int cell = (1 + random.nextInt(size)) * columns + 1 + random.nextInt(size);
            room[cell] = '#';
            if (!connected(new String(room), columns)) {
                room[cell] = '-';
            }
        }
        int boxes = knobs.get(BOXES);
        int[] cells = floorCells(room, random);
        int[] goals = Arrays.copyOf(cells, boxes);
        for (int goal : goals) {
            room[goal] = '.';
        }
        String text = new String(room);
        int[] drawn = BoxPushing.drawAt(text, columns, goals, knobs.get(MOVES), random);
        int distance = drawn[0];
        int[] placed = Arrays.copyOfRange(drawn, 2, drawn.length);
        if (strict && distance < 2) {
            return null;
        }
        if (strict && distance <= 2 * size) {
            int[] path = BoxPushing.solve(text, columns, drawn[1], placed);
            if (path == null || oneDirection(path)) {
                return null;
            }
        }
        List<Integer> boxList = Arrays.stream(placed).boxed().toList();
        return new State(text, columns, drawn[1], boxList, distance, distance + 3 + distance / 4);
    }

    private static boolean oneDirection(int[] path) {
        for (int d : path) {
            if (d != path[0]) {
                return false;
            }
        }
        return true;
    }

    private static int[] floorCells(char[] room, RandomGenerator random) {
        int[] cells = new int[room.length];
        int count = 0;
        for (int cell = 0; cell < room.length; cell++) {
            if (room[cell] != '#') {
                cells[count++] = cell;
            }
        }
        int[] floor = Arrays.copyOf(cells, count);
        for (int i = floor.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int kept = floor[i];
            floor[i] = floor[j];
            floor[j] = kept;
        }
        return floor;
    }

    private static boolean connected(String room, int columns) {
        int first = room.indexOf('-');
        boolean[] seen = new boolean[room.length()];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(first);
        seen[first] = true;
        int reached = 1;
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            for (int d = 0; d < 4; d++) {
                int next = BoxPushing.neighbour(room, columns, cell, d);
                if (next >= 0 && !seen[next]) {
                    seen[next] = true;
                    reached++;
                    queue.add(next);
                }
            }
        }
        return reached == room.chars().filter(c -> c != '#').count();
    }

    @Override
    public String opening(State state) {
        return "Let us play Sokoban. You are the worker (@) in a room with walls (#), floor (-), goals (.) and " + state.boxes().size()
                + (state.boxes().size() == 1 ? " box ($)" : " boxes ($)") + "; a box on a goal is shown as *, and you on a goal as +."
                + " Each turn, step one cell up, down, left or right by naming the direction, for example \"left\". Walking into"
                + " a box pushes it one cell further the same way, but only if that cell is floor or a goal without a box:"
                + " you cannot pull boxes, push two at once, or walk through walls. A box pushed into a corner can never"
                + " leave it. Your goal is to have every box on a goal within " + state.limit() + " moves; a move that cannot"
                + " be read or is blocked wastes the turn.\n\n" + board(state);
    }

    private static String board(State state) {
        char[] cells = state.room().toCharArray();
        for (int box : state.boxes()) {
            cells[box] = cells[box] == '.' ? '*' : '$';
        }
        cells[state.player()] = cells[state.player()] == '.' ? '+' : '@';
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < cells.length / state.columns(); row++) {
            text.append(row == 0 ? "" : "\n").append(cells, row * state.columns(), state.columns());
        }
        long onGoals = state.boxes().stream().filter(box -> state.room().charAt(box) == '.').count();
        return text + "\nBoxes on goals: " + onGoals + " of " + state.boxes().size() + ".";
    }

    @Override
    public Turn<State> act(State state, String action) {
        int d = Directions.read(action);
        if (d < 0) {
            return Turn.next(state, "I could not read a direction: name one of up, down, left or right. Nothing moved.\n" + board(state));
        }
        int[] boxes = state.boxArray();
        int[] next = BoxPushing.step(state.room(), state.columns(), state.player(), boxes, d);
        if (next == null) {
            return Turn.next(state, "You cannot move " + Directions.NAMES[d] + ": the way is blocked. Nothing moved.\n" + board(state));
        }
        int[] moved = Arrays.copyOfRange(next, 1, next.length);
        State after = new State(state.room(), state.columns(), next[0], Arrays.stream(moved).boxed().toList(),
                state.shortest(), state.limit());
        boolean pushed = !Arrays.equals(moved, boxes);
        String text = (pushed ? "You pushed a box " : "You moved ") + Directions.NAMES[d] + ".\n" + board(after);
        return BoxPushing.solved(state.room(), moved) ? Turn.last(after, text + "\nEvery box is on a goal: you win.") : Turn.next(after, text);
    }

    @Override
    public Score outcome(State state) {
        return BoxPushing.solved(state.room(), state.boxArray()) ? Score.correct("every box on a goal")
                : Score.wrong("not every box is on a goal");
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /** The first move of a shortest solution from the position as it stands. */
    @Override
    public String expertAction(State state) {
        int[] path = BoxPushing.solve(state.room(), state.columns(), state.player(), state.boxArray());
        return Directions.NAMES[path == null || path.length == 0 ? 0 : path[0]];
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return Directions.NAMES[random.nextInt(4)];
    }

    /** The length of the shortest solution at the start: the expert's moves. */
    @Override
    public double cost(State state) {
        return state.shortest();
    }
}
