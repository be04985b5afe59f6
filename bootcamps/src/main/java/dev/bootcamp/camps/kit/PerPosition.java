package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Several positions (games, boards) in one puzzle and one move asked for each, as in nim and tic-tac-toe: the answer is
 * one line per position, optionally labelled ({@code Game 2: ...}), and it is right only when every move is.
 */
public final class PerPosition {
    private PerPosition() {}

    /**
     * The moves, one per non-blank line (or per part between semicolons), each with a leading {@code <noun> <number>}
     * label dropped and read by {@code move}; {@code expected} describes the answer when none is found.
     */
    public static <M> List<M> read(String text, String noun, Function<String, M> move, String expected) {
        Pattern label = Pattern.compile("^\\s*" + noun + "\\s*\\d+\\s*[:.)]?", Pattern.CASE_INSENSITIVE);
        List<M> moves = new ArrayList<>();
        for (String line : text.split("[\\n;]")) {
            if (!line.isBlank()) {
                moves.add(move.apply(label.matcher(line).replaceFirst("")));
            }
        }
        if (moves.isEmpty()) {
            throw new AnswerFormatException(expected);
        }
        return moves;
    }

    /**
     * CORRECT ({@code right}) when there is one move per position and {@code problem} finds nothing wrong with any;
     * otherwise WRONG naming the first position whose move is not right. {@code problem} gets the position's index.
     */
    public static Score check(int positions, int moves, String noun, IntFunction<String> problem, String right) {
        if (moves != positions) {
            return Score.wrong("expected " + positions + " moves, one per " + noun + ", found " + moves);
        }
        for (int k = 0; k < positions; k++) {
            String wrong = problem.apply(k);
            if (wrong != null) {
                return Score.wrong(noun + " " + (k + 1) + ": " + wrong);
            }
        }
        return Score.correct(right);
    }

    /** The gold moves with the move of position {@code k} replaced by each wrong candidate in turn, without repeats. */
    public static <M> List<List<M>> replacing(List<M> gold, int k, List<M> candidates, Function<M, String> problem) {
        List<List<M>> misses = new ArrayList<>();
        for (M candidate : candidates) {
            if (problem.apply(candidate) != null) {
                List<M> moves = new ArrayList<>(gold);
                moves.set(k, candidate);
                misses.add(List.copyOf(moves));
            }
        }
        return misses.stream().distinct().toList();
    }
}
