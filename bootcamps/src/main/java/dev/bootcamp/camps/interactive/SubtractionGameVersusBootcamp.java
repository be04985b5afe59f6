package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.opponents.HeapGame;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * A subtraction game against a perfect opponent: several heaps, and a move takes exactly one of a few allowed amounts
 * (always 1 and 2: with odd amounts only, or small ones such as 1 and 3 alone, small heaps go by parity and any move
 * would win) from one heap; whoever takes the last object wins. The heaps' Grundy values repeat with the
 * allowed amounts rather than equal the heap sizes, so the player must work them out; every start has a nonzero Grundy
 * sum and the opponent restores a zero sum after any slip.
 */
@AutoService(Interactive.class)
public final class SubtractionGameVersusBootcamp extends HeapGame {
    private static final Knob<Integer> HEAPS = Knob.integer("heaps", 1, 6, 2, "how many heaps");
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 60, 15, "each heap starts with 1 to size objects");
    private static final Knob<Integer> AMOUNTS = Knob.integer("amounts", 2, 6, 3, "how many amounts a move may take (1, 2 and others up to 9)");
    private static final BootcampInfo INFO = BootcampInfo.builder(SubtractionGameVersusBootcamp.class)
            .title("Subtraction game against a perfect opponent")
            .domain("interactive")
            .tags("interactive", "game", "subtraction-game", "grundy", "combinatorial-game", "versus")
            .summary("Play a subtraction game move by move against an opponent that plays perfectly: `heaps` heaps of 1 to"
                    + " `size` objects, a move takes exactly one of `amounts` allowed amounts (1, 2 and others from 3 to 9) from"
                    + " one heap, and whoever takes the last object wins. The player moves first from a winning position"
                    + " (nonzero sum of Grundy values), so one mistake loses. An unreadable or illegal move costs the turn."
                    + " The turn limit is half the objects (rounded up) plus 2. Score 1 (CORRECT) for a win, 0 (WRONG) for a"
                    + " loss or running out of turns.")
            .knob(HEAPS)
            .knob(SIZE)
            .knob(AMOUNTS)
            .answerShape("one move per turn, such as 'take 3 from heap B'")
            .build();

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(HEAPS, Draw.scale(level, 3, 5)).with(SIZE, Draw.scale(level, 16, 40))
                .with(AMOUNTS, Draw.scale(level, 3, 5));
    }

    @Override
    public State<Position> start(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(HEAPS);
        int size = knobs.get(SIZE);
        TreeSet<Integer> takes = new TreeSet<>(List.of(1, 2));
        while (takes.size() < knobs.get(AMOUNTS)) {
            takes.add(Draw.between(3, 9, random));
        }
        Position position;
        do {
            List<Integer> heaps = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                heaps.add(Draw.between(1, size, random));
            }
            position = new Position(heaps, List.copyOf(takes));
        } while (position.grundy() == 0);
        return begin(position, random.nextLong(), (position.total() + 1) / 2 + 2);
    }

    @Override
    public String opening(State<Position> state) {
        int heaps = state.position().heaps().size();
        return "A subtraction game against a perfect opponent. There " + (heaps == 1 ? "is 1 heap" : "are " + heaps + " heaps")
                + " of objects, named A, B and so on. You and the opponent move in turn, and you move first. A move takes "
                + amounts(state.position()) + " from one heap; you cannot take more than the heap has. Whoever takes the last"
                + " object wins the game. The opponent plays perfectly: one mistake and it wins.\n"
                + "Write one move per turn as 'take COUNT from heap LETTER', for example 'take 1 from heap A'. A move that"
                + " cannot be read or is not allowed costs your turn, and the opponent does not move. After each of your"
                + " moves you see the opponent's reply and the heaps. You have " + state.limit() + " turns; a win scores 1,"
                + " anything else 0.\n\n" + show(state.position()) + "\nYour move.";
    }

    /** The positions the game can pass through: the product of (heap size + 1) over the heaps. */
    @Override
    public double cost(State<Position> state) {
        double positions = 1;
        for (int heap : state.position().heaps()) {
            positions *= heap + 1;
        }
        return positions;
    }
}
