package dev.bootcamp.camps.kit.opponents;

import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The base of pin games played against a perfect opponent (octal games such as Kayles and Dawson's Kayles): a row of
 * pins numbered from 1, some already down; a move knocks down one of a fixed set of amounts (1 and/or 2) of standing
 * neighbours, splitting a run of standing pins in up to two; whoever makes the last move wins. Each run is a game of its
 * own whose Grundy value comes from {@link Grundy#row}.
 */
public abstract class PinGame extends ImpartialGame<PinGame.Row, PinGame.Knock> {
    private final int[] takes;
    private final int[] values;

    /** {@code takes}: how many neighbouring pins a move may knock down (1 and/or 2); rows of up to {@code maxPins}. */
    protected PinGame(int[] takes, int maxPins) {
        this.takes = takes.clone();
        this.values = Grundy.row(maxPins, takes);
    }

    /** A row of pins: 'I' standing, '.' down. */
    public record Row(String pins) {
        public Row {
            if (pins.isEmpty() || !pins.chars().allMatch(c -> c == 'I' || c == '.')) {
                throw new IllegalArgumentException("a row is made of 'I' and '.', found '" + pins + "'");
            }
        }

        /** How many pins stand. */
        public int standing() {
            return (int) pins.chars().filter(c -> c == 'I').count();
        }
    }

    /** Knock down {@code count} (1 or 2; 0 when two named pins are not neighbours) pins starting at {@code pin} (from 0). */
    public record Knock(int pin, int count) {}

    /**
     * A row of {@code pins} pins with {@code gaps} of them down at random (more when no such row is a win), that the
     * player (moving first) can win.
     */
    protected final Row startRow(int pins, int gaps, RandomGenerator random) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < pins; i++) {
            all.add(i);
        }
        Row row;
        int tries = 0;
        do {
            // Some sizes have no winning start with so few gaps (Dawson's full row of 5 is lost): add gaps as tries mount.
            char[] cells = "I".repeat(pins).toCharArray();
            for (int pin : Draw.sample(all, Math.min(gaps + tries++ / 100, pins - 2), random)) {
                cells[pin] = '.';
            }
            row = new Row(new String(cells));
        } while (lost(row));
        return row;
    }

    private boolean allows(int count) {
        for (int take : takes) {
            if (take == count) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected final Knock read(Row row, String action) {
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
    protected final String unreadable(Row row) {
        return "Write a move as 'knock N M' (or 'knock N' for one pin, where allowed) with pin numbers from 1 to "
                + row.pins().length() + ", for example 'knock 3 4'.";
    }

    @Override
    protected final String illegal(Row row, Knock move) {
        int pins = row.pins().length();
        if (move.count() == 0) {
            return "Two pins knocked together must be next to each other (such as 3 and 4).";
        }
        if (!allows(move.count())) {
            return takes.length == 1 && takes[0] == 2 ? "A move knocks down exactly two neighbouring pins, such as 'knock 3 4'."
                    : "A move knocks down exactly one pin.";
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
    protected final Row play(Row row, Knock move) {
        char[] cells = row.pins().toCharArray();
        for (int pin = move.pin(); pin < move.pin() + move.count(); pin++) {
            cells[pin] = '.';
        }
        return new Row(new String(cells));
    }

    @Override
    protected final List<Knock> moves(Row row) {
        List<Knock> moves = new ArrayList<>();
        String pins = row.pins();
        for (int pin = 0; pin < pins.length(); pin++) {
            if (pins.charAt(pin) == 'I') {
                if (allows(1)) {
                    moves.add(new Knock(pin, 1));
                }
                if (allows(2) && pin + 1 < pins.length() && pins.charAt(pin + 1) == 'I') {
                    moves.add(new Knock(pin, 2));
                }
            }
        }
        return moves;
    }

    /** Lost when the exclusive or of the Grundy values of the runs of standing pins is 0. */
    @Override
    protected final boolean lost(Row row) {
        int sum = 0;
        for (int run : runs(row)) {
            sum ^= values[run];
        }
        return sum == 0;
    }

    /** Counted run by run: a move inside a run wins when the values of the two runs it leaves make up the rest. */
    @Override
    protected final double winningShare(Row row) {
        List<Integer> runs = runs(row);
        int sum = 0;
        for (int run : runs) {
            sum ^= values[run];
        }
        int moves = 0;
        int winning = 0;
        for (int run : runs) {
            int wanted = sum ^ values[run];
            for (int take : takes) {
                for (int left = 0; left + take <= run; left++) {
                    moves++;
                    if ((values[left] ^ values[run - left - take]) == wanted) {
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
    protected final String describe(Knock move) {
        return move.count() == 1 ? "knock " + (move.pin() + 1) : "knock " + (move.pin() + 1) + " " + (move.pin() + 2);
    }

    @Override
    protected final String show(Row row) {
        StringBuilder numbers = new StringBuilder("pin: ");
        StringBuilder marks = new StringBuilder("     ");
        for (int pin = 0; pin < row.pins().length(); pin++) {
            String number = String.valueOf(pin + 1);
            numbers.append(" ".repeat(3 - number.length())).append(number);
            marks.append("  ").append(row.pins().charAt(pin));
        }
        return numbers + "\n" + marks;
    }
}
