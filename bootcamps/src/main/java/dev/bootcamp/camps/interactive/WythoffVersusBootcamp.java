package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.opponents.Heaps;
import dev.bootcamp.camps.kit.opponents.ImpartialGame;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Wythoff's game against a perfect opponent: two heaps; a move takes any number of objects from one heap or the same
 * number from both; whoever takes the last object wins. The lost positions are the pairs (a_n, a_n + n) where a_n is
 * the least number not in an earlier pair (the floors of n times the golden ratio and its square), built here by that
 * integer rule.
 */
@AutoService(Interactive.class)
public final class WythoffVersusBootcamp extends ImpartialGame<WythoffVersusBootcamp.Pair, Heaps.Take> {
    private static final int MAX_SIZE = 200;
    /** {@code PARTNER[x]}: the other heap of the lost pair that has a heap of x. */
    private static final int[] PARTNER = partners(MAX_SIZE);
    private static final int BOTH = 2;
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, MAX_SIZE, 20, "each heap starts with 1 to size objects");
    private static final BootcampInfo INFO = BootcampInfo.builder(WythoffVersusBootcamp.class)
            .title("Wythoff's game against a perfect opponent")
            .domain("interactive")
            .tags("interactive", "game", "wythoff", "combinatorial-game", "versus")
            .summary("Play Wythoff's game move by move against an opponent that plays perfectly: two heaps of 1 to `size`"
                    + " objects (never equal); a move takes one or more objects from one heap, or the same number from both"
                    + " heaps, and whoever takes the last object wins. The player moves first from a winning position, so"
                    + " one mistake loses. An unreadable or illegal move costs the turn. The turn limit is half the objects"
                    + " (rounded up) plus 2. Score 1 (CORRECT) for a win, 0 (WRONG) for a loss or running out of turns.")
            .knob(SIZE)
            .answerShape("one move per turn, such as 'take 3 from heap B' or 'take 2 from both'")
            .build();

    /** Two heaps, A and B. */
    public record Pair(int a, int b) {
        public Pair {
            if (a < 0 || b < 0 || a > MAX_SIZE || b > MAX_SIZE) {
                throw new IllegalArgumentException("heaps hold 0 to " + MAX_SIZE + " objects, found " + a + " and " + b);
            }
        }
    }

    /** The lost pairs (a_n, a_n + n): a_n is the least number not yet in a pair. */
    private static int[] partners(int limit) {
        int[] partner = new int[limit + 1];
        java.util.Arrays.fill(partner, -1);
        int least = 0;
        for (int n = 0; least <= limit; n++) {
            int other = least + n;
            partner[least] = other;
            if (other <= limit) {
                partner[other] = least;
            }
            while (least <= limit && partner[least] >= 0) {
                least++;
            }
        }
        return partner;
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(SIZE, Draw.scale(level, 12, 60));
    }

    @Override
    public State<Pair> start(Knobs knobs, RandomGenerator random) {
        int size = knobs.get(SIZE);
        Pair pair;
        do {
            pair = new Pair(Draw.between(1, size, random), Draw.between(1, size, random));
        } while (pair.a() == pair.b() || lost(pair));
        return begin(pair, random.nextLong(), (pair.a() + pair.b() + 1) / 2 + 2);
    }

    @Override
    public String opening(State<Pair> state) {
        return "Wythoff's game against a perfect opponent. There are two heaps of objects, A and B. You and the opponent move"
                + " in turn, and you move first. A move either takes one or more objects from one heap (up to the whole"
                + " heap), or takes the same number of objects (one or more) from both heaps at once. Whoever takes the last"
                + " object wins the game. The opponent plays perfectly: one mistake and it wins.\n"
                + "Write one move per turn as 'take COUNT from heap LETTER' or 'take COUNT from both', for example 'take 2"
                + " from heap B' or 'take 1 from both'. A move that cannot be read or is not allowed costs your turn, and the"
                + " opponent does not move. After each of your moves you see the opponent's reply and the heaps. You have "
                + state.limit() + " turns; a win scores 1, anything else 0.\n\n" + show(state.position()) + "\nYour move.";
    }

    @Override
    protected Heaps.Take read(Pair pair, String action) {
        List<String> tokens = Heaps.tokens(action);
        int count = Heaps.firstNumber(tokens);
        if (count < 0) {
            return null;
        }
        boolean both = tokens.stream().anyMatch(token -> token.toLowerCase(Locale.ROOT).equals("both"))
                || (tokens.contains("A") && tokens.contains("B"));
        if (both) {
            return new Heaps.Take(BOTH, count);
        }
        int heap = Heaps.heapLetter(tokens, 2);
        return heap < 0 ? null : new Heaps.Take(heap, count);
    }

    @Override
    protected String unreadable(Pair pair) {
        return "Write a move as 'take COUNT from heap A', 'take COUNT from heap B' or 'take COUNT from both', for example"
                + " 'take 1 from both'.";
    }

    @Override
    protected String illegal(Pair pair, Heaps.Take move) {
        if (move.count() < 1) {
            return "You must take at least one object.";
        }
        if (move.heap() != 1 && move.count() > pair.a()) {
            return "Heap A has " + (pair.a() == 0 ? "no objects" : "only " + pair.a()) + ".";
        }
        if (move.heap() != 0 && move.count() > pair.b()) {
            return "Heap B has " + (pair.b() == 0 ? "no objects" : "only " + pair.b()) + ".";
        }
        return null;
    }

    @Override
    protected Pair play(Pair pair, Heaps.Take move) {
        return new Pair(pair.a() - (move.heap() == 1 ? 0 : move.count()), pair.b() - (move.heap() == 0 ? 0 : move.count()));
    }

    @Override
    protected List<Heaps.Take> moves(Pair pair) {
        List<Heaps.Take> moves = new ArrayList<>();
        for (int count = 1; count <= pair.a(); count++) {
            moves.add(new Heaps.Take(0, count));
        }
        for (int count = 1; count <= pair.b(); count++) {
            moves.add(new Heaps.Take(1, count));
        }
        for (int count = 1; count <= Math.min(pair.a(), pair.b()); count++) {
            moves.add(new Heaps.Take(BOTH, count));
        }
        return moves;
    }

    @Override
    protected boolean lost(Pair pair) {
        return PARTNER[pair.a()] == pair.b();
    }

    @Override
    protected String describe(Heaps.Take move) {
        return "take " + move.count() + " from " + (move.heap() == BOTH ? "both" : "heap " + Heaps.name(move.heap()));
    }

    @Override
    protected String show(Pair pair) {
        return Heaps.render(List.of(pair.a(), pair.b()));
    }

    /** The positions the game can pass through: (a + 1) * (b + 1). */
    @Override
    public double cost(State<Pair> state) {
        return (state.position().a() + 1.0) * (state.position().b() + 1.0);
    }
}
