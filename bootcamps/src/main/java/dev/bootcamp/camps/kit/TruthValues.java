package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.Locale;

/** Answers that are a run of truth values (a truth-table column, a circuit's outputs), written as 1s and 0s. */
public final class TruthValues {
    private TruthValues() {}

    /**
     * A string of {@code 1} and {@code 0}, written as it is and read from 1/0, T/F and true/false in any case, with or
     * without spaces, commas or bars between them; at most {@code max} values.
     */
    public static Codec<String> bits(int max) {
        return Codec.of(bits -> bits, text -> {
            StringBuilder bits = new StringBuilder();
            for (String token : Answers.tokens(text, "|")) {
                String word = token.toLowerCase(Locale.ROOT);
                if (word.equals("true") || word.equals("false")) {
                    word = word.substring(0, 1);
                }
                for (char c : word.toCharArray()) {
                    if (c != '0' && c != '1' && c != 't' && c != 'f') {
                        throw new AnswerFormatException("expected 1s and 0s (or T and F), found '" + Answers.abbreviate(token) + "'");
                    }
                    bits.append(c == '1' || c == 't' ? '1' : '0');
                }
                if (bits.length() > max) {
                    throw new AnswerFormatException("more than " + max + " values");
                }
            }
            if (bits.isEmpty()) {
                throw new AnswerFormatException("no 1s or 0s found");
            }
            return bits.toString();
        });
    }
}
