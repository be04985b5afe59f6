package dev.bootcamp.camps.kit.tools;

/** A tool call that cannot be carried out; the message is one line that says why, fit to show the player. */
public final class ToolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ToolException(String message) {
        super(message, null, false, false);
    }
}
