package dev.bootcamp.camps.kit.planning;

/**
 * What one step does to a state: the next state, or why the step is illegal there (then {@code state} is null).
 *
 * @param <S> the state
 */
public record Outcome<S>(S state, String illegal) {
    /** A legal step leading to {@code state}. */
    public static <S> Outcome<S> to(S state) {
        return new Outcome<>(state, null);
    }

    /** An illegal step, with the reason in a few words ("block c is not clear"). */
    public static <S> Outcome<S> illegal(String reason) {
        return new Outcome<>(null, reason);
    }

    public boolean legal() {
        return illegal == null;
    }
}
