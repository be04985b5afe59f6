package dev.bootcamp.api;

/** Thrown by {@link Bootcamp#parse(String)} when the answer text cannot be read; the message is the reason. */
public class AnswerFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnswerFormatException(String reason) {
        super(reason);
    }
}
