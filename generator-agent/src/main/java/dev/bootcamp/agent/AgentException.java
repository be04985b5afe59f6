package dev.bootcamp.agent;

/** A request the agent refuses (a bad id, an unknown domain, a file that exists); the message is one line saying why. */
public class AgentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AgentException(String message) {
        super(message);
    }
}
