package dev.bootcamp.api;

/** A knob, level, tier, style or option a user gave is unknown or out of range; the message says what is allowed. */
public class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
