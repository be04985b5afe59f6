package dev.bootcamp.core;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * One episode of an {@link Interactive} bootcamp being played: the rules the framework adds around the bootcamp's
 * pure functions. It counts turns, ends the episode at the bootcamp's turn limit, turns away an over-long action
 * without showing it to the bootcamp (it still costs a turn), and adds the outcome's reward to the step that ends the
 * episode, so the rewards of an episode sum to its step rewards plus its final score.
 *
 * <p>Not thread-safe: one player acts at a time. The same spec and actions give the same observations byte for byte
 * ({@link #replay}).
 *
 * @param <S> the bootcamp's state type
 */
public final class Episode<S> {
    /** The longest action read; a longer one is refused with an observation (and counts as a turn). */
    public static final int MAX_ACTION_CHARS = 2_000;

    private final Interactive<S> bootcamp;
    private final EpisodeSpec spec;
    private final String opening;
    private final int turnLimit;
    private final List<String> actions = new ArrayList<>();
    private S state;
    private String lastObservation;
    private boolean over;
    private double stepRewards;

    private Episode(Interactive<S> bootcamp, EpisodeSpec spec) {
        this.bootcamp = bootcamp;
        this.spec = spec;
        this.state = bootcamp.start(spec.knobs(bootcamp.info()), new CaseRandom(spec.seed()));
        this.opening = bootcamp.opening(state);
        this.turnLimit = bootcamp.turnLimit(state);
        this.lastObservation = opening;
    }

    /** A new episode at the start. */
    public static <S> Episode<S> begin(Interactive<S> bootcamp, EpisodeSpec spec) {
        requireNonNull(bootcamp, "bootcamp is null");
        requireNonNull(spec, "spec is null");
        if (!bootcamp.info().id().equals(spec.bootcamp())) {
            throw new IllegalArgumentException("the spec is for '" + spec.bootcamp() + "', not '" + bootcamp.info().id() + "'");
        }
        return new Episode<>(bootcamp, spec);
    }

    /** A new episode at a level, with the level's knobs. */
    public static <S> Episode<S> begin(Interactive<S> bootcamp, int level, long seed) {
        Knobs knobs = bootcamp.atLevel(level);
        return begin(bootcamp, EpisodeSpec.of(bootcamp.info(), level, knobs, seed));
    }

    /** The episode after {@code actions}, played again from the start. */
    public static <S> Episode<S> replay(Interactive<S> bootcamp, EpisodeSpec spec, List<String> actions) {
        Episode<S> episode = begin(bootcamp, spec);
        for (String action : actions) {
            if (episode.over) {
                throw new IllegalArgumentException("the episode ended after " + episode.actions.size() + " of " + actions.size() + " actions");
            }
            episode.act(action);
        }
        return episode;
    }

    /** Plays one action; after the episode is over this is refused. */
    public Step act(String action) {
        requireNonNull(action, "action is null");
        if (over) {
            throw new IllegalStateException("the episode is over");
        }
        actions.add(action);
        Turn<S> turn;
        if (action.length() > MAX_ACTION_CHARS) {
            turn = Turn.next(state, "That action is " + action.length() + " characters long; an action is at most " + MAX_ACTION_CHARS
                    + " characters. Nothing happened.");
        } else {
            turn = bootcamp.act(state, action);
        }
        state = turn.state();
        stepRewards += turn.reward();
        String observation = turn.observation();
        boolean ends = turn.done();
        if (!ends && actions.size() >= turnLimit) {
            ends = true;
            observation = observation + "\n\nThat was the last of your " + turnLimit + " turns. The episode is over.";
        }
        double reward = turn.reward();
        if (ends) {
            over = true;
            reward += bootcamp.outcome(state).reward();
        }
        lastObservation = observation;
        return new Step(observation, reward, ends, actions.size());
    }

    /** The expert's action in the current state (the reference policy). */
    public String expertAction() {
        return bootcamp.expertAction(state);
    }

    /** The final score: the bootcamp's outcome of the state as it stands. */
    public Score score() {
        return bootcamp.outcome(state);
    }

    public EpisodeSpec spec() {
        return spec;
    }

    public Interactive<S> bootcamp() {
        return bootcamp;
    }

    public String opening() {
        return opening;
    }

    public String lastObservation() {
        return lastObservation;
    }

    public boolean over() {
        return over;
    }

    public int turns() {
        return actions.size();
    }

    public int turnLimit() {
        return turnLimit;
    }

    /** The sum of the step rewards so far (without the outcome). */
    public double stepRewards() {
        return stepRewards;
    }

    public List<String> actions() {
        return List.copyOf(actions);
    }

    /** The current state (for the contract and tests; a server never shows it). */
    public S state() {
        return state;
    }

    /**
     * What one action gave.
     *
     * @param observation what the player sees next
     * @param reward the step's reward, plus the outcome's reward on the step that ends the episode
     * @param done whether the episode is over
     * @param turn how many actions have been played, this one included
     */
    public record Step(String observation, double reward, boolean done, int turn) {}
}
