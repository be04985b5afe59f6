package dev.bootcamp.core;

/** A bootcamp failed to generate or regenerate a case, or a case record is inconsistent with its spec. */
public class GenerationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GenerationException(String message) {
        super(message);
    }

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
