package dev.bootcamp.scripts;

import java.util.Set;
import org.python.core.Py;
import org.python.core.PyBuiltinFunction;
import org.python.core.PyFrame;
import org.python.core.PyJavaType;
import org.python.core.PyObject;
import org.python.core.PyReflectedConstructor;
import org.python.core.PyReflectedField;
import org.python.core.PyReflectedFunction;
import org.python.core.PyString;

/**
 * The Java-implemented functions the sandbox puts in front of scripts. Each is a Python builtin function, so a script
 * sees a {@code builtin_function_or_method} and none of its Java fields.
 */
final class SandboxFunctions {
    private SandboxFunctions() {}

    /** Whether the running Python code belongs to a script or a program run for one (not to the standard library). */
    static boolean scriptIsCalling() {
        PyFrame frame = Py.getFrame();
        return frame != null && frame.f_globals instanceof SandboxNamespace;
    }

    /**
     * A builtin function that shows Python code nothing but its name: every other attribute ({@code __class__},
     * {@code __self__}, {@code __dict__}, ...) is missing, so no attribute walk starts from it.
     */
    abstract static class Sealed extends PyBuiltinFunction {
        Sealed(String name) {
            super(name, null);
        }

        Sealed(String name, String doc) {
            super(name, doc);
        }

        @Override
        public PyObject __findattr_ex__(String name) {
            return name.equals("__name__") ? fastGetName() : null;
        }

        @Override
        public void __setattr__(String name, PyObject value) {
            throw Py.AttributeError("'" + fastGetName() + "' cannot be changed");
        }

        @Override
        public void __delattr__(String name) {
            throw Py.AttributeError("'" + fastGetName() + "' cannot be changed");
        }
    }

    /** A builtin that scripts may not call; library code, which runs with the same builtins, still may. */
    static final class Refused extends Sealed {
        private final PyObject original;

        Refused(String name, PyObject original) {
            super(name);
            this.original = original;
        }

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            if (scriptIsCalling()) {
                throw Py.NameError("'" + fastGetName() + "' is not allowed in script bootcamps"
                        + " (no files, no dynamic code, no interpreter state)");
            }
            return original.__call__(args, keywords);
        }
    }

    /**
     * getattr, setattr, delattr and hasattr. A script may not name private, internal or Java attributes. Library code
     * may, but only the few double-underscore names the allowed modules use: a script could otherwise pass one of
     * these builtins as a callback to library code and have it read any attribute for it. Module imports are exempt.
     */
    static final class GuardedAttribute extends Sealed {
        /** What library code asks getattr and hasattr for: comparisons, ABC bookkeeping, names. */
        private static final Set<String> LIBRARY_READS = Set.of("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__",
                "__hash__", "__iter__", "__len__", "__contains__", "__call__", "__isabstractmethod__", "__abstractmethods__",
                "__class__", "__mro__", "__name__", "__doc__", "__module__", "__decimal_context__");
        /** What library code sets with setattr (functools.total_ordering). */
        private static final Set<String> LIBRARY_WRITES = Set.of("__lt__", "__le__", "__gt__", "__ge__");

        private final PyObject original;
        private final boolean writes;

        GuardedAttribute(String name, PyObject original) {
            super(name);
            this.original = original;
            this.writes = name.equals("setattr") || name.equals("delattr");
        }

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            if (Imports.running()) {
                return original.__call__(args, keywords);
            }
            boolean script = scriptIsCalling();
            if (args.length >= 2 && args[1] instanceof PyString attribute) {
                String name = attribute.getString();
                String problem = ScriptRules.attributeProblem(name);
                if (script && problem == null && name.startsWith("_")) {
                    problem = "'" + name + "' is not allowed in script bootcamps (private attribute)";
                }
                if (!script && (writes ? LIBRARY_WRITES : LIBRARY_READS).contains(name)) {
                    problem = null;
                }
                if (problem != null && !script) {
                    // To library code a refused attribute is a missing one, so getattr's default and hasattr still work.
                    if (fastGetName().toString().equals("hasattr")) {
                        return Py.False;
                    }
                    if (fastGetName().toString().equals("getattr") && args.length >= 3) {
                        return args[2];
                    }
                }
                if (problem != null) {
                    throw Py.AttributeError(problem);
                }
            }
            PyObject result = original.__call__(args, keywords);
            if (isJava(result)) {
                throw Py.AttributeError("attributes that are Java objects are not allowed in script bootcamps");
            }
            return result;
        }
    }

    /** Marks the running of a module's top level during an import, which is library code and runs unrestricted. */
    static final class Imports {
        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        private Imports() {}

        static boolean running() {
            return DEPTH.get()[0] > 0;
        }

        static PyObject run(PyObject importer, PyObject[] args, String[] keywords) {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return importer.__call__(args, keywords);
            } finally {
                depth[0]--;
            }
        }
    }

    /** Whether a value exposes Java reflection to Python code. */
    static boolean isJava(PyObject value) {
        return value instanceof PyJavaType || value instanceof PyReflectedFunction || value instanceof PyReflectedField
                || value instanceof PyReflectedConstructor || value.getType() instanceof PyJavaType;
    }

    /** {@code __import__}: scripts get copies of the allowed modules; library code imports as usual. */
    static final class ImportGuard extends Sealed {
        private final PyObject original;
        private final Sandbox sandbox;

        ImportGuard(PyObject original, Sandbox sandbox) {
            super("__import__");
            this.original = original;
            this.sandbox = sandbox;
        }

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            PyFrame frame = Py.getFrame();
            if (frame == null || !(frame.f_globals instanceof SandboxNamespace namespace)) {
                return Imports.run(original, args, keywords);
            }
            String module = args.length == 0 ? "" : args[0].toString();
            if (module.equals("__future__")) {
                return Imports.run(original, args, keywords);
            }
            int level = args.length >= 5 ? args[4].asInt() : -1;
            if (level > 0) {
                throw Py.ImportError("relative imports are not allowed in script bootcamps");
            }
            String problem = ScriptRules.importProblem(module);
            if (problem != null) {
                throw Py.ImportError(problem);
            }
            return namespace.module(module, sandbox);
        }
    }

    /** Polled by instrumented code; raises once the current call is over its budget, and again at every later poll. */
    static final class Tick extends Sealed {
        Tick() {
            super(TickInserter.TICK);
        }

        @Override
        public PyObject __call__() {
            ScriptThreads.Call call = ScriptThreads.current();
            if (call != null && call.expired()) {
                throw Py.RuntimeError("time budget exceeded");
            }
            return Py.True;
        }

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            return __call__();
        }
    }

    /**
     * isinstance and issubclass that accept the {@link SandboxClass} wrappers scripts hold of library classes, alone or
     * in tuples, by handing the wrapped class to the original builtin.
     */
    static final class ClassCheck extends Sealed {
        private final PyObject original;

        ClassCheck(String name, PyObject original) {
            super(name);
            this.original = original;
        }

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            PyObject[] unwrapped = args.clone();
            if (unwrapped.length == 2) {
                // The first is an instance (isinstance) or a class (issubclass); only the second may be a tuple of classes.
                unwrapped[0] = unwrapped[0] instanceof SandboxClass ? SandboxClass.unwrap(unwrapped[0]) : unwrapped[0];
                unwrapped[1] = SandboxClass.unwrap(unwrapped[1]);
            }
            return original.__call__(unwrapped, keywords);
        }
    }

    /** A library function as a script sees it: callable, with nothing behind it to inspect. */
    static final class Forwarding extends Sealed {
        private final PyObject target;

        Forwarding(String name, PyObject target) {
            super(name);
            this.target = target;
        }

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            return target.__call__(args, keywords);
        }
    }
}
