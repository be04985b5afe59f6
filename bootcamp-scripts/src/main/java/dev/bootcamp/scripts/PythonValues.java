package dev.bootcamp.scripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.python.core.AbstractDict;
import org.python.core.Py;
import org.python.core.PyBoolean;
import org.python.core.PyDictionary;
import org.python.core.PyFloat;
import org.python.core.PyInteger;
import org.python.core.PyList;
import org.python.core.PyLong;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyTuple;

/**
 * Converts between JSON trees and Python values. Puzzles and answers cross as JSON: dicts with string keys (written
 * with sorted keys), lists and tuples (both become lists), strings, ints, floats, bools and None. Integers become the
 * smallest JSON number node that holds them, as Jackson does when it reads text, so a tree survives a trip through
 * JSON text unchanged.
 */
final class PythonValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 100;

    private PythonValues() {}

    /** The JSON form of a value a script returned; {@code what} names it in errors ("the puzzle from generate"). */
    static JsonNode toJson(PyObject value, String what) {
        return toJson(value, what, "", 0);
    }

    private static JsonNode toJson(PyObject value, String what, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ScriptFailure(what + " is nested deeper than " + MAX_DEPTH + " levels (a cycle?) at " + where(path));
        }
        if (value == null || value == Py.None) {
            return NODES.nullNode();
        }
        if (value instanceof PyBoolean bool) {
            return NODES.booleanNode(bool.getBooleanValue());
        }
        if (value instanceof PyInteger integer) {
            return NODES.numberNode(integer.getValue());
        }
        if (value instanceof PyLong big) {
            return number(big.getValue());
        }
        if (value instanceof PyFloat number) {
            double real = number.getValue();
            if (Double.isNaN(real) || Double.isInfinite(real)) {
                throw new ScriptFailure(what + " holds " + real + " at " + where(path) + ", which JSON cannot carry");
            }
            return NODES.numberNode(real);
        }
        if (value instanceof PyString text) {
            return NODES.textNode(text.getString());
        }
        if (value instanceof PyList || value instanceof PyTuple) {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            for (PyObject item : value.asIterable()) {
                array.add(toJson(item, what, path + "[" + index++ + "]", depth + 1));
            }
            return array;
        }
        if (value instanceof AbstractDict dict) {
            Map<String, PyObject> sorted = new TreeMap<>();
            for (PyObject key : dict.asIterable()) {
                if (!(key instanceof PyString name)) {
                    throw new ScriptFailure(what + " has a dict key of type " + key.getType().fastGetName() + " (" + key
                            + ") at " + where(path) + "; keys must be strings so the value survives JSON");
                }
                sorted.put(name.getString(), dict.__getitem__(key));
            }
            ObjectNode object = NODES.objectNode();
            sorted.forEach((name, item) -> object.set(name, toJson(item, what, path + "['" + name + "']", depth + 1)));
            return object;
        }
        throw new ScriptFailure(what + " holds a " + value.getType().fastGetName() + " at " + where(path)
                + "; use dicts with string keys, lists, tuples, strings, numbers, bools and None");
    }

    private static String where(String path) {
        return path.isEmpty() ? "the top" : path;
    }

    private static JsonNode number(BigInteger value) {
        if (value.bitLength() < 32) {
            return NODES.numberNode(value.intValue());
        }
        if (value.bitLength() < 64) {
            return NODES.numberNode(value.longValue());
        }
        return NODES.numberNode(value);
    }

    /** The Python form of a JSON tree: dicts, lists, str (unicode when not ASCII), int, long, float, bool, None. */
    static PyObject toPython(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Py.None;
        }
        if (node.isObject()) {
            PyDictionary dict = new PyDictionary();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                dict.__setitem__(text(field.getKey()), toPython(field.getValue()));
            }
            return dict;
        }
        if (node.isArray()) {
            List<PyObject> items = new ArrayList<>(node.size());
            node.forEach(item -> items.add(toPython(item)));
            return new PyList(items.toArray(new PyObject[0]));
        }
        if (node.isTextual()) {
            return text(node.textValue());
        }
        if (node.isBoolean()) {
            return Py.newBoolean(node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? Py.newInteger(node.longValue()) : Py.newLong(node.bigIntegerValue());
        }
        if (node.isNumber()) {
            return Py.newFloat(node.doubleValue());
        }
        throw new ScriptFailure("cannot pass a JSON " + node.getNodeType() + " to a script");
    }

    /** A knob value (Integer, Double, String or Boolean) as Python sees it. */
    static PyObject toPython(Object value) {
        if (value instanceof Boolean bool) {
            return Py.newBoolean(bool);
        }
        if (value instanceof Integer integer) {
            return Py.newInteger(integer);
        }
        if (value instanceof Long number) {
            return Py.newInteger(number);
        }
        if (value instanceof Double number) {
            return Py.newFloat(number);
        }
        if (value instanceof String string) {
            return text(string);
        }
        throw new IllegalArgumentException("not a knob value: " + value);
    }

    /** A str when the text is ASCII, a unicode otherwise, as Python 2 code expects. */
    static PyString text(String value) {
        return Py.newStringOrUnicode(value);
    }
}
