package dev.bootcamp.model;

/**
 * What a model answered to one prompt.
 *
 * @param text the response text (reasoning included, if the server returns it inline)
 * @param promptTokens as reported by the server, or -1
 * @param completionTokens as reported by the server, or -1
 * @param latencyMillis wall time of the successful attempt
 * @param attempts how many requests it took (1 when the first one succeeded)
 */
public record Completion(String text, long promptTokens, long completionTokens, long latencyMillis, int attempts) {}
