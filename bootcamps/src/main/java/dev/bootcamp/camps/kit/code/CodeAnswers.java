package dev.bootcamp.camps.kit.code;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Knob;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NamedValues;
import dev.bootcamp.camps.kit.NumberAnswers;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
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

    /**
     * Values of named variables, {@code name = value} (or {@code name: value}) separated by commas or lines, written
     * one a line in name order; names are identifiers of at most 12 letters and digits, values whole numbers.
     */
    public static Codec<SortedMap<String, Long>> variables() {
        return NamedValues.codec(" = ", "\n", Set.of("and"), CodeAnswers::identifier, Answers::longValue, String::valueOf, "x = 3, y = -1");
    }

    private static String identifier(String text) {
        String name = text.strip();
        if (name.isEmpty() || name.length() > 12 || !Character.isLetter(name.charAt(0))
                || !name.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw new AnswerFormatException("expected a variable name, found '" + Answers.abbreviate(name) + "'");
        }
        return name;
    }

    /**
     * Whole numbers one per line (or separated by commas or semicolons), each optionally after a label ended by
     * {@code :} or {@code =} ({@code 7: 12}, {@code x = 3}); written one a line. At least one, at most 1,000.
     */
    public static Codec<List<Long>> numbers() {
        return Codec.of(values -> values.stream().map(String::valueOf).collect(Collectors.joining("\n")), text -> {
            List<Long> values = new ArrayList<>();
            for (String piece : NumberAnswers.capped(text, MAX_ANSWER).split("[\\n,;]")) {
                String value = NumberAnswers.afterLastEquals(piece.substring(piece.lastIndexOf(':') + 1)).strip();
                if (value.isEmpty()) {
                    continue;
                }
                if (values.size() == 1_000) {
                    throw new AnswerFormatException("more than 1000 numbers");
                }
                values.add(Answers.longValue(value));
            }
            if (values.isEmpty()) {
                throw new AnswerFormatException("no numbers found");
            }
            return List.copyOf(values);
        });
    }
}
