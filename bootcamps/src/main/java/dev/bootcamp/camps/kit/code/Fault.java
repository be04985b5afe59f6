package dev.bootcamp.camps.kit.code;

/**
 * Why a run stopped early. {@link #INDEX} and {@link #ZERO_DIVISION} are errors of the program itself (Python's
 * IndexError and ZeroDivisionError); {@link #LIMIT} means the run left the bounds this kit supports (too many steps, too
 * deep a recursion, a value too large for the language) and the program should be discarded.
 */
public enum Fault {
    INDEX("IndexError"), ZERO_DIVISION("ZeroDivisionError"), LIMIT("LimitExceeded");

    private final String pythonName;

    Fault(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The name Python gives this error. */
    public String pythonName() {
        return pythonName;
    }
}
