package dev.bootcamp.scripts;

import org.python.core.Py;
import org.python.core.PyBuiltinFunction;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.expose.ExposeAsSuperclass;

/**
 * The sandbox's {@code sys.stdout} and {@code sys.stderr}: what a program prints goes to the capture its thread has
 * open (see {@link #begin}), and is dropped when none is open, so scripts never print to the console. Print state
 * ({@code softspace}) is kept per capture, so threads printing at once do not disturb each other.
 */
final class ScriptOutput extends PyObject implements ExposeAsSuperclass {
    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<Capture> CAPTURE = new ThreadLocal<>();

    private final transient PyObject write = new Write();
    private final transient PyObject flush = new Flush();

    /** Text printed by one program, up to a limit. */
    static final class Capture {
        private final StringBuilder text = new StringBuilder();
        private final int limit;
        private final Capture outer;
        private boolean softspace;
        private boolean overflow;

        private Capture(int limit, Capture outer) {
            this.limit = limit;
            this.outer = outer;
        }

        String text() {
            return text.toString();
        }

        boolean overflow() {
            return overflow;
        }
    }

    /** Opens a capture on this thread; close it with {@link #end}. */
    static Capture begin(int limit) {
        Capture capture = new Capture(limit, CAPTURE.get());
        CAPTURE.set(capture);
        return capture;
    }

    static void end(Capture capture) {
        if (capture.outer == null) {
            CAPTURE.remove();
        } else {
            CAPTURE.set(capture.outer);
        }
    }

    @Override
    public PyObject __findattr_ex__(String name) {
        return switch (name) {
            case "write" -> write;
            case "flush" -> flush;
            case "softspace" -> {
                Capture capture = CAPTURE.get();
                yield capture != null && capture.softspace ? Py.One : Py.Zero;
            }
            default -> null;
        };
    }

    @Override
    public void __setattr__(String name, PyObject value) {
        if (!name.equals("softspace")) {
            throw Py.AttributeError("cannot set '" + name + "' on the output");
        }
        Capture capture = CAPTURE.get();
        if (capture != null) {
            capture.softspace = value.__nonzero__();
        }
    }

    @Override
    public String toString() {
        return "<output>";
    }

    private static final class Write extends PyBuiltinFunction {
        Write() {
            super("write", null);
        }

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            if (args.length != 1) {
                throw Py.TypeError("write() takes exactly one argument");
            }
            Capture capture = CAPTURE.get();
            if (capture == null) {
                return Py.None;
            }
            String text = args[0] instanceof PyString string ? string.getString() : args[0].__str__().getString();
            if (capture.text.length() + text.length() > capture.limit) {
                capture.overflow = true;
                throw Py.RuntimeError("the program printed more than " + capture.limit + " characters");
            }
            capture.text.append(text);
            return Py.None;
        }
    }

    private static final class Flush extends PyBuiltinFunction {
        Flush() {
            super("flush", null);
        }

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            return Py.None;
        }
    }
}
