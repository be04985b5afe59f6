package dev.bootcamp.cli;

/**
 * What {@code main} learned about where it runs.
 *
 * @param interactive whether a person is watching (progress lines are shown only then)
 */
public record Terminal(boolean interactive) {}
