package dev.bootcamp.cli;

import dev.bootcamp.core.format.PartialFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text output to a file that appears under its final name only when complete ({@link PartialFile}: a temporary file
 * beside it, renamed on {@link #commit()}, removed when closed uncommitted or on Ctrl-C). The path {@code -} means the
 * command's own output writer.
 */
final class AtomicOutput implements AutoCloseable {
    private final PartialFile file;
    private final Writer writer;
    private OutputStream bytes;

    private AtomicOutput(PartialFile file, Writer writer) {
        this.file = file;
        this.writer = writer;
    }

    static AtomicOutput open(String path, PrintWriter standardOut) throws IOException {
        if (path == null || path.equals("-")) {
            return new AtomicOutput(null, standardOut);
        }
        Path target = Path.of(path).toAbsolutePath();
        Path directory = target.getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new UsageException("cannot write " + path + ": the folder " + directory + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new UsageException("cannot write " + path + ": it is a folder");
        }
        PartialFile file = PartialFile.create(target);
        return new AtomicOutput(file, new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16));
    }

    Writer writer() {
        return writer;
    }

    /**
     * Writes text already encoded as UTF-8, such as case lines, without decoding it again when the output is a file.
     * A command writes either through this or through {@link #writer()}, not both.
     */
    void write(byte[] utf8) throws IOException {
        if (file == null) {
            writer.write(new String(utf8, StandardCharsets.UTF_8));
            return;
        }
        if (bytes == null) {
            writer.flush();
            bytes = file.stream(); // buffered by PartialFile
        }
        bytes.write(utf8);
    }

    boolean isFile() {
        return file != null;
    }

    void commit() throws IOException {
        writer.flush();
        if (bytes != null) {
            bytes.flush();
        }
        if (file != null) {
            file.commit();
        }
    }

    /** Without a commit the temporary file goes, and what the writer still buffers is dropped with it. */
    @Override
    public void close() throws IOException {
        if (file == null) {
            writer.flush();
            return;
        }
        file.close();
    }
}
