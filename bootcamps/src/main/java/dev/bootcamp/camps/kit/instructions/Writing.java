package dev.bootcamp.camps.kit.instructions;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.kit.Codec;

/**
 * The answer codec of the writing bootcamps: free text kept as written, with line endings made {@code \n}, spaces at
 * line ends and blank lines at either end dropped. Answers longer than {@link #MAX_CHARS} are refused, so every
 * checker's scans stay small.
 */
public final class Writing {
    /** The longest answer text accepted. */
    public static final int MAX_CHARS = 12_000;

    private Writing() {}

    /** The codec: render is the identity on normalised text, parse normalises and bounds (and refuses text without a word). */
    public static Codec<String> codec() {
        return Codec.of(text -> text, Writing::normalise);
    }

    /** The text normalised as {@link #codec()} reads it; throws {@link AnswerFormatException} when empty or too long. */
    public static String normalise(String text) {
        if (text.length() > MAX_CHARS * 2) {
            throw new AnswerFormatException("the answer is " + text.length() + " characters, over the limit of " + MAX_CHARS);
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        for (String line : unified.split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        String result = out.toString().strip();
        if (result.isEmpty()) {
            throw new AnswerFormatException("the answer is empty");
        }
        if (!Text.hasWord(result)) {
            throw new AnswerFormatException("the answer contains no word (no letters a to z)");
        }
        if (result.length() > MAX_CHARS) {
            throw new AnswerFormatException("the answer is " + result.length() + " characters, over the limit of " + MAX_CHARS);
        }
        return result;
    }
}
