package dev.bootcamp.scripts;

/**
 * A call into a script bootcamp failed: the script raised an exception, returned a value of the wrong shape, or ran
 * over its time budget. The message is one line such as {@code python-output.py line 12: NameError: name 'x' is not
 * defined (in generate)}.
 */
public final class ScriptFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScriptFailure(String message) {
        super(message);
    }

    @Override
    public String toString() {
        // The pipeline and the contract print exceptions with toString; the class name adds nothing to the message.
        return "script failure: " + getMessage();
    }
}
