package dev.bootcamp.scripts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyStringMap;
import org.python.expose.ExposeAsSuperclass;

/**
 * The globals of a script or of a program run for one. Its class marks code as sandboxed: a builtin called from a
 * frame whose globals are a {@code SandboxNamespace} applies the script rules (see {@link SandboxFunctions}). It keeps
 * its own copies of imported modules, so what one script does to {@code math} stays in that script.
 */
@SuppressWarnings("unchecked") // PyStringMap's own raw values() override
final class SandboxNamespace extends PyStringMap implements ExposeAsSuperclass {
    private final transient Map<String, PyModule> modules = new ConcurrentHashMap<>();

    SandboxNamespace(String name) {
        __setitem__("__name__", new PyString(name));
    }

    PyModule module(String name, Sandbox sandbox) {
        return modules.computeIfAbsent(name, key -> {
            PyModule module = new PyModule(key);
            PyObject dict = module.__dict__;
            sandbox.members(key).forEach(dict::__setitem__);
            return module;
        });
    }
}
