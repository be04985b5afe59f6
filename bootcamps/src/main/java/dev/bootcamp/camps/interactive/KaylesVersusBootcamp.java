package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.opponents.Grundy;
import dev.bootcamp.camps.kit.opponents.Heaps;
import dev.bootcamp.camps.kit.opponents.ImpartialGame;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Kayles against a perfect opponent: a row of pins with gaps, a move knocks down one pin or two standing neighbours, and
 * whoever knocks down the last pin wins. Each run of standing pins is a game of its own whose Grundy value comes from
 * {@link Grundy#row}; every start has a nonzero sum, and the opponent restores a zero sum after any slip.
 */
@AutoService(Interactive.class)
public final class KaylesVersusBootcamp extends ImpartialGame<KaylesVersusBootcamp.Row, KaylesVersusBootcamp.Knock> {
    private static final int MAX_PINS = 60;
    /** The Grundy values of runs of 0..MAX_PINS standing pins when a move knocks down 1 or 2 neighbours. */
    private static final int[] VALUES = Grundy.row(MAX_PINS, new int[] {1, 2});
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

    /** A row of pins: 'I' standing, '.' down. */
    public record Row(String pins) {
        public Row {
            if (pins.isEmpty() || !pins.matches("[I.]+")) {
                throw new IllegalArgumentException("a row is made of 'I' and '.', found '" + pins + "'");
            }
        }

        int standing() {
            return (int) pins.chars().filter(c -> c == 'I').count();
        }
    }

    /** Knock down {@code count} (1 or 2; 0 when two named pins are not neighbours) pins starting at {@code pin} (from 0). */
    public record Knock(int pin, int count) {}

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
        int pins = knobs.get(PINS);
        int gaps = Math.min(knobs.get(GAPS), pins - 2);
        Row row;
        do {
            char[] cells = "I".repeat(pins).toCharArray();
            for (int pin : Draw.sample(range(pins), gaps, random)) {
                cells[pin] = '.';
            }
            row = new Row(new String(cells));
        } while (lost(row));
        return begin(row, random.nextLong(), (row.standing() + 1) / 2 + 2);
    }

    private static List<Integer> range(int count) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(i);
        }
        return all;
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

    @Override
    protected Knock read(Row row, String action) {
        int first = -1;
        int second = -1;
        for (String token : Heaps.tokens(action)) {
            if (token.charAt(0) < '0' || token.charAt(0) > '9') {
                continue;
            }
            int number = token.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(token);
            if (first < 0) {
                first = number;
            } else {
                second = number;
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        if (second < 0) {
            return new Knock(first - 1, 1);
        }
        // Two pins that are not neighbours are kept as a knock of no pins, so illegal() can say why.
        return Math.abs(second - first) == 1 ? new Knock(Math.min(first, second) - 1, 2) : new Knock(0, 0);
    }

    @Override
    protected String unreadable(Row row) {
        return "Write a move as 'knock N' or 'knock N M' with pin numbers from 1 to " + row.pins().length()
                + ", for example 'knock 3' or 'knock 3 4'.";
    }

    @Override
    protected String illegal(Row row, Knock move) {
        int pins = row.pins().length();
        if (move.count() == 0) {
            return "Two pins knocked together must be next to each other (such as 3 and 4).";
        }
        for (int pin = move.pin(); pin < move.pin() + move.count(); pin++) {
            if (pin < 0 || pin >= pins) {
                return "There is no pin " + (pin < 0 || pin > 999 ? "with that number" : pin + 1) + "; the pins are numbered 1 to "
                        + pins + ".";
            }
            if (row.pins().charAt(pin) != 'I') {
                return "Pin " + (pin + 1) + " is already down.";
            }
        }
        return null;
    }

    @Override
    protected Row play(Row row, Knock move) {
        char[] cells = row.pins().toCharArray();
        for (int pin = move.pin(); pin < move.pin() + move.count(); pin++) {
            cells[pin] = '.';
        }
        return new Row(new String(cells));
    }

    @Override
    protected List<Knock> moves(Row row) {
        List<Knock> moves = new ArrayList<>();
        String pins = row.pins();
        for (int pin = 0; pin < pins.length(); pin++) {
            if (pins.charAt(pin) == 'I') {
                moves.add(new Knock(pin, 1));
                if (pin + 1 < pins.length() && pins.charAt(pin + 1) == 'I') {
                    moves.add(new Knock(pin, 2));
                }
            }
        }
        return moves;
    }

    /** Lost when the exclusive or of the Grundy values of the runs of standing pins is 0. */
    @Override
    protected boolean lost(Row row) {
        int sum = 0;
        for (int run : runs(row)) {
            sum ^= VALUES[run];
        }
        return sum == 0;
    }

    /** Counted run by run: a move inside a run wins when the values of the two runs it leaves make up the rest. */
    @Override
    protected double winningShare(Row row) {
        List<Integer> runs = runs(row);
        int sum = 0;
        for (int run : runs) {
            sum ^= VALUES[run];
        }
        int moves = 0;
        int winning = 0;
        for (int run : runs) {
            int wanted = sum ^ VALUES[run];
            for (int take = 1; take <= 2; take++) {
                for (int left = 0; left + take <= run; left++) {
                    moves++;
                    if ((VALUES[left] ^ VALUES[run - left - take]) == wanted) {
                        winning++;
                    }
                }
            }
        }
        return moves == 0 ? 1 : (double) winning / moves;
    }

    private static List<Integer> runs(Row row) {
        List<Integer> runs = new ArrayList<>();
        int run = 0;
        for (int pin = 0; pin <= row.pins().length(); pin++) {
            if (pin < row.pins().length() && row.pins().charAt(pin) == 'I') {
                run++;
            } else if (run > 0) {
                runs.add(run);
                run = 0;
            }
        }
        return runs;
    }

    @Override
    protected String describe(Knock move) {
        return move.count() == 1 ? "knock " + (move.pin() + 1) : "knock " + (move.pin() + 1) + " " + (move.pin() + 2);
    }

    @Override
    protected String show(Row row) {
        StringBuilder numbers = new StringBuilder("pin: ");
        StringBuilder marks = new StringBuilder("     ");
        for (int pin = 0; pin < row.pins().length(); pin++) {
            String number = String.valueOf(pin + 1);
            numbers.append(" ".repeat(3 - number.length())).append(number);
            marks.append("  ").append(row.pins().charAt(pin));
        }
        return numbers + "\n" + marks;
    }

    /** The expert's work: Grundy values of rows up to the standing pins, quadratic in their number. */
    @Override
    public double cost(State<Row> state) {
        return Math.pow(state.position().standing(), 2);
    }
}
