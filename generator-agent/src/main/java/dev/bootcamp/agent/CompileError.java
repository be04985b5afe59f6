package dev.bootcamp.agent;

import static java.util.Objects.requireNonNull;

/**
 * One error javac reported.
 *
 * @param file the file name
 * @param line 1-based line, or 0 when javac gave none
 * @param column 1-based column, or 0
 * @param message javac's message on one line
 * @param code the source line it points at, trimmed, or ""
 */
public record CompileError(String file, int line, int column, String message, String code) {
    public CompileError {
        requireNonNull(file, "file is null");
        requireNonNull(message, "message is null");
        requireNonNull(code, "code is null");
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message + (code.isEmpty() ? "" : " (" + code + ")");
    }
}
