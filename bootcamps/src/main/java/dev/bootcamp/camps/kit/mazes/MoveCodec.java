package dev.bootcamp.camps.kit.mazes;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.StepWords;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A written list of moves, each one of a fixed set of names ("U", "NE", "W"), read leniently: moves separated by
 * spaces, commas or arrows, a run of one-letter moves written together ("RRDL"), or whole words given as synonyms
 * ("up", "north-east" as "northeast"). The canonical form is the names separated by single spaces.
 */
public final class MoveCodec {
    private static final Set<String> FILLER = Set.of("then", "move", "moves", "go", "and", "step", "steps");

    private MoveCodec() {}

    /** The screen moves U, D, L, R (also read as up, down, left, right). */
    public static Codec<List<String>> screen(int most) {
        return of(List.of("U", "D", "L", "R"), Map.of("up", "U", "down", "D", "left", "L", "right", "R"), most);
    }

    /** The compass moves N, E, S, W (also read as north, east, south, west). */
    public static Codec<List<String>> compass(int most) {
        return of(List.of("N", "E", "S", "W"), Map.of("north", "N", "east", "E", "south", "S", "west", "W"), most);
    }

    /**
     * Moves named by {@code names} (upper case) or by the lower-case words of {@code synonyms}; more than {@code most}
     * moves, or none, is a format error.
     */
    public static Codec<List<String>> of(List<String> names, Map<String, String> synonyms, int most) {
        List<String> known = List.copyOf(names);
        boolean single = known.stream().allMatch(name -> name.length() == 1);
        return Codec.of(moves -> String.join(" ", moves), text -> {
            List<String> moves = new ArrayList<>();
            for (String word : StepWords.of(text, FILLER, most, "more than " + most + " moves")) {
                String upper = word.toUpperCase(Locale.ROOT);
                if (known.contains(upper)) {
                    moves.add(upper);
                } else if (synonyms.containsKey(word)) {
                    moves.add(synonyms.get(word));
                } else if (single && upper.chars().allMatch(c -> known.contains(String.valueOf((char) c)))) {
                    upper.chars().forEach(c -> moves.add(String.valueOf((char) c)));
                } else {
                    throw new AnswerFormatException("expected moves among " + String.join(", ", known) + ", found '"
                            + Answers.abbreviate(word) + "'");
                }
                if (moves.size() > most) {
                    throw new AnswerFormatException("more than " + most + " moves");
                }
            }
            if (moves.isEmpty()) {
                throw new AnswerFormatException("no moves found");
            }
            return List.copyOf(moves);
        });
    }
}
