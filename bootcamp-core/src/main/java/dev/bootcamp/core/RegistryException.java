package dev.bootcamp.core;

/** The catalogue cannot be built (duplicate or malformed ids) or an id is unknown; the message suggests ids. */
public class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RegistryException(String message) {
        super(message);
    }
}
