package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.opponents.PinGame;
import java.util.random.RandomGenerator;

/**
 * Kayles against a perfect opponent: a row of pins with gaps, a move knocks down one pin or two standing neighbours, and
 * whoever knocks down the last pin wins. Each run of standing pins is a game of its own with a Grundy value; every start
 * has a nonzero sum, and the opponent restores a zero sum after any slip.
 */
@AutoService(Interactive.class)
public final class KaylesVersusBootcamp extends PinGame {
    private static final int MAX_PINS = 60;
    private static final Knob<Integer> PINS = Knob.integer("pins", 4, MAX_PINS, 16, "how many pins the row has, numbered from 1");
    private static final Knob<Integer> GAPS = Knob.integer("gaps", 0, 10, 2, "how many pins are already down at the start");
    private static final BootcampInfo INFO = BootcampInfo.builder(KaylesVersusBootcamp.class)
            .title("Kayles against a perfect opponent")
            .domain("interactive")
            .tags("interactive", "game", "kayles", "grundy", "combinatorial-game", "versus")
            .summary("Play Kayles move by move against an opponent that plays perfectly: a row of `pins` pins of which `gaps`"
                    + " are already down; a move knocks down one standing pin or two standing pins next to each other, and"
                    + " whoever knocks down the last pin wins. The player moves first from a winning position (nonzero sum of"
                    + " the Grundy values of the runs of standing pins), so one mistake loses. An unreadable or illegal move"
                    + " costs the turn. The turn limit is half the standing pins (rounded up) plus 2. Score 1 (CORRECT) for a"
                    + " win, 0 (WRONG) for a loss or running out of turns.")
            .knob(PINS)
            .knob(GAPS)
            .answerShape("one move per turn, such as 'knock 4' or 'knock 4 5'")
            .build();

    public KaylesVersusBootcamp() {
        super(new int[] {1, 2}, MAX_PINS);
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(PINS, Draw.scale(level, 10, 36)).with(GAPS, Draw.scale(level, 2, 5));
    }

    @Override
    public State<Row> start(Knobs knobs, RandomGenerator random) {
        Row row = startRow(knobs.get(PINS), knobs.get(GAPS), random);
        return begin(row, random.nextLong(), (row.standing() + 1) / 2 + 2);
    }

    @Override
    public String opening(State<Row> state) {
        int pins = state.position().pins().length();
        return "Kayles against a perfect opponent. A row of " + pins + " pins is numbered 1 to " + pins + " from left to right;"
                + " 'I' marks a standing pin and '.' a pin that is down. You and the opponent move in turn, and you move"
                + " first. A move knocks down either one standing pin or two standing pins that are next to each other"
                + " (neighbours in the row with no gap between them). Whoever knocks down the last standing pin wins the"
                + " game. The opponent plays perfectly: one mistake and it wins.\n"
                + "Write one move per turn as 'knock N' for one pin or 'knock N M' for two neighbours, for example"
                + " 'knock 3' or 'knock 3 4'. A move that cannot be read or is not allowed costs your turn, and the"
                + " opponent does not move. After each of your moves you see the opponent's reply and the row. You have "
                + state.limit() + " turns; a win scores 1, anything else 0.\n\n" + show(state.position()) + "\nYour move.";
    }

    /** The expert's work: Grundy values of rows up to the standing pins, quadratic in their number. */
    @Override
    public double cost(State<Row> state) {
        return Math.pow(state.position().standing(), 2);
    }
}
