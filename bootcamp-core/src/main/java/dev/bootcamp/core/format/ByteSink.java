package dev.bootcamp.core.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** A growable, unsynchronised byte buffer with the little-endian writes Parquet's PLAIN encoding uses. */
final class ByteSink {
    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    void reset() {
        size = 0;
    }

    void write(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void write(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    void write(ByteSink source) {
        write(source.bytes, 0, source.size);
    }

    void writeIntLittleEndian(int value) {
        ensure(4);
        for (int shift = 0; shift < 32; shift += 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    void writeLongLittleEndian(long value) {
        ensure(8);
        for (int shift = 0; shift < 64; shift += 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    /** An unsigned LEB128 varint. */
    void writeVarint(long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            write((int) (rest & 0x7F | 0x80));
            rest >>>= 7;
        }
        write((int) rest);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Gives back memory after a large row group, so one outlier does not pin it for the rest of the file. */
    void trim(int capacity) {
        if (bytes.length > capacity && size <= capacity) {
            bytes = Arrays.copyOf(bytes, capacity);
        }
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) {
            long wanted = Math.max((long) bytes.length * 2, (long) size + extra);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("a Parquet buffer cannot exceed 2 GiB; write smaller row groups");
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }
}
