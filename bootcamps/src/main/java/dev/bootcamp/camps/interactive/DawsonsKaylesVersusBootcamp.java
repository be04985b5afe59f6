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
 * Dawson's Kayles against a perfect opponent: a row of pins with gaps, a move knocks down exactly two standing
 * neighbours, and whoever makes the last move wins (lone standing pins cannot be played). Its Grundy values differ from
 * Kayles' (period 34 rather than 12), so a Kayles habit misleads; every start has a nonzero sum.
 */
@AutoService(Interactive.class)
public final class DawsonsKaylesVersusBootcamp extends PinGame {
    private static final int MAX_PINS = 80;
    private static final Knob<Integer> PINS = Knob.integer("pins", 4, MAX_PINS, 20, "how many pins the row has, numbered from 1");
    private static final Knob<Integer> GAPS = Knob.integer("gaps", 0, 12, 2, "how many pins are already down at the start");
    private static final BootcampInfo INFO = BootcampInfo.builder(DawsonsKaylesVersusBootcamp.class)
            .title("Dawson's Kayles against a perfect opponent")
            .domain("interactive")
            .tags("interactive", "game", "dawsons-kayles", "grundy", "combinatorial-game", "versus")
            .summary("Play Dawson's Kayles move by move against an opponent that plays perfectly: a row of `pins` pins of"
                    + " which `gaps` are already down; a move knocks down two standing pins next to each other, and whoever"
                    + " makes the last move wins (a side with no two standing neighbours left has lost). The player moves"
                    + " first from a winning position (nonzero sum of the Grundy values of the runs of standing pins), so one"
                    + " mistake loses. An unreadable or illegal move costs the turn. The turn limit is a quarter of the"
                    + " standing pins (rounded up) plus 2. Score 1 (CORRECT) for a win, 0 (WRONG) for a loss or running out"
                    + " of turns.")
            .knob(PINS)
            .knob(GAPS)
            .answerShape("one move per turn, two neighbouring pins such as 'knock 4 5'")
            .build();

    public DawsonsKaylesVersusBootcamp() {
        super(new int[] {2}, MAX_PINS);
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(PINS, Draw.scale(level, 24, 64)).with(GAPS, Draw.scale(level, 3, 8));
    }

    @Override
    public State<Row> start(Knobs knobs, RandomGenerator random) {
        Row row = startRow(knobs.get(PINS), knobs.get(GAPS), random);
        return begin(row, random.nextLong(), (row.standing() + 3) / 4 + 2);
    }

    @Override
    public String opening(State<Row> state) {
        int pins = state.position().pins().length();
        return "Dawson's Kayles against a perfect opponent. A row of " + pins + " pins is numbered 1 to " + pins + " from left"
                + " to right; 'I' marks a standing pin and '.' a pin that is down. You and the opponent move in turn, and you"
                + " move first. A move knocks down exactly two standing pins that are next to each other (neighbours in the"
                + " row with no gap between them); a lone standing pin can never be knocked down. When it is your turn and no"
                + " two standing pins are neighbours, you cannot move and you lose; so whoever makes the last move wins. The"
                + " opponent plays perfectly: one mistake and it wins.\n"
                + "Write one move per turn as 'knock N M' with two neighbouring pin numbers, for example 'knock 3 4'. A move"
                + " that cannot be read or is not allowed costs your turn, and the opponent does not move. After each of your"
                + " moves you see the opponent's reply and the row. You have " + state.limit() + " turns; a win scores 1,"
                + " anything else 0.\n\n" + show(state.position()) + "\nYour move.";
    }

    /** The expert's work: Grundy values of rows up to the standing pins, quadratic in their number. */
    @Override
    public double cost(State<Row> state) {
        return Math.pow(state.position().standing(), 2);
    }
}
