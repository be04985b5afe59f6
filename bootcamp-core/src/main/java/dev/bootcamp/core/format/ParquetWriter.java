package dev.bootcamp.core.format;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A small Parquet writer with no dependencies: data pages (v1) with PLAIN values, levels in the RLE/bit-packing
 * hybrid, optional GZIP, and the footer in Thrift's compact protocol. Rows are buffered one row group at a time, so
 * memory is bounded by {@link Options#rowGroupRows()} and {@link Options#rowGroupBytes()} however many rows are
 * written. Not thread-safe.
 *
 * <p>The file is written front to back onto the given stream; {@link #finish()} writes the footer. Making the file
 * appear only when complete is the caller's business ({@link PartialFile}).
 */
public final class ParquetWriter implements Closeable {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int CONVERTED_UTF8 = 0;
    private static final int CONVERTED_LIST = 3;
    private static final int REQUIRED = 0;
    private static final int OPTIONAL = 1;
    private static final int REPEATED = 2;

    private final OutputStream out;
    private final ParquetSchema schema;
    private final Options options;
    private final List<Node> roots = new ArrayList<>();
    private final List<ParquetColumn> columns = new ArrayList<>();
    private final List<RowGroup> rowGroups = new ArrayList<>();
    private long position;
    private long rows;
    private int rowsInGroup;
    private boolean finished;
    private boolean broken;

    /** Page compression. The values are Parquet's {@code CompressionCodec} numbers. */
    public enum Codec {
        UNCOMPRESSED(0),
        GZIP(2);

        private final int thriftValue;

        Codec(int thriftValue) {
            this.thriftValue = thriftValue;
        }
    }

    /**
     * How the file is cut up.
     *
     * @param rowGroupRows a row group ends after this many rows
     * @param rowGroupBytes or once its buffered pages reach this many bytes
     * @param pageBytes a data page ends, between rows, once its values reach this many bytes
     * @param metadata key-value pairs stored in the footer, in key order
     */
    public record Options(Codec codec, int rowGroupRows, long rowGroupBytes, int pageBytes, SortedMap<String, String> metadata) {
        public Options {
            requireNonNull(codec, "codec is null");
            if (rowGroupRows < 1) {
                throw new IllegalArgumentException("rowGroupRows must be at least 1, found " + rowGroupRows);
            }
            if (rowGroupBytes < 1 || pageBytes < 1) {
                throw new IllegalArgumentException("rowGroupBytes and pageBytes must be positive, found " + rowGroupBytes + " and " + pageBytes);
            }
            metadata = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(metadata, "metadata is null")));
        }

        /** GZIP, 10,000 rows or 64 MiB per row group, 1 MiB pages, no metadata. */
        public static Options defaults() {
            return new Options(Codec.GZIP, 10_000, 64L << 20, 1 << 20, new TreeMap<>());
        }

        public Options withCodec(Codec value) {
            return new Options(value, rowGroupRows, rowGroupBytes, pageBytes, metadata);
        }

        public Options withRowGroupRows(int value) {
            return new Options(codec, value, rowGroupBytes, pageBytes, metadata);
        }

        public Options withMetadata(Map<String, String> value) {
            return new Options(codec, rowGroupRows, rowGroupBytes, pageBytes, new TreeMap<>(value));
        }
    }

    private record RowGroup(List<ParquetColumn.Chunk> chunks, long rows) {}

    /** A schema field with the columns under it and, for a list, the repetition level of its repeated group. */
    private record Node(ParquetSchema.Field field, List<Node> children, int firstColumn, int endColumn, int listRepetition) {}

    private ParquetWriter(OutputStream out, ParquetSchema schema, Options options) {
        this.out = requireNonNull(out, "out is null");
        this.schema = requireNonNull(schema, "schema is null");
        this.options = requireNonNull(options, "options is null");
    }

    /** Starts a file on {@code out}; the stream is closed by {@link #close()}. */
    public static ParquetWriter open(OutputStream out, ParquetSchema schema, Options options) throws IOException {
        ParquetWriter writer = new ParquetWriter(out, schema, options);
        for (ParquetSchema.Field field : schema.fields()) {
            writer.roots.add(writer.compile(field, new ArrayList<>(), 0, 0));
        }
        writer.write(MAGIC);
        return writer;
    }

    public long rowCount() {
        return rows;
    }

    /** Bytes written to the stream so far (finished row groups). */
    public long bytesWritten() {
        return position;
    }

    /** Adds one row; a malformed row is an {@link IllegalArgumentException} and leaves the writer unusable. */
    public void write(Map<String, ?> row) throws IOException {
        requireNonNull(row, "row is null");
        if (finished || broken) {
            throw new IllegalStateException(finished ? "the file is finished" : "an earlier row was malformed; the file is unusable");
        }
        broken = true;
        checkKnownKeys(row, roots, "the row");
        for (Node root : roots) {
            shred(root, row.get(root.field().name()), 0, 0);
        }
        broken = false;
        rows++;
        rowsInGroup++;
        long buffered = 0;
        for (ParquetColumn column : columns) {
            column.endRow(options.pageBytes());
            buffered += column.bufferedBytes();
        }
        if (rowsInGroup >= options.rowGroupRows() || buffered >= options.rowGroupBytes()) {
            flushRowGroup();
        }
    }

    /** Writes the last row group and the footer; the stream stays open until {@link #close()}. */
    public void finish() throws IOException {
        if (broken) {
            throw new IllegalStateException("an earlier row was malformed; the file is unusable");
        }
        if (finished) {
            return;
        }
        if (rowsInGroup > 0) {
            flushRowGroup();
        }
        byte[] footer = footer();
        write(footer);
        byte[] length = new byte[4];
        for (int i = 0; i < 4; i++) {
            length[i] = (byte) (footer.length >>> 8 * i);
        }
        write(length);
        write(MAGIC);
        out.flush();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private Node compile(ParquetSchema.Field field, List<String> parentPath, int repetition, int definition) {
        List<String> path = new ArrayList<>(parentPath);
        path.add(field.name());
        int level = definition + (field.optional() ? 1 : 0);
        int first = columns.size();
        if (field instanceof ParquetSchema.Primitive primitive) {
            columns.add(new ParquetColumn(path, primitive.type(), repetition, level, options.codec()));
            return new Node(field, List.of(), first, columns.size(), 0);
        }
        if (field instanceof ParquetSchema.Struct struct) {
            List<Node> children = new ArrayList<>();
            for (ParquetSchema.Field child : struct.fields()) {
                children.add(compile(child, path, repetition, level));
            }
            return new Node(field, children, first, columns.size(), 0);
        }
        ParquetSchema.ListOf list = (ParquetSchema.ListOf) field;
        path.add("list");
        Node element = compile(list.element(), path, repetition + 1, level + 1);
        return new Node(field, List.of(element), first, columns.size(), repetition + 1);
    }

    /** Dremel shredding: {@code definition} counts the optional and repeated fields above that are present. */
    private void shred(Node node, Object value, int repetition, int definition) {
        ParquetSchema.Field field = node.field();
        if (value == null) {
            if (!field.optional()) {
                throw new IllegalArgumentException("the field '" + field.name() + "' is required but the row has no value for it");
            }
            addNulls(node, repetition, definition);
            return;
        }
        int level = definition + (field.optional() ? 1 : 0);
        if (field instanceof ParquetSchema.Primitive) {
            columns.get(node.firstColumn()).add(repetition, level, value);
            return;
        }
        if (field instanceof ParquetSchema.Struct) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("the field '" + field.name() + "' is a struct, found a " + value.getClass().getSimpleName());
            }
            checkKnownKeys(map, node.children(), "struct '" + field.name() + "'");
            for (Node child : node.children()) {
                shred(child, map.get(child.field().name()), repetition, level);
            }
            return;
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException("the field '" + field.name() + "' is a list, found a " + value.getClass().getSimpleName());
        }
        if (items.isEmpty()) {
            addNulls(node, repetition, level);
            return;
        }
        Node element = node.children().get(0);
        for (int i = 0; i < items.size(); i++) {
            shred(element, items.get(i), i == 0 ? repetition : node.listRepetition(), level + 1);
        }
    }

    private void addNulls(Node node, int repetition, int definition) {
        for (int column = node.firstColumn(); column < node.endColumn(); column++) {
            columns.get(column).add(repetition, definition, null);
        }
    }

    private static void checkKnownKeys(Map<?, ?> map, List<Node> fields, String where) {
        int known = 0;
        for (Node field : fields) {
            if (map.containsKey(field.field().name())) {
                known++;
            }
        }
        if (known != map.size()) {
            List<String> names = fields.stream().map(field -> field.field().name()).toList();
            List<String> unknown = map.keySet().stream().map(String::valueOf).filter(key -> !names.contains(key)).sorted().toList();
            throw new IllegalArgumentException(where + " has fields the schema lacks: " + unknown + "; fields: " + names);
        }
    }

    private void flushRowGroup() throws IOException {
        List<ParquetColumn.Chunk> chunks = new ArrayList<>(columns.size());
        for (ParquetColumn column : columns) {
            long offset = position;
            ParquetColumn.Chunk chunk = column.writeChunk(out, offset);
            position += chunk.compressed();
            chunks.add(chunk);
        }
        rowGroups.add(new RowGroup(chunks, rowsInGroup));
        rowsInGroup = 0;
    }

    private void write(byte[] bytes) throws IOException {
        out.write(bytes);
        position += bytes.length;
    }

    private byte[] footer() {
        ThriftCompactWriter thrift = new ThriftCompactWriter().beginStruct();
        thrift.i32Field(1, 1);
        thrift.listField(2, ThriftCompactWriter.TYPE_STRUCT, 1 + countSchemaElements(schema.fields()));
        thrift.beginStruct().stringField(4, "schema").i32Field(5, schema.fields().size()).endStruct();
        for (ParquetSchema.Field field : schema.fields()) {
            writeSchemaElements(thrift, field);
        }
        thrift.i64Field(3, rows);
        thrift.listField(4, ThriftCompactWriter.TYPE_STRUCT, rowGroups.size());
        for (RowGroup group : rowGroups) {
            writeRowGroup(thrift, group);
        }
        if (!options.metadata().isEmpty()) {
            thrift.listField(5, ThriftCompactWriter.TYPE_STRUCT, options.metadata().size());
            options.metadata().forEach((key, value) -> thrift.beginStruct().stringField(1, key).stringField(2, value).endStruct());
        }
        thrift.stringField(6, "bootcamp-parquet version 0.1.0");
        return thrift.endStruct().toByteArray();
    }

    private static int countSchemaElements(List<ParquetSchema.Field> fields) {
        int count = 0;
        for (ParquetSchema.Field field : fields) {
            count++;
            if (field instanceof ParquetSchema.Struct struct) {
                count += countSchemaElements(struct.fields());
            } else if (field instanceof ParquetSchema.ListOf list) {
                count += 1 + countSchemaElements(List.of(list.element()));
            }
        }
        return count;
    }

    /** SchemaElement: 1 type, 3 repetition_type, 4 name, 5 num_children, 6 converted_type, 10 logicalType. */
    private static void writeSchemaElements(ThriftCompactWriter thrift, ParquetSchema.Field field) {
        int repetition = field.optional() ? OPTIONAL : REQUIRED;
        if (field instanceof ParquetSchema.Primitive primitive) {
            thrift.beginStruct().i32Field(1, primitive.type().thriftValue()).i32Field(3, repetition).stringField(4, field.name());
            if (primitive.type() == ParquetSchema.Type.STRING) {
                thrift.i32Field(6, CONVERTED_UTF8).structField(10).structField(1).endStruct().endStruct();
            }
            thrift.endStruct();
            return;
        }
        if (field instanceof ParquetSchema.Struct struct) {
            thrift.beginStruct().i32Field(3, repetition).stringField(4, field.name()).i32Field(5, struct.fields().size()).endStruct();
            for (ParquetSchema.Field child : struct.fields()) {
                writeSchemaElements(thrift, child);
            }
            return;
        }
        ParquetSchema.ListOf list = (ParquetSchema.ListOf) field;
        thrift.beginStruct().i32Field(3, repetition).stringField(4, field.name()).i32Field(5, 1)
                .i32Field(6, CONVERTED_LIST).structField(10).structField(3).endStruct().endStruct().endStruct();
        thrift.beginStruct().i32Field(3, REPEATED).stringField(4, "list").i32Field(5, 1).endStruct();
        writeSchemaElements(thrift, list.element());
    }

    /** RowGroup: 1 columns, 2 total_byte_size, 3 num_rows, 5 file_offset, 6 total_compressed_size. */
    private static void writeRowGroup(ThriftCompactWriter thrift, RowGroup group) {
        thrift.beginStruct();
        thrift.listField(1, ThriftCompactWriter.TYPE_STRUCT, group.chunks().size());
        long uncompressed = 0;
        long compressed = 0;
        for (ParquetColumn.Chunk chunk : group.chunks()) {
            writeColumnChunk(thrift, chunk);
            uncompressed += chunk.uncompressed();
            compressed += chunk.compressed();
        }
        thrift.i64Field(2, uncompressed).i64Field(3, group.rows()).i64Field(5, group.chunks().get(0).offset()).i64Field(6, compressed);
        thrift.endStruct();
    }

    /**
     * ColumnChunk: 2 file_offset (set to the first page, as parquet-mr does), 3 meta_data. ColumnMetaData: 1 type,
     * 2 encodings, 3 path_in_schema, 4 codec, 5 num_values, 6 total_uncompressed_size, 7 total_compressed_size,
     * 9 data_page_offset.
     */
    private static void writeColumnChunk(ThriftCompactWriter thrift, ParquetColumn.Chunk chunk) {
        thrift.beginStruct().i64Field(2, chunk.offset()).structField(3);
        thrift.i32Field(1, chunk.type().thriftValue());
        thrift.listField(2, ThriftCompactWriter.TYPE_I32, chunk.hasLevels() ? 2 : 1).i32Element(0);
        if (chunk.hasLevels()) {
            thrift.i32Element(ParquetColumn.RLE);
        }
        thrift.listField(3, ThriftCompactWriter.TYPE_BINARY, chunk.path().size());
        chunk.path().forEach(thrift::stringElement);
        thrift.i32Field(4, chunk.codec().thriftValue)
                .i64Field(5, chunk.values())
                .i64Field(6, chunk.uncompressed())
                .i64Field(7, chunk.compressed())
                .i64Field(9, chunk.offset());
        thrift.endStruct().endStruct();
    }
}
