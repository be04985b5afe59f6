package dev.bootcamp.scripts;

import dev.bootcamp.scripts.PythonTokens.Kind;
import dev.bootcamp.scripts.PythonTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sandbox rules a script must pass before it runs, checked on its tokens: only the allowed modules are imported,
 * and no name reaches files, dynamic code, interpreter internals or Java reflection. The same rules hold at run time
 * (restricted builtins and imports, see {@link Sandbox}); checking them here gives a clear error at load time, naming
 * the line, and keeps {@code bootcamp list} from starting Jython.
 */
final class ScriptRules {
    /** Modules a script may import: pure computation, no I/O, no clock, no randomness of their own. */
    static final Set<String> ALLOWED_MODULES = Set.copyOf(new TreeSet<>(List.of("bisect", "bootcamp", "collections",
            "fractions", "functools", "heapq", "itertools", "json", "math", "operator", "re", "string", "textwrap")));

    /** Why some modules people reach for are refused, beyond the general rule. */
    private static final Map<String, String> REFUSED_MODULE_HINTS = Map.of(
            "random", "draw randomness from the rng passed to generate, so cases depend only on their seed",
            "time", "generation must not depend on the clock",
            "datetime", "generation must not depend on the clock",
            "copy", "its reconstructors call whatever an object names; copy lists with [:] or list(), dicts with dict()",
            "java", "script bootcamps cannot reach Java",
            "javax", "script bootcamps cannot reach Java",
            "os", "script bootcamps cannot reach files, processes or the environment",
            "sys", "script bootcamps cannot reach the interpreter");

    /** Builtins and names that reach files, dynamic code or interpreter state. */
    private static final Set<String> FORBIDDEN_NAMES = Set.of("open", "file", "eval", "exec", "execfile", "compile", "reload",
            "input", "raw_input", "globals", "locals", "vars", "exit", "quit", "help", "breakpoint", "memoryview", "buffer");

    /** Attributes of functions, frames, generators and tracebacks that lead to interpreter internals, and Java reflection. */
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("func_globals", "func_closure", "func_code", "func_dict",
            "f_globals", "f_locals", "f_builtins", "f_back", "f_code", "gi_frame", "gi_code", "tb_frame", "tb_next", "im_func",
            "im_self", "im_class", "co_code", "co_consts", "mro", "getClass", "forName", "getClassLoader", "getDeclaredMethod",
            "getDeclaredMethods", "getMethod", "getMethods", "getDeclaredField", "getDeclaredFields", "getField", "getFields",
            "getConstructor", "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors", "newInstance", "getRuntime",
            "setAccessible", "argslist", "classLoader", "contextClassLoader", "declaredMethods", "declaredFields",
            "declaredConstructors", "protectionDomain", "func_defaults", "gi_running", "f_trace", "co_names", "co_varnames");

    /** Double-underscore names a script may use: the data-model methods of its own classes, and {@code __name__}. */
    private static final Set<String> ALLOWED_DUNDERS = Set.of("__init__", "__repr__", "__str__", "__eq__", "__ne__", "__lt__",
            "__le__", "__gt__", "__ge__", "__cmp__", "__hash__", "__len__", "__iter__", "__contains__", "__getitem__",
            "__setitem__", "__delitem__", "__nonzero__", "__call__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__",
            "__rmul__", "__div__", "__floordiv__", "__truediv__", "__mod__", "__pow__", "__neg__", "__pos__", "__abs__",
            "__and__", "__or__", "__xor__", "__invert__", "__lshift__", "__rshift__", "__slots__", "__name__");

    /** Off only in tests that reach the run-time guards alone, as if a script had slipped past these rules. */
    static volatile boolean enforced = true;

    private ScriptRules() {}

    /** Throws {@link ScriptException} naming the file and line of the first rule a script breaks. */
    static void check(List<Token> tokens, String file) {
        if (!enforced) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.NAME) {
                continue;
            }
            String name = token.text();
            if (name.equals("import")) {
                i = checkImport(tokens, i, file);
                continue;
            }
            if (name.equals("from") && startsStatement(tokens, i)) {
                i = checkFrom(tokens, i, file);
                continue;
            }
            boolean attribute = i > 0 && tokens.get(i - 1).is(Kind.OPERATOR, ".");
            String problem = attribute ? attributeProblem(name) : problem(name);
            if (problem != null) {
                throw ScriptException.at(file, token.line(), problem);
            }
        }
    }

    /** Why a name is refused, or null when it is allowed. */
    static String problem(String name) {
        if (FORBIDDEN_NAMES.contains(name)) {
            return "'" + name + "' is not allowed in script bootcamps (no files, no dynamic code, no interpreter state)";
        }
        return attributeProblem(name);
    }

    /** Why an attribute name ({@code x.name}) is refused, or null; builtin names such as {@code re.compile} are fine there. */
    static String attributeProblem(String name) {
        if (FORBIDDEN_ATTRIBUTES.contains(name)) {
            return "'" + name + "' is not allowed in script bootcamps (it reaches interpreter internals or Java)";
        }
        if (name.startsWith("__") && name.endsWith("__") && !ALLOWED_DUNDERS.contains(name)) {
            return "'" + name + "' is not allowed in script bootcamps (double-underscore names other than the data-model"
                    + " methods of your own classes reach interpreter internals)";
        }
        return null;
    }

    /** Why an import of this module is refused, or null when it is allowed. */
    static String importProblem(String module) {
        if (ALLOWED_MODULES.contains(module)) {
            return null;
        }
        String top = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
        String hint = REFUSED_MODULE_HINTS.get(top);
        return "import of '" + module + "' is not allowed in script bootcamps" + (hint == null ? "" : " (" + hint + ")")
                + "; allowed modules: " + String.join(", ", new TreeSet<>(ALLOWED_MODULES));
    }

    private static boolean startsStatement(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i - 1).kind() == Kind.NEWLINE || tokens.get(i - 1).is(Kind.OPERATOR, ":")
                || tokens.get(i - 1).is(Kind.OPERATOR, ";");
    }

    /** {@code import a.b as c, d}; returns the index of the last token read. */
    private static int checkImport(List<Token> tokens, int i, String file) {
        int line = tokens.get(i).line();
        int at = i + 1;
        while (true) {
            List<String> parts = new ArrayList<>();
            at = dottedName(tokens, at, parts);
            if (parts.isEmpty()) {
                throw ScriptException.at(file, line, "expected a module name after 'import'");
            }
            String problem = importProblem(String.join(".", parts));
            if (problem != null) {
                throw ScriptException.at(file, line, problem);
            }
            if (at < tokens.size() && tokens.get(at).is(Kind.NAME, "as")) {
                at += 2;
            }
            if (at < tokens.size() && tokens.get(at).is(Kind.OPERATOR, ",")) {
                at++;
                continue;
            }
            return at - 1;
        }
    }

    /** {@code from a import b}; relative imports are refused; returns the index of the 'import' token. */
    private static int checkFrom(List<Token> tokens, int i, String file) {
        int line = tokens.get(i).line();
        int at = i + 1;
        if (at < tokens.size() && tokens.get(at).is(Kind.OPERATOR, ".")) {
            throw ScriptException.at(file, line, "relative imports are not allowed in script bootcamps");
        }
        List<String> parts = new ArrayList<>();
        at = dottedName(tokens, at, parts);
        String module = String.join(".", parts);
        if (!module.equals("__future__")) {
            String problem = importProblem(module);
            if (problem != null) {
                throw ScriptException.at(file, line, problem);
            }
        }
        if (at >= tokens.size() || !tokens.get(at).is(Kind.NAME, "import")) {
            throw ScriptException.at(file, line, "expected 'import' after 'from " + module + "'");
        }
        return at;
    }

    private static int dottedName(List<Token> tokens, int at, List<String> parts) {
        while (at < tokens.size() && tokens.get(at).kind() == Kind.NAME) {
            parts.add(tokens.get(at).text());
            at++;
            if (at < tokens.size() && tokens.get(at).is(Kind.OPERATOR, ".")) {
                at++;
            } else {
                break;
            }
        }
        return at;
    }
}
