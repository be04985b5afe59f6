package dev.bootcamp.camps.kit.opponents;

import java.util.ArrayList;
import java.util.List;

/**
 * The base of impartial games (both sides have the same moves; whoever cannot move loses) played against a perfect
 * opponent. A game says which positions are lost for the side to move; the expert and the opponent move to such a
 * position whenever they can. From a lost position (where the expert has put it) the opponent sets traps: it moves where
 * the player has the smallest share of winning replies, drawing between equal traps with {@link Dice}, so that a random
 * player rarely survives.
 */
public abstract class ImpartialGame<P, M> extends Versus<P, M> {
    /** Whether the side to move loses against perfect play (a P-position); true when there is no move. */
    protected abstract boolean lost(P position);

    /** The game ends when the side to move has no move left: the side that made the last move wins. */
    @Override
    protected Ending ending(P position) {
        return moves(position).isEmpty() ? Ending.MOVER_WINS : Ending.NONE;
    }

    @Override
    protected final M reply(P position, long seed, int turn) {
        if (!lost(position)) {
            return best(position);
        }
        List<M> traps = new ArrayList<>();
        double fewest = 2;
        for (M move : moves(position)) {
            double share = winningShare(play(position, move));
            if (share < fewest) {
                fewest = share;
                traps.clear();
            }
            if (share == fewest) {
                traps.add(move);
            }
        }
        return traps.get(Dice.roll(seed, turn, traps.size()));
    }

    /**
     * The share of the legal moves that leave a lost position (1 when there is no move: the game is over). A game may
     * override this with a faster count; the answer must not change.
     */
    protected double winningShare(P position) {
        List<M> moves = moves(position);
        if (moves.isEmpty()) {
            return 1;
        }
        int winning = 0;
        for (M move : moves) {
            if (lost(play(position, move))) {
                winning++;
            }
        }
        return (double) winning / moves.size();
    }

    /** The first move, in the order of {@link #moves}, that leaves a lost position; else the first move. */
    @Override
    protected final M best(P position) {
        List<M> moves = moves(position);
        for (M move : moves) {
            if (lost(play(position, move))) {
                return move;
            }
        }
        return moves.get(0);
    }
}
