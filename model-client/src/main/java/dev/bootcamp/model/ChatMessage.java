package dev.bootcamp.model;

import static java.util.Objects.requireNonNull;

/**
 * One message of a conversation, as OpenAI-compatible chat endpoints take them.
 *
 * @param role {@code user} or {@code assistant}
 * @param content the text
 */
public record ChatMessage(String role, String content) {
    public ChatMessage {
        requireNonNull(role, "role is null");
        requireNonNull(content, "content is null");
        if (!role.equals("user") && !role.equals("assistant")) {
            throw new IllegalArgumentException("a message's role is user or assistant, found '" + role + "'");
        }
    }

    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage("assistant", content);
    }
}
