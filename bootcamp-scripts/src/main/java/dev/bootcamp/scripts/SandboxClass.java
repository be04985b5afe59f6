package dev.bootcamp.scripts;

import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyTuple;
import org.python.expose.ExposeAsSuperclass;

/**
 * A class of an allowed module as a script holds it ({@code collections.deque}, {@code fractions.Fraction}): calling
 * it makes an instance, {@code isinstance}, {@code issubclass} and {@code ==} see the class it wraps, and of its
 * attributes only public ones are there, functions wrapped and constants as they are. Its {@code __dict__},
 * {@code __mro__}, methods' {@code im_func} and the like are missing at run time. A script cannot subclass it.
 */
final class SandboxClass extends PyObject implements ExposeAsSuperclass {
    private final String name;
    private final PyObject target;

    SandboxClass(String name, PyObject target) {
        this.name = name;
        this.target = target;
    }

    /** The class behind a wrapper, and tuples of them unwrapped item by item; anything else as it is. */
    static PyObject unwrap(PyObject value) {
        if (value instanceof SandboxClass wrapper) {
            return wrapper.target;
        }
        if (value instanceof PyTuple tuple && tuple.getType() == PyTuple.TYPE) {
            PyObject[] items = tuple.getArray().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = unwrap(items[i]);
            }
            return new PyTuple(items);
        }
        return value;
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] keywords) {
        return target.__call__(args, keywords);
    }

    @Override
    public PyObject __findattr_ex__(String attribute) {
        if (attribute.equals("__name__")) {
            return new PyString(name);
        }
        if (attribute.startsWith("_") || ScriptRules.attributeProblem(attribute) != null) {
            return null;
        }
        PyObject value = target.__findattr__(attribute);
        return value == null ? null : Sandbox.safe(attribute, value);
    }

    @Override
    public void __setattr__(String attribute, PyObject value) {
        throw Py.AttributeError("class '" + name + "' cannot be changed in script bootcamps");
    }

    @Override
    public void __delattr__(String attribute) {
        throw Py.AttributeError("class '" + name + "' cannot be changed in script bootcamps");
    }

    @Override
    public PyObject __eq__(PyObject other) {
        return Py.newBoolean(target == unwrap(other));
    }

    @Override
    public PyObject __ne__(PyObject other) {
        return Py.newBoolean(target != unwrap(other));
    }

    @Override
    public int hashCode() {
        return target.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PyObject value && target == unwrap(value);
    }

    @Override
    public PyString __repr__() {
        return new PyString("<class '" + name + "'>");
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
