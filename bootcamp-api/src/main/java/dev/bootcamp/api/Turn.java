package dev.bootcamp.api;

import static java.util.Objects.requireNonNull;

/**
 * What one action of an {@link Interactive} episode gives.
 *
 * @param state the state after the action
 * @param observation what the player sees next, one or more lines of text
 * @param reward a reward for this step (0 when the bootcamp rewards only the outcome); finite
 * @param done whether the episode is over (won or lost) before the turn limit
 * @param <S> the state type
 */
public record Turn<S>(S state, String observation, double reward, boolean done) {
    public Turn {
        requireNonNull(state, "state is null");
        requireNonNull(observation, "observation is null");
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("a step reward must be finite, found " + reward);
        }
    }

    /** A step with no reward that does not end the episode. */
    public static <S> Turn<S> next(S state, String observation) {
        return new Turn<>(state, observation, 0, false);
    }

    /** A step that ends the episode. */
    public static <S> Turn<S> last(S state, String observation) {
        return new Turn<>(state, observation, 0, true);
    }
}
