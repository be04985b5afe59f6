package dev.bootcamp.core.format;

import dev.bootcamp.core.Case;
import dev.bootcamp.core.CaseLine;
import dev.bootcamp.core.Catalog;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Rows of one format onto one stream. {@link #prepare} turns a case, as the one case writer wrote it ({@link CaseLine}),
 * into a row and may be called on worker threads; our own JSON lines are the case writer's bytes, unchanged;
 * {@link #write} is called on one thread in case order; {@link #finish} writes what ends the file (Parquet's footer)
 * and flushes. Opened on a path, the file appears under its name only on {@link #commit()}; opened {@link #onto} a
 * stream, making the bytes visible is the caller's business. Closing closes the stream.
 *
 * @param <R> a prepared row
 */
public abstract sealed class SplitWriter<R> implements AutoCloseable {
    private PartialFile file;

    public static SplitWriter<?> open(ExportFormat format, Path target, Split split, Catalog catalog, Map<String, String> metadata) throws IOException {
        PartialFile file = PartialFile.create(target);
        try {
            SplitWriter<?> writer = onto(format, file.stream(), split, catalog, metadata);
            writer.file = file;
            return writer;
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** A writer of {@code format} onto {@code out}, with {@code metadata} in the footer where the format has one. */
    public static SplitWriter<?> onto(ExportFormat format, OutputStream out, Split split, Catalog catalog, Map<String, String> metadata)
            throws IOException {
        if (format == ExportFormat.VERL) {
            return new VerlParquet(out, split, catalog, metadata);
        }
        return new JsonLines(out, format);
    }

    public abstract R prepare(CaseLine line, long index);

    public abstract void write(R row) throws IOException;

    public abstract void finish() throws IOException;

    /** Finishes the file and renames it onto its target. */
    public void commit() throws IOException {
        finish();
        file.commit();
    }

    abstract void closeRows() throws IOException;

    @Override
    public void close() throws IOException {
        try {
            closeRows();
        } finally {
            if (file != null) {
                file.close();
            }
        }
    }

    private static final class JsonLines extends SplitWriter<byte[]> {
        private final ExportFormat format;
        private final OutputStream out;

        JsonLines(OutputStream out, ExportFormat format) {
            this.format = format;
            this.out = new BufferedOutputStream(out, 1 << 16);
        }

        @Override
        public byte[] prepare(CaseLine line, long index) {
            return JsonLinesRows.line(format, line);
        }

        @Override
        public void write(byte[] line) throws IOException {
            out.write(line);
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }

        @Override
        void closeRows() throws IOException {
            out.close();
        }
    }

    private static final class VerlParquet extends SplitWriter<Map<String, Object>> {
        private final Split split;
        private final Catalog catalog;
        private final ParquetWriter writer;

        VerlParquet(OutputStream out, Split split, Catalog catalog, Map<String, String> metadata) throws IOException {
            this.split = split;
            this.catalog = catalog;
            this.writer = ParquetWriter.open(out, VerlRows.SCHEMA, ParquetWriter.Options.defaults().withMetadata(metadata));
        }

        @Override
        public Map<String, Object> prepare(CaseLine line, long index) {
            Case record = line.summary();
            return VerlRows.row(record, catalog.info(record.bootcamp()).domain(), split, index);
        }

        @Override
        public void write(Map<String, Object> row) throws IOException {
            writer.write(row);
        }

        @Override
        public void finish() throws IOException {
            writer.finish();
        }

        @Override
        void closeRows() throws IOException {
            writer.close();
        }
    }
}
