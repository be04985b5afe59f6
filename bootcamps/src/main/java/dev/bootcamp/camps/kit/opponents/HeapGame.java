package dev.bootcamp.camps.kit.opponents;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The base of heap games played against a perfect opponent: heaps named A, B, C, ..., a move takes objects from one
 * heap, either any number (Nim) or exactly one of a fixed list of amounts (a subtraction game, where 1 is always among
 * them), and whoever takes the last object wins. A position is lost for the side to move when its Grundy value is 0.
 */
public abstract class HeapGame extends ImpartialGame<HeapGame.Position, Heaps.Take> {
    /**
     * A position: the heap sizes and the amounts a move may take, smallest first (empty when any number may be taken).
     */
    public record Position(List<Integer> heaps, List<Integer> takes) {
        public Position {
            heaps = List.copyOf(heaps);
            takes = List.copyOf(takes);
            if (heaps.isEmpty() || heaps.size() > Heaps.MAX_HEAPS) {
                throw new IllegalArgumentException("a game has 1 to " + Heaps.MAX_HEAPS + " heaps, found " + heaps.size());
            }
        }

        /** The objects left on the table. */
        public int total() {
            return heaps.stream().mapToInt(Integer::intValue).sum();
        }

        /** The Grundy value of the whole position: the exclusive or of each heap's value. */
        public int grundy() {
            int largest = heaps.stream().mapToInt(Integer::intValue).max().orElse(0);
            int[] values = takes.isEmpty() ? null : Grundy.subtraction(largest, takes.stream().mapToInt(Integer::intValue).toArray());
            int sum = 0;
            for (int heap : heaps) {
                sum ^= values == null ? heap : values[heap];
            }
            return sum;
        }

        boolean allows(int count) {
            return takes.isEmpty() || takes.contains(count);
        }
    }

    /** The rule for the amounts taken, as the opening states it. */
    protected static String amounts(Position position) {
        return position.takes().isEmpty() ? "one or more objects (as many as you like, up to the whole heap)"
                : "exactly " + words(position.takes()) + " objects";
    }

    /** "1, 3 or 4". */
    protected static String words(List<Integer> numbers) {
        String all = numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }

    @Override
    protected final Heaps.Take read(Position position, String action) {
        return Heaps.read(action, position.heaps().size()).orElse(null);
    }

    @Override
    protected final String unreadable(Position position) {
        return "Write a move as 'take COUNT from heap LETTER' with a heap from A to " + Heaps.name(position.heaps().size() - 1)
                + ", for example 'take 1 from heap A'.";
    }

    @Override
    protected final String illegal(Position position, Heaps.Take move) {
        int size = position.heaps().get(move.heap());
        if (move.count() < 1) {
            return "You must take at least one object.";
        }
        if (!position.allows(move.count())) {
            return "A move takes exactly " + words(position.takes()) + " objects, not " + move.count() + ".";
        }
        if (move.count() > size) {
            return "Heap " + Heaps.name(move.heap()) + " has " + (size == 0 ? "no objects" : "only " + size + (size == 1 ? " object" : " objects")) + ".";
        }
        return null;
    }

    @Override
    protected final Position play(Position position, Heaps.Take move) {
        List<Integer> heaps = new ArrayList<>(position.heaps());
        heaps.set(move.heap(), heaps.get(move.heap()) - move.count());
        return new Position(heaps, position.takes());
    }

    @Override
    protected final List<Heaps.Take> moves(Position position) {
        List<Heaps.Take> moves = new ArrayList<>();
        for (int heap = 0; heap < position.heaps().size(); heap++) {
            for (int count = 1; count <= position.heaps().get(heap); count++) {
                if (position.allows(count)) {
                    moves.add(new Heaps.Take(heap, count));
                }
            }
        }
        return moves;
    }

    @Override
    protected final boolean lost(Position position) {
        return position.grundy() == 0;
    }

    /** Counted heap by heap: taking t from a heap h wins when the value of h - t is the value of h xor the whole sum. */
    @Override
    protected final double winningShare(Position position) {
        List<Integer> heaps = position.heaps();
        int largest = heaps.stream().mapToInt(Integer::intValue).max().orElse(0);
        int[] values = new int[largest + 1];
        if (position.takes().isEmpty()) {
            for (int heap = 0; heap <= largest; heap++) {
                values[heap] = heap;
            }
        } else {
            values = Grundy.subtraction(largest, position.takes().stream().mapToInt(Integer::intValue).toArray());
        }
        int sum = 0;
        for (int heap : heaps) {
            sum ^= values[heap];
        }
        int moves = 0;
        int winning = 0;
        for (int heap : heaps) {
            for (int count = 1; count <= heap; count++) {
                if (position.allows(count)) {
                    moves++;
                    if (values[heap - count] == (sum ^ values[heap])) {
                        winning++;
                    }
                }
            }
        }
        return moves == 0 ? 1 : (double) winning / moves;
    }

    @Override
    protected final String describe(Heaps.Take move) {
        return "take " + move.count() + " from heap " + Heaps.name(move.heap());
    }

    @Override
    protected final String show(Position position) {
        return Heaps.render(position.heaps());
    }
}
