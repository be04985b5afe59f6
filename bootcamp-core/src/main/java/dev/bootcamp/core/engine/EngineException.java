package dev.bootcamp.core.engine;

/** A cluster job failed; the message is one line naming what failed and why (the engine's own trace is dropped). */
public final class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
