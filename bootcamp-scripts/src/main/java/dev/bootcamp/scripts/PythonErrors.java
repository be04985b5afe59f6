package dev.bootcamp.scripts;

import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PyTraceback;

/** Turns a Python exception into one line: {@code python-output.py line 12: NameError: name 'x' is not defined}. */
final class PythonErrors {
    private PythonErrors() {}

    /** The exception's type and message at the innermost line of {@code file} in its traceback. */
    static String describe(PyException exception, String file) {
        exception.normalize();
        String type = typeName(exception.type);
        String message = message(exception.value);
        int line = -1;
        if (exception.match(Py.SyntaxError)) {
            line = syntaxErrorLine(exception.value);
            PyObject text = exception.value.__findattr__("msg");
            if (text != null && text != Py.None) {
                message = text.toString().replace('\n', ' ');
            }
        }
        for (PyObject entry = exception.traceback; entry instanceof PyTraceback traceback; entry = traceback.tb_next) {
            if (traceback.tb_frame != null && traceback.tb_frame.f_code != null && file.equals(traceback.tb_frame.f_code.co_filename)) {
                line = traceback.tb_lineno;
            }
        }
        return file + (line > 0 ? " line " + line : "") + ": " + type + (message.isEmpty() ? "" : ": " + message);
    }

    /** The message alone, as {@code str(exception)} gives it. */
    static String message(PyException exception) {
        exception.normalize();
        return message(exception.value);
    }

    private static String message(PyObject value) {
        if (value == null || value == Py.None) {
            return "";
        }
        return value.__str__().getString().replace('\n', ' ');
    }

    private static String typeName(PyObject type) {
        PyObject name = type == null ? null : type.__findattr__("__name__");
        return name == null ? String.valueOf(type) : name.toString();
    }

    private static int syntaxErrorLine(PyObject value) {
        PyObject line = value == null ? null : value.__findattr__("lineno");
        try {
            return line == null || line == Py.None ? -1 : line.asInt();
        } catch (PyException e) {
            return -1;
        }
    }
}
