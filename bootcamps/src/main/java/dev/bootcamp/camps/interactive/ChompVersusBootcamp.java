package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.episodes.Actions;
import dev.bootcamp.camps.kit.opponents.ImpartialGame;
import dev.bootcamp.camps.kit.opponents.Positions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Chomp against a perfect opponent: a chocolate bar whose top-left square is poisoned; a move eats a square with every
 * square below and to the right of it, and whoever is left with only the poisoned square loses. Every bar that fits in
 * 8 x 8 is solved once, when the class loads (12,870 shapes), so the opponent and the expert look positions up.
 */
@AutoService(Interactive.class)
public final class ChompVersusBootcamp extends ImpartialGame<ChompVersusBootcamp.Bar, ChompVersusBootcamp.Square> {
    private static final int MAX = 8;
    private static final Set<Bar> LOST = Positions.lost(full(), ChompVersusBootcamp::successors, 20_000);
    private static final Knob<Integer> ROWS = Knob.integer("rows", 2, MAX, 4, "the bar has up to rows rows");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 2, MAX, 5, "the bar has up to columns columns");
    private static final BootcampInfo INFO = BootcampInfo.builder(ChompVersusBootcamp.class)
            .title("Chomp against a perfect opponent")
            .domain("interactive")
            .tags("interactive", "game", "chomp", "combinatorial-game", "versus")
            .summary("Play Chomp move by move against an opponent that plays perfectly: a bar of up to `rows` x `columns`"
                    + " squares (rows shorter or equal going down) whose top-left square A1 is poisoned; a move eats a square"
                    + " and every square below and to the right of it, and whoever is left with only the poisoned square"
                    + " loses. The player moves first from a winning position, so one mistake loses. An unreadable or"
                    + " illegal move costs the turn. The turn limit is half the squares (rounded up) plus 2. Score 1"
                    + " (CORRECT) for a win, 0 (WRONG) for a loss or running out of turns.")
            .knob(ROWS)
            .knob(COLUMNS)
            .answerShape("one square per turn, column letter then row number, such as 'C2'")
            .build();

    /** A bar as the lengths of its 8 rows from the top, never longer going down (0 for an eaten row). */
    public record Bar(List<Integer> rows) {
        public Bar {
            rows = List.copyOf(rows);
            if (rows.size() != MAX || rows.get(0) < 1) {
                throw new IllegalArgumentException("a bar has " + MAX + " rows and a poisoned first square, found " + rows);
            }
            for (int row = 1; row < MAX; row++) {
                if (rows.get(row) > rows.get(row - 1)) {
                    throw new IllegalArgumentException("rows may not grow going down, found " + rows);
                }
            }
        }

        int squares() {
            return rows.stream().mapToInt(Integer::intValue).sum();
        }

        boolean has(int row, int column) {
            return row < MAX && column < rows.get(row);
        }
    }

    /** A square of the bar, row and column from 0 (A1 is row 0, column 0). */
    public record Square(int row, int column) {}

    private static Bar full() {
        return new Bar(Collections.nCopies(MAX, MAX));
    }

    private static List<Bar> successors(Bar bar) {
        List<Bar> next = new ArrayList<>();
        for (Square square : squares(bar)) {
            next.add(eat(bar, square));
        }
        return next;
    }

    /** Every square but the poisoned one, row by row. */
    private static List<Square> squares(Bar bar) {
        List<Square> squares = new ArrayList<>();
        for (int row = 0; row < MAX; row++) {
            for (int column = 0; column < bar.rows().get(row); column++) {
                if (row > 0 || column > 0) {
                    squares.add(new Square(row, column));
                }
            }
        }
        return squares;
    }

    private static Bar eat(Bar bar, Square square) {
        List<Integer> rows = new ArrayList<>(bar.rows());
        for (int row = square.row(); row < MAX; row++) {
            rows.set(row, Math.min(rows.get(row), square.column()));
        }
        return new Bar(rows);
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(ROWS, Draw.scale(level, 4, 7)).with(COLUMNS, Draw.scale(level, 5, 8));
    }

    /** A random shape of the knobs' size that the player can win, with more than a few squares. */
    @Override
    public State<Bar> start(Knobs knobs, RandomGenerator random) {
        int rows = knobs.get(ROWS);
        int columns = knobs.get(COLUMNS);
        Bar bar;
        do {
            List<Integer> lengths = new ArrayList<>();
            int previous = Draw.between((columns + 1) / 2, columns, random);
            for (int row = 0; row < MAX; row++) {
                int length = row == 0 ? previous : row < rows ? Draw.between(row < 2 ? 1 : 0, previous, random) : 0;
                lengths.add(length);
                previous = length;
            }
            bar = new Bar(lengths);
        } while (bar.squares() < rows + columns || LOST.contains(bar));
        return begin(bar, random.nextLong(), bar.squares() / 2 + 2);
    }

    @Override
    public String opening(State<Bar> state) {
        return "Chomp against a perfect opponent. A chocolate bar is drawn as a grid: columns are letters A, B, C, ... from"
                + " left to right, rows are numbers 1, 2, 3, ... from top to bottom, '#' is a square of chocolate and 'X' at"
                + " A1 (top left) is the poisoned square. You and the opponent move in turn, and you move first. A move picks"
                + " a square that is still there, other than A1, and eats it together with every square in its row and the"
                + " rows below it that lies in its column or to the right of it. If only the poisoned square is left when it"
                + " is your turn, you have to eat it and you lose; so whoever leaves only the poisoned square wins. The"
                + " opponent plays perfectly: one mistake and it wins.\n"
                + "Write one move per turn as the square's column letter and row number, for example 'C2'. A move that cannot"
                + " be read or is not allowed costs your turn, and the opponent does not move. After each of your moves you"
                + " see the opponent's reply and the bar. You have " + state.limit() + " turns; a win scores 1, anything else"
                + " 0.\n\n" + show(state.position()) + "\nYour move.";
    }

    @Override
    protected Square read(Bar bar, String action) {
        Optional<int[]> cell = Actions.cell(action, MAX, MAX);
        return cell.map(at -> new Square(at[0], at[1])).orElse(null);
    }

    @Override
    protected String unreadable(Bar bar) {
        return "Write a move as a square's column letter and row number, for example 'B2'.";
    }

    @Override
    protected String illegal(Bar bar, Square square) {
        if (square.row() == 0 && square.column() == 0) {
            return "A1 is the poisoned square; pick another square.";
        }
        if (!bar.has(square.row(), square.column())) {
            return Actions.cellName(square.row(), square.column()) + " is not on the bar (eaten, or never there).";
        }
        return null;
    }

    @Override
    protected Bar play(Bar bar, Square square) {
        return eat(bar, square);
    }

    @Override
    protected List<Square> moves(Bar bar) {
        return squares(bar);
    }

    @Override
    protected boolean lost(Bar bar) {
        return LOST.contains(bar);
    }

    @Override
    protected String describe(Square square) {
        return Actions.cellName(square.row(), square.column());
    }

    @Override
    protected String show(Bar bar) {
        int width = bar.rows().get(0);
        StringBuilder text = new StringBuilder("  ");
        for (int column = 0; column < width; column++) {
            text.append(' ').append((char) ('A' + column));
        }
        for (int row = 0; row < MAX && bar.rows().get(row) > 0; row++) {
            text.append('\n').append(row + 1).append(' ');
            for (int column = 0; column < bar.rows().get(row); column++) {
                text.append(' ').append(row == 0 && column == 0 ? 'X' : '#');
            }
        }
        return text.toString();
    }

    /** The shapes the game can pass through: every bar that fits inside the start. */
    @Override
    public double cost(State<Bar> state) {
        return Positions.reachable(state.position(), ChompVersusBootcamp::successors, 20_000);
    }
}
