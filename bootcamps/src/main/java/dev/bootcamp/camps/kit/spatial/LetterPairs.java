package dev.bootcamp.camps.kit.spatial;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.kit.Codec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers made of pairs of letters in groups of three, such as the opposite faces of several cubes: written
 * {@code A-B C-D E-F}, one group a line, and read back as single letters in order, any other characters separating
 * them, paired off two by two. Each pair is kept as a two-letter string.
 */
public final class LetterPairs {
    private static final int MAX_LETTERS = 200;

    private LetterPairs() {}

    /** The codec: groups of three pairs, one group a line. */
    public static Codec<List<String>> codec() {
        return Codec.of(LetterPairs::write, LetterPairs::read);
    }

    /** A pair with its letters in alphabetical order. */
    public static String sorted(String pair) {
        return pair.charAt(0) <= pair.charAt(1) ? pair : "" + pair.charAt(1) + pair.charAt(0);
    }

    /** Group {@code group} (three pairs) with each pair sorted and the pairs sorted: equal exactly for the same pairing. */
    public static List<String> group(List<String> pairs, int group) {
        return pairs.subList(3 * group, 3 * group + 3).stream().map(LetterPairs::sorted).sorted().toList();
    }

    private static String write(List<String> pairs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pairs.size(); i++) {
            String pair = pairs.get(i);
            text.append(i == 0 ? "" : i % 3 == 0 ? "\n" : " ").append(pair.charAt(0)).append('-').append(pair.charAt(1));
        }
        return text.toString();
    }

    private static List<String> read(String text) {
        if (text.length() > 20 * MAX_LETTERS) {
            throw new AnswerFormatException("the answer is too long");
        }
        List<Character> letters = new ArrayList<>();
        String upper = text.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                boolean alone = (i == 0 || !Character.isLetterOrDigit(upper.charAt(i - 1)))
                        && (i + 1 == upper.length() || !Character.isLetterOrDigit(upper.charAt(i + 1)));
                if (!alone) {
                    throw new AnswerFormatException("expected single letters such as A-B, found a longer word");
                }
                letters.add(c);
            }
        }
        if (letters.isEmpty() || letters.size() % 2 != 0 || letters.size() > MAX_LETTERS) {
            throw new AnswerFormatException("expected letters in pairs, found " + letters.size() + " letters");
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < letters.size(); i += 2) {
            pairs.add("" + letters.get(i) + letters.get(i + 1));
        }
        return List.copyOf(pairs);
    }
}
