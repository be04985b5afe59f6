package dev.bootcamp.camps.kit;

import dev.bootcamp.api.Score;
import java.util.List;
import java.util.function.Supplier;

/**
 * The check shared by the state-space puzzles (sliding puzzle, tower of hanoi, water jugs, lights out): replay the
 * answer's moves one by one, stop at the first illegal one, test the goal, and (where the fewest moves are asked for) pay
 * a legal solution by how close it is to the fewest possible moves.
 */
public final class MoveReplay {
    private MoveReplay() {}

    /** Plays one move on the caller's state. */
    public interface Play<M> {
        /** Applies move {@code number} (from 1); null when it was legal, else why not. */
        String move(int number, M move);
    }

    /**
     * WRONG at the first illegal move or when {@code unmet} names what is not yet the goal (null when it is reached);
     * otherwise CORRECT at {@code optimum} moves or fewer and PARTIAL optimum / length beyond. {@code done} says what a
     * solution achieved ("solved"), {@code noun} what a move is called ("moves").
     */
    public static <M> Score score(List<M> moves, Play<M> play, Supplier<String> unmet, int optimum, String done, String noun) {
        String wrong = replay(moves, play, unmet);
        if (wrong != null) {
            return Score.wrong(wrong);
        }
        int length = moves.size();
        if (length <= optimum) {
            return Score.correct(done + " in the fewest possible " + noun + ", " + length);
        }
        return Score.partial((double) optimum / length, done + " legally in " + length + " " + noun + "; the fewest possible is " + optimum);
    }

    /** Plays the moves in order; the first illegal move's reason, else what {@code unmet} finds missing (null: solved). */
    public static <M> String replay(List<M> moves, Play<M> play, Supplier<String> unmet) {
        for (int i = 0; i < moves.size(); i++) {
            String illegal = play.move(i + 1, moves.get(i));
            if (illegal != null) {
                return illegal;
            }
        }
        return unmet.get();
    }

    /**
     * The words of a written list of moves: runs of letters and digits, lower-cased, without the {@code filler} words
     * ("move", "then"); more than {@code most} words is a format error.
     */
    public static List<String> words(String text, List<String> filler, int most) {
        return StepWords.of(text, filler, most, "more than " + most + " moves");
    }
}
