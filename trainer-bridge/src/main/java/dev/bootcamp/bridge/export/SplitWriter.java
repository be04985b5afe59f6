package dev.bootcamp.bridge.export;

import dev.bootcamp.api.Case;
import dev.bootcamp.api.Catalog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * One split's file in one format. {@link #prepare} turns a case into a row and is called on worker threads;
 * {@link #write} is called on one thread in case order. The file appears under its name only on {@link #commit()}.
 *
 * @param <R> a prepared row
 */
abstract sealed class SplitWriter<R> implements AutoCloseable {
    static SplitWriter<?> open(ExportFormat format, Path target, Split split, Catalog catalog, Map<String, String> metadata) throws IOException {
        PartialFile file = PartialFile.create(target);
        try {
            if (format == ExportFormat.VERL) {
                return new VerlParquet(file, split, catalog, metadata);
            }
            return new JsonLines(file, format);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    abstract R prepare(Case record, long index);

    abstract void write(R row) throws IOException;

    abstract void commit() throws IOException;

    @Override
    public abstract void close() throws IOException;

    private static final class JsonLines extends SplitWriter<String> {
        private final PartialFile file;
        private final ExportFormat format;
        private final Writer writer;

        JsonLines(PartialFile file, ExportFormat format) {
            this.file = file;
            this.format = format;
            this.writer = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        String prepare(Case record, long index) {
            return JsonLinesRows.line(format, record);
        }

        @Override
        void write(String line) throws IOException {
            writer.write(line);
            writer.write('\n');
        }

        @Override
        void commit() throws IOException {
            writer.flush();
            file.commit();
        }

        @Override
        public void close() throws IOException {
            try {
                writer.close();
            } finally {
                file.close();
            }
        }
    }

    private static final class VerlParquet extends SplitWriter<Map<String, Object>> {
        private final PartialFile file;
        private final Split split;
        private final Catalog catalog;
        private final ParquetWriter writer;

        VerlParquet(PartialFile file, Split split, Catalog catalog, Map<String, String> metadata) throws IOException {
            this.file = file;
            this.split = split;
            this.catalog = catalog;
            this.writer = ParquetWriter.open(file.stream(), VerlRows.SCHEMA, ParquetWriter.Options.defaults().withMetadata(metadata));
        }

        @Override
        Map<String, Object> prepare(Case record, long index) {
            return VerlRows.row(record, catalog.info(record.bootcamp()).domain(), split, index);
        }

        @Override
        void write(Map<String, Object> row) throws IOException {
            writer.write(row);
        }

        @Override
        void commit() throws IOException {
            writer.finish();
            file.commit();
        }

        @Override
        public void close() throws IOException {
            try {
                writer.close();
            } finally {
                file.close();
            }
        }
    }
}
