package dev.bootcamp.scripts;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.python.core.Py;
import org.python.core.PyBuiltinFunction;
import org.python.core.PyInteger;
import org.python.core.PyList;
import org.python.core.PyLong;
import org.python.core.PyObject;
import org.python.core.PySequence;
import org.python.expose.ExposeAsSuperclass;

/**
 * The {@code rng} a script's {@code generate} receives: a thin Python face over the framework's random generator, so a
 * case depends only on its seed. Every method draws in a fixed, documented way:
 * <ul>
 *   <li>{@code randint(a, b)}: an integer in a..b inclusive, one {@code nextLong(a, b + 1)};
 *   <li>{@code random()}: a float in [0, 1), one {@code nextDouble()};
 *   <li>{@code uniform(a, b)}: {@code a + (b - a) * random()};
 *   <li>{@code choice(seq)}: {@code seq[randint(0, len(seq) - 1)]} for a list, tuple or string;
 *   <li>{@code shuffle(list)}: in place, Fisher-Yates from the last position down;
 *   <li>{@code sample(seq, k)}: k distinct positions by a partial Fisher-Yates from the front, as a new list.
 * </ul>
 * Sets and dicts are refused by choice and sample, because their order is not defined.
 */
final class ScriptRandom extends PyObject implements ExposeAsSuperclass {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, PyObject> methods;

    ScriptRandom(RandomGenerator random) {
        this.methods = Map.of(
                "randint", new Method("randint", 2, args -> randint(random, args[0], args[1])),
                "random", new Method("random", 0, args -> Py.newFloat(random.nextDouble())),
                "uniform", new Method("uniform", 2, args -> {
                    double low = args[0].asDouble();
                    double high = args[1].asDouble();
                    return Py.newFloat(low + (high - low) * random.nextDouble());
                }),
                "choice", new Method("choice", 1, args -> {
                    PySequence sequence = sequence(args[0], "choice");
                    int size = sequence.__len__();
                    if (size == 0) {
                        throw Py.IndexError("choice from an empty sequence");
                    }
                    return sequence.__getitem__(random.nextInt(size));
                }),
                "shuffle", new Method("shuffle", 1, args -> {
                    if (!(args[0] instanceof PyList list)) {
                        throw Py.TypeError("shuffle needs a list, found " + args[0].getType().fastGetName());
                    }
                    for (int i = list.__len__() - 1; i > 0; i--) {
                        int j = random.nextInt(i + 1);
                        PyObject swap = list.__getitem__(i);
                        list.__setitem__(i, list.__getitem__(j));
                        list.__setitem__(j, swap);
                    }
                    return Py.None;
                }),
                "sample", new Method("sample", 2, args -> sample(random, sequence(args[0], "sample"), args[1].asInt())));
    }

    private static PyObject randint(RandomGenerator random, PyObject lowObject, PyObject highObject) {
        if (!isInteger(lowObject) || !isInteger(highObject)) {
            throw Py.TypeError("randint needs integers, found " + lowObject.getType().fastGetName() + " and "
                    + highObject.getType().fastGetName());
        }
        BigInteger low = ((PyLong) lowObject.__long__()).getValue();
        BigInteger high = ((PyLong) highObject.__long__()).getValue();
        if (low.compareTo(high) > 0) {
            throw Py.ValueError("randint(a, b) needs a <= b, found " + low + " > " + high);
        }
        if (low.bitLength() > 62 || high.bitLength() > 62) {
            throw Py.ValueError("randint bounds must lie within +-2**62, found " + low + ".." + high);
        }
        return Py.newInteger(random.nextLong(low.longValue(), high.longValue() + 1));
    }

    private static boolean isInteger(PyObject value) {
        return value instanceof PyInteger || value instanceof PyLong;
    }

    private static PySequence sequence(PyObject value, String method) {
        if (value instanceof PySequence sequence) {
            return sequence;
        }
        throw Py.TypeError(method + " needs a list, tuple or string, found " + value.getType().fastGetName()
                + " (sort a set or the keys of a dict first: their order is not defined)");
    }

    private static PyObject sample(RandomGenerator random, PySequence sequence, int count) {
        int size = sequence.__len__();
        if (count < 0 || count > size) {
            throw Py.ValueError("sample of " + count + " from a sequence of " + size);
        }
        List<PyObject> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(sequence.__getitem__(i));
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(size - i);
            PyObject swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
        return new PyList(items.subList(0, count).toArray(new PyObject[0]));
    }

    @Override
    public PyObject __findattr_ex__(String name) {
        return methods.get(name);
    }

    @Override
    public void __setattr__(String name, PyObject value) {
        throw Py.AttributeError("the rng is read-only");
    }

    @Override
    public void __delattr__(String name) {
        throw Py.AttributeError("the rng is read-only");
    }

    @Override
    public String toString() {
        return "<rng: randint, random, uniform, choice, shuffle, sample>";
    }

    /** One method of the rng, with a fixed number of arguments. */
    private static final class Method extends PyBuiltinFunction {
        private final int arity;
        private final transient Body body;

        Method(String name, int arity, Body body) {
            super(name, null);
            this.arity = arity;
            this.body = body;
        }

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            if (keywords.length != 0 || args.length != arity) {
                throw Py.TypeError("rng." + fastGetName() + "() takes " + arity + " positional argument" + (arity == 1 ? "" : "s")
                        + ", found " + args.length + (keywords.length == 0 ? "" : " with keywords"));
            }
            return body.call(args);
        }
    }

    @FunctionalInterface
    private interface Body {
        PyObject call(PyObject[] args);
    }
}
