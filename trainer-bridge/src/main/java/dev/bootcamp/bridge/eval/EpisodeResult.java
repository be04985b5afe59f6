package dev.bootcamp.bridge.eval;

import java.util.List;

/**
 * One line of {@code episodes.jsonl}: an episode of an interactive bootcamp played by a model, and how it ended.
 *
 * @param id the episode spec's id (what a re-run skips by)
 * @param reward the outcome, 1 for a win
 * @param verdict a verdict's wire name, or {@code error} when a request failed for good
 * @param turns actions played; {@code turnLimit} the most allowed
 * @param actions the model's actions with reasoning removed, in order: replaying them replays the episode
 * @param responses the model's full responses, in order
 * @param error why the episode could not be finished, or null
 */
public record EpisodeResult(String id, String bootcamp, int level, long seed, double reward, String verdict, String detail,
        int turns, int turnLimit, List<String> actions, List<String> responses, long promptTokens, long completionTokens,
        String error) {

    public EpisodeResult {
        actions = actions == null ? List.of() : List.copyOf(actions);
        responses = responses == null ? List.of() : List.copyOf(responses);
    }

    public boolean failed() {
        return error != null;
    }

    public boolean won() {
        return !failed() && reward >= 1.0;
    }
}
