package dev.bootcamp.cli;

/** A combination of options or an input file the user gave that cannot work; exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
