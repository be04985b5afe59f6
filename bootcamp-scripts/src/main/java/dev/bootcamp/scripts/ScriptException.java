package dev.bootcamp.scripts;

import dev.bootcamp.core.RegistryException;

/**
 * A script bootcamp is refused: it cannot be read, its {@code INFO} is malformed, or it breaks a sandbox rule. The
 * message is one line that names the file and, where there is one, the line.
 */
public final class ScriptException extends RegistryException {
    private static final long serialVersionUID = 1L;

    public ScriptException(String message) {
        super(message);
    }

    static ScriptException at(String file, int line, String message) {
        return new ScriptException(file + (line > 0 ? " line " + line : "") + ": " + message);
    }
}
