package dev.bootcamp.core.format;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a {@link ParquetWriter} writes: strings, 32- and 64-bit integers, structs and lists, each required or
 * optional. A list is written with the standard three-level layout
 * {@code <repetition> group name (LIST) { repeated group list { <element> } }}, its element named {@code element},
 * which is what Arrow, DuckDB and Spark read back as a list.
 *
 * <p>Row values: a struct (and the row itself) is a {@code Map<String, ?>} keyed by field name, a list is a
 * {@code List<?>}, a string a {@link String}, an integer any {@link Number}; null or absent means null.
 */
public record ParquetSchema(List<Field> fields) {
    public ParquetSchema {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a schema needs at least one field");
        }
        checkUniqueNames(fields, "the schema");
    }

    /** Physical types, with {@link #STRING} standing for BYTE_ARRAY annotated as UTF-8 text. */
    public enum Type {
        INT32(1),
        INT64(2),
        STRING(6);

        private final int thriftValue;

        Type(int thriftValue) {
            this.thriftValue = thriftValue;
        }

        int thriftValue() {
            return thriftValue;
        }
    }

    /** One node of the schema. */
    public sealed interface Field permits Primitive, Struct, ListOf {
        String name();

        boolean optional();
    }

    public record Primitive(String name, boolean optional, Type type) implements Field {
        public Primitive {
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
        }
    }

    public record Struct(String name, boolean optional, List<Field> fields) implements Field {
        public Struct {
            requireNonNull(name, "name is null");
            fields = List.copyOf(fields);
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("struct '" + name + "' needs at least one field");
            }
            checkUniqueNames(fields, "struct '" + name + "'");
        }
    }

    /** A list; its element must be named {@code element}. */
    public record ListOf(String name, boolean optional, Field element) implements Field {
        public ListOf {
            requireNonNull(name, "name is null");
            requireNonNull(element, "element is null");
            if (!element.name().equals("element")) {
                throw new IllegalArgumentException("the element of list '" + name + "' must be named 'element', found '" + element.name() + "'");
            }
        }
    }

    public static Primitive string(String name) {
        return new Primitive(name, true, Type.STRING);
    }

    public static Primitive requiredString(String name) {
        return new Primitive(name, false, Type.STRING);
    }

    public static Primitive int32(String name) {
        return new Primitive(name, true, Type.INT32);
    }

    public static Primitive int64(String name) {
        return new Primitive(name, true, Type.INT64);
    }

    public static Struct struct(String name, Field... fields) {
        return new Struct(name, true, List.of(fields));
    }

    /** An optional list of optional structs with the given fields. */
    public static ListOf listOfStructs(String name, Field... fields) {
        return new ListOf(name, true, struct("element", fields));
    }

    private static void checkUniqueNames(List<Field> fields, String where) {
        Set<String> names = new HashSet<>();
        for (Field field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException(where + " names the field '" + field.name() + "' twice");
            }
        }
    }
}
