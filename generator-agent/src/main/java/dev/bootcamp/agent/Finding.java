package dev.bootcamp.agent;

import static java.util.Objects.requireNonNull;

/**
 * One problem the static checks found in a source file.
 *
 * @param file the file name as given
 * @param line 1-based line, or 0 when the problem is not tied to a line
 * @param rule a short kebab-case rule name, such as {@code clock} or {@code mutable-static}
 * @param message what is wrong and what to do instead
 */
public record Finding(String file, int line, String rule, String message) {
    public Finding {
        requireNonNull(file, "file is null");
        requireNonNull(rule, "rule is null");
        requireNonNull(message, "message is null");
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " [" + rule + "] " + message;
    }
}
