package dev.bootcamp.core;

/** A client sent something the bridge cannot use; the message is the one-line reason (HTTP 400). */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
