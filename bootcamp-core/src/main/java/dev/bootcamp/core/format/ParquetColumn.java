package dev.bootcamp.core.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * One leaf column of the current row group: levels and PLAIN values of the page being filled, and the finished pages
 * (header and body) of the column chunk. Pages end on row boundaries, so no record spans two pages.
 */
final class ParquetColumn {
    private static final int DATA_PAGE = 0;
    private static final int PLAIN = 0;
    static final int RLE = 3;

    private final List<String> path;
    private final ParquetSchema.Type type;
    private final int maxRepetition;
    private final int maxDefinition;
    private final ParquetWriter.Codec codec;

    private int[] repetitions = new int[1024];
    private int[] definitions = new int[1024];
    private int levelCount;
    private final ByteSink values = new ByteSink(1 << 16);
    private final ByteSink page = new ByteSink(1 << 16);
    private final ByteSink levels = new ByteSink(1 << 10);
    private final ByteSink chunk = new ByteSink(1 << 16);
    private long chunkValues;
    private long chunkUncompressed;

    /**
     * What the footer says about one column chunk.
     *
     * @param offset where its first page starts in the file
     * @param uncompressed the size of its pages before compression, headers included
     * @param compressed the size of its pages in the file, headers included
     */
    record Chunk(List<String> path, ParquetSchema.Type type, boolean hasLevels, ParquetWriter.Codec codec, long offset, long values,
            long uncompressed, long compressed) {}

    ParquetColumn(List<String> path, ParquetSchema.Type type, int maxRepetition, int maxDefinition, ParquetWriter.Codec codec) {
        this.path = List.copyOf(path);
        this.type = type;
        this.maxRepetition = maxRepetition;
        this.maxDefinition = maxDefinition;
        this.codec = codec;
    }

    List<String> path() {
        return path;
    }

    /** Adds one entry; {@code value} is non-null exactly when {@code definition} is the column's maximum. */
    void add(int repetition, int definition, Object value) {
        if ((definition == maxDefinition) == (value == null)) {
            throw new IllegalStateException("column " + String.join(".", path) + ": definition level " + definition + " of " + maxDefinition
                    + " with value " + value);
        }
        if (levelCount == repetitions.length) {
            repetitions = Arrays.copyOf(repetitions, levelCount * 2);
            definitions = Arrays.copyOf(definitions, levelCount * 2);
        }
        repetitions[levelCount] = repetition;
        definitions[levelCount] = definition;
        levelCount++;
        if (value != null) {
            writePlain(value);
        }
    }

    /** Closes the page being filled if it has reached {@code pageBytes}; called between rows. */
    void endRow(int pageBytes) {
        if (values.size() + levelCount >= pageBytes) {
            flushPage();
        }
    }

    /** Bytes held for the current row group. */
    long bufferedBytes() {
        return chunk.size() + values.size() + 2L * levelCount;
    }

    /** Writes the column chunk at {@code offset} and starts an empty one. */
    Chunk writeChunk(OutputStream out, long offset) throws IOException {
        flushPage();
        chunk.writeTo(out);
        Chunk written = new Chunk(path, type, maxRepetition > 0 || maxDefinition > 0, codec, offset, chunkValues, chunkUncompressed, chunk.size());
        chunk.reset();
        chunk.trim(1 << 20);
        values.trim(1 << 20);
        page.trim(1 << 20);
        chunkValues = 0;
        chunkUncompressed = 0;
        return written;
    }

    private void writePlain(Object value) {
        try {
            switch (type) {
                case STRING -> {
                    byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
                    values.writeIntLittleEndian(bytes.length);
                    values.write(bytes, 0, bytes.length);
                }
                case INT32 -> {
                    long number = ((Number) value).longValue();
                    if (number != (int) number) {
                        throw new IllegalArgumentException("column " + String.join(".", path) + " holds 32-bit integers, found " + number);
                    }
                    values.writeIntLittleEndian((int) number);
                }
                case INT64 -> values.writeLongLittleEndian(((Number) value).longValue());
            }
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("column " + String.join(".", path) + " holds " + (type == ParquetSchema.Type.STRING ? "strings" : "numbers")
                    + ", found a " + value.getClass().getSimpleName(), e);
        }
    }

    private void flushPage() {
        if (levelCount == 0) {
            return;
        }
        page.reset();
        if (maxRepetition > 0) {
            writeLevels(repetitions, maxRepetition);
        }
        if (maxDefinition > 0) {
            writeLevels(definitions, maxDefinition);
        }
        page.write(values);
        byte[] body = compress(page);
        byte[] header = new ThriftCompactWriter().beginStruct()
                .i32Field(1, DATA_PAGE)
                .i32Field(2, page.size())
                .i32Field(3, body.length)
                .structField(5)
                .i32Field(1, levelCount)
                .i32Field(2, PLAIN)
                .i32Field(3, RLE)
                .i32Field(4, RLE)
                .endStruct()
                .endStruct()
                .toByteArray();
        chunk.write(header, 0, header.length);
        chunk.write(body, 0, body.length);
        chunkValues += levelCount;
        chunkUncompressed += header.length + page.size();
        levelCount = 0;
        values.reset();
    }

    /** Levels in a data page (v1): a 4-byte little-endian length, then the RLE/bit-packed hybrid. */
    private void writeLevels(int[] source, int maxLevel) {
        levels.reset();
        LevelEncoder.encode(source, levelCount, LevelEncoder.bitWidth(maxLevel), levels);
        page.writeIntLittleEndian(levels.size());
        page.write(levels);
    }

    private byte[] compress(ByteSink raw) {
        if (codec == ParquetWriter.Codec.UNCOMPRESSED) {
            return raw.toByteArray();
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(raw.size() / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 1 << 16)) {
            raw.writeTo(gzip);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return compressed.toByteArray();
    }
}
