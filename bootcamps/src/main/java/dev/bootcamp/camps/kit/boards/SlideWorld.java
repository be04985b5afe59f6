package dev.bootcamp.camps.kit.boards;

import dev.bootcamp.camps.kit.planning.Outcome;
import dev.bootcamp.camps.kit.planning.PlanDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Pieces on a board that slide, one at a time, in a straight line until the next square is a wall ('#') or another
 * piece; the goal is the first piece resting on the target square. Where {@code edgeStops} is false the board has no
 * rim: a piece with nothing ahead of it would slide off, and that move is illegal (as in Lunar Lockout); otherwise the
 * edge stops it like a wall (as in Ricochet Robots). A move that would not shift the piece is illegal too.
 *
 * <p>A step is written "{@code <piece letter> <direction word>}", "a up". A state is a string whose character i is the
 * square number of piece i.
 */
public final class SlideWorld implements PlanDomain<String> {
    private final List<String> board;
    private final int rows;
    private final int columns;
    private final String names;
    private final String start;
    private final int target;
    private final boolean edgeStops;

    /**
     * @param board rows of '#' (wall) and any other character (floor)
     * @param names one lower-case letter per piece, the first the piece that must reach the target
     * @param squares the start square of each piece
     */
    public SlideWorld(List<String> board, String names, int[] squares, int target, boolean edgeStops) {
        this.board = List.copyOf(board);
        this.rows = board.size();
        this.columns = board.get(0).length();
        this.names = names;
        StringBuilder state = new StringBuilder();
        for (int square : squares) {
            state.append((char) square);
        }
        this.start = state.toString();
        this.target = target;
        this.edgeStops = edgeStops;
        if (names.length() != squares.length) {
            throw new IllegalArgumentException("one name per piece: " + names + " for " + squares.length + " pieces");
        }
    }

    /**
     * Draws a target for a start position: a free square the first piece first reaches after exactly d moves, d the
     * largest depth from 2 to {@code want} that occurs (see {@link Explore#pick}); null when there is none.
     */
    public static Explore.Target target(List<String> board, String names, int[] squares, boolean edgeStops, int want, int maxStates,
            RandomGenerator random) {
        SlideWorld world = new SlideWorld(board, names, squares, -1, edgeStops);
        Set<Integer> taken = new HashSet<>();
        for (int square : squares) {
            taken.add(square);
        }
        return Explore.pick(world, state -> state.charAt(0), taken, want, maxStates, random);
    }

    @Override
    public String start() {
        return start;
    }

    /** The square of piece {@code piece} in {@code state}. */
    public static int square(String state, int piece) {
        return state.charAt(piece);
    }

    @Override
    public List<String> steps(String state) {
        List<String> steps = new ArrayList<>();
        for (int piece = 0; piece < names.length(); piece++) {
            for (Compass direction : Compass.values()) {
                steps.add(names.charAt(piece) + " " + direction.word());
            }
        }
        return steps;
    }

    /** The same moves as {@link #apply} offers, in the order of {@link #steps}, without reading step text. */
    @Override
    public void successors(String state, java.util.function.BiConsumer<String, String> offer) {
        for (int piece = 0; piece < names.length(); piece++) {
            for (Compass direction : Compass.values()) {
                int end = slide(state, piece, direction);
                if (end >= 0) {
                    char[] next = state.toCharArray();
                    next[piece] = (char) end;
                    offer.accept(names.charAt(piece) + " " + direction.word(), new String(next));
                }
            }
        }
    }

    /** Where the piece stops, or -1 when the move is illegal (it would not move, or would slide off an open board). */
    private int slide(String state, int piece, Compass direction) {
        int row = state.charAt(piece) / columns;
        int column = state.charAt(piece) % columns;
        int moved = 0;
        while (true) {
            int nextRow = row + direction.rows();
            int nextColumn = column + direction.columns();
            if (nextRow < 0 || nextRow >= rows || nextColumn < 0 || nextColumn >= columns) {
                if (!edgeStops) {
                    return -1;
                }
                break;
            }
            if (board.get(nextRow).charAt(nextColumn) == '#' || state.indexOf((char) (nextRow * columns + nextColumn)) >= 0) {
                break;
            }
            row = nextRow;
            column = nextColumn;
            moved++;
        }
        return moved == 0 ? -1 : row * columns + column;
    }

    @Override
    public Outcome<String> apply(String state, String step) {
        String[] words = step.split(" ");
        if (words.length != 2 || words[0].length() != 1 || names.indexOf(words[0].charAt(0)) < 0) {
            return Outcome.illegal("expected a piece letter (" + String.join(", ", names.split("")) + ") and a direction");
        }
        Compass direction = Compass.parse(words[1]);
        if (direction == null) {
            return Outcome.illegal("'" + words[1] + "' is not a direction (up, down, left or right)");
        }
        int piece = names.indexOf(words[0].charAt(0));
        int row = state.charAt(piece) / columns;
        int column = state.charAt(piece) % columns;
        int moved = 0;
        while (true) {
            int nextRow = row + direction.rows();
            int nextColumn = column + direction.columns();
            if (nextRow < 0 || nextRow >= rows || nextColumn < 0 || nextColumn >= columns) {
                if (!edgeStops) {
                    return Outcome.illegal("piece " + names.charAt(piece) + " would slide off the board");
                }
                break;
            }
            if (board.get(nextRow).charAt(nextColumn) == '#' || state.indexOf((char) (nextRow * columns + nextColumn)) >= 0) {
                break;
            }
            row = nextRow;
            column = nextColumn;
            moved++;
        }
        if (moved == 0) {
            return Outcome.illegal("piece " + names.charAt(piece) + " cannot move " + direction.word());
        }
        char[] next = state.toCharArray();
        next[piece] = (char) (row * columns + column);
        return Outcome.to(new String(next));
    }

    @Override
    public boolean reached(String state) {
        return state.charAt(0) == target;
    }

    @Override
    public String unmet(String state) {
        if (reached(state)) {
            return null;
        }
        return "piece " + names.charAt(0) + " ends on " + Squares.of(state.charAt(0), columns) + ", not on "
                + Squares.of(target, columns);
    }
}
