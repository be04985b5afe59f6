package dev.bootcamp.camps.kit.opponents;

import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The base of two-player games against an opponent the environment plays: the player moves first, each readable legal
 * move is answered by the opponent's reply, and the episode ends when a move ends the game. An unreadable or illegal
 * move costs the turn and the opponent does not move. The final score is 1 for a win and 0 for a loss, a draw or running
 * out of turns. A game supplies its rules: reading, checking and playing a move, the end of a game, the opponent's
 * reply and the expert's move.
 *
 * @param <P> a position (an immutable value whose string form names it)
 * @param <M> a move
 */
public abstract class Versus<P, M> implements Interactive<Versus.State<P>> {
    /** How a game ends after a move, seen from the side that just moved. */
    public enum Ending {
        /** The game goes on. */
        NONE,
        /** The side that just moved has won. */
        MOVER_WINS,
        /** Nobody wins. */
        DRAW
    }

    /**
     * An episode.
     *
     * @param position the position, the player to move unless the game is over
     * @param seed the opponent's seed for choosing between moves ({@link Dice})
     * @param replies how many moves the opponent has made
     * @param limit the turn limit
     * @param result "playing", "won", "lost" or "drawn"
     */
    public record State<P>(P position, long seed, int replies, int limit, String result) {
        public State {
            Objects.requireNonNull(position, "position is null");
            Objects.requireNonNull(result, "result is null");
        }
    }

    /** The start of an episode in {@code position}, with the opponent's seed and the turn limit. */
    protected static <P> State<P> begin(P position, long seed, int limit) {
        return new State<>(position, seed, 0, limit, "playing");
    }

    /** The move the text names, or null when it names none (legal or not). */
    protected abstract M read(P position, String action);

    /** What the player is told when a move cannot be read: the action format and an example. */
    protected abstract String unreadable(P position);

    /** Why the move is not allowed in the position, or null when it is. */
    protected abstract String illegal(P position, M move);

    /** The position after a legal move; the other side is to move. */
    protected abstract P play(P position, M move);

    /** How the game stands just after a move that gave {@code position}. */
    protected abstract Ending ending(P position);

    /** Every legal move in a position where the game goes on, in a fixed order. */
    protected abstract List<M> moves(P position);

    /** The opponent's reply; {@code seed} and {@code turn} feed {@link Dice} where it chooses between moves. */
    protected abstract M reply(P position, long seed, int turn);

    /** The expert's move: one that keeps a forced win. */
    protected abstract M best(P position);

    /** A move as the player would write it, such as "take 3 from heap B". */
    protected abstract String describe(M move);

    /** The position as the player sees it. */
    protected abstract String show(P position);

    @Override
    public final Turn<State<P>> act(State<P> state, String action) {
        if (!state.result().equals("playing")) {
            return Turn.last(state, "The game is over.");
        }
        P position = state.position();
        M move = read(position, action);
        if (move == null) {
            return Turn.next(state, unreadable(position) + " Your turn is lost.\n" + show(position));
        }
        String why = illegal(position, move);
        if (why != null) {
            return Turn.next(state, why + " Your turn is lost.\n" + show(position));
        }
        P after = play(position, move);
        String mine = "You: " + describe(move) + ".";
        Ending ending = ending(after);
        if (ending != Ending.NONE) {
            return finish(state, after, state.replies(), ending == Ending.MOVER_WINS ? "won" : "drawn", mine);
        }
        M answer = reply(after, state.seed(), state.replies());
        P replied = play(after, answer);
        String theirs = mine + " Opponent: " + describe(answer) + ".";
        ending = ending(replied);
        if (ending != Ending.NONE) {
            return finish(state, replied, state.replies() + 1, ending == Ending.MOVER_WINS ? "lost" : "drawn", theirs);
        }
        State<P> next = new State<>(replied, state.seed(), state.replies() + 1, state.limit(), "playing");
        return Turn.next(next, theirs + "\n" + show(replied) + "\nYour move.");
    }

    private Turn<State<P>> finish(State<P> state, P position, int replies, String result, String said) {
        String end = switch (result) {
            case "won" -> "You win!";
            case "lost" -> "The opponent wins; you lose.";
            default -> "The game is drawn.";
        };
        return Turn.last(new State<>(position, state.seed(), replies, state.limit(), result), said + "\n" + show(position) + "\n" + end);
    }

    @Override
    public final Score outcome(State<P> state) {
        return switch (state.result()) {
            case "won" -> Score.correct("won after " + state.replies() + " replies of the opponent");
            case "lost" -> Score.wrong("the opponent won");
            case "drawn" -> Score.wrong("the game was drawn; only a win scores");
            default -> Score.wrong("the game was not won within " + state.limit() + " turns");
        };
    }

    @Override
    public final int turnLimit(State<P> state) {
        return state.limit();
    }

    @Override
    public final String expertAction(State<P> state) {
        return describe(best(state.position()));
    }

    /** A legal move drawn at random. */
    @Override
    public final String randomAction(State<P> state, RandomGenerator random) {
        List<M> moves = moves(state.position());
        return moves.isEmpty() ? "pass" : describe(moves.get(random.nextInt(moves.size())));
    }
}
