package dev.bootcamp.api;

import static java.util.Objects.requireNonNull;

/**
 * The result of checking one answer.
 *
 * @param reward in [0, 1]; exactly 1 for {@link Verdict#CORRECT}, strictly between 0 and 1 for
 *     {@link Verdict#PARTIAL}, and 0 otherwise
 * @param verdict what kind of outcome this is
 * @param detail one human-readable line saying why
 */
public record Score(double reward, Verdict verdict, String detail) {
    public Score {
        requireNonNull(verdict, "verdict is null");
        requireNonNull(detail, "detail is null");
        if (!(reward >= 0 && reward <= 1)) {
            throw new IllegalArgumentException("reward must be in [0, 1], found " + reward);
        }
        switch (verdict) {
            case CORRECT -> require(reward == 1, "a CORRECT score has reward 1, found " + reward);
            case PARTIAL -> require(reward > 0 && reward < 1, "a PARTIAL score has reward in (0, 1), found " + reward);
            default -> require(reward == 0, "a " + verdict + " score has reward 0, found " + reward);
        }
        if (detail.indexOf('\n') >= 0 || detail.indexOf('\r') >= 0) {
            detail = detail.replace('\n', ' ').replace('\r', ' ');
        }
    }

    public static Score correct() {
        return new Score(1, Verdict.CORRECT, "correct");
    }

    public static Score correct(String detail) {
        return new Score(1, Verdict.CORRECT, detail);
    }

    public static Score wrong(String detail) {
        return new Score(0, Verdict.WRONG, detail);
    }

    /** Partial credit; a reward of 0 becomes WRONG and a reward of 1 is refused (use {@link #correct()}). */
    public static Score partial(double reward, String detail) {
        if (reward <= 0) {
            return wrong(detail);
        }
        return new Score(reward, Verdict.PARTIAL, detail);
    }

    public static Score malformed(String detail) {
        return new Score(0, Verdict.MALFORMED, detail);
    }

    public static Score noAnswer(String detail) {
        return new Score(0, Verdict.NO_ANSWER, detail);
    }

    public boolean passed() {
        return verdict == Verdict.CORRECT;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
