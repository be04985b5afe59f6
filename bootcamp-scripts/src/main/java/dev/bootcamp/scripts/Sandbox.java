package dev.bootcamp.scripts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.python.antlr.base.mod;
import org.python.core.CompileMode;
import org.python.core.CompilerFlags;
import org.python.core.Options;
import org.python.core.ParserFacade;
import org.python.core.Py;
import org.python.core.PyBuiltinCallable;
import org.python.core.PyClass;
import org.python.core.PyClassMethod;
import org.python.core.PyCode;
import org.python.core.PyException;
import org.python.core.PyFloat;
import org.python.core.PyFunction;
import org.python.core.PyInteger;
import org.python.core.PyJavaType;
import org.python.core.PyLong;
import org.python.core.PyMethod;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PyReflectedFunction;
import org.python.core.PyStaticMethod;
import org.python.core.PyString;
import org.python.core.PySystemState;
import org.python.core.PyTuple;
import org.python.core.PyType;

/**
 * The one Jython runtime of the process, started on first use (never while the catalogue loads), in which every
 * script runs. Its builtins (Jython's defaults, shared by every thread) are restricted: the builtins that reach
 * files, dynamic code or interpreter state refuse scripts, {@code getattr} and friends refuse private, internal and
 * Java attributes, and {@code __import__} hands a script a {@link SandboxModule} of an allowed module: only its public
 * functions (wrapped), classes (wrapped in {@link SandboxClass}) and constants, and no other attribute at run time. Library code runs
 * with the same builtins, less restricted; what tells them apart is whether the calling frame's globals are a
 * {@link SandboxNamespace}. Output goes to {@link ScriptOutput}, never to the console.
 *
 * <p>This is a guard against mistakes and careless plugins, not a boundary against a determined attacker: run
 * untrusted plugins in a separate process.
 */
final class Sandbox {
    /**
     * Builtin functions scripts may not call. The builtin types {@code file}, {@code buffer} and {@code memoryview} stay
     * as they are, because library code registers and tests against them; the script rules refuse their names.
     */
    private static final List<String> REFUSED_BUILTINS = List.of("open", "eval", "execfile", "compile", "reload", "input",
            "raw_input", "globals", "locals", "vars", "exit", "quit", "help", "intern");
    private static final List<String> ATTRIBUTE_BUILTINS = List.of("getattr", "setattr", "delattr", "hasattr");
    /** Members of allowed modules left out of a script's copy: they reach attributes by name or format objects by field path. */
    private static final Map<String, Set<String>> HIDDEN_MEMBERS = Map.of(
            "operator", Set.of("attrgetter", "methodcaller"),
            "string", Set.of("Formatter"),
            "functools", Set.of("update_wrapper", "wraps"));

    private static final Object LOCK = new Object();
    private static volatile Sandbox instance;

    private final PySystemState system;
    private final PyObject realImport;
    private final ConcurrentMap<String, Map<String, PyObject>> members = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, PyCode> compiled = new ConcurrentHashMap<>();

    private Sandbox(PySystemState system, PyObject realImport) {
        this.system = system;
        this.realImport = realImport;
    }

    /** The runtime, started on the first call. Call it on a script worker thread. */
    static Sandbox get() {
        Sandbox local = instance;
        if (local == null) {
            synchronized (LOCK) {
                local = instance;
                if (local == null) {
                    local = start();
                    instance = local;
                }
            }
        }
        return local;
    }

    private static Sandbox start() {
        // Jython's internal assertions fail on valid text with characters outside the BMP (PyUnicode.fromSubstring);
        // they are development checks, so keep them off even when a test run enables assertions. This must happen
        // before Jython's classes are initialised, which is below.
        Sandbox.class.getClassLoader().setPackageAssertionStatus("org.python", false);
        Options.importSite = false;
        Options.no_site = true;
        Options.no_user_site = true;
        Options.ignore_environment = true;
        Options.dont_write_bytecode = true;
        Properties properties = new Properties();
        properties.setProperty("python.cachedir.skip", "true");
        properties.setProperty("python.import.site", "false");
        properties.setProperty("python.console.encoding", "UTF-8");
        properties.setProperty("python.security.respectJavaAccessibility", "true");
        PySystemState.initialize(null, properties, new String[] {""}, Sandbox.class.getClassLoader());
        // The process's one sys, shared by every thread (a finalizer running a script's __del__ included), so no
        // thread sees builtins or an output other than these.
        PySystemState system = Py.defaultSystemState;
        ScriptOutput output = new ScriptOutput();
        system.stdout = output;
        system.stderr = output;
        PyObject builtins = system.getBuiltins();
        Sandbox sandbox = new Sandbox(system, builtins.__finditem__("__import__"));
        for (String name : REFUSED_BUILTINS) {
            PyObject original = builtins.__finditem__(name);
            if (original != null) {
                builtins.__setitem__(name, new SandboxFunctions.Refused(name, original));
            }
        }
        for (String name : ATTRIBUTE_BUILTINS) {
            builtins.__setitem__(name, new SandboxFunctions.GuardedAttribute(name, builtins.__finditem__(name)));
        }
        for (String name : List.of("isinstance", "issubclass")) {
            builtins.__setitem__(name, new SandboxFunctions.ClassCheck(name, builtins.__finditem__(name)));
        }
        builtins.__setitem__("__import__", new SandboxFunctions.ImportGuard(sandbox.realImport, sandbox));
        builtins.__setitem__(TickInserter.TICK, new SandboxFunctions.Tick());
        return sandbox;
    }

    /** Runs Python work with this runtime's {@code sys} on the current thread. */
    <T> T enter(Callable<T> work) throws Exception {
        PySystemState previous = Py.setSystemState(system);
        try {
            return work.call();
        } finally {
            Py.setSystemState(previous);
        }
    }

    /**
     * Checks a source against the script rules, parses it, instruments it with budget ticks and compiles it. Throws
     * {@link ScriptException} for a rule broken and {@link PyException} (a SyntaxError) for a parse error.
     */
    PyCode compile(String source, String file, boolean remember) {
        if (remember) {
            PyCode code = compiled.get(file + '\u0000' + source);
            if (code != null) {
                return code;
            }
        }
        ScriptRules.check(PythonTokens.read(source, file), file);
        CompilerFlags flags = new CompilerFlags();
        flags.source_is_utf8 = true;
        mod tree = ParserFacade.parse(source + "\n", CompileMode.exec, file, flags);
        List<ScriptTree.Problem> problems = ScriptRules.enforced ? ScriptTree.problems(tree) : List.of();
        if (!problems.isEmpty()) {
            throw ScriptException.at(file, problems.get(0).line(), problems.get(0).message());
        }
        try {
            new TickInserter().visit(tree);
        } catch (Exception e) {
            throw new ScriptFailure(file + ": cannot instrument the script: " + e);
        }
        PyCode code = Py.compile_flags(tree, file, CompileMode.exec, flags);
        if (remember) {
            compiled.put(file + '\u0000' + source, code);
        }
        return code;
    }

    /**
     * The script rules checked on Jython's own syntax tree, each with its line; a syntax error is one problem. Starts
     * the runtime (to parse, never to run the script).
     */
    static List<ScriptTree.Problem> treeProblems(String source, String file) {
        try {
            return get().enter(() -> {
                CompilerFlags flags = new CompilerFlags();
                flags.source_is_utf8 = true;
                return ScriptTree.problems(ParserFacade.parse(source + "\n", CompileMode.exec, file, flags));
            });
        } catch (PyException e) {
            return List.of(new ScriptTree.Problem(0, "the script does not parse: " + String.valueOf(e.value).replace('\n', ' ')));
        } catch (Exception e) {
            return List.of(new ScriptTree.Problem(0, "the script does not parse: " + e));
        }
    }

    /** The members a script sees of an allowed module, worked out once per module. */
    Map<String, PyObject> members(String module) {
        Map<String, PyObject> found = members.get(module);
        if (found == null) {
            found = module.equals("bootcamp") ? Map.of("run_python", new ProgramRunner(this)) : publicMembers(module);
            Map<String, PyObject> raced = members.putIfAbsent(module, found);
            if (raced != null) {
                found = raced;
            }
        }
        return found;
    }

    private Map<String, PyObject> publicMembers(String name) {
        PyObject module = importReal(name);
        Set<String> hidden = HIDDEN_MEMBERS.getOrDefault(name, Set.of());
        PyObject dict = module.__findattr__("__dict__");
        Map<String, PyObject> result = new LinkedHashMap<>();
        if (dict == null) {
            return result;
        }
        for (PyObject key : dict.invoke("keys").asIterable()) {
            String member = key.toString();
            if (member.startsWith("_") || hidden.contains(member) || member.equals("classDictInit") || ScriptRules.attributeProblem(member) != null) {
                continue;
            }
            PyObject value = module.__findattr__(member);
            PyObject safe = value == null ? null : safe(member, value);
            if (safe != null) {
                result.put(member, safe);
            }
        }
        return result;
    }

    /** Imports a library module with the unguarded importer (the guard would hand a script's frame a copy). */
    private PyObject importReal(String name) {
        return SandboxFunctions.Imports.run(realImport, new PyObject[] {new PyString(name)}, Py.NoKeywords);
    }

    /**
     * What a script may hold of a library value, or null to leave it out: functions and other callables wrapped in
     * {@link SandboxFunctions.Forwarding}, classes in {@link SandboxClass}, numbers, strings and tuples of them as they
     * are. Exception classes stay as they are (an {@code except} clause needs the class itself) when neither they nor
     * their bases hold Python code; modules and Java objects are left out.
     */
    static PyObject safe(String name, PyObject value) {
        if (value instanceof PyModule || value instanceof PyJavaType) {
            return null;
        }
        if (value instanceof PyFunction || value instanceof PyReflectedFunction || value instanceof PyBuiltinCallable) {
            return new SandboxFunctions.Forwarding(name, value); // a library function (some are Java methods): called, never inspected
        }
        if (value instanceof PyType type && plainException(type)) {
            return value;
        }
        if (value instanceof PyType || value instanceof PyClass) {
            return new SandboxClass(name, value);
        }
        if (constant(value)) {
            return value;
        }
        if (value instanceof PyTuple tuple) {
            for (PyObject item : tuple.asIterable()) {
                if (!constant(item)) {
                    return null;
                }
            }
            return value;
        }
        if (!SandboxFunctions.isJava(value) && value.isCallable()) {
            return new SandboxFunctions.Forwarding(name, value);
        }
        return null;
    }

    private static boolean constant(PyObject value) {
        return value instanceof PyString || value instanceof PyInteger || value instanceof PyLong || value instanceof PyFloat;
    }

    /** An exception class whose own and inherited attributes hold no Python functions, so nothing leads to globals. */
    private static boolean plainException(PyType type) {
        if (!type.isSubType((PyType) Py.BaseException)) {
            return false;
        }
        for (PyObject base : type.getMro().asIterable()) {
            PyObject dict = base instanceof PyType baseType ? baseType.fastGetDict() : null;
            if (dict == null) {
                continue;
            }
            for (PyObject key : dict.invoke("keys").asIterable()) {
                PyObject member = dict.__finditem__(key);
                if (member instanceof PyFunction || member instanceof PyMethod || member instanceof PyClassMethod
                        || member instanceof PyStaticMethod) {
                    return false;
                }
            }
        }
        return true;
    }
}
