package dev.bootcamp.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Output to a file that appears under its final name only when complete: written to a temporary file beside it and
 * renamed on {@link #commit()}. Closing without committing (an error, Ctrl-C) removes the temporary file. The path
 * {@code -} means the command's own output writer.
 */
final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private final Thread cleanup;
    private boolean committed;

    private AtomicOutput(Path target, Path temporary, Writer writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
        this.cleanup = temporary == null ? null : new Thread(this::deleteTemporary, "remove-partial-output");
        if (cleanup != null) {
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
    }

    static AtomicOutput open(String path, PrintWriter standardOut) throws IOException {
        if (path == null || path.equals("-")) {
            return new AtomicOutput(null, null, standardOut);
        }
        Path target = Path.of(path).toAbsolutePath();
        Path directory = target.getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new UsageException("cannot write " + path + ": the folder " + directory + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new UsageException("cannot write " + path + ": it is a folder");
        }
        // Not Files.createTempFile: that makes the file owner-only, and the output should get the usual permissions.
        Path temporary = directory.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".partial");
        Writer writer = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16);
        return new AtomicOutput(target, temporary, writer);
    }

    Writer writer() {
        return writer;
    }

    boolean isFile() {
        return target != null;
    }

    void commit() throws IOException {
        writer.flush();
        if (target == null) {
            return;
        }
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (target == null) {
            writer.flush();
            return;
        }
        try {
            writer.close();
        } finally {
            if (!committed) {
                deleteTemporary();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook runs anyway
            }
        }
    }

    private void deleteTemporary() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing more can be done while exiting; the name ends in .partial so nobody takes it for output
        }
    }
}
