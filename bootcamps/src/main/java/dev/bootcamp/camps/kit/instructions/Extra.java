package dev.bootcamp.camps.kit.instructions;

import static java.util.Objects.requireNonNull;

/**
 * One rule of the shared pool that instruction bootcamps add to their own rules as the level rises. Which fields a kind
 * reads is fixed by the kind; unused fields are empty or 0.
 *
 * @param kind what the rule constrains
 * @param word the word, letter, or two words separated by a space (for {@link Kind#ORDER}) the rule names
 * @param number the count the rule names
 */
public record Extra(Kind kind, String word, int number) {
    public Extra {
        requireNonNull(kind, "kind is null");
        requireNonNull(word, "word is null");
    }

    /** The kinds of the pool. */
    public enum Kind {
        KEYWORD_AT_LEAST, FORBIDDEN_WORD, LETTER_AT_LEAST, LETTER_AT_MOST, LETTER_ABSENT, WORDS_AT_LEAST, WORDS_AT_MOST,
        NO_COMMA, LOWER_CASE, FIRST_WORD, LAST_WORD, DISTINCT_AT_LEAST, LONGEST_AT_MOST, SHORTEST_AT_LEAST, ORDER,
        INITIAL_AT_LEAST
    }
}
