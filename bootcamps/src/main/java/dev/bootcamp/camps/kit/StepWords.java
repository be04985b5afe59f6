package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The words of an answer written as steps in prose ("insert x at 3, then delete 5", "fill jug A, pour A into B"):
 * runs of letters and digits, lower-cased, with filler words dropped, for a step parser to read verb by verb.
 */
public final class StepWords {
    private StepWords() {}

    /**
     * The lower-cased letter-and-digit runs of {@code text} that are not in {@code filler}; more than {@code limit} of
     * them is malformed with the message {@code tooMany}, so hostile text cannot make the parser work long.
     */
    public static List<String> of(String text, Collection<String> filler, int limit, String tooMany) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                start = start < 0 ? i : start;
                continue;
            }
            if (start >= 0) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!filler.contains(word)) {
                    words.add(word);
                }
                start = -1;
                if (words.size() > limit) {
                    throw new AnswerFormatException(tooMany);
                }
            }
        }
        return words;
    }
}
