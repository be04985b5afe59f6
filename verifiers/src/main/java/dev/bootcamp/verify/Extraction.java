package dev.bootcamp.verify;

/**
 * What extraction found in a response.
 *
 * @param text the answer text, or {@code null} when nothing was found
 * @param reason why nothing was found, or {@code null}
 */
public record Extraction(String text, String reason) {
    public static Extraction found(String text) {
        return new Extraction(text, null);
    }

    public static Extraction missing(String reason) {
        return new Extraction(null, reason);
    }

    public boolean isFound() {
        return text != null;
    }
}
