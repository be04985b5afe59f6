package dev.bootcamp.api;

import java.util.random.RandomGenerator;

/**
 * An interactive bootcamp: a task played over several turns instead of one prompt and one answer.
 *
 * <p>From knobs and a random source it makes the hidden state of an episode; {@link #opening} is the first
 * observation (the rules, the situation and how to act); each {@link #act} takes the model's action text and gives
 * the next state, observation, a step reward and whether the episode is over. The framework counts turns, ends the
 * episode at {@link #turnLimit}, bounds the length of an action and scores the end with {@link #outcome}.
 *
 * <p>Everything is a pure function of its arguments: states are immutable values (records) and any randomness an
 * opponent needs is drawn from a seed kept in the state, so replaying the same actions from the same knobs and seed
 * replays the episode byte for byte. Implementations are stateless, have a public no-argument constructor and are
 * registered with {@code @AutoService(Interactive.class)}.
 *
 * @param <S> the state of an episode: small (the server holds thousands at once) and immutable
 */
public interface Interactive<S> {

    /** Identity, description and knobs; {@code answerShape} says what one action looks like. */
    BootcampInfo info();

    /** The knob values for a level in 1..10, as for {@link Bootcamp#atLevel}. */
    Knobs atLevel(int level);

    /** The hidden state at the start of an episode; pure and bounded in time, like {@link Bootcamp#generate}. */
    S start(Knobs knobs, RandomGenerator random);

    /** The first observation: the rules, what the player can see, the action syntax and the turn limit. */
    String opening(S state);

    /**
     * Plays one action. Total: any text (empty, huge, hostile) gives a turn; an action that cannot be read or is
     * not allowed gives an observation saying why, with the state unchanged or moved on as the rules say. Never throws.
     */
    Turn<S> act(S state, String action);

    /** The score of the episode as it stands when it ends (the goal reached, lost, or out of turns). */
    Score outcome(S state);

    /** The most turns an episode may take; the framework ends it after that many actions. */
    int turnLimit(S state);

    /**
     * The reference policy's action in this state. It may read the hidden state, but a bootcamp should play from what
     * the observations so far reveal where that is practical, so that winning within {@link #turnLimit} is shown to be
     * fair; the contract requires it to win every episode at every level.
     */
    String expertAction(S state);

    /** A well-formed action drawn at random, ignoring what the observations say; the contract's random policy. */
    String randomAction(S state, RandomGenerator random);

    /** How hard an episode is (hidden-state size, the expert's turns); its mean must rise with the level. */
    default double cost(S state) {
        return turnLimit(state);
    }
}
