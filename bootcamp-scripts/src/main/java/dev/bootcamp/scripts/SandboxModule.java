package dev.bootcamp.scripts;

import java.util.Map;
import java.util.TreeSet;
import org.python.core.Py;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.expose.ExposeAsSuperclass;

/**
 * An allowed module as a script holds it: only the members {@link Sandbox} chose (wrapped functions and classes,
 * constants) and its {@code __name__}. Every other attribute, {@code __dict__} and {@code __class__} included, is
 * missing at run time, whatever the syntax-tree rules let through, and the members cannot be replaced.
 */
final class SandboxModule extends PyObject implements ExposeAsSuperclass {
    private final String name;
    private final Map<String, PyObject> members;

    SandboxModule(String name, Map<String, PyObject> members) {
        this.name = name;
        this.members = Map.copyOf(members);
    }

    @Override
    public PyObject __findattr_ex__(String attribute) {
        if (attribute.equals("__name__")) {
            return new PyString(name);
        }
        return members.get(attribute);
    }

    @Override
    public void __setattr__(String attribute, PyObject value) {
        throw Py.AttributeError("module '" + name + "' cannot be changed in script bootcamps");
    }

    @Override
    public void __delattr__(String attribute) {
        throw Py.AttributeError("module '" + name + "' cannot be changed in script bootcamps");
    }

    /** What {@code from NAME import *} and {@code dir()} see: the members. */
    @Override
    public PyObject __dir__() {
        PyList names = new PyList();
        new TreeSet<>(members.keySet()).forEach(member -> names.append(new PyString(member)));
        return names;
    }

    @Override
    public PyString __repr__() {
        return new PyString("<module '" + name + "'>");
    }

    @Override
    public String toString() {
        return "<module '" + name + "'>";
    }
}
