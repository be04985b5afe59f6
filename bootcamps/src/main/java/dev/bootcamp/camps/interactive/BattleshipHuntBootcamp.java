package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.episodes.Actions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Battleship, hunting a hidden fleet: ships lie in straight lines on a square board without touching (not even at a
 * corner); each shot is answered miss, hit, or hit and sunk with the ship's length. The expert hunts where the most
 * placements of the ships still afloat could lie, and around a wounded ship fires where placements through its hits
 * are densest, using only what the answers have told it.
 */
@AutoService(Interactive.class)
public final class BattleshipHuntBootcamp implements Interactive<BattleshipHuntBootcamp.State> {
    private static final int[][] FLEETS = {{}, {}, {}, {}, {}, {}, {3, 3, 2}, {4, 3, 2, 2}, {4, 3, 3, 2}, {5, 4, 3, 2}, {5, 4, 3, 3, 2}};
    private static final Knob<Integer> SIZE = Knob.integer("size", 6, 10, 8, "the board is size by size; the fleet grows with it"
            + " (6: 3,3,2; 7: 4,3,2,2; 8: 4,3,3,2; 9: 5,4,3,2; 10: 5,4,3,3,2)");
    private static final Knob<Integer> SHOTS = Knob.integer("shots", 10, 100, 45, "how many shots the player has");
    private static final BootcampInfo INFO = BootcampInfo.builder(BattleshipHuntBootcamp.class)
            .title("Battleship hunt")
            .domain("interactive")
            .tags("interactive", "search", "battleship", "probability")
            .summary("Sink a hidden fleet of straight ships, which never touch each other even diagonally, on a size x size"
                    + " board within `shots` shots; each shot names a cell such as B3 and is answered miss, hit, or hit and"
                    + " sunk with the ship's length. CORRECT when every ship is sunk, WRONG otherwise.")
            .knob(SIZE)
            .knob(SHOTS)
            .answerShape("one cell per turn, such as 'B3'")
            .build();

    /** An episode: the board size, each ship's cells (row * size + column), the shots so far, the shot limit. */
    public record State(int size, List<List<Integer>> ships, List<Integer> shots, int limit) {
        public State {
            ships = ships.stream().map(List::copyOf).toList();
            shots = List.copyOf(shots);
        }

        boolean sunk(List<Integer> ship) {
            return shots.containsAll(ship);
        }

        boolean allSunk() {
            return ships.stream().allMatch(this::sunk);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int size = 6 + (level - 1) / 2;
        double share = level % 2 == 1 ? 0.72 : 0.64;
        return INFO.defaults().with(SIZE, size).with(SHOTS, (int) Math.ceil(share * size * size));
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        while (true) {
            boolean[] blocked = new boolean[size * size];
            List<List<Integer>> ships = new ArrayList<>();
            for (int length : FLEETS[size]) {
                List<Integer> ship = place(size, length, blocked, random);
                if (ship == null) {
                    break;
                }
                ships.add(ship);
                for (int cell : ship) {
                    for (int neighbour : around(size, cell)) {
                        blocked[neighbour] = true;
                    }
                }
            }
            if (ships.size() == FLEETS[size].length) {
                return new State(size, ships, List.of(), knobs.get(SHOTS));
            }
        }
    }

    private static List<Integer> place(int size, int length, boolean[] blocked, RandomGenerator random) {
        for (int attempt = 0; attempt < 200; attempt++) {
            boolean across = random.nextBoolean();
            int row = random.nextInt(across ? size : size - length + 1);
            int column = random.nextInt(across ? size - length + 1 : size);
            List<Integer> ship = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                int cell = across ? row * size + column + i : (row + i) * size + column;
                if (blocked[cell]) {
                    break;
                }
                ship.add(cell);
            }
            if (ship.size() == length) {
                return ship;
            }
        }
        return null;
    }

    /** The cell and its eight neighbours on the board. */
    private static List<Integer> around(int size, int cell) {
        List<Integer> cells = new ArrayList<>();
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int row = cell / size + dr;
                int column = cell % size + dc;
                if (row >= 0 && row < size && column >= 0 && column < size) {
                    cells.add(row * size + column);
                }
            }
        }
        return cells;
    }

    @Override
    public String opening(State state) {
        int size = state.size();
        List<String> lengths = new ArrayList<>();
        state.ships().forEach(ship -> lengths.add(Integer.toString(ship.size())));
        return "Battleship: a fleet of " + state.ships().size() + " ships of lengths " + String.join(", ", lengths) + " is hidden on a "
                + size + " by " + size + " board. Columns are the letters A to " + (char) ('A' + size - 1) + " from left to right,"
                + " rows the numbers 1 to " + size + " from top to bottom. Each ship covers a straight line of cells, across or"
                + " down, and no two ships touch, not even at a corner. Each turn, fire at one cell by naming it (for example"
                + " \"B3\"); I answer \"miss\", \"hit\", or \"hit and sunk\" with the length of the ship you sank. Firing at a"
                + " cell again tells you nothing new. You have " + state.limit() + " shots to sink every ship.";
    }

    @Override
    public Turn<State> act(State state, String action) {
        Optional<int[]> read = Actions.cell(action, state.size(), state.size());
        if (read.isEmpty()) {
            return Turn.next(state, "I could not read a cell: name a column letter A-" + (char) ('A' + state.size() - 1)
                    + " and a row number 1-" + state.size() + ", such as \"B3\".");
        }
        int cell = read.get()[0] * state.size() + read.get()[1];
        String name = Actions.cellName(read.get()[0], read.get()[1]);
        if (state.shots().contains(cell)) {
            return Turn.next(appendShot(state, cell), "You already fired at " + name + ".");
        }
        State next = appendShot(state, cell);
        for (List<Integer> ship : state.ships()) {
            if (ship.contains(cell)) {
                if (!next.sunk(ship)) {
                    return Turn.next(next, name + ": hit.");
                }
                String text = name + ": hit and sunk, a ship of length " + ship.size() + ".";
                return next.allSunk() ? Turn.last(next, text + " That was the last ship: the fleet is sunk.") : Turn.next(next, text);
            }
        }
        return Turn.next(next, name + ": miss.");
    }

    private static State appendShot(State state, int cell) {
        List<Integer> shots = new ArrayList<>(state.shots());
        shots.add(cell);
        return new State(state.size(), state.ships(), shots, state.limit());
    }

    @Override
    public Score outcome(State state) {
        long sunk = state.ships().stream().filter(state::sunk).count();
        return state.allSunk() ? Score.correct("the fleet sunk in " + state.shots().size() + " shots")
                : Score.wrong(sunk + " of " + state.ships().size() + " ships sunk within the shot limit");
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    @Override
    public String expertAction(State state) {
        int size = state.size();
        int[] known = new int[size * size]; // 0 unknown, 1 miss or ruled out, 2 hit on a ship still afloat, 3 sunk
        List<Integer> afloat = new ArrayList<>();
        for (int shot : state.shots()) {
            known[shot] = 1;
        }
        for (List<Integer> ship : state.ships()) {
            if (state.sunk(ship)) {
                ship.forEach(cell -> around(size, cell).forEach(neighbour -> known[neighbour] = 1));
            } else {
                afloat.add(ship.size());
            }
        }
        for (List<Integer> ship : state.ships()) {
            for (int cell : ship) {
                if (state.shots().contains(cell)) {
                    known[cell] = state.sunk(ship) ? 3 : 2;
                }
            }
        }
        boolean wounded = false;
        for (int value : known) {
            wounded |= value == 2;
        }
        long[] weight = new long[size * size];
        for (int length : afloat) {
            for (int start = 0; start < size * size; start++) {
                for (int across = 0; across < 2; across++) {
                    addPlacement(size, known, weight, start, length, across == 1, wounded);
                }
            }
        }
        int best = -1;
        for (int cell = 0; cell < size * size; cell++) {
            if (known[cell] == 0 && !state.shots().contains(cell) && (best < 0 || weight[cell] > weight[best])) {
                best = cell;
            }
        }
        return Actions.cellName(best / size, best % size);
    }

    /** Adds one to the cells of a placement that fits what is known (through at least one wound when there is one). */
    private static void addPlacement(int size, int[] known, long[] weight, int start, int length, boolean across, boolean wounded) {
        int row = start / size;
        int column = start % size;
        if ((across ? column + length : row + length) > size) {
            return;
        }
        int hits = 0;
        for (int i = 0; i < length; i++) {
            int cell = across ? start + i : start + i * size;
            if (known[cell] == 1 || known[cell] == 3) {
                return;
            }
            hits += known[cell] == 2 ? 1 : 0;
        }
        if (wounded && hits == 0) {
            return;
        }
        for (int i = 0; i < length; i++) {
            weight[across ? start + i : start + i * size] += wounded ? hits * 100L : 1;
        }
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return Actions.cellName(random.nextInt(state.size()), random.nextInt(state.size()));
    }

    @Override
    public double cost(State state) {
        return (double) state.size() * state.size() * state.ships().stream().mapToInt(List::size).sum();
    }
}
