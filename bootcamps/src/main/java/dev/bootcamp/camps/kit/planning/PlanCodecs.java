package dev.bootcamp.camps.kit.planning;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The two written forms of a {@link Plan}: a list of worded steps, or a string of one-letter moves. */
public final class PlanCodecs {
    private static final int MAX_STEP_CHARS = 200;

    private PlanCodecs() {}

    /**
     * Steps separated by commas, semicolons, new lines or closing parentheses, each a run of words (letters, digits,
     * '-' and '_'), lower-cased and joined by single spaces, so "(Move A B), move c table" reads as two steps; other
     * characters only separate words. More than {@code most} steps, or a step over 200 characters, is malformed.
     * Rendered as the steps joined by ", ".
     */
    public static Codec<Plan> steps(int most) {
        return Codec.of(plan -> String.join(", ", plan.steps()), text -> readSteps(text, most));
    }

    /**
     * One letter per step from {@code alphabet} (upper case), read case-insensitively; spaces, commas and other
     * separators are ignored, any other letter or digit is malformed. Rendered as the letters run together.
     */
    public static Codec<Plan> letters(String alphabet, int most) {
        return Codec.of(plan -> String.join("", plan.steps()), text -> readLetters(text, alphabet, most));
    }

    private static Plan readSteps(String text, int most) {
        List<String> steps = new ArrayList<>();
        StringBuilder step = new StringBuilder();
        boolean space = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == ',' || c == ';' || c == '\n' || c == ')') {
                if (!step.isEmpty()) {
                    steps.add(step.toString());
                    if (steps.size() > most) {
                        throw new AnswerFormatException("more than " + most + " steps");
                    }
                    step.setLength(0);
                }
                space = false;
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                if (space && !step.isEmpty()) {
                    step.append(' ');
                }
                step.append(Character.toLowerCase(c));
                space = false;
                if (step.length() > MAX_STEP_CHARS) {
                    throw new AnswerFormatException("a step is longer than " + MAX_STEP_CHARS + " characters; separate steps with commas");
                }
                continue;
            }
            space = true;
        }
        if (steps.isEmpty()) {
            throw new AnswerFormatException("no steps found");
        }
        return new Plan(steps.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    private static Plan readLetters(String text, String alphabet, int most) {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if (alphabet.indexOf(c) >= 0) {
                steps.add(String.valueOf(c));
                if (steps.size() > most) {
                    throw new AnswerFormatException("more than " + most + " moves");
                }
            } else if (Character.isLetterOrDigit(c)) {
                throw new AnswerFormatException("unexpected '" + Answers.abbreviate(String.valueOf(text.charAt(i))) + "'; moves are the letters " + alphabet);
            }
        }
        if (steps.isEmpty()) {
            throw new AnswerFormatException("no moves found");
        }
        return new Plan(steps);
    }
}
