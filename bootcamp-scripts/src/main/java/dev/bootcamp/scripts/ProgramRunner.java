package dev.bootcamp.scripts;

import org.python.core.Py;
import org.python.core.PyCode;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PyString;

/**
 * {@code bootcamp.run_python(source, max_millis=1000, max_output=65536)}: runs a Python program in a fresh namespace
 * under the script rules and returns what it printed. The program is checked and instrumented like a script; it sees
 * the same restricted builtins and imports, runs on the calling script's thread under its own deadline (and its
 * caller's budget), and cannot print more than {@code max_output} characters. Any failure (a rule broken, a syntax
 * error, an exception, the deadline, too much output) raises {@code RuntimeError('program failed: <program> line N:
 * ...')}, which the script may catch to draw another program.
 */
final class ProgramRunner extends SandboxFunctions.Sealed {
    static final String FILE = "<program>";
    private static final long serialVersionUID = 1L;

    private final transient Sandbox sandbox;

    ProgramRunner(Sandbox sandbox) {
        super("run_python", "run_python(source, max_millis=1000, max_output=65536) -> what the program printed");
        this.sandbox = sandbox;
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] keywords) {
        int positional = args.length - keywords.length;
        if (positional < 1 || positional > 3) {
            throw Py.TypeError("run_python(source, max_millis=1000, max_output=65536) takes 1 to 3 arguments, found " + args.length);
        }
        if (!(args[0] instanceof PyString sourceText)) {
            throw Py.TypeError("run_python needs the program as a string, found " + args[0].getType().fastGetName());
        }
        long maxMillis = positional >= 2 ? args[1].asLong() : 1000;
        int maxOutput = positional >= 3 ? args[2].asInt() : 65536;
        for (int i = 0; i < keywords.length; i++) {
            PyObject value = args[positional + i];
            switch (keywords[i]) {
                case "max_millis" -> maxMillis = value.asLong();
                case "max_output" -> maxOutput = value.asInt();
                default -> throw Py.TypeError("run_python() got an unexpected keyword argument '" + keywords[i] + "'");
            }
        }
        return Py.newStringOrUnicode(run(sourceText.getString(), maxMillis, maxOutput));
    }

    private String run(String source, long maxMillis, int maxOutput) {
        PyCode code;
        try {
            code = sandbox.compile(source, FILE, false);
        } catch (ScriptException e) {
            throw Py.RuntimeError("program failed: " + e.getMessage());
        } catch (PyException e) {
            throw Py.RuntimeError("program failed: " + PythonErrors.describe(e, FILE));
        }
        ScriptThreads.Call call = ScriptThreads.current();
        long saved = call == null ? 0 : call.startInner(maxMillis);
        ScriptOutput.Capture capture = ScriptOutput.begin(maxOutput);
        try {
            SandboxNamespace namespace = new SandboxNamespace("__main__");
            Py.runCode(code, namespace, namespace);
        } catch (PyException e) {
            if (call != null && call.innerExpired()) {
                throw Py.RuntimeError("program failed: it ran over its time budget of " + maxMillis + " ms");
            }
            throw Py.RuntimeError("program failed: " + PythonErrors.describe(e, FILE));
        } finally {
            ScriptOutput.end(capture);
            if (call != null) {
                call.endInner(saved);
            }
        }
        if (capture.overflow()) {
            throw Py.RuntimeError("program failed: it printed more than " + maxOutput + " characters");
        }
        return capture.text();
    }
}
