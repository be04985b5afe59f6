package dev.bootcamp.model;

import java.util.List;

/** A language model behind a chat endpoint. */
public interface ChatModel {
    /** Answers one user prompt; throws {@link ModelException} when every retry failed. */
    Completion complete(String prompt) throws ModelException, InterruptedException;

    /**
     * Answers the last message of a conversation (user and assistant turns, ending with a user turn), as multi-turn
     * episodes need. A model that only takes single prompts answers a one-message conversation and refuses longer ones.
     */
    default Completion converse(List<ChatMessage> messages) throws ModelException, InterruptedException {
        if (messages.size() == 1 && messages.get(0).role().equals("user")) {
            return complete(messages.get(0).content());
        }
        throw new ModelException("this model takes single prompts, not conversations", 0);
    }
}
