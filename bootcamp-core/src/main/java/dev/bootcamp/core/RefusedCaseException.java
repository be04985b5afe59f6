package dev.bootcamp.core;

/**
 * A case record that disagrees with its own spec: its {@code id} is not the id its spec makes, or its {@code puzzle}
 * is not the puzzle its spec generates. The message is the one-line reason (HTTP 400 in the server).
 */
public final class RefusedCaseException extends BadInputException {
    private static final long serialVersionUID = 1L;

    public RefusedCaseException(String message) {
        super(message);
    }
}
