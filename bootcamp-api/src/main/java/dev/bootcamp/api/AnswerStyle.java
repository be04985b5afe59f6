package dev.bootcamp.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the model marks its final answer. The framework appends the style's closing instruction to every prompt
 * and extracts with the same style ({@code dev.bootcamp.verify.Responses}); the last occurrence in the response wins.
 */
public enum AnswerStyle {
    /** {@code <answer>…</answer>}, the default. */
    TAGS("tags"),
    /** {@code \boxed{…}} with balanced braces. */
    BOXED("boxed"),
    /** A line starting with {@code Answer:}; the answer runs from there to the end of the response. */
    FINAL_LINE("final-line");

    private final String wireName;

    AnswerStyle(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static AnswerStyle parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (AnswerStyle style : values()) {
            if (style.wireName.equals(key)) {
                return style;
            }
        }
        List<String> names = Arrays.stream(values()).map(AnswerStyle::wireName).toList();
        String suggestion = Names.didYouMean(key, names);
        throw new ConfigurationException("unknown answer style '" + text + "'" + suggestion + (suggestion.isEmpty() ? "; styles: " : " styles: ")
                + String.join(", ", names));
    }

    /** The sentence appended to every prompt, naming the answer's shape. */
    public String instruction(String answerShape) {
        return switch (this) {
            case TAGS -> "Think it through, then give your final answer, written as " + answerShape
                    + ", between <answer> and </answer>. Only the last <answer> block is read.";
            case BOXED -> "Think it through, then give your final answer, written as " + answerShape
                    + ", inside \\boxed{}. Only the last \\boxed{} is read.";
            case FINAL_LINE -> "Think it through, then end your response with a line that starts with \"Answer:\" followed by"
                    + " your final answer, written as " + answerShape
                    + ". If the answer takes several lines, start them on the line after \"Answer:\". Write nothing after the answer.";
        };
    }

    /** Wraps answer text the way a compliant model would. */
    public String wrap(String answerText) {
        return switch (this) {
            case TAGS -> "<answer>\n" + answerText + "\n</answer>";
            case BOXED -> "\\boxed{" + answerText + "}";
            case FINAL_LINE -> answerText.indexOf('\n') >= 0 ? "Answer:\n" + answerText : "Answer: " + answerText;
        };
    }
}
