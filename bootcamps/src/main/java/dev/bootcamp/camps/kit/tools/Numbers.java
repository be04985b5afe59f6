package dev.bootcamp.camps.kit.tools;

import java.math.BigInteger;
import java.util.Optional;

/** Lenient readers of whole numbers in answer text, bounded in digits; linear and never throwing. */
public final class Numbers {
    /** Longest number read, in digits; a longer one reads as nothing. */
    public static final int MAX_DIGITS = 500;

    private Numbers() {}

    /**
     * The first whole number in the text: an optional minus sign right before it, then digits, which may be grouped
     * with commas, underscores or thin spaces ("12,345,678"); a decimal point ends it. Empty when there is none or it
     * has more than {@link #MAX_DIGITS} digits.
     */
    public static Optional<BigInteger> firstWhole(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            StringBuilder digits = new StringBuilder();
            int j = i;
            while (j < text.length()) {
                char d = text.charAt(j);
                if (d >= '0' && d <= '9') {
                    if (digits.length() == MAX_DIGITS) {
                        return Optional.empty();
                    }
                    digits.append(d);
                } else if (!((d == ',' || d == '_' || d == '\u2009') && j + 1 < text.length() && text.charAt(j + 1) >= '0'
                        && text.charAt(j + 1) <= '9')) {
                    break;
                }
                j++;
            }
            BigInteger value = new BigInteger(digits.toString());
            return Optional.of(i > 0 && text.charAt(i - 1) == '-' ? value.negate() : value);
        }
        return Optional.empty();
    }
}
