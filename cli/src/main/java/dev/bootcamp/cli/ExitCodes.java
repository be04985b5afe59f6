package dev.bootcamp.cli;

/** Exit codes of every command. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    private ExitCodes() {}
}
