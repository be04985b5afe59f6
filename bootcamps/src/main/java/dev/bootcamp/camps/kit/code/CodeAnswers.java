package dev.bootcamp.camps.kit.code;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Knob;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NumberAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** What the code bootcamps share around a program: the language knob, printed-output answers and a block of source. */
public final class CodeAnswers {
    /** The longest answer text the code bootcamps read. */
    public static final int MAX_ANSWER = 4_000;

    private CodeAnswers() {}

    /** A knob choosing the language of the shown program: one of them, or "mixed" for a random one per case. */
    public static Knob<String> languageKnob(String defaultValue) {
        return Knob.choice("language", List.of("mixed", "python", "javascript", "cpp"), defaultValue,
                "language of the program shown (mixed: Python, JavaScript or C++ at random)");
    }

    /** The language a case uses under the language knob's {@code choice}. */
    public static Language language(String choice, RandomGenerator random) {
        return switch (choice) {
            case "python" -> Language.PYTHON;
            case "javascript" -> Language.JAVASCRIPT;
            case "cpp" -> Language.CPP;
            default -> Draw.pick(List.of(Language.values()), random);
        };
    }

    /** The language named by {@link Language#name()}. */
    public static Language language(String name) {
        return Language.valueOf(name);
    }

    /**
     * Printed lines, one a line, each stripped of surrounding spaces, blank lines skipped; at least one line, at most
     * {@link #MAX_ANSWER} characters in all.
     */
    public static Codec<List<String>> lines() {
        return Codec.of(lines -> String.join("\n", lines), text -> {
            List<String> lines = new ArrayList<>();
            for (String line : NumberAnswers.capped(text, MAX_ANSWER).split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            if (lines.isEmpty()) {
                throw new AnswerFormatException("no printed lines found");
            }
            return List.copyOf(lines);
        });
    }

    /** Source text (plain or {@link Listing#numbered()}) as a fenced code block for a prompt. */
    public static String block(String source, Language language) {
        String tag = switch (language) {
            case PYTHON -> "python";
            case JAVASCRIPT -> "javascript";
            case CPP -> "cpp";
        };
        return "```" + tag + "\n" + source + "\n```\n";
    }
}
