package dev.bootcamp.model;

/** A language model behind a chat endpoint. */
public interface ChatModel {
    /** Answers one user prompt; throws {@link ModelException} when every retry failed. */
    Completion complete(String prompt) throws ModelException, InterruptedException;
}
