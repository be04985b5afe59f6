package dev.bootcamp.core.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The subset of Thrift's compact protocol that Parquet metadata needs: structs, i32, i64, binary, bool fields and
 * lists. Field headers carry the delta from the previous field id of the same struct, so fields must be written in
 * increasing id order within each struct.
 */
final class ThriftCompactWriter {
    static final int TYPE_I32 = 5;
    static final int TYPE_I64 = 6;
    static final int TYPE_BINARY = 8;
    static final int TYPE_STRUCT = 12;

    private static final int TYPE_TRUE = 1;
    private static final int TYPE_FALSE = 2;
    private static final int TYPE_LIST = 9;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final Deque<Integer> lastFieldIds = new ArrayDeque<>();
    private int lastFieldId;

    /** Starts a struct: the top-level one, a list element, or after {@link #structField}. */
    ThriftCompactWriter beginStruct() {
        lastFieldIds.push(lastFieldId);
        lastFieldId = 0;
        return this;
    }

    ThriftCompactWriter endStruct() {
        out.write(0); // stop field
        lastFieldId = lastFieldIds.pop();
        return this;
    }

    ThriftCompactWriter i32Field(int id, int value) {
        fieldHeader(id, TYPE_I32);
        varint(zigzag(value));
        return this;
    }

    ThriftCompactWriter i64Field(int id, long value) {
        fieldHeader(id, TYPE_I64);
        varint(zigzag(value));
        return this;
    }

    ThriftCompactWriter stringField(int id, String value) {
        fieldHeader(id, TYPE_BINARY);
        binary(value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ThriftCompactWriter boolField(int id, boolean value) {
        fieldHeader(id, value ? TYPE_TRUE : TYPE_FALSE);
        return this;
    }

    /** A struct-valued field; follow with the struct's fields and {@link #endStruct()}. */
    ThriftCompactWriter structField(int id) {
        fieldHeader(id, TYPE_STRUCT);
        return beginStruct();
    }

    /** A list-valued field; follow with exactly {@code size} elements written by the element methods below. */
    ThriftCompactWriter listField(int id, int elementType, int size) {
        fieldHeader(id, TYPE_LIST);
        if (size < 15) {
            out.write(size << 4 | elementType);
        } else {
            out.write(0xF0 | elementType);
            varint(size);
        }
        return this;
    }

    ThriftCompactWriter i32Element(int value) {
        varint(zigzag(value));
        return this;
    }

    ThriftCompactWriter stringElement(String value) {
        binary(value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    byte[] toByteArray() {
        if (!lastFieldIds.isEmpty()) {
            throw new IllegalStateException(lastFieldIds.size() + " struct(s) left open");
        }
        return out.toByteArray();
    }

    private void fieldHeader(int id, int type) {
        int delta = id - lastFieldId;
        if (delta > 0 && delta <= 15) {
            out.write(delta << 4 | type);
        } else {
            out.write(type);
            varint(zigzag(id));
        }
        lastFieldId = id;
    }

    private void binary(byte[] bytes) {
        varint(bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private void varint(long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) (rest & 0x7F | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private static long zigzag(int value) {
        return (value << 1 ^ value >> 31) & 0xFFFFFFFFL;
    }

    private static long zigzag(long value) {
        return value << 1 ^ value >> 63;
    }
}
