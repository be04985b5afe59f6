package dev.bootcamp.scripts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.python.core.PyString;
import org.python.core.PyStringMap;
import org.python.expose.ExposeAsSuperclass;

/**
 * The globals of a script or of a program run for one. Its class marks code as sandboxed: a builtin called from a
 * frame whose globals are a {@code SandboxNamespace} applies the script rules (see {@link SandboxFunctions}). It hands
 * its script {@link SandboxModule}s of the allowed modules, which no script can change.
 */
@SuppressWarnings("unchecked") // PyStringMap's own raw values() override
final class SandboxNamespace extends PyStringMap implements ExposeAsSuperclass {
    private final transient Map<String, SandboxModule> modules = new ConcurrentHashMap<>();

    SandboxNamespace(String name) {
        __setitem__("__name__", new PyString(name));
    }

    SandboxModule module(String name, Sandbox sandbox) {
        return modules.computeIfAbsent(name, key -> new SandboxModule(key, sandbox.members(key)));
    }
}
