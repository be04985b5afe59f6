package dev.bootcamp.model;

/**
 * A request to the model failed for good (after retries, or at once for a client error such as 401).
 * {@code attempts} says how many requests were made.
 */
public class ModelException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int attempts;

    public ModelException(String message, int attempts) {
        super(message);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}
