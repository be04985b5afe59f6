package dev.bootcamp.camps.kit.instructions;

import static java.util.Objects.requireNonNull;

/**
 * The result of checking one rule against a text.
 *
 * @param core whether the rule is one of the task's own (core) rules, which gate all credit
 * @param met whether the text keeps the rule
 * @param detail one line naming the rule and, when broken, what was found
 */
public record Outcome(boolean core, boolean met, String detail) {
    public Outcome {
        requireNonNull(detail, "detail is null");
    }

    /** A core rule's outcome. */
    public static Outcome core(boolean met, String detail) {
        return new Outcome(true, met, detail);
    }

    /** An extra rule's outcome. */
    public static Outcome extra(boolean met, String detail) {
        return new Outcome(false, met, detail);
    }
}
