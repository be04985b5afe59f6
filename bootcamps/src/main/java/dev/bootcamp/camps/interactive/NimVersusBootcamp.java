package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.opponents.HeapGame;
import dev.bootcamp.camps.kit.opponents.Heaps;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Nim against a perfect opponent: several heaps, a move takes any number of objects from one heap, and whoever takes
 * the last object wins. Every start has a nonzero nim-sum (a win for the player, who moves first); the opponent answers
 * every slip by restoring a zero nim-sum, so one mistake loses. The expert always leaves a zero nim-sum.
 */
@AutoService(Interactive.class)
public final class NimVersusBootcamp extends HeapGame {
    private static final Knob<Integer> HEAPS = Knob.integer("heaps", 2, 8, 4, "how many heaps");
    private static final Knob<Integer> SIZE = Knob.integer("size", 2, 60, 10, "each heap starts with 1 to size objects");
    private static final BootcampInfo INFO = BootcampInfo.builder(NimVersusBootcamp.class)
            .title("Nim against a perfect opponent")
            .domain("interactive")
            .tags("interactive", "game", "nim", "combinatorial-game", "versus")
            .summary("Play Nim move by move against an opponent that plays perfectly: `heaps` heaps of 1 to `size` objects,"
                    + " a move takes one or more objects from one heap, and whoever takes the last object wins. The player"
                    + " moves first from a winning position (nonzero nim-sum), so one mistake loses. An unreadable or"
                    + " illegal move costs the turn. The turn limit is half the objects (rounded up) plus 2. Score 1"
                    + " (CORRECT) for a win, 0 (WRONG) for a loss or running out of turns.")
            .knob(HEAPS)
            .knob(SIZE)
            .answerShape("one move per turn, such as 'take 3 from heap B'")
            .build();

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(HEAPS, Draw.scale(level, 4, 6)).with(SIZE, Draw.scale(level, 6, 24));
    }

    @Override
    public State<Position> start(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(HEAPS);
        int size = knobs.get(SIZE);
        Position position;
        do {
            List<Integer> heaps = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                heaps.add(Draw.between(1, size, random));
            }
            position = new Position(heaps, List.of());
        } while (position.grundy() == 0);
        return begin(position, random.nextLong(), (position.total() + 1) / 2 + 2);
    }

    @Override
    public String opening(State<Position> state) {
        return "Nim against a perfect opponent. There are " + state.position().heaps().size() + " heaps of objects, named A, B,"
                + " C and so on. You and the opponent move in turn, and you move first. A move takes " + amounts(state.position())
                + " from one heap. Whoever takes the last object wins the game. The opponent plays perfectly: one mistake and"
                + " it wins.\n"
                + "Write one move per turn as 'take COUNT from heap LETTER', for example 'take 2 from heap "
                + Heaps.name(state.position().heaps().size() - 1) + "'. A move that cannot be read or is not allowed costs"
                + " your turn, and the opponent does not move. After each of your moves you see the opponent's reply and the"
                + " heaps. You have " + state.limit() + " turns; a win scores 1, anything else 0.\n\n" + show(state.position())
                + "\nYour move.";
    }

    /** The objects on the table: a bound on the length of the game. */
    @Override
    public double cost(State<Position> state) {
        return state.position().total();
    }
}
