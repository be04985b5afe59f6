package dev.bootcamp.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of outcome a verification produced; see {@link Score}. */
public enum Verdict {
    /** The answer satisfies every rule; reward 1. */
    CORRECT,
    /** A valid but suboptimal or incomplete answer; reward strictly between 0 and 1. */
    PARTIAL,
    /** A well-formed answer that breaks a rule or is not the answer; reward 0. */
    WRONG,
    /** Nothing could be extracted from the response in the requested answer style; reward 0. */
    NO_ANSWER,
    /** Something was extracted but could not be parsed or has the wrong shape; reward 0. */
    MALFORMED;

    /** The lower-case name used on the wire and in reports, for example {@code no_answer}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Verdict fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
