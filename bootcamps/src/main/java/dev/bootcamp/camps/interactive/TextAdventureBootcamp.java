package dev.bootcamp.camps.interactive;

import static dev.bootcamp.camps.interactive.TextAdventureWorld.COLOURS;
import static dev.bootcamp.camps.interactive.TextAdventureWorld.DIRECTIONS;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.tools.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A text adventure in a generated house: rooms joined by exits north, east, south and west, doors with coloured locks,
 * keys lying about, and a treasure in the room farthest from the entrance. The player sees only the room it stands in,
 * must find the keys, open the doors, take the treasure and carry it back to the entrance hall. The turn limit lets a
 * player who explores every room once and remembers the map walk back to each door and home again. The expert plays
 * from what it has seen: it explores the nearest unvisited room, picks up what it finds, opens a door once it holds its
 * key, and carries the treasure home.
 */
@AutoService(Interactive.class)
public final class TextAdventureBootcamp implements Interactive<TextAdventureBootcamp.State> {
    private static final List<String> VERBS = List.of("go", "walk", "move", "head", "enter", "north", "east", "south", "west", "take", "get", "pick", "grab", "open", "unlock", "look", "inventory");
    private static final Knob<Integer> ROOMS = Knob.integer("rooms", 3, 40, 10, "how many rooms the house has");
    private static final Knob<Integer> LOCKS = Knob.integer("locks", 0, 8, 2, "how many locked doors stand between the entrance and the treasure");
    private static final BootcampInfo INFO = BootcampInfo.builder(TextAdventureBootcamp.class)
            .title("Text adventure: keys, doors and a treasure")
            .domain("interactive")
            .tags("interactive", "exploration", "text-adventure", "planning", "partial-observation")
            .summary("Explore a generated house of `rooms` rooms, seeing only the room you stand in; find the coloured keys,"
                    + " open the `locks` locked doors on the way, take the treasure and bring it back to the entrance hall."
                    + " Commands: go DIRECTION, take ITEM, open DIRECTION, look, inventory. CORRECT when the treasure is back in"
                    + " the entrance hall within the turn limit (2 * (rooms - 1) + (locks + 1) * rooms + 2 * locks + 2), WRONG otherwise.")
            .knob(ROOMS)
            .knob(LOCKS)
            .answerShape("one command per turn, such as 'go north', 'take red key', 'open east', 'look'")
            .build();

    /**
     * An episode: room names (the entrance hall first), the neighbour of each room in each direction (4 per room, -1 for
     * a wall), the lock colour of each exit (-1 for none), the room of each key (-1 once carried), the colours opened,
     * the treasure's room (-1 once carried), whether it is home, the room the player is in, the rooms it has been in (in
     * order) and the turn limit.
     */
    public record State(List<String> names, List<Integer> links, List<Integer> lockAt, List<Integer> keyRooms, List<Integer> opened,
            int treasure, boolean won, int at, List<Integer> visited, int limit) {
        public State {
            names = List.copyOf(names);
            links = List.copyOf(links);
            lockAt = List.copyOf(lockAt);
            keyRooms = List.copyOf(keyRooms);
            opened = List.copyOf(opened);
            visited = List.copyOf(visited);
        }

        boolean passable(int room, int direction) {
            int lock = lockAt.get(room * 4 + direction);
            return links.get(room * 4 + direction) >= 0 && (lock < 0 || opened.contains(lock));
        }

        State with(List<Integer> keys, List<Integer> open, int treasureRoom, boolean home, int room) {
            List<Integer> seen = visited;
            if (!visited.contains(room)) {
                seen = new ArrayList<>(visited);
                seen.add(room);
            }
            return new State(names, links, lockAt, keys, open, treasureRoom, home, room, seen, limit);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(ROOMS, Draw.scale(level, 6, 30)).with(LOCKS, Draw.scale(level, 1, 5));
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        State state = TextAdventureWorld.generate(knobs.get(ROOMS), Math.min(knobs.get(LOCKS), COLOURS.size()), random);
        int rooms = state.names().size();
        int locks = state.keyRooms().size();
        int limit = 2 * (rooms - 1) + (locks + 1) * rooms + 2 * locks + 2;
        return new State(state.names(), state.links(), state.lockAt(), state.keyRooms(), List.of(), state.treasure(), false, 0, List.of(0), limit);
    }

    @Override
    public String opening(State state) {
        return "You stand in the entrance hall of an old house. Somewhere inside lies a treasure. Take it and bring it back"
                + " here to the entrance hall to win.\n\n"
                + "The house has " + state.names().size() + " rooms joined by exits to the north, east, south and west; going north"
                + " and then south brings you back where you were. You see only the room you are in. Some exits are doors with a"
                + " coloured lock: a door opens with the key of its colour, which lies somewhere you can reach before that door."
                + " An opened door stays open. You can carry any number of things.\n\n"
                + "Commands, one per turn: \"go DIRECTION\" (or just the direction, such as \"north\"), \"take ITEM\" (such as"
                + " \"take red key\" or \"take treasure\"), \"open DIRECTION\" (opens the locked door that way if you carry its"
                + " key), \"look\" and \"inventory\". A command that cannot be read or carried out still costs the turn. You have "
                + state.limit() + " turns.\n\n" + describe(state);
    }

    static String describe(State state) {
        int room = state.at();
        List<String> exits = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            if (state.links().get(room * 4 + d) >= 0) {
                int lock = state.lockAt().get(room * 4 + d);
                exits.add(DIRECTIONS[d] + (lock < 0 ? "" : state.opened().contains(lock) ? " (an open " + COLOURS.get(lock) + " door)"
                        : " (a door with a " + COLOURS.get(lock) + " lock, locked)"));
            }
        }
        List<String> items = new ArrayList<>();
        for (int colour = 0; colour < state.keyRooms().size(); colour++) {
            if (state.keyRooms().get(colour) == room) {
                items.add("a " + COLOURS.get(colour) + " key");
            }
        }
        if (state.treasure() == room) {
            items.add("the treasure");
        }
        return "You are in the " + state.names().get(room) + ". Exits: " + String.join(", ", exits) + "."
                + (items.isEmpty() ? "" : " You see " + String.join(" and ", items) + ".");
    }

    @Override
    public Turn<State> act(State state, String action) {
        Command command = Command.read(action, VERBS);
        List<String> words = command.words(6);
        int direction = direction(command.verb());
        if (command.is("go", "walk", "move", "head", "enter")) {
            direction = words.isEmpty() ? -1 : direction(words.get(0));
            if (direction < 0) {
                return Turn.next(state, "Go which way? Say \"go north\", \"go east\", \"go south\" or \"go west\".");
            }
        }
        if (direction >= 0) {
            return move(state, direction);
        }
        if (command.is("take", "get", "pick", "grab")) {
            return take(state, words);
        }
        if (command.is("open", "unlock")) {
            return open(state, words);
        }
        if (command.is("look", "l")) {
            return Turn.next(state, describe(state));
        }
        if (command.is("inventory", "i", "inv")) {
            return Turn.next(state, "You carry: " + inventory(state) + ".");
        }
        return Turn.next(state, "Unreadable command \"" + Command.abbreviate(action, 40) + "\". Use go DIRECTION, take ITEM, open"
                + " DIRECTION, look or inventory.");
    }

    private static int direction(String word) {
        for (int d = 0; d < 4; d++) {
            if (DIRECTIONS[d].equals(word) || DIRECTIONS[d].substring(0, 1).equals(word)) {
                return d;
            }
        }
        return -1;
    }

    private static Turn<State> move(State state, int direction) {
        int room = state.at();
        if (state.links().get(room * 4 + direction) < 0) {
            return Turn.next(state, "There is no exit to the " + DIRECTIONS[direction] + ". " + describe(state));
        }
        if (!state.passable(room, direction)) {
            return Turn.next(state, "The " + COLOURS.get(state.lockAt().get(room * 4 + direction)) + " door to the " + DIRECTIONS[direction]
                    + " is locked.");
        }
        int next = state.links().get(room * 4 + direction);
        boolean home = next == 0 && state.treasure() < 0;
        State moved = state.with(state.keyRooms(), state.opened(), state.treasure(), home, next);
        return home ? Turn.last(moved, describe(moved) + " You are back in the entrance hall with the treasure. You win!")
                : Turn.next(moved, describe(moved));
    }

    private static Turn<State> take(State state, List<String> words) {
        int room = state.at();
        if (words.contains("treasure")) {
            if (state.treasure() != room) {
                return Turn.next(state, state.treasure() < 0 ? "You already carry the treasure." : "The treasure is not here.");
            }
            return Turn.next(state.with(state.keyRooms(), state.opened(), -1, false, room), "You take the treasure.");
        }
        int colour = -1;
        for (String word : words) {
            colour = colour < 0 ? COLOURS.indexOf(word) : colour;
        }
        if (colour < 0 || colour >= state.keyRooms().size()) {
            List<Integer> here = new ArrayList<>();
            for (int c = 0; c < state.keyRooms().size(); c++) {
                if (state.keyRooms().get(c) == room) {
                    here.add(c);
                }
            }
            if (colour >= 0 || !words.contains("key") || here.size() != 1) {
                return Turn.next(state, "Take what? Name a thing you see, such as \"take red key\" or \"take treasure\". " + describe(state));
            }
            colour = here.get(0);
        }
        if (state.keyRooms().get(colour) != room) {
            return Turn.next(state, state.keyRooms().get(colour) < 0 ? "You already carry the " + COLOURS.get(colour) + " key."
                    : "There is no " + COLOURS.get(colour) + " key here.");
        }
        List<Integer> keys = new ArrayList<>(state.keyRooms());
        keys.set(colour, -1);
        return Turn.next(state.with(keys, state.opened(), state.treasure(), false, room), "You take the " + COLOURS.get(colour) + " key.");
    }

    private static Turn<State> open(State state, List<String> words) {
        int room = state.at();
        int direction = -1;
        List<Integer> locked = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            if (state.lockAt().get(room * 4 + d) >= 0 && !state.passable(room, d)) {
                locked.add(d);
            }
        }
        for (String word : words) {
            direction = direction < 0 ? direction(word) : direction;
        }
        if (direction < 0 && locked.size() == 1) {
            direction = locked.get(0);
        }
        if (direction < 0 || !locked.contains(direction)) {
            return Turn.next(state, (locked.isEmpty() ? "There is no locked door here. " : "Open which door? Say \"open DIRECTION\". ")
                    + describe(state));
        }
        int colour = state.lockAt().get(room * 4 + direction);
        if (state.keyRooms().get(colour) >= 0) {
            return Turn.next(state, "The door to the " + DIRECTIONS[direction] + " needs the " + COLOURS.get(colour) + " key, which you do not carry.");
        }
        List<Integer> open = new ArrayList<>(state.opened());
        open.add(colour);
        return Turn.next(state.with(state.keyRooms(), open, state.treasure(), false, room), "You open the " + COLOURS.get(colour)
                + " door to the " + DIRECTIONS[direction] + ".");
    }

    private static String inventory(State state) {
        List<String> items = new ArrayList<>();
        for (int colour = 0; colour < state.keyRooms().size(); colour++) {
            if (state.keyRooms().get(colour) < 0) {
                items.add("the " + COLOURS.get(colour) + " key");
            }
        }
        if (state.treasure() < 0) {
            items.add("the treasure");
        }
        return items.isEmpty() ? "nothing" : String.join(", ", items);
    }

    @Override
    public Score outcome(State state) {
        if (state.won()) {
            return Score.correct("the treasure brought home");
        }
        return Score.wrong(state.treasure() < 0 ? "the treasure was taken but not brought back" : "the treasure was not taken (it was in the "
                + state.names().get(state.treasure()) + ")");
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /**
     * An explorer that uses only what it has seen (the rooms it has been in): bring the treasure home once carried;
     * else take the treasure or a key seen in a visited room; else open a seen locked door whose key it carries; else
     * walk to the nearest exit into a room not yet visited. Every way is a shortest one through visited rooms.
     */
    @Override
    public String expertAction(State state) {
        int room = state.at();
        if (state.treasure() < 0) {
            return step(state, other -> other == 0);
        }
        if (state.treasure() == room) {
            return "take treasure";
        }
        for (int colour = 0; colour < state.keyRooms().size(); colour++) {
            if (state.keyRooms().get(colour) == room) {
                return "take " + COLOURS.get(colour) + " key";
            }
        }
        for (int d = 0; d < 4; d++) {
            int lock = state.lockAt().get(room * 4 + d);
            if (lock >= 0 && !state.opened().contains(lock) && state.keyRooms().get(lock) < 0) {
                return "open " + DIRECTIONS[d];
            }
        }
        int treasure = state.treasure();
        if (state.visited().contains(treasure)) {
            return step(state, other -> other == treasure);
        }
        if (state.keyRooms().stream().anyMatch(keyRoom -> keyRoom >= 0 && state.visited().contains(keyRoom))) {
            return step(state, other -> state.visited().contains(other) && state.keyRooms().contains(other));
        }
        String door = step(state, other -> state.visited().contains(other) && openable(state, other));
        return door.equals("look") ? step(state, other -> !state.visited().contains(other)) : door;
    }

    private static boolean openable(State state, int room) {
        for (int d = 0; d < 4; d++) {
            int lock = state.lockAt().get(room * 4 + d);
            if (lock >= 0 && !state.opened().contains(lock) && state.keyRooms().get(lock) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The first move of a shortest way through visited rooms to the nearest room that passes {@code goal}; "look" if none. */
    private static String step(State state, java.util.function.IntPredicate goal) {
        int rooms = state.names().size();
        int[] first = new int[rooms];
        java.util.Arrays.fill(first, -2);
        first[state.at()] = -1;
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(state.at()));
        while (!queue.isEmpty()) {
            int room = queue.poll();
            if (room != state.at() && goal.test(room)) {
                return "go " + DIRECTIONS[first[room]];
            }
            if (!state.visited().contains(room)) {
                continue;
            }
            for (int d = 0; d < 4; d++) {
                int next = state.links().get(room * 4 + d);
                if (next >= 0 && state.passable(room, d) && first[next] == -2) {
                    first[next] = room == state.at() ? d : first[room];
                    queue.add(next);
                }
            }
        }
        return "look";
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return switch (random.nextInt(8)) {
            case 0 -> "take " + (random.nextInt(3) == 0 ? "treasure" : COLOURS.get(random.nextInt(Math.max(1, state.keyRooms().size()))) + " key");
            case 1 -> "open " + DIRECTIONS[random.nextInt(4)];
            case 2 -> "look";
            default -> "go " + DIRECTIONS[random.nextInt(4)];
        };
    }

    @Override
    public double cost(State state) {
        return state.names().size() * (state.keyRooms().size() + 1.0);
    }
}
