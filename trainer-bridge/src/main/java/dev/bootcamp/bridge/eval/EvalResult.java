package dev.bootcamp.bridge.eval;

/**
 * One line of {@code results.jsonl}: a case, what the model said, and the score.
 *
 * @param verdict a verdict's wire name, or {@code error} when the request failed for good
 * @param error why the request failed, or null
 */
public record EvalResult(String id, String bootcamp, String domain, int level, double reward, String verdict, String detail,
        String prompt, String response, String gold, long latencyMillis, long promptTokens, long completionTokens, int attempts,
        String error) {

    public boolean failed() {
        return error != null;
    }
}
