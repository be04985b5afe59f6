package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Maze exploration under partial observation: the player stands in one room of a hidden maze, sees only which of the
 * four walls of that room have openings, and must walk to the exit, which is the room farthest from the start. The
 * expert explores depth first, remembering the rooms it has seen, and backtracks along its own path.
 */
@AutoService(Interactive.class)
public final class MazeExplorationBootcamp implements Interactive<MazeExplorationBootcamp.State> {
    private static final String[] DIRECTIONS = {"north", "east", "south", "west"};
    private static final int[] ROW_STEP = {-1, 0, 1, 0};
    private static final int[] COLUMN_STEP = {0, 1, 0, -1};
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 14, 6, "the maze is size by size rooms");
    private static final BootcampInfo INFO = BootcampInfo.builder(MazeExplorationBootcamp.class)
            .title("Maze exploration")
            .domain("interactive")
            .tags("interactive", "exploration", "maze", "partial-observation")
            .summary("Walk through a hidden size x size maze of rooms, seeing only the openings of the room you stand in, to"
                    + " the exit (the room farthest from the start) within 2 * (size * size - 1) moves, enough to visit every"
                    + " room depth first. CORRECT when the exit is reached, WRONG otherwise.")
            .knob(SIZE)
            .answerShape("one direction per turn: north, east, south or west")
            .build();

    /**
     * An episode: the openings of each room (bit d set when direction d is open), the start and exit rooms, the rooms
     * walked through so far (the start first), and the move limit.
     */
    public record State(int size, List<Integer> openings, int exit, List<Integer> path, int limit) {
        public State {
            openings = List.copyOf(openings);
            path = List.copyOf(path);
        }

        int at() {
            return path.get(path.size() - 1);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(SIZE, Draw.scale(level, 5, 14));
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        int[] open = new int[size * size];
        boolean[] seen = new boolean[size * size];
        int start = random.nextInt(size * size);
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(start);
        seen[start] = true;
        while (!stack.isEmpty()) {
            int room = stack.peek();
            List<Integer> ways = new ArrayList<>();
            for (int d = 0; d < 4; d++) {
                int next = neighbour(size, room, d);
                if (next >= 0 && !seen[next]) {
                    ways.add(d);
                }
            }
            if (ways.isEmpty()) {
                stack.pop();
                continue;
            }
            int d = Draw.pick(ways, random);
            int next = neighbour(size, room, d);
            open[room] |= 1 << d;
            open[next] |= 1 << ((d + 2) % 4);
            seen[next] = true;
            stack.push(next);
        }
        List<Integer> openings = new ArrayList<>();
        for (int value : open) {
            openings.add(value);
        }
        return new State(size, openings, farthest(size, openings, start), List.of(start), 2 * (size * size - 1));
    }

    private static int neighbour(int size, int room, int direction) {
        int row = room / size + ROW_STEP[direction];
        int column = room % size + COLUMN_STEP[direction];
        return row >= 0 && row < size && column >= 0 && column < size ? row * size + column : -1;
    }

    private static int farthest(int size, List<Integer> openings, int start) {
        int[] distance = new int[size * size];
        java.util.Arrays.fill(distance, -1);
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        distance[start] = 0;
        int last = start;
        while (!queue.isEmpty()) {
            last = queue.poll();
            for (int d = 0; d < 4; d++) {
                int next = neighbour(size, last, d);
                if ((openings.get(last) & (1 << d)) != 0 && distance[next] < 0) {
                    distance[next] = distance[last] + 1;
                    queue.add(next);
                }
            }
        }
        return last;
    }

    @Override
    public String opening(State state) {
        return "You are in a maze of " + state.size() + " by " + state.size() + " square rooms, rows numbered 1 to " + state.size()
                + " from north to south and columns 1 to " + state.size() + " from west to east. Rooms are joined by openings"
                + " in their walls; the outer walls have none, and there is exactly one way between any two rooms. You can"
                + " see only the room you stand in. Somewhere is the exit room. Each turn, move through one opening by naming"
                + " its direction: north, east, south or west. Walking into a wall wastes the turn. You have " + state.limit()
                + " turns to reach the exit.\n\n" + describe(state);
    }

    private static String describe(State state) {
        int room = state.at();
        List<String> ways = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            if ((state.openings().get(room) & (1 << d)) != 0) {
                ways.add(DIRECTIONS[d]);
            }
        }
        return "You are in the room at row " + (room / state.size() + 1) + ", column " + (room % state.size() + 1) + ". Openings: "
                + String.join(", ", ways) + "." + (room == state.exit() ? " This is the exit!" : "");
    }

    @Override
    public Turn<State> act(State state, String action) {
        String text = action.toLowerCase(Locale.ROOT);
        int direction = -1;
        int earliest = Integer.MAX_VALUE;
        for (int d = 0; d < 4; d++) {
            int at = text.indexOf(DIRECTIONS[d]);
            if (at >= 0 && at < earliest) {
                earliest = at;
                direction = d;
            }
        }
        if (direction < 0) {
            return Turn.next(state, "Name a direction: north, east, south or west. " + describe(state));
        }
        if ((state.openings().get(state.at()) & (1 << direction)) == 0) {
            return Turn.next(state, "There is a wall to the " + DIRECTIONS[direction] + ". " + describe(state));
        }
        List<Integer> path = new ArrayList<>(state.path());
        path.add(neighbour(state.size(), state.at(), direction));
        State next = new State(state.size(), state.openings(), state.exit(), path, state.limit());
        return next.at() == next.exit() ? Turn.last(next, describe(next)) : Turn.next(next, describe(next));
    }

    @Override
    public Score outcome(State state) {
        return state.at() == state.exit() ? Score.correct("the exit reached in " + (state.path().size() - 1) + " moves")
                : Score.wrong("the exit was at row " + (state.exit() / state.size() + 1) + ", column " + (state.exit() % state.size() + 1));
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /** Depth first: the first unseen open neighbour (north, east, south, west), else back along the path it came by. */
    @Override
    public String expertAction(State state) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> trail = new ArrayDeque<>();
        for (int room : state.path()) {
            if (!trail.isEmpty() && trail.size() > 1 && room == secondOf(trail)) {
                trail.pop();
            } else if (trail.isEmpty() || room != trail.peek()) {
                trail.push(room);
            }
            seen.add(room);
        }
        int room = state.at();
        for (int d = 0; d < 4; d++) {
            int next = neighbour(state.size(), room, d);
            if ((state.openings().get(room) & (1 << d)) != 0 && !seen.contains(next)) {
                return DIRECTIONS[d];
            }
        }
        trail.pop();
        int back = trail.isEmpty() ? room : trail.peek();
        for (int d = 0; d < 4; d++) {
            if (neighbour(state.size(), room, d) == back && (state.openings().get(room) & (1 << d)) != 0) {
                return DIRECTIONS[d];
            }
        }
        return DIRECTIONS[0];
    }

    private static int secondOf(Deque<Integer> trail) {
        var it = trail.iterator();
        it.next();
        return it.next();
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return DIRECTIONS[random.nextInt(4)];
    }

    @Override
    public double cost(State state) {
        return state.size() * state.size();
    }
}
